import DialectTesting
import Foundation
import SUSEDialect
import XCTest

/// Reading SUSE files as wicked reads them.
final class ReadTests: XCTestCase {
  let dialect = SUSEDialect()

  private func read(_ files: [String: String]) throws -> DialectReading {
    try dialect.read(TestFolders.tree(files))
  }

  private func one(_ text: String, name: String = "eth0", routes: [String: String] = [:]) throws -> Interface?
  {
    try read(["ifcfg-\(name)": text].merging(routes) { a, _ in a }).interfaces.first { $0.name == name }
  }

  /// A tree made by gen_corpus (YaST-style noise, mixed quoting, empty keys,
  /// ifroute files, the loopback) reads as the XML it was made from, but
  /// for peerdns, which SUSE files cannot carry.
  func testGeneratedTreeReadsAsItsXML() throws {
    let folder = TestFiles.fixtures.appendingPathComponent("generated")
    let tree = NativeTree(files: TestFolders.readFolder(folder.appendingPathComponent("network")))
    let reading = try dialect.read(tree)
    let xmlFolder = folder.appendingPathComponent("xml")
    let documents = try FileManager.default.contentsOfDirectory(atPath: xmlFolder.path).sorted()
    XCTAssertEqual(documents.count, 16)
    var expected: [Interface] = []
    for document in documents {
      let text = try XCTUnwrap(TestFolders.text(xmlFolder.appendingPathComponent(document)))
      expected += try SUSEExpectations.interfaces(xml: text).map(SUSEExpectations.readBack)
    }
    XCTAssertEqual(reading.interfaces.canonical, expected.canonical)
    XCTAssertEqual(reading.warnings.map(\.code), ["loopback-skipped"])
    // And the tree is a fixed point of put.
    XCTAssertEqual(try dialect.write(reading.interfaces, into: tree).tree, tree)
  }

  func testStartModeSpellings() throws {
    let cases: [(String, StartMode?)] = [
      ("auto", .onboot), ("boot", .onboot), ("onboot", .onboot), ("on", .onboot), ("hotplug", .hotplug),
      ("manual", StartMode.none), ("off", StartMode.none), ("", nil),
    ]
    for (value, mode) in cases {
      XCTAssertEqual(try one("STARTMODE='\(value)'\nBOOTPROTO='dhcp4'\n")?.startMode, mode, value)
    }
    XCTAssertNil(try one("BOOTPROTO='dhcp4'\n")?.startMode)
    for (value, mode) in [("ifplugd", StartMode.hotplug), ("nfsroot", .onboot)] {
      let reading = try read(["ifcfg-eth0": "STARTMODE='\(value)'\n"])
      XCTAssertEqual(reading.interfaces.first?.startMode, mode)
      XCTAssertEqual(reading.warnings.map(\.code), ["unsupported-value"], value)
    }
    XCTAssertThrowsError(try read(["ifcfg-eth0": "STARTMODE='sometimes'\n"])) { error in
      XCTAssertEqual((error as? DiagnosticError)?.diagnostics.first?.code, "invalid-value")
    }
  }

  func testBootProtoForms() throws {
    let cases: [(String, IPv4Protocol?, IPv6Protocol?)] = [
      ("dhcp", IPv4Protocol(dhcp: DHCPv4()), IPv6Protocol(dhcp: true)),
      ("dhcp4", IPv4Protocol(dhcp: DHCPv4()), nil),
      ("dhcp6", nil, IPv6Protocol(dhcp: true)),
      ("dhcp4+auto6", IPv4Protocol(dhcp: DHCPv4()), IPv6Protocol(autoconf: true)),
      ("auto6+dhcp4", IPv4Protocol(dhcp: DHCPv4()), IPv6Protocol(autoconf: true)),
      (
        "static+auto6", IPv4Protocol(addresses: [IPAddress("10.0.0.1", prefix: 8)]),
        IPv6Protocol(autoconf: true)
      ),
      ("DHCP+AUTO6", IPv4Protocol(dhcp: DHCPv4()), IPv6Protocol(autoconf: true, dhcp: true)),
      ("static", IPv4Protocol(addresses: [IPAddress("10.0.0.1", prefix: 8)]), nil),
      ("", IPv4Protocol(addresses: [IPAddress("10.0.0.1", prefix: 8)]), nil),
    ]
    for (value, ipv4, ipv6) in cases {
      let address = value.hasPrefix("static") || value.isEmpty ? "IPADDR='10.0.0.1/8'\n" : ""
      let interface = try one("BOOTPROTO='\(value)'\n" + address)
      XCTAssertEqual(interface?.ipv4, ipv4, value)
      XCTAssertEqual(interface?.ipv6, ipv6, value)
    }
    // BOOTPROTO missing means static.
    XCTAssertEqual(
      try one("IPADDR='10.0.0.1/8'\n")?.ipv4, IPv4Protocol(addresses: [IPAddress("10.0.0.1", prefix: 8)]))
    // none: wicked sets up no addresses at all.
    let none = try read([
      "ifcfg-br0": "BOOTPROTO='none'\nIPADDR='10.0.0.1/8'\nBRIDGE='yes'\nBRIDGE_PORTS=''\n"
    ])
    XCTAssertNil(none.interfaces.first?.ipv4)
    XCTAssertEqual(none.warnings.map(\.code), ["ignored-addresses"])
    // autoip cannot be said in XML: warned, the rest read.
    let autoip = try read(["ifcfg-eth0": "BOOTPROTO='dhcp4+autoip'\n"])
    XCTAssertEqual(autoip.interfaces.first?.ipv4, IPv4Protocol(dhcp: DHCPv4()))
    XCTAssertEqual(autoip.warnings.map(\.code), ["unsupported-value"])
  }

  func testAddressForms() throws {
    let interface = try one(
      """
      BOOTPROTO='static'
      IPADDR='10.0.0.1/24'
      IPADDR_0='2001:db8::1/64'
      IPADDR_x='10.0.1.1'
      PREFIXLEN_x='16'
      IPADDR_FOO='10.0.2.1'
      NETMASK_FOO='255.255.255.128'
      IPADDR_6='2001:db8::2'
      PREFIXLEN_6='48'
      IPADDR_7='10.0.3.1'
      IPADDR_8=''
      IPADDR_9='10.0.4.1/30'
      PREFIXLEN_9='8'

      """)
    XCTAssertEqual(
      interface?.ipv4?.addresses,
      [
        IPAddress("10.0.0.1", prefix: 24), IPAddress("10.0.1.1", prefix: 16),
        IPAddress("10.0.2.1", prefix: 25),
        IPAddress("10.0.3.1"), IPAddress("10.0.4.1", prefix: 30),
      ])
    XCTAssertEqual(
      interface?.ipv6?.addresses,
      [IPAddress("2001:db8::1", prefix: 64), IPAddress("2001:db8::2", prefix: 48)])
    XCTAssertThrowsError(try one("IPADDR='10.0.0.300/8'\n")) { error in
      XCTAssertEqual((error as? DiagnosticError)?.diagnostics.first?.code, "invalid-value")
    }
    XCTAssertThrowsError(try one("IPADDR='10.0.0.3'\nNETMASK='255.0.255.0'\n"))
  }

  func testDefaultRoutes() throws {
    let cases = [
      "default 10.0.0.254 - eth0\n", "default 10.0.0.254 - -\n", "default 10.0.0.254\n",
      "# comment\n\n0.0.0.0/0 10.0.0.254 - eth0 metric 5\n", "0.0.0.0 10.0.0.254 0.0.0.0 eth0\n",
    ]
    for text in cases {
      let interface = try one("BOOTPROTO='static'\nIPADDR='10.0.0.1/24'\n", routes: ["ifroute-eth0": text])
      XCTAssertEqual(interface?.ipv4?.gateway, "10.0.0.254", text)
    }
    let global = try one(
      "BOOTPROTO='dhcp6'\n",
      routes: ["routes": "default 2001:db8::ffff - eth0\ndefault 10.9.9.9 - eth1\ndefault 10.0.0.253 - -\n"])
    XCTAssertEqual(global?.ipv6, IPv6Protocol(dhcp: true, gateway: "2001:db8::ffff"))
    XCTAssertNil(global?.ipv4)
    // ifroute-NAME wins over routes; other routes are kept but reported.
    let reading = try read([
      "ifcfg-eth0": "IPADDR='10.0.0.1/24'\n",
      "ifroute-eth0": "10.8.0.0/16 10.0.0.2 - eth0\ndefault 10.0.0.254 - eth0\ndefault 10.0.0.253 - eth0\n",
      "routes": "default 10.0.0.252 - eth0\n",
    ])
    XCTAssertEqual(reading.interfaces.first?.ipv4?.gateway, "10.0.0.254")
    XCTAssertEqual(
      reading.warnings.map(\.code).sorted(), ["not-represented", "not-represented", "routes-not-represented"])
    // A gateway with nothing else is still an IPv4 protocol.
    XCTAssertEqual(
      try one("BOOTPROTO='static'\n", routes: ["ifroute-eth0": "default 10.0.0.254 - -\n"])?.ipv4,
      IPv4Protocol(gateway: "10.0.0.254"))
  }

  func testVLANNamesAndIDs() throws {
    let cases: [(String, String, Int?)] = [
      ("eth0.42", "", 42), ("vlan0042", "", 42), ("dmz7", "", 7), ("lan", "VLAN_ID='12'\n", 12),
      ("eth1.5", "VLAN_ID='6'\n", 6),
    ]
    for (name, extra, tag) in cases {
      let interface = try one("ETHERDEVICE='eth9'\n" + extra, name: name)
      XCTAssertEqual(interface?.kind, .vlan(VLAN(tag: tag ?? -1, parent: "eth9")), name)
    }
    XCTAssertThrowsError(try one("ETHERDEVICE='eth9'\n", name: "lan")) { error in
      XCTAssertEqual((error as? DiagnosticError)?.diagnostics.first?.code, "incomplete-vlan")
    }
  }

  func testBondsAndBridges() throws {
    let reading = try read([
      "ifcfg-bond0":
        "BONDING_MASTER='yes'\nBONDING_SLAVE_0='eth1'\nBONDING_SLAVE_1='eth2'\nBONDING_SLAVE2='eth3'\nBONDING_MODULE_OPTS='mode=1 primary=eth3 miimon=50 lacp_rate=fast'\nMTU='9000'\n",
      "ifcfg-eth1": "STARTMODE='hotplug'\nBOOTPROTO='none'\nLLADDR='52:54:00:00:00:01'\nMTU='9000'\n",
      "ifcfg-eth2": "STARTMODE='hotplug'\nBOOTPROTO='none'\nMTU='1500'\n",
      "ifcfg-br0": "BRIDGE='yes'\nBRIDGE_PORTS='eth4  bond0'\nBRIDGE_STP='yes'\nBRIDGE_FORWARDDELAY='2.5'\n",
      "ifcfg-eth4": "STARTMODE='hotplug'\n",
    ])
    XCTAssertEqual(reading.interfaces.map(\.name), ["br0"])
    guard case .bridge(let bridge) = reading.interfaces.first?.kind else { return XCTFail("not a bridge") }
    XCTAssertEqual(bridge.stp, true)
    XCTAssertEqual(bridge.delay, "2.5")
    XCTAssertEqual(bridge.ports.map(\.name), ["eth4", "bond0"])
    guard case .bond(let bond) = bridge.ports.last?.kind else { return XCTFail("not a bond") }
    XCTAssertEqual(bond.mode, .activeBackup)
    XCTAssertEqual(bond.monitor, .mii(MIIMonitor(frequency: 50)))
    // The primary first, then as listed; eth3 has no file (wicked's defaults).
    XCTAssertEqual(bond.slaves.map(\.name), ["eth3", "eth1", "eth2"])
    XCTAssertEqual(bond.slaves[1].mac, "52:54:00:00:00:01")
    XCTAssertNil(bond.slaves[1].mtu)
    XCTAssertEqual(bond.slaves[2].mtu, 1500)
  }

  func testSkippedFilesAndKinds() throws {
    let reading = try read([
      "ifcfg-lo": "IPADDR='127.0.0.1/8'\nSTARTMODE='nfsroot'\n",
      "ifcfg-tun0": "TUNNEL='gre'\n",
      "ifcfg-team0": "TEAM_RUNNER='lacp'\n",
      "ifcfg-eth0": "STARTMODE='auto'\nBOOTPROTO='dhcp4'\n",
      "ifcfg-eth0.bak": "garbage $(rm -rf /)\n",
      "ifcfg-a/b": "STARTMODE='auto'\n",
    ])
    XCTAssertEqual(reading.interfaces.map(\.name), ["eth0"])
    XCTAssertEqual(
      reading.warnings.map(\.code).sorted(),
      ["invalid-interface-name", "loopback-skipped", "unsupported-type", "unsupported-type"])
    XCTAssertTrue(dialect.isConfigFile(named: "ifcfg-eth0"))
    XCTAssertTrue(dialect.isConfigFile(named: "ifroute-eth0"))
    XCTAssertTrue(dialect.isConfigFile(named: "routes"))
    for name in [
      "ifcfg-eth0.old", "ifcfg-eth0~", "ifroute-eth0.rpmsave", "ifcfg-", "config", "ifcfg-eth0.scpmbackup",
    ] {
      XCTAssertFalse(dialect.isConfigFile(named: name), name)
    }
  }

  func testExpansions() throws {
    XCTAssertThrowsError(try read(["ifcfg-eth0": "IPADDR=\"$(hostname -i)\"\n"])) { error in
      XCTAssertEqual((error as? DiagnosticError)?.diagnostics.first?.code, "expansion")
    }
    let reading = try read(["ifcfg-eth0": "BOOTPROTO='dhcp4'\nNAME=\"card $HOME\"\n"])
    XCTAssertEqual(reading.interfaces.first?.ipv4, IPv4Protocol(dhcp: DHCPv4()))
    XCTAssertEqual(reading.warnings.map(\.code), ["expansion"])
  }
}
