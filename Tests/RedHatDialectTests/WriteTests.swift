import Foundation
import RedHatDialect
import XCTest

/// `put` and `remove` beyond the golden cases, and a generated tree with its XML.
final class WriteTests: XCTestCase {
  let dialect = RedHatDialect()

  func testGeneratedTreeReadsAsItsXML() throws {
    let base = TestFiles.fixtures.appendingPathComponent("generated")
    let tree = NativeTree(files: TestFiles.readFolder(base.appendingPathComponent("network-scripts")))
    let xmlFolder = base.appendingPathComponent("xml")
    let expected = try FileManager.default.contentsOfDirectory(atPath: xmlFolder.path).sorted().map { name in
      GoldenTests.normalized(try TestXMLReader.interface(TestFiles.text(xmlFolder.appendingPathComponent(name)) ?? ""))
    }
    XCTAssertEqual(expected.count, 14)
    let reading = try dialect.read(tree)
    XCTAssertEqual(reading.interfaces.canonical, expected.canonical)
    // A no-op put of the whole view changes no byte.
    XCTAssertEqual(try dialect.lens.put(reading.interfaces, tree), tree)
  }

  func testRemoveDropsPortsAndSlavesFiles() throws {
    let tree = TestFiles.tree([
      "ifcfg-br0": "DEVICE=br0\nTYPE=Bridge\n",
      "ifcfg-bond0": "DEVICE=bond0\nBONDING_OPTS=mode=1\nBRIDGE=br0\n",
      "ifcfg-eth0": "DEVICE=eth0\nMASTER=bond0\nSLAVE=yes\n",
      "ifcfg-eth1": "DEVICE=eth1\nMASTER=bond0\nSLAVE=yes\n",
      "ifcfg-eth2": "DEVICE=eth2\n",
      "route-eth2": "default via 10.0.0.1\n",
    ])
    let removed = try dialect.remove(["br0"], from: tree)
    XCTAssertEqual(removed.files.keys.sorted(), ["ifcfg-eth2", "route-eth2"])
    XCTAssertThrowsError(try dialect.remove(["eth9"], from: tree))
  }

  func testInvalidInterfacesAreRefused() {
    let bad = Interface(name: "../etc", kind: .ethernet, mtu: 10)
    XCTAssertThrowsError(try dialect.write([bad], into: NativeTree())) { error in
      let codes = (error as? DiagnosticError)?.diagnostics.map(\.code) ?? []
      XCTAssertEqual(codes, ["invalid-interface", "invalid-interface"])
    }
  }

  func testDroppedPortKeepsItsFileWithoutBridgeLine() throws {
    let tree = TestFiles.tree([
      "ifcfg-br0": "DEVICE=br0\nTYPE=Bridge\nONBOOT=yes\n",
      "ifcfg-eth0": "# port\nDEVICE=eth0\nONBOOT=yes\nBRIDGE=br0\nNM_CONTROLLED=no\n",
    ])
    let bridge = Interface(name: "br0", kind: .bridge(Bridge()), startMode: .onboot)
    let written = try dialect.write([bridge], into: tree).tree
    XCTAssertEqual(String(decoding: written.files["ifcfg-eth0"] ?? [], as: UTF8.self), "# port\nDEVICE=eth0\nONBOOT=yes\nNM_CONTROLLED=no\n")
    XCTAssertEqual(written.files["ifcfg-br0"], tree.files["ifcfg-br0"])
  }

  func testNewKeysGoAfterTheLastModelledKeyAndQuoteAsRedHatDoes() throws {
    let tree = TestFiles.tree(["ifcfg-bond0": "DEVICE=bond0\nONBOOT=yes\nNAME='bond zero'\n"])
    let bond = Interface(
      name: "bond0", kind: .bond(Bond(mode: .activeBackup, monitor: .mii(MIIMonitor(frequency: 100)), slaves: [Interface(name: "eth1", kind: .ethernet)])),
      startMode: .onboot)
    let written = try dialect.write([bond], into: tree).tree
    XCTAssertEqual(
      String(decoding: written.files["ifcfg-bond0"] ?? [], as: UTF8.self),
      "DEVICE=bond0\nONBOOT=yes\nBONDING_OPTS=\"mode=active-backup primary=eth1 miimon=100\"\nNAME='bond zero'\n")
    XCTAssertEqual(
      String(decoding: written.files["ifcfg-eth1"] ?? [], as: UTF8.self), "DEVICE=eth1\nONBOOT=yes\nMASTER=bond0\nSLAVE=yes\n")
  }

  func testExpansionInModelledKeyIsReplacedOnlyWhenWritten() throws {
    let tree = TestFiles.tree(["ifcfg-eth0": "DEVICE=eth0\nMTU=$JUMBO\n"])
    XCTAssertThrowsError(try dialect.read(tree))
    let written = try dialect.write([Interface(name: "eth0", kind: .ethernet, mtu: 9000)], into: tree).tree
    XCTAssertEqual(String(decoding: written.files["ifcfg-eth0"] ?? [], as: UTF8.self), "DEVICE=eth0\nMTU=9000\n")
  }
}
