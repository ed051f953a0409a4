import PropertyTesting
import SUSEDialect

/// Random interface sets that SUSE files can express: names unique across
/// the set, ports without addressing, monitors with their main setting,
/// IPv4 with DHCP or an address and no peerdns, IPv6 with something in it,
/// port MTUs differing from their master's. (The Red Hat generators, with
/// SUSE's limits.)
enum InterfaceGenerators {
  /// Hands out unique names.
  struct Names {
    var used: Set<String> = []
    var counters: [String: Int] = [:]
    mutating func next(_ prefix: String) -> String {
      while true {
        let number = counters[prefix, default: 0]
        counters[prefix] = number + 1
        let name = "\(prefix)\(number)"
        if used.insert(name).inserted { return name }
      }
    }
  }

  static func pick<T>(_ values: [T], _ rng: inout SplitMix64) -> T {
    values[Int(rng.next() % UInt64(values.count))]
  }
  static func chance(_ percent: UInt64, _ rng: inout SplitMix64) -> Bool { rng.next() % 100 < percent }
  static func int(_ range: ClosedRange<Int>, _ rng: inout SplitMix64) -> Int {
    range.lowerBound + Int(rng.next() % UInt64(range.upperBound - range.lowerBound + 1))
  }

  static func mac(_ rng: inout SplitMix64) -> String {
    (0..<6).map { _ in
      let byte = UInt8(truncatingIfNeeded: rng.next())
      return (byte < 16 ? "0" : "") + String(byte, radix: 16)
    }.joined(separator: ":")
  }

  static func ipv4(_ rng: inout SplitMix64) -> IPv4Protocol {
    let dhcp = chance(40, &rng) ? DHCPv4() : nil
    let count = dhcp == nil ? int(1...3, &rng) : int(0...2, &rng)
    let addresses = (0..<count).map { _ in
      IPAddress(
        "10.\(int(0...255, &rng)).\(int(0...255, &rng)).\(int(1...254, &rng))",
        prefix: chance(80, &rng) ? int(0...32, &rng) : nil)
    }
    let gateway = chance(50, &rng) ? "10.\(int(0...255, &rng)).0.1" : nil
    return IPv4Protocol(dhcp: dhcp, addresses: addresses, gateway: gateway)
  }

  static func ipv6(_ rng: inout SplitMix64) -> IPv6Protocol {
    let addresses = (0..<int(0...3, &rng)).map { _ in
      IPAddress(
        "2001:db8:\(String(int(0...0xffff, &rng), radix: 16))::\(String(int(1...0xffff, &rng), radix: 16))",
        prefix: chance(80, &rng) ? int(0...128, &rng) : nil)
    }
    var ipv6 = IPv6Protocol(
      autoconf: chance(50, &rng), dhcp: chance(50, &rng), addresses: addresses,
      gateway: chance(50, &rng) ? "2001:db8::\(String(int(1...0xffff, &rng), radix: 16))" : nil)
    if ipv6 == IPv6Protocol() { ipv6.autoconf = true }
    return ipv6
  }

  static func bond(_ rng: inout SplitMix64, names: inout Names) -> Bond {
    let monitor: BondMonitor? =
      switch int(0...2, &rng) {
      case 0: nil
      case 1:
        .mii(
          MIIMonitor(
            frequency: int(0...1000, &rng), downdelay: chance(40, &rng) ? int(0...500, &rng) : nil,
            updelay: chance(40, &rng) ? int(0...500, &rng) : nil, carrier: pick([nil, .ioctl, .netif], &rng)))
      default:
        .arp(
          ARPMonitor(
            interval: int(0...1000, &rng), target: chance(70, &rng) ? "192.0.2.\(int(1...254, &rng))" : nil,
            validate: pick([nil] + ARPValidate.allCases, &rng)))
      }
    let slaves = (0..<int(1...3, &rng)).map { _ in member(.ethernet, &rng, names: &names, masterMTU: nil) }
    return Bond(mode: pick([nil] + BondMode.allCases, &rng), monitor: monitor, slaves: slaves)
  }

  static func vlanName(_ tag: Int, parent: String, _ rng: inout SplitMix64, names: inout Names) -> String {
    let name = chance(70, &rng) ? "\(parent).\(tag)" : "vlan\(tag)"
    return names.used.insert(name).inserted ? name : names.next("vl")
  }

  /// A port or slave: a name, a kind body, maybe a MAC and an MTU of its own.
  static func member(_ type: InterfaceType, _ rng: inout SplitMix64, names: inout Names, masterMTU: Int?)
    -> Interface
  {
    var interface: Interface
    switch type {
    case .bond:
      interface = Interface(name: names.next("bond"), kind: .ethernet)
      interface.kind = .bond(bond(&rng, names: &names))
    case .vlan:
      let tag = int(0...4095, &rng)
      let parent = "eth\(int(50...59, &rng))"
      interface = Interface(
        name: vlanName(tag, parent: parent, &rng, names: &names), kind: .vlan(VLAN(tag: tag, parent: parent)))
    default:
      interface = Interface(name: names.next("eth"), kind: .ethernet)
      if chance(30, &rng) { interface.mac = mac(&rng) }
    }
    if chance(20, &rng) {
      let mtu = int(68...9000, &rng)
      if mtu != masterMTU { interface.mtu = mtu }
    }
    return interface
  }

  static func topLevel(_ rng: inout SplitMix64, names: inout Names) -> Interface {
    let type = pick(InterfaceType.allCases, &rng)
    var interface: Interface
    switch type {
    case .ethernet:
      interface = Interface(name: names.next("eth"), kind: .ethernet)
      if chance(40, &rng) { interface.mac = mac(&rng) }
    case .bridge:
      interface = Interface(name: names.next("br"), kind: .ethernet)
    case .bond:
      interface = Interface(name: names.next("bond"), kind: .ethernet)
    case .vlan:
      let tag = int(0...4095, &rng)
      let parent = "eth\(int(60...69, &rng))"
      interface = Interface(
        name: vlanName(tag, parent: parent, &rng, names: &names), kind: .vlan(VLAN(tag: tag, parent: parent)))
    }
    interface.startMode = pick([nil] + StartMode.allCases, &rng)
    interface.mtu = chance(30, &rng) ? pick([1500, 9000, int(68...65535, &rng)], &rng) : nil
    interface.ipv4 = chance(70, &rng) ? ipv4(&rng) : nil
    interface.ipv6 = chance(30, &rng) ? ipv6(&rng) : nil
    switch type {
    case .bridge:
      let ports = (0..<int(0...3, &rng)).map { _ in
        member(
          pick([.ethernet, .ethernet, .vlan, .bond], &rng), &rng, names: &names, masterMTU: interface.mtu)
      }
      interface.kind = .bridge(
        Bridge(
          stp: pick([nil, true, false], &rng), delay: pick([nil, "0", "15", "0.01"], &rng), ports: ports))
    case .bond:
      var body = bond(&rng, names: &names)
      body.slaves = body.slaves.map { slave in
        var copy = slave
        if copy.mtu == interface.mtu { copy.mtu = nil }
        return copy
      }
      interface.kind = .bond(body)
    default:
      break
    }
    return interface
  }

  /// One to five top-level interfaces.
  static var interfaces: Gen<[Interface]> {
    Gen(
      generate: { rng in
        var names = Names()
        return (0..<int(1...5, &rng)).map { _ in SUSEExpectations.normalized(topLevel(&rng, names: &names)) }
      },
      shrink: { view in shrinkArray(view, minimumCount: 1, element: { _ in [] }) })
  }
}
