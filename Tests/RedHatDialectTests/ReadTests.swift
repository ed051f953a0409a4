import DialectTesting
import Foundation
import RedHatDialect
import XCTest

/// `get`: what initscripts, NetworkManager, anaconda and netcf write reads as the IR.
final class ReadTests: XCTestCase {
  let dialect = RedHatDialect()

  private func read(_ files: [String: String], links: [String: String] = [:]) throws -> DialectReading {
    try dialect.read(TestFolders.tree(files, links: links))
  }

  private func only(_ files: [String: String], file: StaticString = #filePath, line: UInt = #line) throws
    -> Interface
  {
    let reading = try read(files)
    XCTAssertEqual(reading.interfaces.count, 1, file: file, line: line)
    return try XCTUnwrap(reading.interfaces.first, file: file, line: line)
  }

  func testSampleRootFileSystem() throws {
    let files = TestFolders.readFolder(TestFiles.fixtures.appendingPathComponent("fsroot"))
    let tree = NativeTree(
      files: files, linkAddresses: ["eth4": "00:00:00:00:00:01", "br0": "aa:bb:cc:dd:ee:ff"])
    let reading = try dialect.read(tree)
    XCTAssertEqual(reading.interfaces.map(\.name), ["bond0", "br0", "br1", "br2", "eth3", "eth4"])
    let bond0 = try XCTUnwrap(reading.interfaces.first { $0.name == "bond0" })
    guard case .bond(let bond) = bond0.kind else { return XCTFail("bond0 is not a bond") }
    XCTAssertEqual(bond.mode, .activeBackup)
    XCTAssertEqual(bond.slaves.map(\.name), ["eth2", "eth1"], "primary first")
    XCTAssertEqual(bond0.ipv4, IPv4Protocol(addresses: [IPAddress("10.0.1.27", prefix: 24)]))
    let br1 = try XCTUnwrap(reading.interfaces.first { $0.name == "br1" })
    XCTAssertEqual(br1.ipv4?.addresses.map(\.prefix), [24, 24, 31, nil, nil, nil, nil, nil, 12])
    guard case .bridge(let bridge) = br1.kind else { return XCTFail("br1 is not a bridge") }
    XCTAssertEqual(bridge.stp, true)
    XCTAssertEqual(bridge.delay, "0")
    let br0 = try XCTUnwrap(reading.interfaces.first { $0.name == "br0" })
    guard case .bridge(let br0Bridge) = br0.kind else { return XCTFail("br0 is not a bridge") }
    XCTAssertEqual(br0Bridge.ports.map(\.name), ["eth0"])
    XCTAssertEqual(br0Bridge.ports.first?.mac, "00:1c:c0:89:dd:01")
    let eth4 = try XCTUnwrap(reading.interfaces.first { $0.name == "eth4" })
    XCTAssertEqual(eth4.startMode, .onboot, "ifcfg-by-hwaddr, not the decoy")
    XCTAssertEqual(eth4.mac, "00:00:00:00:00:01")
    XCTAssertTrue(reading.warnings.contains { $0.code == "loopback-skipped" })
    XCTAssertTrue(
      reading.warnings.contains { $0.code == "shadowed-file" && $0.path.hasSuffix("ifcfg-by-hwaddr-decoy") })
  }

  func testPrefixWinsOverNetmaskAndNumberedForms() throws {
    let eth0 = try only([
      "ifcfg-eth0": """
      DEVICE=eth0
      BOOTPROTO=none
      IPADDR=10.0.0.1
      NETMASK=255.0.0.0
      PREFIX=24
      IPADDR0=10.1.0.1
      PREFIX0=16
      IPADDR1=10.2.0.1
      NETMASK1=255.255.255.252
      IPADDR3=10.4.0.1

      """
    ])
    XCTAssertEqual(
      eth0.ipv4?.addresses,
      [
        IPAddress("10.0.0.1", prefix: 24), IPAddress("10.1.0.1", prefix: 16),
        IPAddress("10.2.0.1", prefix: 30),
      ],
      "IPADDR3 after a missing IPADDR2 is not used, as initscripts stops there")
  }

  func testGatewayFromNumberedKey() throws {
    let eth0 = try only(["ifcfg-eth0": "DEVICE=eth0\nIPADDR0=192.0.2.5\nPREFIX0=24\nGATEWAY0=192.0.2.1\n"])
    XCTAssertEqual(eth0.ipv4?.gateway, "192.0.2.1")
    XCTAssertEqual(eth0.ipv4?.dhcp, nil)
  }

  func testNumericBondModesAndMonitors() throws {
    for (mode, expected) in BondMode.allCases.map({ ("\($0.number)", $0) }) {
      let reading = try read([
        "ifcfg-bond0":
          "DEVICE=bond0\nBONDING_OPTS=\"mode=\(mode) arp_interval=100 arp_ip_target=10.0.0.1,10.0.0.2 arp_validate=3\"\n",
        "ifcfg-eth0": "DEVICE=eth0\nMASTER=bond0\nSLAVE=yes\n",
      ])
      guard case .bond(let bond) = reading.interfaces.first?.kind else { return XCTFail("no bond") }
      XCTAssertEqual(bond.mode, expected)
      XCTAssertEqual(bond.monitor, .arp(ARPMonitor(interval: 100, target: "10.0.0.1", validate: .all)))
      XCTAssertTrue(reading.warnings.contains { $0.code == "not-represented" })
    }
  }

  func testIPv6SpellingsAndDefaults() throws {
    let old = try only(["ifcfg-eth0": "DEVICE=eth0\nIPV6INIT=on\nDHCPV6=yes\nIPV6ADDR=2001:db8::1\n"])
    XCTAssertEqual(old.ipv6, IPv6Protocol(autoconf: true, dhcp: true, addresses: [IPAddress("2001:db8::1")]))
    let forwarding = try only([
      "ifcfg-eth0": "DEVICE=eth0\nIPV6INIT=yes\nIPV6FORWARDING=yes\nIPV6_DEFAULTGW=2001:db8::ff%eth0\n"
    ])
    XCTAssertEqual(forwarding.ipv6, IPv6Protocol(autoconf: false, gateway: "2001:db8::ff"))
    let off = try only(["ifcfg-eth0": "DEVICE=eth0\nIPV6INIT=no\nIPV6ADDR=2001:db8::1/64\n"])
    XCTAssertNil(off.ipv6)
  }

  func testBooleansAsInitscriptsReadsThem() throws {
    for (text, mode) in [
      ("yes", StartMode.onboot), ("TRUE", .onboot), ("on", .onboot), ("1", .onboot), ("no", .none),
      ("Off", .none), ("0", .none),
    ] {
      XCTAssertEqual(try only(["ifcfg-eth0": "DEVICE=eth0\nONBOOT=\(text)\n"]).startMode, mode, text)
    }
    XCTAssertEqual(try only(["ifcfg-eth0": "ONBOOT=no\nHOTPLUG=yes\n"]).startMode, .hotplug)
    XCTAssertNil(try only(["ifcfg-eth0": "DEVICE=eth0\n"]).startMode)
    XCTAssertThrowsError(try read(["ifcfg-eth0": "DEVICE=eth0\nONBOOT=maybe\n"]))
  }

  func testBridgeSpellingsAndVlanForms() throws {
    let reading = try read([
      "ifcfg-br0": "DEVICE=br0\nTYPE=bridge\nSTP=yes\n",
      "ifcfg-vlan100": "DEVICE=vlan100\nVLAN=yes\nPHYSDEV=eth0\nBRIDGE=br0\n",
      "ifcfg-eth1.7": "DEVICE=eth1.7\nVLAN=yes\nHWADDR=52:54:00:AB:CD:EF\n",
    ])
    XCTAssertEqual(reading.interfaces.map(\.name), ["br0", "eth1.7"])
    guard case .bridge(let bridge) = reading.interfaces[0].kind else { return XCTFail("no bridge") }
    XCTAssertEqual(bridge.stp, true)
    XCTAssertEqual(bridge.ports.first?.kind, .vlan(VLAN(tag: 100, parent: "eth0")))
    XCTAssertEqual(reading.interfaces[1].kind, .vlan(VLAN(tag: 7, parent: "eth1")))
    XCTAssertEqual(reading.interfaces[1].mac, "52:54:00:ab:cd:ef")
  }

  func testLookupByDeviceAndBackupsIgnored() throws {
    let reading = try read([
      "ifcfg-a": "DEVICE=eth3\nONBOOT=no\n",
      "ifcfg-b": "DEVICE=eth3\nONBOOT=yes\n",
      "ifcfg-eth0.bak": "DEVICE=eth0\n",
      "ifcfg-eth1~": "DEVICE=eth1\n",
      "ifcfg-eth2.rpmsave": "DEVICE=eth2\n",
    ])
    XCTAssertEqual(reading.interfaces.map(\.name), ["eth3"])
    XCTAssertEqual(reading.interfaces.first?.startMode, .onboot, "the last file in name order")
    XCTAssertFalse(dialect.isConfigFile(named: "ifcfg-eth0.orig"))
    XCTAssertTrue(dialect.isConfigFile(named: "ifcfg-eth0"))
  }

  func testPortMTUEqualToMastersIsNotAFact() throws {
    let reading = try read([
      "ifcfg-br0": "DEVICE=br0\nTYPE=Bridge\nMTU=9000\n",
      "ifcfg-eth0": "DEVICE=eth0\nMTU=9000\nBRIDGE=br0\n",
      "ifcfg-eth1": "DEVICE=eth1\nMTU=1500\nBRIDGE=br0\n",
    ])
    guard case .bridge(let bridge) = reading.interfaces.first?.kind else { return XCTFail("no bridge") }
    XCTAssertEqual(bridge.ports.map(\.mtu), [nil, 1500])
  }

  func testUnsupportedTypesAndRoutesWarn() throws {
    let reading = try read([
      "ifcfg-wlan0": "DEVICE=wlan0\nTYPE=Wireless\nESSID=home\n",
      "ifcfg-ib0": "DEVICE=ib0\nTYPE=InfiniBand\n",
      "ifcfg-team0": "DEVICE=team0\nDEVICETYPE=Team\n",
      "ifcfg-eth0": "DEVICE=eth0\n",
      "route-eth0": "10.9.0.0/16 via 10.0.0.1\n",
    ])
    XCTAssertEqual(reading.interfaces.map(\.name), ["eth0"])
    let unsupported = reading.warnings.filter { $0.code == "unsupported-type" }.map(\.path).sorted()
    XCTAssertEqual(
      unsupported.map { $0.split(separator: "/").last.map(String.init) ?? "" },
      ["ifcfg-ib0", "ifcfg-team0", "ifcfg-wlan0"])
    XCTAssertTrue(
      reading.warnings.contains { $0.code == "routes-not-represented" && $0.path.hasSuffix("route-eth0") })
  }

  func testExpansionsAreErrorsOnModelledKeysAndWarningsElsewhere() throws {
    XCTAssertThrowsError(try read(["ifcfg-eth0": "DEVICE=eth0\nIPADDR=$ADDR\n"])) { error in
      let diagnostics = (error as? DiagnosticError)?.diagnostics ?? []
      XCTAssertEqual(diagnostics.first?.code, "expansion")
      XCTAssertEqual(diagnostics.first?.path, "etc/sysconfig/network-scripts/ifcfg-eth0")
      let source = SourceFile(
        path: "etc/sysconfig/network-scripts/ifcfg-eth0", text: "DEVICE=eth0\nIPADDR=$ADDR\n")
      let header = diagnostics.first.map { DiagnosticRenderer(sources: [source]).header($0) } ?? ""
      XCTAssertTrue(header.hasPrefix("etc/sysconfig/network-scripts/ifcfg-eth0:2:"), header)
    }
    let reading = try read(["ifcfg-eth0": "DEVICE=eth0\nETHTOOL_OPTS=\"-K $DEVICE gro off\"\n"])
    XCTAssertEqual(reading.interfaces.map(\.name), ["eth0"])
    XCTAssertTrue(reading.warnings.contains { $0.code == "expansion" && $0.severity == .warning })
  }

  func testCRLFFilesReadAndWarn() throws {
    let reading = try read(["ifcfg-eth0": "DEVICE=eth0\r\nONBOOT=yes\r\nBOOTPROTO=dhcp\r\n"])
    XCTAssertEqual(reading.interfaces.first?.startMode, .onboot)
    XCTAssertEqual(reading.interfaces.first?.ipv4?.dhcp, DHCPv4())
    XCTAssertTrue(reading.warnings.contains { $0.code == "crlf-line-end" })
  }

  func testBadValuesAreErrorsNamingTheFile() throws {
    for body in [
      "IPADDR=10.0.0.300", "MTU=12", "HWADDR=zz", "NETMASK=255.0.255.0\nIPADDR=10.0.0.1",
      "BONDING_OPTS=mode=9", "DELAY=soon\nTYPE=Bridge",
    ] {
      XCTAssertThrowsError(try read(["ifcfg-eth0": "DEVICE=eth0\n\(body)\n"]), body) { error in
        XCTAssertEqual((error as? DiagnosticError)?.diagnostics.first?.code, "invalid-value", body)
      }
    }
  }
}
