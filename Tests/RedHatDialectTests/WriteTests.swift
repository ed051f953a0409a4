import DialectTesting
import Foundation
import InterfaceTesting
import PropertyTesting
import RedHatDialect
import XCTest

/// `put` and `remove` beyond the golden cases, and a generated tree with its XML.
final class WriteTests: XCTestCase {
  let dialect = RedHatDialect()

  func testGeneratedTreeReadsAsItsXML() throws {
    let base = TestFiles.fixtures.appendingPathComponent("generated")
    let tree = NativeTree(files: TestFolders.readFolder(base.appendingPathComponent("network-scripts")))
    let xmlFolder = base.appendingPathComponent("xml")
    let expected = try FileManager.default.contentsOfDirectory(atPath: xmlFolder.path).sorted().map { name in
      MemberNormalization.normalized(
        try TestFiles.interface(xml: TestFolders.text(xmlFolder.appendingPathComponent(name)) ?? "", path: name)
      )
    }
    XCTAssertEqual(expected.count, 14)
    let reading = try dialect.read(tree)
    XCTAssertEqual(reading.interfaces.canonical, expected.canonical)
    // A no-op put of the whole view changes no byte.
    XCTAssertEqual(try dialect.lens.put(reading.interfaces, tree), tree)
  }

  func testSlaveWithoutSlaveLineIsLeftAsItIs() throws {
    // NetworkManager reads MASTER alone; put must not add SLAVE=yes (GetPut).
    let tree = TestFolders.tree([
      "ifcfg-bond0": "DEVICE=bond0\nBONDING_OPTS=\"mode=active-backup miimon=100\"\nONBOOT=yes\n",
      "ifcfg-eth0": "DEVICE=eth0\nMASTER=bond0\n",
      "ifcfg-eth1": "DEVICE=eth1\nMASTER=bond0\nSLAVE=no\n",
    ])
    XCTAssertLaw(LensLaws.getPut(dialect.lens, tree))
    // A new slave still gets both lines.
    var view = try dialect.read(tree).interfaces
    guard case .bond(var bond) = view[0].kind else { return XCTFail("\(view)") }
    bond.slaves.append(Interface(name: "eth2", kind: .ethernet))
    view[0].kind = .bond(bond)
    let written = try dialect.lens.put(view, tree)
    XCTAssertEqual(written.files["ifcfg-eth2"].map { String(decoding: $0, as: UTF8.self) }, "DEVICE=eth2\nONBOOT=yes\nMASTER=bond0\nSLAVE=yes\n")
  }

  func testRemoveDropsPortsAndSlavesFiles() throws {
    let tree = TestFolders.tree([
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
    let tree = TestFolders.tree([
      "ifcfg-br0": "DEVICE=br0\nTYPE=Bridge\nONBOOT=yes\n",
      "ifcfg-eth0": "# port\nDEVICE=eth0\nONBOOT=yes\nBRIDGE=br0\nNM_CONTROLLED=no\n",
    ])
    let bridge = Interface(name: "br0", kind: .bridge(Bridge()), startMode: .onboot)
    let written = try dialect.write([bridge], into: tree).tree
    XCTAssertEqual(
      String(decoding: written.files["ifcfg-eth0"] ?? [], as: UTF8.self),
      "# port\nDEVICE=eth0\nONBOOT=yes\nNM_CONTROLLED=no\n")
    XCTAssertEqual(written.files["ifcfg-br0"], tree.files["ifcfg-br0"])
  }

  func testNewKeysGoAfterTheLastModelledKeyAndQuoteAsRedHatDoes() throws {
    let tree = TestFolders.tree(["ifcfg-bond0": "DEVICE=bond0\nONBOOT=yes\nNAME='bond zero'\n"])
    let bond = Interface(
      name: "bond0",
      kind: .bond(
        Bond(
          mode: .activeBackup, monitor: .mii(MIIMonitor(frequency: 100)),
          slaves: [Interface(name: "eth1", kind: .ethernet)])),
      startMode: .onboot)
    let written = try dialect.write([bond], into: tree).tree
    XCTAssertEqual(
      String(decoding: written.files["ifcfg-bond0"] ?? [], as: UTF8.self),
      "DEVICE=bond0\nONBOOT=yes\nBONDING_OPTS=\"mode=active-backup primary=eth1 miimon=100\"\nNAME='bond zero'\n"
    )
    XCTAssertEqual(
      String(decoding: written.files["ifcfg-eth1"] ?? [], as: UTF8.self),
      "DEVICE=eth1\nONBOOT=yes\nMASTER=bond0\nSLAVE=yes\n")
  }

  func testExpansionInModelledKeyIsReplacedOnlyWhenWritten() throws {
    let tree = TestFolders.tree(["ifcfg-eth0": "DEVICE=eth0\nMTU=$JUMBO\n"])
    XCTAssertThrowsError(try dialect.read(tree))
    let written = try dialect.write([Interface(name: "eth0", kind: .ethernet, mtu: 9000)], into: tree).tree
    XCTAssertEqual(
      String(decoding: written.files["ifcfg-eth0"] ?? [], as: UTF8.self), "DEVICE=eth0\nMTU=9000\n")
  }

  func testPortAddressingIsNotWrittenAndWarns() throws {
    var port = Interface(name: "eth0", kind: .ethernet)
    port.ipv4 = IPv4Protocol(addresses: [IPAddress("10.0.0.1", prefix: 8)])
    let bridge = Interface(name: "br0", kind: .bridge(Bridge(ports: [port])), startMode: .onboot)
    let writing = try dialect.write([bridge], into: NativeTree())
    XCTAssertEqual(writing.warnings.map(\.code), ["not-expressible"])
    XCTAssertEqual(
      String(decoding: writing.tree.files["ifcfg-eth0"] ?? [], as: UTF8.self),
      "DEVICE=eth0\nONBOOT=yes\nBRIDGE=br0\n")
  }

  /// Any bytes, in any file: reading reports, writing edits or refuses, nothing traps.
  func testArbitraryFilesNeverTrap() {
    let alphabet =
      Array(
        "DEVICE=eth0\nHWADDR=IPADDR0PREFIX1BONDING_OPTS=mode= \"'$`\\#;\r\nBRIDGE=br0MASTER=bond0VLAN=yes.42"
          .utf8) + [0, 0xFF]
    let files = Gen<[UInt8]>.bytes(length: 0...200, alphabet: alphabet)
    let gen = Gen<([[UInt8]], [Interface])>(generate: { rng in
      ((0..<3).map { _ in files.generate(&rng) }, IfcfgInterfaceGenerators.redHat.interfaces.generate(&rng))
    })
    var runs = 0
    XCTAssertProperty(gen, count: 500) { input in
      let (contents, view) = input
      var tree = NativeTree()
      for (index, bytes) in contents.enumerated() {
        tree.files[["ifcfg-eth0", "ifcfg-br0", "ifcfg-bond0"][index]] = bytes
      }
      _ = try? dialect.read(tree)
      if let written = try? dialect.write(view, into: tree).tree {
        for name in tree.files.keys where written.files[name] == nil { return "\(name) was deleted" }
      }
      _ = try? dialect.remove(["eth0"], from: tree)
      runs += 1
      return nil
    }
    XCTAssertEqual(runs, 500)
  }
}
