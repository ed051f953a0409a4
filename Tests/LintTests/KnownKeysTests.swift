import Foundation
import XCTest

@testable import Lint

/// The known-keys tables: the Swift copy equals Schemas/*-keys.tsv; lookups,
/// patterns and suggestions.
final class KnownKeysTests: XCTestCase {
  private let tables: [(file: String, embedded: String)] = [
    ("Schemas/redhat-keys.tsv", KnownKeyTables.redHat),
    ("Schemas/suse-keys.tsv", KnownKeyTables.suse),
  ]

  func testEmbeddedTablesEqualTheTSVFiles() throws {
    if LintTestSupport.recording { try regenerate() }
    for (file, embedded) in tables {
      let text = try String(contentsOf: LintTestSupport.packageRoot.appendingPathComponent(file), encoding: .utf8)
      XCTAssertEqual(embedded + "\n", text, "\(file) and KnownKeyTables.swift differ; run NETCF_RECORD=1 swift test --filter KnownKeysTests")
    }
  }

  /// Rewrites Sources/Lint/KnownKeyTables.swift from the TSV files.
  private func regenerate() throws {
    let root = LintTestSupport.packageRoot
    let redHat = try String(contentsOf: root.appendingPathComponent("Schemas/redhat-keys.tsv"), encoding: .utf8)
    let suse = try String(contentsOf: root.appendingPathComponent("Schemas/suse-keys.tsv"), encoding: .utf8)
    let source = """
      // Generated from Schemas/redhat-keys.tsv and Schemas/suse-keys.tsv; do not edit.
      // Regenerate with `NETCF_RECORD=1 swift test --filter LintTests.KnownKeysTests`.

      /// The known-keys tables, embedded so the program needs no file at run time.
      enum KnownKeyTables {
        /// Schemas/redhat-keys.tsv, byte for byte.
        static let redHat = #\"\"\"

      """ + redHat + "\"\"\"#\n\n  /// Schemas/suse-keys.tsv, byte for byte.\n  static let suse = #\"\"\"\n" + suse + "\"\"\"#\n}\n"
    try Data(source.utf8).write(to: root.appendingPathComponent("Sources/Lint/KnownKeyTables.swift"))
  }

  func testEveryRowIsWellFormed() {
    for (file, embedded) in tables {
      for line in embedded.split(separator: "\n") where !line.hasPrefix("#") {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        XCTAssertEqual(fields.count, 3, "\(file): \(line)")
        XCTAssertTrue(["known", "deprecated"].contains(String(fields.dropFirst().first ?? "")), "\(file): \(line)")
      }
      let keys = KnownKeys(tsv: embedded).entries.map(\.key)
      XCTAssertEqual(Set(keys).count, keys.count, "\(file) lists a key twice")
    }
  }

  func testExactKeysAndPatterns() {
    let redHat = KnownKeys.redHat
    XCTAssertEqual(redHat.entry(for: "ONBOOT")?.status, .known)
    XCTAssertEqual(redHat.entry(for: "IPADDR2")?.status, .known)
    XCTAssertEqual(redHat.entry(for: "DNS1")?.status, .known)
    XCTAssertNil(redHat.entry(for: "IPADDRx"))
    XCTAssertNil(redHat.entry(for: "DNS"))
    XCTAssertEqual(redHat.entry(for: "NETWORK")?.status, .deprecated)
    XCTAssertEqual(redHat.entry(for: "BROADCAST")?.status, .deprecated)
    XCTAssertEqual(redHat.entry(for: "DHCPV6")?.status, .deprecated)
    let suse = KnownKeys.suse
    XCTAssertEqual(suse.entry(for: "IPADDR_0")?.status, .known)
    XCTAssertEqual(suse.entry(for: "IPADDR_home")?.status, .known)
    XCTAssertEqual(suse.entry(for: "BONDING_SLAVE_1")?.status, .known)
    XCTAssertEqual(suse.entry(for: "BONDING_SLAVE0")?.status, .known)
    XCTAssertNil(suse.entry(for: "IPADDR_"))
    XCTAssertNil(suse.entry(for: "ONBOOT"))
  }

  func testSuggestionsByEditDistance() {
    XCTAssertEqual(KnownKeys.redHat.suggestion(for: "ONBOT"), "ONBOOT")
    XCTAssertEqual(KnownKeys.redHat.suggestion(for: "BOOTPRTO"), "BOOTPROTO")
    XCTAssertEqual(KnownKeys.redHat.suggestion(for: "NETMAKS"), "NETMASK")
    XCTAssertEqual(KnownKeys.suse.suggestion(for: "STARTMOD"), "STARTMODE")
    XCTAssertNil(KnownKeys.redHat.suggestion(for: "COMPLETELY_DIFFERENT"))
    XCTAssertEqual(EditDistance.between(Array("kitten".utf8), Array("sitting".utf8), limit: 5), 3)
    XCTAssertEqual(EditDistance.between(Array("ab".utf8), Array("ba".utf8), limit: 5), 1)
    XCTAssertEqual(EditDistance.between([], Array("abc".utf8), limit: 5), 3)
  }

  /// The keys realistic files carry (what installers, NetworkManager and YaST write) are known.
  func testRealisticKeysAreKnown() {
    let redHat = [
      "DEVICE", "TYPE", "ONBOOT", "BOOTPROTO", "IPADDR", "NETMASK", "PREFIX", "GATEWAY", "NM_CONTROLLED", "UUID", "NAME",
      "ZONE", "ETHTOOL_OPTS", "USERCTL", "HWADDR", "DEFROUTE", "IPV4_FAILURE_FATAL", "PROXY_METHOD", "BROWSER_ONLY",
      "IPV6INIT", "IPV6_AUTOCONF", "IPV6ADDR", "IPV6ADDR_SECONDARIES", "IPV6_DEFAULTGW", "PEERDNS", "BONDING_OPTS",
      "BONDING_MASTER", "MASTER", "SLAVE", "BRIDGE", "STP", "DELAY", "VLAN", "VLAN_ID", "PHYSDEV", "MTU", "DNS1", "IPADDR0",
    ]
    for key in redHat { XCTAssertEqual(KnownKeys.redHat.entry(for: key)?.status, .known, key) }
    let suse = [
      "STARTMODE", "BOOTPROTO", "IPADDR", "IPADDR_0", "LLADDR", "MTU", "BONDING_MASTER", "BONDING_SLAVE_0",
      "BONDING_MODULE_OPTS", "BRIDGE", "BRIDGE_PORTS", "BRIDGE_STP", "BRIDGE_FORWARDDELAY", "ETHERDEVICE", "VLAN_ID",
      "BROADCAST", "NETWORK", "REMOTE_IPADDR", "NAME", "USERCONTROL", "ZONE", "ETHTOOL_OPTIONS", "FIREWALL", "NETMASK",
    ]
    for key in suse { XCTAssertEqual(KnownKeys.suse.entry(for: key)?.status, .known, key) }
  }
}
