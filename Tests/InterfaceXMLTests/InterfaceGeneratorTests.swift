import InterfaceModel
import InterfaceTesting
import InterfaceXML
import PropertyTesting
import XCTest

/// The generators make valid, writable values of every kind, and shrinking keeps them so.
final class InterfaceGeneratorTests: XCTestCase {
  func testGeneratedAndShrunkValuesAreValid() {
    XCTAssertProperty(InterfaceGenerators.interfaces, count: 300) { list in
      let problems = InterfaceXMLWriteCheck.problems(list)
      if !problems.isEmpty { return "generated: \(problems)" }
      for candidate in InterfaceGenerators.interfaces.shrink(list) {
        let problems = InterfaceXMLWriteCheck.problems(candidate)
        if !problems.isEmpty { return "shrunk: \(problems)" }
      }
      return nil
    }
  }

  func testEveryKindAndFeatureOccurs() {
    var rng = SplitMix64(seed: PropertyCheck().seed)
    var seen = Set<String>()
    for _ in 0..<500 {
      for interface in InterfaceGenerators.interfaces.generate(&rng) {
        seen.insert(interface.type.rawValue)
        if interface.startMode == nil { seen.insert("no start mode") }
        if interface.mac != nil { seen.insert("mac") }
        if interface.ipv4?.dhcp != nil, interface.ipv4?.addresses.isEmpty == false { seen.insert("dhcp and static") }
        if interface.ipv6?.addresses.contains(where: { $0.address.contains(".") }) == true { seen.insert("ipv6 dotted") }
        switch interface.kind {
        case .bridge(let bridge):
          for port in bridge.ports { seen.insert("port \(port.type.rawValue)") }
          if bridge.ports.isEmpty { seen.insert("empty bridge") }
        case .bond(let bond):
          switch bond.monitor {
          case .mii: seen.insert("miimon")
          case .arp: seen.insert("arpmon")
          case nil: seen.insert("no monitor")
          }
        case .ethernet, .vlan:
          break
        }
      }
    }
    let expected: Set<String> = [
      "ethernet", "bridge", "bond", "vlan", "no start mode", "mac", "dhcp and static", "ipv6 dotted",
      "port ethernet", "port vlan", "port bond", "empty bridge", "miimon", "arpmon", "no monitor",
    ]
    XCTAssertEqual(expected.subtracting(seen), [])
  }

  func testShrinkingFindsASmallCounterexample() {
    // A property that fails for any bridge with a bond port shrinks to a minimal one.
    let failure = PropertyCheck(count: 500, seed: 11).run(InterfaceGenerators.interface) { interface in
      guard case .bridge(let bridge) = interface.kind else { return nil }
      return bridge.ports.contains { $0.type == .bond } ? "has a bond port" : nil
    }
    guard let shrunk = failure?.shrunk, case .bridge(let bridge) = shrunk.kind else { return XCTFail("no failure found") }
    XCTAssertEqual(bridge.ports.count, 1)
    XCTAssertNil(shrunk.ipv4)
    XCTAssertNil(shrunk.ipv6)
    XCTAssertNil(shrunk.mtu)
    guard case .bond(let bond) = bridge.ports.first?.kind else { return XCTFail("not a bond port") }
    XCTAssertEqual(bond.slaves.count, 1)
    XCTAssertNil(bond.monitor)
  }
}
