import DialectTesting
import InterfaceTesting
import RedHatDialect
import ShellSyntax
import XCTest

/// The lens laws on generated interface sets and noisy file trees.
final class LawTests: XCTestCase {
  let laws = DialectLawChecks(
    dialect: RedHatDialect(), generators: .redHat, noisyTree: { try NoisyFiles.tree(for: $0, &$1) },
    owner: { String($0.dropFirst("ifcfg-".count)) },
    keptLines: { _, bytes in
      ShellFile(parsing: bytes).lines.filter { line in
        guard let assignment = line.assignment else { return true }
        return !isModelledKey(assignment.key)
      }.map(\.bytes)
    })

  func testCreateGet() { laws.checkCreateGet() }

  /// Every interface through the editor, none skipped as unchanged.
  var editorLaws: DialectLawChecks { laws.with(dialect: RedHatDialect(skipsUnchangedInterfaces: false)) }

  func testGetPutThroughTheEditor() { editorLaws.checkGetPutByteIdenticalOnNoisyFiles() }

  func testPutGetThroughTheEditor() { editorLaws.checkPutGetOnRandomEditsKeepsUntouchedLines() }

  func testSkippingUnchangedInterfacesAgreesWithTheEditor() {
    laws.checkSkippingAgreesWithEditing(editor: RedHatDialect(skipsUnchangedInterfaces: false))
  }

  func testNoisyFilesReadAsTheirInterfaces() { laws.checkNoisyFilesReadAsTheirInterfaces() }

  func testGetPutByteIdenticalOnNoisyFiles() { laws.checkGetPutByteIdenticalOnNoisyFiles() }

  func testPutGetOnRandomEditsKeepsUntouchedLines() { laws.checkPutGetOnRandomEditsKeepsUntouchedLines() }
}

extension IfcfgInterfaceGenerators {
  /// Interfaces Red Hat files can express: DHCP with or without peerdns, any IPv6.
  static let redHat = IfcfgInterfaceGenerators(
    peerDNS: true, nonEmptyIPv6: false, normalized: { MemberNormalization.normalized($0) })
}

/// Whether the dialect models `key` (mirrors the dialect's table for the test's own check).
func isModelledKey(_ key: String) -> Bool {
  let plain: Set<String> = [
    "DEVICE", "HWADDR", "VLAN", "PHYSDEV", "VLAN_ID", "ONBOOT", "HOTPLUG", "MTU", "TYPE", "BOOTPROTO",
    "PEERDNS",
    "IPV6INIT", "IPV6_AUTOCONF", "IPV6FORWARDING", "DHCPV6C", "DHCPV6", "IPV6ADDR", "IPV6ADDR_SECONDARIES",
    "IPV6_DEFAULTGW", "STP", "DELAY", "BONDING_OPTS", "BONDING_MASTER", "BRIDGE", "MASTER", "SLAVE",
  ]
  if plain.contains(key) { return true }
  return ["IPADDR", "NETMASK", "PREFIX", "GATEWAY"].contains {
    key.hasPrefix($0) && key.dropFirst($0.count).allSatisfy(\.isNumber)
  }
}
