import DialectTesting
import InterfaceTesting
import SUSEDialect
import ShellSyntax
import XCTest

/// The lens laws on generated interface sets and noisy SUSE file trees. In
/// routes files, every line but the concerned default routes must survive.
final class LawTests: XCTestCase {
  let laws = DialectLawChecks(
    dialect: SUSEDialect(), generators: .suse, noisyTree: { try NoisyFiles.tree(for: $0, &$1) },
    owner: { name in
      name.hasPrefix("ifcfg-")
        ? String(name.dropFirst("ifcfg-".count))
        : name.hasPrefix("ifroute-") ? String(name.dropFirst("ifroute-".count)) : nil
    },
    keptLines: { name, bytes in
      if name.hasPrefix("ifcfg-") {
        return ShellFile(parsing: bytes).lines.filter { line in
          line.assignment.map { !SUSEKey_isModelled($0.key) } ?? true
        }.map(\.bytes)
      }
      return LawTests.routeLines(bytes).filter { line in
        !line.starts(with: Array("default".utf8)) && !line.starts(with: Array("0.0.0.0".utf8))
          && !line.starts(with: Array("::/0".utf8))
      }
    })

  func testCreateGet() { laws.checkCreateGet() }

  /// Every interface through the editor, none skipped as unchanged.
  var editorLaws: DialectLawChecks { laws.with(dialect: SUSEDialect(skipsUnchangedInterfaces: false)) }

  func testGetPutThroughTheEditor() { editorLaws.checkGetPutByteIdenticalOnNoisyFiles() }

  func testPutGetThroughTheEditor() { editorLaws.checkPutGetOnRandomEditsKeepsUntouchedLines() }

  func testSkippingUnchangedInterfacesAgreesWithTheEditor() {
    laws.checkSkippingAgreesWithEditing(editor: SUSEDialect(skipsUnchangedInterfaces: false))
  }

  func testNoisyFilesReadAsTheirInterfaces() { laws.checkNoisyFilesReadAsTheirInterfaces() }

  func testGetPutByteIdenticalOnNoisyFiles() { laws.checkGetPutByteIdenticalOnNoisyFiles() }

  func testPutGetOnRandomEditsKeepsUntouchedLines() { laws.checkPutGetOnRandomEditsKeepsUntouchedLines() }

  static func routeLines(_ bytes: [UInt8]) -> [[UInt8]] {
    bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
  }
}

extension IfcfgInterfaceGenerators {
  /// Interfaces SUSE files can express: DHCP without peerdns, IPv6 with
  /// something in it, members without settings of their own.
  static let suse = IfcfgInterfaceGenerators(
    peerDNS: false, nonEmptyIPv6: true, normalized: { SUSEExpectations.normalized($0) })
}

/// Whether the dialect models `key` (mirrors the dialect's table for the test's own check).
func SUSEKey_isModelled(_ key: String) -> Bool {
  let plain: Set<String> = [
    "STARTMODE", "BOOTPROTO", "MTU", "LLADDR", "BRIDGE", "BRIDGE_PORTS", "BRIDGE_STP", "BRIDGE_FORWARDDELAY",
    "BONDING_MASTER", "BONDING_MODULE_OPTS", "ETHERDEVICE", "VLAN_ID",
  ]
  return plain.contains(key)
    || ["IPADDR", "PREFIXLEN", "NETMASK", "BONDING_SLAVE"].contains { key.hasPrefix($0) }
}
