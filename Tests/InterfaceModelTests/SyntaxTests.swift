import InterfaceModel
import PropertyTesting
import XCTest

final class AddressSyntaxTests: XCTestCase {
  func testIPv4() {
    for good in ["0.0.0.0", "192.168.0.1", "255.255.255.255", "10.0.0.1"] { XCTAssertTrue(IPv4Syntax.isValid(good), good) }
    for bad in ["", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1..2.3", "a.b.c.d", "1.2.3.4 ", "1.2.3.-4", "9999999999.1.1.1"] {
      XCTAssertFalse(IPv4Syntax.isValid(bad), bad)
    }
  }

  func testNetmaskAndPrefixAreInverse() {
    for prefix in 0...32 {
      guard let mask = IPv4Syntax.netmask(prefix: prefix) else { return XCTFail("no mask for \(prefix)") }
      XCTAssertEqual(IPv4Syntax.prefix(netmask: mask), prefix, mask)
    }
    XCTAssertEqual(IPv4Syntax.netmask(prefix: 24), "255.255.255.0")
    XCTAssertEqual(IPv4Syntax.netmask(prefix: 12), "255.240.0.0")
    XCTAssertNil(IPv4Syntax.prefix(netmask: "255.0.255.0"))
    XCTAssertNil(IPv4Syntax.netmask(prefix: 33))
  }

  func testIPv6() {
    for good in ["::", "::1", "3ffe:ffff:0:5::1", "2001:db8::", "fe80::1:2:3:4:5", "1:2:3:4:5:6:7:8", "::ffff:192.168.0.1", "1::8"] {
      XCTAssertTrue(IPv6Syntax.isValid(good), good)
    }
    for bad in ["", ":", ":::", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::", "g::1", "1:2:3:4:5:6:7", ":1::", "1:", "::1.2.3"] {
      XCTAssertFalse(IPv6Syntax.isValid(bad), bad)
    }
  }

  func testMACAndNames() {
    XCTAssertEqual(MACSyntax.normalized("AA:bb:CC:dd:EE:ff"), "aa:bb:cc:dd:ee:ff")
    XCTAssertNil(MACSyntax.normalized("aa:bb:cc:dd:ee"))
    XCTAssertNil(MACSyntax.normalized("aa-bb-cc-dd-ee-ff"))
    XCTAssertNil(InterfaceName.problem("eth0.42"))
    for bad in ["", ".", "..", "a/b", "../../../tmp/x", "sixteen-chars-xx", "eth 0", "é"] {
      XCTAssertNotNil(InterfaceName.problem(bad), bad)
    }
  }

  func testMACValidityAndNameEdges() {
    XCTAssertTrue(MACSyntax.isValid("AA:bb:CC:dd:EE:ff"))
    XCTAssertTrue(MACSyntax.isValid("00:11:22:33:44:55"))
    for bad in ["", "aa:bb:cc:dd:ee", "aa:bb:cc:dd:ee:fg", "aa:bb:cc:dd:ee:ff:", "aabb:cc:dd:ee:ff0", "aa:bb:cc:dd:ee:f\u{e9}"] {
      XCTAssertFalse(MACSyntax.isValid(bad), bad)
      XCTAssertNil(MACSyntax.normalized(bad), bad)
    }
    XCTAssertEqual(MACSyntax.normalized("00:11:22:33:44:55"), "00:11:22:33:44:55")
    for good in ["...", "a.", ".a", "fifteen-chars-x", "A:b_c-1.2"] { XCTAssertNil(InterfaceName.problem(good), good) }
    XCTAssertEqual(InterfaceName.problem("."), "'.' is not a valid name")
    XCTAssertEqual(InterfaceName.problem("a/b"), "the name contains '/'")
    XCTAssertEqual(InterfaceName.problem("sixteen-chars-xx"), "the name is 16 bytes long; at most 15 are allowed")
  }

  /// Problems come in tree order, each at the path of names down to it.
  func testValidatorPathsFollowNesting() {
    let slave = Interface(name: "eth/1", kind: .ethernet, mac: "nope")
    let vlanPort = Interface(name: "v", kind: .vlan(VLAN(tag: 5000, parent: "eth0")))
    let bond = Interface(name: "bond0", kind: .bond(Bond(monitor: .mii(MIIMonitor(frequency: -1, updelay: -2)), slaves: [vlanPort, slave])))
    let bridge = Interface(name: "br0", kind: .bridge(Bridge(delay: "x", ports: [bond, Interface(name: "br1", kind: .bridge(Bridge()))])))
    let issues = InterfaceValidator.validate([bridge])
    XCTAssertEqual(
      issues.map(\.description),
      [
        "forward delay 'x' is not a number of seconds", "time -1 must not be negative", "time -2 must not be negative",
        "a bond slave must be an ethernet interface, not vlan", "vlan tag 5000 is out of range 0...4095",
        "invalid interface name 'eth/1': the name contains '/'", "'nope' is not a MAC address (aa:bb:cc:dd:ee:ff)",
        "a bridge port cannot be of type bridge",
      ])
    XCTAssertEqual(
      issues.map(\.path),
      [
        ModelPath(interfaces: ["br0"], field: .bridgeDelay), ModelPath(interfaces: ["br0", "bond0"], field: .bondMonitor),
        ModelPath(interfaces: ["br0", "bond0"], field: .bondMonitor), ModelPath(interfaces: ["br0", "bond0"], field: .port(name: "v")),
        ModelPath(interfaces: ["br0", "bond0", "v"], field: .vlanTag), ModelPath(interfaces: ["br0", "bond0", "eth/1"], field: .name),
        ModelPath(interfaces: ["br0", "bond0", "eth/1"], field: .mac), ModelPath(interfaces: ["br0"], field: .port(name: "br1")),
      ])
  }

  func testValidatorReportsTypedProblems() {
    let bond = Interface(
      name: "bond0", kind: .bond(Bond(mode: .activeBackup, slaves: [])), mtu: 20,
      ipv4: IPv4Protocol(addresses: [IPAddress("10.0.0.300", prefix: 40)]))
    let vlan = Interface(name: "v", kind: .vlan(VLAN(tag: 5000, parent: "eth0")))
    let problems = InterfaceValidator.validate([bond, vlan]).map(\.problem)
    XCTAssertEqual(
      problems,
      [.mtuOutOfRange(20), .invalidIPv4Address("10.0.0.300"), .prefixOutOfRange(40, maximum: 32), .bondWithoutSlaves,
       .vlanTagOutOfRange(5000)])
  }

  func testSlaveInTwoBondsAndPortInTwoBridges() {
    let eth = Interface(name: "eth0", kind: .ethernet)
    let bonds = [
      Interface(name: "bond0", kind: .bond(Bond(slaves: [eth]))),
      Interface(name: "bond1", kind: .bond(Bond(slaves: [eth]))),
      Interface(name: "br0", kind: .bridge(Bridge(ports: [Interface(name: "eth1", kind: .ethernet)]))),
      Interface(name: "br1", kind: .bridge(Bridge(ports: [Interface(name: "eth1", kind: .ethernet)]))),
    ]
    XCTAssertEqual(InterfaceValidator.validate(bonds).map(\.problem), [.slaveInTwoBonds("eth0"), .portInTwoBridges("eth1")])
  }

  func testCanonicalKeepsThePrimaryFirst() {
    let slaves = ["eth2", "eth0", "eth1"].map { Interface(name: $0, kind: .ethernet) }
    let bond = Interface(name: "bond0", kind: .bond(Bond(mode: .activeBackup, slaves: slaves)))
    guard case .bond(let canonical) = bond.canonical.kind else { return XCTFail() }
    XCTAssertEqual(canonical.slaves.map(\.name), ["eth2", "eth0", "eth1"])
  }
}
