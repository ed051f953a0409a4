import Diagnostics
import InterfaceModel
import InterfaceXML
import XCTest
import XMLSyntax

/// Reading the netcf and libvirt examples (Golden/xml/*.xml).
final class GoldenExampleTests: XCTestCase {
  func testThereAreFortyExamples() {
    XCTAssertEqual(GoldenFiles.examples.count, 40, "21 netcf and 19 libvirt examples")
  }

  func testEveryExampleReadsWithoutErrorsOrWarnings() throws {
    for file in GoldenFiles.examples {
      do {
        let result = try InterfaceXML.read(try GoldenFiles.bytes(file), path: file.lastPathComponent)
        XCTAssertEqual(result.interfaces.count, 1, file.lastPathComponent)
        XCTAssertEqual(result.warnings, [], file.lastPathComponent)
      } catch {
        XCTFail("\(file.lastPathComponent): \(error)")
      }
    }
  }

  func testNetcfAndLibvirtFormsMeanTheSame() throws {
    // The same cases in both collections; libvirt's add run-time <link> elements
    // (and bridge.xml differs in a MAC netcf comments out, ethernet-dhcp in peerdns).
    let differing: Set<String> = ["bridge.xml", "bridge-no-address.xml", "ethernet-dhcp.xml", "vlan.xml"]
    for libvirt in GoldenFiles.examples where libvirt.lastPathComponent.hasPrefix("libvirt-") {
      let name = String(libvirt.lastPathComponent.dropFirst("libvirt-".count))
      let netcf = GoldenFiles.xmlDirectory.appendingPathComponent("netcf-" + name)
      guard FileManager.default.fileExists(atPath: netcf.path), !differing.contains(name) else { continue }
      XCTAssertEqual(
        try InterfaceXML.parse(GoldenFiles.bytes(libvirt), path: name),
        try InterfaceXML.parse(GoldenFiles.bytes(netcf), path: name), name)
    }
  }

  func testBondExample() throws {
    let interfaces = try InterfaceXML.parse(example("netcf-bond.xml"), path: "bond.xml")
    let expected = Interface(
      name: "bond0",
      kind: .bond(
        Bond(
          mode: .activeBackup, monitor: .mii(MIIMonitor(frequency: 100, updelay: 10, carrier: .ioctl)),
          slaves: [Interface(name: "eth1", kind: .ethernet), Interface(name: "eth0", kind: .ethernet)])),
      startMode: StartMode.none,
      ipv4: IPv4Protocol(addresses: [IPAddress("192.168.50.7", prefix: 24)], gateway: "192.168.50.1"))
    XCTAssertEqual(interfaces, [expected])
  }

  func testBridgeWithBondAndVLANPorts() throws {
    let bridgeBond = try InterfaceXML.parse(example("libvirt-bridge-bond.xml"), path: "x")
    guard case .bridge(let bridge) = bridgeBond.first?.kind else { return XCTFail("not a bridge") }
    XCTAssertEqual(bridge.stp, false)
    XCTAssertEqual(bridge.ports.map(\.name), ["eth2", "bond0"])
    XCTAssertEqual(bridgeBond.first?.mtu, 1500)
    guard case .bond(let bond) = bridge.ports.last?.kind else { return XCTFail("no bond port") }
    XCTAssertEqual(bond.slaves.map(\.name), ["eth1", "eth0"])

    let bridgeVLAN = try InterfaceXML.parse(example("netcf-bridge-vlan.xml"), path: "x")
    guard case .bridge(let withVLAN) = bridgeVLAN.first?.kind else { return XCTFail("not a bridge") }
    XCTAssertEqual(withVLAN.ports, [Interface(name: "eth0.42", kind: .vlan(VLAN(tag: 42, parent: "eth0")))])
    XCTAssertEqual(bridgeVLAN.first?.ipv4, IPv4Protocol(dhcp: DHCPv4()))
  }

  func testAddressingExamples() throws {
    let multi = try InterfaceXML.parse(example("netcf-bridge-multi-all.xml"), path: "x")
    XCTAssertEqual(multi.first?.ipv4?.dhcp, DHCPv4(peerDNS: true))
    XCTAssertEqual(multi.first?.ipv4?.addresses.count, 9)
    XCTAssertEqual(multi.first?.ipv4?.addresses[3], IPAddress("192.168.125.6"))
    XCTAssertEqual(
      multi.first?.ipv6,
      IPv6Protocol(
        autoconf: true, dhcp: true,
        addresses: ["3ffe:ffff:0:5::1", "3ffe:ffff:0:5::3", "3ffe:ffff:0:5::5"].map { IPAddress($0, prefix: 128) }))
    let local = try InterfaceXML.parse(example("libvirt-ipv6-local.xml"), path: "x")
    XCTAssertEqual(local.first?.ipv6, IPv6Protocol())
    let ethernet = try InterfaceXML.parse(example("libvirt-ethernet-dhcp.xml"), path: "x")
    XCTAssertEqual(ethernet.first?.mac, "aa:bb:cc:dd:ee:ff")
    XCTAssertEqual(ethernet.first?.ipv4?.dhcp, DHCPv4(peerDNS: false))
    XCTAssertEqual(ethernet.first?.mtu, 1492)
  }

  func testEveryExampleIsValidUnderTheGrammar() throws {
    let verdicts = try SchemaValidator.validate(GoldenFiles.examples + GoldenFiles.extraValid)
    for (file, verdict) in verdicts where !verdict.valid {
      XCTFail("\(file.lastPathComponent) is rejected by Schemas/interface.rng:\n\(verdict.messages)")
    }
    XCTAssertEqual(verdicts.count, GoldenFiles.examples.count + GoldenFiles.extraValid.count)
  }

  private func example(_ name: String) throws -> [UInt8] {
    try GoldenFiles.bytes(GoldenFiles.xmlDirectory.appendingPathComponent(name))
  }
}
