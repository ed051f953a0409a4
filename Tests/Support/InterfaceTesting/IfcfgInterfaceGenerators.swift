import InterfaceModel
import PropertyTesting

/// Random interface sets that ifcfg files (Red Hat's and SUSE's) can
/// express: names unique across the set, ports without addressing, monitors
/// with their main setting, IPv4 with DHCP or an address, port MTUs
/// differing from their master's. A dialect's limits are settings: whether
/// DHCP carries peerdns, whether IPv6 always has something in it, and how a
/// generated interface is normalized.
public struct IfcfgInterfaceGenerators: Sendable {
  /// Whether DHCP may carry a peerdns setting (nil, true or false).
  public var peerDNS: Bool
  /// Whether an IPv6 protocol always has something in it (an empty one gets autoconf).
  public var nonEmptyIPv6: Bool
  /// What a generated top-level interface becomes before it is handed out.
  public var normalized: @Sendable (Interface) -> Interface

  public init(peerDNS: Bool, nonEmptyIPv6: Bool, normalized: @escaping @Sendable (Interface) -> Interface) {
    self.peerDNS = peerDNS
    self.nonEmptyIPv6 = nonEmptyIPv6
    self.normalized = normalized
  }

  /// Hands out unique names.
  public struct Names: Sendable {
    public var used: Set<String> = []
    public var counters: [String: Int] = [:]
    public init() {}
    public mutating func next(_ prefix: String) -> String {
      while true {
        let number = counters[prefix, default: 0]
        counters[prefix] = number + 1
        let name = "\(prefix)\(number)"
        if used.insert(name).inserted { return name }
      }
    }
  }

  public static func pick<T>(_ values: [T], _ rng: inout SplitMix64) -> T {
    values[Int(rng.next() % UInt64(values.count))]
  }
  public static func chance(_ percent: UInt64, _ rng: inout SplitMix64) -> Bool { rng.next() % 100 < percent }
  public static func int(_ range: ClosedRange<Int>, _ rng: inout SplitMix64) -> Int {
    range.lowerBound + Int(rng.next() % UInt64(range.upperBound - range.lowerBound + 1))
  }

  public static func mac(_ rng: inout SplitMix64) -> String {
    (0..<6).map { _ in
      let byte = UInt8(truncatingIfNeeded: rng.next())
      return (byte < 16 ? "0" : "") + String(byte, radix: 16)
    }.joined(separator: ":")
  }

  public func ipv4(_ rng: inout SplitMix64) -> IPv4Protocol {
    let dhcp =
      Self.chance(40, &rng) ? (peerDNS ? DHCPv4(peerDNS: Self.pick([nil, true, false], &rng)) : DHCPv4()) : nil
    let count = dhcp == nil ? Self.int(1...3, &rng) : Self.int(0...2, &rng)
    let addresses = (0..<count).map { _ in
      IPAddress(
        "10.\(Self.int(0...255, &rng)).\(Self.int(0...255, &rng)).\(Self.int(1...254, &rng))",
        prefix: Self.chance(80, &rng) ? Self.int(0...32, &rng) : nil)
    }
    let gateway = Self.chance(50, &rng) ? "10.\(Self.int(0...255, &rng)).0.1" : nil
    return IPv4Protocol(dhcp: dhcp, addresses: addresses, gateway: gateway)
  }

  public func ipv6(_ rng: inout SplitMix64) -> IPv6Protocol {
    let addresses = (0..<Self.int(0...3, &rng)).map { _ in
      IPAddress(
        "2001:db8:\(String(Self.int(0...0xffff, &rng), radix: 16))::\(String(Self.int(1...0xffff, &rng), radix: 16))",
        prefix: Self.chance(80, &rng) ? Self.int(0...128, &rng) : nil)
    }
    var ipv6 = IPv6Protocol(
      autoconf: Self.chance(50, &rng), dhcp: Self.chance(50, &rng), addresses: addresses,
      gateway: Self.chance(50, &rng) ? "2001:db8::\(String(Self.int(1...0xffff, &rng), radix: 16))" : nil)
    if nonEmptyIPv6, ipv6 == IPv6Protocol() { ipv6.autoconf = true }
    return ipv6
  }

  public func bond(_ rng: inout SplitMix64, names: inout Names) -> Bond {
    let monitor: BondMonitor? =
      switch Self.int(0...2, &rng) {
      case 0: nil
      case 1:
        .mii(
          MIIMonitor(
            frequency: Self.int(0...1000, &rng), downdelay: Self.chance(40, &rng) ? Self.int(0...500, &rng) : nil,
            updelay: Self.chance(40, &rng) ? Self.int(0...500, &rng) : nil, carrier: Self.pick([nil, .ioctl, .netif], &rng)))
      default:
        .arp(
          ARPMonitor(
            interval: Self.int(0...1000, &rng), target: Self.chance(70, &rng) ? "192.0.2.\(Self.int(1...254, &rng))" : nil,
            validate: Self.pick([nil] + ARPValidate.allCases, &rng)))
      }
    let slaves = (0..<Self.int(1...3, &rng)).map { _ in member(.ethernet, &rng, names: &names, masterMTU: nil) }
    return Bond(mode: Self.pick([nil] + BondMode.allCases, &rng), monitor: monitor, slaves: slaves)
  }

  public func vlanName(_ tag: Int, parent: String, _ rng: inout SplitMix64, names: inout Names) -> String {
    let name = Self.chance(70, &rng) ? "\(parent).\(tag)" : "vlan\(tag)"
    return names.used.insert(name).inserted ? name : names.next("vl")
  }

  /// A port or slave: a name, a kind body, maybe a MAC and an MTU of its own.
  public func member(_ type: InterfaceType, _ rng: inout SplitMix64, names: inout Names, masterMTU: Int?)
    -> Interface
  {
    var interface: Interface
    switch type {
    case .bond:
      interface = Interface(name: names.next("bond"), kind: .ethernet)
      interface.kind = .bond(bond(&rng, names: &names))
    case .vlan:
      let tag = Self.int(0...4095, &rng)
      let parent = "eth\(Self.int(50...59, &rng))"
      interface = Interface(
        name: vlanName(tag, parent: parent, &rng, names: &names), kind: .vlan(VLAN(tag: tag, parent: parent)))
    default:
      interface = Interface(name: names.next("eth"), kind: .ethernet)
      if Self.chance(30, &rng) { interface.mac = Self.mac(&rng) }
    }
    if Self.chance(20, &rng) {
      let mtu = Self.int(68...9000, &rng)
      if mtu != masterMTU { interface.mtu = mtu }
    }
    return interface
  }

  public func topLevel(_ rng: inout SplitMix64, names: inout Names) -> Interface {
    let type = Self.pick(InterfaceType.allCases, &rng)
    var interface: Interface
    switch type {
    case .ethernet:
      interface = Interface(name: names.next("eth"), kind: .ethernet)
      if Self.chance(40, &rng) { interface.mac = Self.mac(&rng) }
    case .bridge:
      interface = Interface(name: names.next("br"), kind: .ethernet)
    case .bond:
      interface = Interface(name: names.next("bond"), kind: .ethernet)
    case .vlan:
      let tag = Self.int(0...4095, &rng)
      let parent = "eth\(Self.int(60...69, &rng))"
      interface = Interface(
        name: vlanName(tag, parent: parent, &rng, names: &names), kind: .vlan(VLAN(tag: tag, parent: parent)))
    }
    interface.startMode = Self.pick([nil] + StartMode.allCases, &rng)
    interface.mtu = Self.chance(30, &rng) ? Self.pick([1500, 9000, Self.int(68...65535, &rng)], &rng) : nil
    interface.ipv4 = Self.chance(70, &rng) ? ipv4(&rng) : nil
    interface.ipv6 = Self.chance(30, &rng) ? ipv6(&rng) : nil
    switch type {
    case .bridge:
      let ports = (0..<Self.int(0...3, &rng)).map { _ in
        member(
          Self.pick([.ethernet, .ethernet, .vlan, .bond], &rng), &rng, names: &names, masterMTU: interface.mtu)
      }
      interface.kind = .bridge(
        Bridge(
          stp: Self.pick([nil, true, false], &rng), delay: Self.pick([nil, "0", "15", "0.01"], &rng), ports: ports))
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
  public var interfaces: Gen<[Interface]> {
    let generators = self
    return Gen(
      generate: { rng in
        var names = Names()
        return (0..<Self.int(1...5, &rng)).map { _ in
          generators.normalized(generators.topLevel(&rng, names: &names))
        }
      },
      shrink: { view in shrinkArray(view, minimumCount: 1, element: { _ in [] }) })
  }
}
