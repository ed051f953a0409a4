import DialectTesting
import InterfaceTesting
import PropertyTesting
import SUSEDialect
import ShellSyntax
import XCTest

/// Writing SUSE files: YaST's quoting, what SUSE cannot say, routes, removal.
final class WriteTests: XCTestCase {
  let dialect = SUSEDialect()

  func testNewValuesAreSingleQuotedAsYaSTWrites() throws {
    let bridge = Interface(
      name: "br0",
      kind: .bridge(
        Bridge(
          stp: false, delay: "0", ports: [Interface(name: "eth0", kind: .ethernet, mac: "52:54:00:00:00:0a")])
      ),
      startMode: .onboot, mtu: 1500,
      ipv4: IPv4Protocol(addresses: [IPAddress("10.0.0.2", prefix: 24)], gateway: "10.0.0.1"))
    let tree = try dialect.write([bridge], into: NativeTree()).tree
    XCTAssertEqual(tree.files.keys.sorted(), ["ifcfg-br0", "ifcfg-eth0", "ifroute-br0"])
    for name in ["ifcfg-br0", "ifcfg-eth0"] {
      let shell = ShellFile(parsing: tree.files[name] ?? [])
      XCTAssertFalse(shell.assignments.isEmpty)
      XCTAssertTrue(shell.assignments.allSatisfy { $0.quoteStyle == .single }, name)
      XCTAssertTrue(shell.diagnostics.isEmpty, name)
    }
    XCTAssertEqual(
      String(decoding: tree.files["ifcfg-eth0"] ?? [], as: UTF8.self),
      "STARTMODE='hotplug'\nBOOTPROTO='none'\nLLADDR='52:54:00:00:00:0a'\n")
    XCTAssertEqual(
      String(decoding: tree.files["ifroute-br0"] ?? [], as: UTF8.self), "default 10.0.0.1 - br0\n")
  }

  func testBootProtoWritten() throws {
    let cases: [(IPv4Protocol?, IPv6Protocol?, String)] = [
      (IPv4Protocol(dhcp: DHCPv4()), nil, "dhcp4"),
      (nil, IPv6Protocol(dhcp: true), "dhcp6"),
      (IPv4Protocol(dhcp: DHCPv4()), IPv6Protocol(dhcp: true), "dhcp"),
      (IPv4Protocol(dhcp: DHCPv4()), IPv6Protocol(autoconf: true, dhcp: true), "dhcp+auto6"),
      (IPv4Protocol(dhcp: DHCPv4()), IPv6Protocol(autoconf: true), "dhcp4+auto6"),
      (IPv4Protocol(addresses: [IPAddress("10.0.0.1")]), IPv6Protocol(autoconf: true), "static+auto6"),
      (nil, IPv6Protocol(autoconf: true), "static+auto6"),
      (IPv4Protocol(addresses: [IPAddress("10.0.0.1")]), nil, "static"),
      (nil, nil, "none"),
    ]
    for (ipv4, ipv6, text) in cases {
      let interface = Interface(name: "eth0", kind: .ethernet, startMode: .onboot, ipv4: ipv4, ipv6: ipv6)
      let tree = try dialect.write([interface], into: NativeTree()).tree
      XCTAssertEqual(ShellFile(parsing: tree.files["ifcfg-eth0"] ?? []).value(of: "BOOTPROTO")?.string, text)
      XCTAssertEqual(try dialect.read(tree).interfaces, [interface], text)
    }
  }

  /// XML -> SUSE -> XML loses exactly peerdns and empty protocols, and write says so.
  func testWhatSUSECannotSayIsWarnedAndDropped() throws {
    let cases: [(Interface, String)] = [
      (Interface(name: "eth0", kind: .ethernet, ipv4: IPv4Protocol(dhcp: DHCPv4(peerDNS: false))), "peerdns"),
      (Interface(name: "eth0", kind: .ethernet, ipv4: IPv4Protocol(dhcp: DHCPv4(peerDNS: true))), "peerdns"),
      (
        Interface(name: "eth0", kind: .ethernet, ipv4: IPv4Protocol(dhcp: DHCPv4()), ipv6: IPv6Protocol()),
        "IPv6"
      ),
      (Interface(name: "eth0", kind: .ethernet, ipv4: IPv4Protocol()), "IPv4"),
    ]
    for (interface, word) in cases {
      let writing = try dialect.write([interface], into: NativeTree())
      XCTAssertEqual(writing.warnings.count, 1, word)
      XCTAssertEqual(writing.warnings.first?.code, "not-expressible")
      XCTAssertTrue(writing.warnings.first?.message.contains(word) ?? false, word)
      XCTAssertEqual(try dialect.read(writing.tree).interfaces, [SUSEExpectations.readBack(interface)])
      XCTAssertNotEqual(SUSEExpectations.readBack(interface), interface)
    }
    let fine = Interface(
      name: "eth0", kind: .ethernet, ipv4: IPv4Protocol(dhcp: DHCPv4()),
      ipv6: IPv6Protocol(gateway: "2001:db8::1"))
    XCTAssertEqual(try dialect.write([fine], into: NativeTree()).warnings, [])
  }

  func testGatewayRemovedKeepsOtherRoutes() throws {
    let tree = TestFolders.tree([
      "ifcfg-eth0": "IPADDR='10.0.0.1/24'\n",
      "ifroute-eth0": "# mine\n10.8.0.0/16 10.0.0.2 - eth0\ndefault 10.0.0.254 - eth0\n",
      "routes": "default 10.0.0.253 - eth0\ndefault 10.1.0.1 - eth1\n",
    ])
    let interface = Interface(
      name: "eth0", kind: .ethernet, ipv4: IPv4Protocol(addresses: [IPAddress("10.0.0.1", prefix: 24)]))
    let written = try dialect.write([interface], into: tree).tree
    XCTAssertEqual(
      String(decoding: written.files["ifroute-eth0"] ?? [], as: UTF8.self),
      "# mine\n10.8.0.0/16 10.0.0.2 - eth0\n")
    XCTAssertEqual(
      String(decoding: written.files["routes"] ?? [], as: UTF8.self), "default 10.1.0.1 - eth1\n")
    XCTAssertEqual(try dialect.read(written).interfaces, [interface])
  }

  func testRemoveDropsFilesOfMembersAndRoutes() throws {
    let tree = TestFolders.tree([
      "ifcfg-br0": "BRIDGE='yes'\nBRIDGE_PORTS='bond0 eth2'\n",
      "ifcfg-bond0": "BONDING_MASTER='yes'\nBONDING_SLAVE_0='eth0'\n",
      "ifcfg-eth0": "STARTMODE='hotplug'\n",
      "ifroute-br0": "default 10.0.0.1 - br0\n",
      "ifcfg-eth9": "STARTMODE='auto'\n",
      "routes": "default 10.0.0.1 - br0\n",
    ])
    let after = try dialect.remove(["br0"], from: tree)
    XCTAssertEqual(after.files.keys.sorted(), ["ifcfg-eth9", "routes"])
    XCTAssertThrowsError(try dialect.remove(["nope"], from: tree))
  }

  func testInvalidInterfacesAreRefused() {
    let bond = Interface(name: "bond0", kind: .bond(Bond()))
    XCTAssertThrowsError(try dialect.write([bond], into: NativeTree())) { error in
      XCTAssertEqual((error as? DiagnosticError)?.diagnostics.first?.code, "invalid-interface")
    }
  }
}

extension WriteTests {
  func testPortAddressingIsWarnedAndNotWritten() throws {
    var port = Interface(name: "eth0", kind: .ethernet, startMode: .onboot)
    port.ipv4 = IPv4Protocol(dhcp: DHCPv4())
    let bridge = Interface(name: "br0", kind: .bridge(Bridge(ports: [port])), startMode: .onboot)
    let writing = try dialect.write([bridge], into: NativeTree())
    XCTAssertEqual(writing.warnings.map(\.code), ["not-expressible"])
    XCTAssertEqual(SUSEExpectations.losses(bridge), 1)
    XCTAssertEqual(
      String(decoding: writing.tree.files["ifcfg-eth0"] ?? [], as: UTF8.self),
      "STARTMODE='hotplug'\nBOOTPROTO='none'\n")
    XCTAssertEqual(try dialect.read(writing.tree).interfaces, [SUSEExpectations.readBack(bridge)])
  }
}

extension WriteTests {
  /// Any bytes, in ifcfg and routes files: reading reports, writing edits or
  /// refuses, removing removes, nothing traps and write deletes nothing.
  func testArbitraryFilesNeverTrap() {
    let alphabet =
      Array(
        "STARTMODE=auto\nBOOTPROTO=dhcp4+auto6IPADDR_1=10.0.0.1/24PREFIXLEN=NETMASK=BONDING_SLAVE_0=eth0BONDING_MODULE_OPTS=mode= \"'$`\\#;\r\nBRIDGE=yesBRIDGE_PORTS=eth0 bond0ETHERDEVICE=VLAN_ID=default 10.0.0.1 - ::/0 - eth0.42"
          .utf8) + [0, 0xFF, 0x09]
    let files = Gen<[UInt8]>.bytes(length: 0...200, alphabet: alphabet)
    let names = ["ifcfg-eth0", "ifcfg-br0", "ifcfg-bond0", "ifroute-eth0", "routes"]
    let gen = Gen<([[UInt8]], [Interface])>(generate: { rng in
      (names.map { _ in files.generate(&rng) }, IfcfgInterfaceGenerators.suse.interfaces.generate(&rng))
    })
    var runs = 0
    XCTAssertProperty(gen, count: 500) { input in
      let (contents, view) = input
      var tree = NativeTree()
      for (index, bytes) in contents.enumerated() where index < names.count {
        tree.files[names[index]] = bytes
      }
      _ = try? dialect.read(tree)
      if let written = try? dialect.write(view, into: tree).tree {
        for name in tree.files.keys where written.files[name] == nil { return "\(name) was deleted" }
        _ = try? dialect.read(written)
      }
      _ = try? dialect.remove(["eth0", "br0"], from: tree)
      runs += 1
      return nil
    }
    XCTAssertEqual(runs, 500)
  }
}
