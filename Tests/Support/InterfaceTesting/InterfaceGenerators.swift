import InterfaceModel
import PropertyTesting

/// Random valid interface values of every kind, with shrinking, for
/// property tests of any format that reads and writes the IR (interface
/// XML; the ifcfg dialects use ``IfcfgInterfaceGenerators``, within their limits).
///
/// Every value passes ``InterfaceValidator`` and can be written as
/// interface XML: names are unique across the whole list, MAC addresses
/// (lower case) only on ethernet interfaces, bridge ports and bond slaves
/// carry no start mode, mtu or addressing, link monitors are complete.
/// Shrinking only ever removes or simplifies, so shrunk values stay valid.
public enum InterfaceGenerators {
  // MARK: Leaves

  /// Name stems; numbers are appended to make names unique.
  public static let nameStems = ["eth", "em", "br", "bond", "vlan", "en_p", "a", "net.", "x:y-", "LONGNAME_abcd"]

  public static let mac = Gen<String>(
    generate: { rng in
      (0..<6).map { _ in hexByte(&rng) }.joined(separator: ":")
    },
    shrink: { $0 == "00:00:00:00:00:00" ? [] : ["00:00:00:00:00:00"] })

  public static let ipv4Address = Gen<String>(
    generate: { rng in
      let pick = rng.next() % 4
      if pick == 0 { return "192.168.\(rng.next() % 256).\(rng.next() % 256)" }
      return (0..<4).map { _ in String(rng.next() % 256) }.joined(separator: ".")
    },
    shrink: { $0 == "10.0.0.1" ? [] : ["10.0.0.1"] })

  /// IPv6 addresses in the text forms libvirt's and netcf's grammars accept too.
  public static let ipv6Address = Gen<String>(
    generate: { rng in
      let groups = (0..<8).map { _ in String(rng.next() % 0x10000, radix: 16) }
      switch rng.next() % 5 {
      case 0: return groups.joined(separator: ":")
      case 1: return "fe80::" + groups.suffix(Int(rng.next() % 4) + 1).joined(separator: ":")
      case 2: return groups.prefix(Int(rng.next() % 6) + 1).joined(separator: ":") + "::" + groups[7]
      case 3: return "::ffff:\(rng.next() % 256).\(rng.next() % 256).\(rng.next() % 256).\(rng.next() % 256)"
      default: return "3ffe:ffff:0:\(groups[3])::\(groups[7])"
      }
    },
    shrink: { $0 == "::1" ? [] : ["::1"] })

  public static func address(_ text: Gen<String>, maximumPrefix: Int) -> Gen<IPAddress> {
    let prefix = Gen<Int?>.optional(.int(in: 0...maximumPrefix))
    return Gen<IPAddress>(
      generate: { rng in IPAddress(text.generate(&rng), prefix: prefix.generate(&rng)) },
      shrink: { address in
        text.shrink(address.address).map { IPAddress($0, prefix: address.prefix) }
          + prefix.shrink(address.prefix).map { IPAddress(address.address, prefix: $0) }
      })
  }

  public static let ipv4 = Gen<IPv4Protocol>(
    generate: { rng in
      let dhcp: DHCPv4? =
        switch rng.next() % 4 {
        case 0: nil
        case 1: DHCPv4()
        case 2: DHCPv4(peerDNS: true)
        default: DHCPv4(peerDNS: false)
        }
      let addresses = Gen.array(of: address(ipv4Address, maximumPrefix: 32), length: 0...3).generate(&rng)
      let gateway = rng.next() % 2 == 0 ? ipv4Address.generate(&rng) : nil
      return IPv4Protocol(dhcp: dhcp, addresses: addresses, gateway: gateway)
    },
    shrink: { value in
      var candidates: [IPv4Protocol] = []
      if value.dhcp != nil { candidates.append(IPv4Protocol(addresses: value.addresses, gateway: value.gateway)) }
      if value.gateway != nil { candidates.append(IPv4Protocol(dhcp: value.dhcp, addresses: value.addresses)) }
      for addresses in shrinkArray(value.addresses, element: address(ipv4Address, maximumPrefix: 32).shrink) {
        candidates.append(IPv4Protocol(dhcp: value.dhcp, addresses: addresses, gateway: value.gateway))
      }
      return candidates
    })

  public static let ipv6 = Gen<IPv6Protocol>(
    generate: { rng in
      IPv6Protocol(
        autoconf: rng.next() % 2 == 0, dhcp: rng.next() % 2 == 0,
        addresses: Gen.array(of: address(ipv6Address, maximumPrefix: 128), length: 0...3).generate(&rng),
        gateway: rng.next() % 2 == 0 ? ipv6Address.generate(&rng) : nil)
    },
    shrink: { value in
      var candidates: [IPv6Protocol] = []
      var copy = value
      if value.autoconf {
        copy.autoconf = false
        candidates.append(copy)
        copy = value
      }
      if value.dhcp {
        copy.dhcp = false
        candidates.append(copy)
        copy = value
      }
      if value.gateway != nil {
        copy.gateway = nil
        candidates.append(copy)
        copy = value
      }
      for addresses in shrinkArray(value.addresses, element: address(ipv6Address, maximumPrefix: 128).shrink) {
        copy.addresses = addresses
        candidates.append(copy)
      }
      return candidates
    })

  public static let monitor = Gen<BondMonitor?>(
    generate: { rng in
      switch rng.next() % 3 {
      case 0:
        return nil
      case 1:
        return .mii(
          MIIMonitor(
            frequency: Int(rng.next() % 1000), downdelay: optionalTime(&rng), updelay: optionalTime(&rng),
            carrier: rng.next() % 3 == 0 ? nil : CarrierMode.allCases[Int(rng.next() % 2)]))
      default:
        return .arp(
          ARPMonitor(
            interval: Int(rng.next() % 1000), target: ipv4Address.generate(&rng),
            validate: rng.next() % 3 == 0 ? nil : ARPValidate.allCases[Int(rng.next() % 4)]))
      }
    },
    shrink: { $0 == nil ? [] : [nil] })

  // MARK: Interfaces

  /// An ethernet interface as a bridge port or bond slave: a name and maybe a MAC.
  public static let nestedEthernet = Gen<Interface>(
    generate: { rng in
      Interface(name: "eth", kind: .ethernet, mac: rng.next() % 2 == 0 ? mac.generate(&rng) : nil)
    },
    shrink: { interface in interface.mac == nil ? [] : [Interface(name: interface.name, kind: .ethernet)] })

  public static let bond = Gen<Bond>(
    generate: { rng in
      Bond(
        mode: rng.next() % 4 == 0 ? nil : BondMode.allCases[Int(rng.next() % 7)],
        monitor: monitor.generate(&rng),
        slaves: Gen.array(of: nestedEthernet, length: 1...3).generate(&rng))
    },
    shrink: { bond in
      var candidates: [Bond] = []
      if bond.mode != nil { candidates.append(Bond(monitor: bond.monitor, slaves: bond.slaves)) }
      if bond.monitor != nil { candidates.append(Bond(mode: bond.mode, slaves: bond.slaves)) }
      for slaves in shrinkArray(bond.slaves, minimumCount: 1, element: nestedEthernet.shrink) {
        candidates.append(Bond(mode: bond.mode, monitor: bond.monitor, slaves: slaves))
      }
      return candidates
    })

  public static let vlan = Gen<VLAN>(
    generate: { rng in
      let tag = rng.next() % 4 == 0 ? [0, 1, 4094, 4095][Int(rng.next() % 4)] : Int(rng.next() % 4096)
      return VLAN(tag: tag, parent: "eth")
    },
    shrink: { vlan in vlan.tag == 0 ? [] : [VLAN(tag: 0, parent: vlan.parent)] })

  /// A bridge port: ethernet, vlan or bond.
  public static let port = Gen<Interface>(
    generate: { rng in
      switch rng.next() % 4 {
      case 0: Interface(name: "vlan", kind: .vlan(vlan.generate(&rng)))
      case 1: Interface(name: "bond", kind: .bond(bond.generate(&rng)))
      default: nestedEthernet.generate(&rng)
      }
    },
    shrink: { port in
      switch port.kind {
      case .ethernet: nestedEthernet.shrink(port)
      case .vlan(let value): [Interface(name: port.name, kind: .ethernet)] + vlan.shrink(value).map { Interface(name: port.name, kind: .vlan($0)) }
      case .bond(let value): [Interface(name: port.name, kind: .ethernet)] + bond.shrink(value).map { Interface(name: port.name, kind: .bond($0)) }
      case .bridge: []
      }
    })

  public static let bridge = Gen<Bridge>(
    generate: { rng in
      Bridge(
        stp: [nil, true, false][Int(rng.next() % 3)],
        delay: [nil, "0", "15", "0.01", "2.5", "300"][Int(rng.next() % 6)],
        ports: Gen.array(of: port, length: 0...3).generate(&rng))
    },
    shrink: { bridge in
      var candidates: [Bridge] = []
      if bridge.stp != nil { candidates.append(Bridge(delay: bridge.delay, ports: bridge.ports)) }
      if bridge.delay != nil { candidates.append(Bridge(stp: bridge.stp, ports: bridge.ports)) }
      for ports in shrinkArray(bridge.ports, element: port.shrink) {
        candidates.append(Bridge(stp: bridge.stp, delay: bridge.delay, ports: ports))
      }
      return candidates
    })

  /// One top-level interface of any kind (names not yet unique: see ``interfaces``).
  public static let topLevel = Gen<Interface>(
    generate: { rng in
      let kind: InterfaceKind =
        switch rng.next() % 4 {
        case 0: .ethernet
        case 1: .bridge(bridge.generate(&rng))
        case 2: .bond(bond.generate(&rng))
        default: .vlan(vlan.generate(&rng))
        }
      let stem = nameStems[Int(rng.next() % UInt64(nameStems.count))]
      return Interface(
        name: stem, kind: kind,
        startMode: rng.next() % 4 == 0 ? nil : StartMode.allCases[Int(rng.next() % 3)],
        mtu: rng.next() % 2 == 0 ? nil : [68, 1500, 9000, 65535, Int(68 + rng.next() % 65468)][Int(rng.next() % 5)],
        mac: kind == .ethernet && rng.next() % 2 == 0 ? mac.generate(&rng) : nil,
        ipv4: rng.next() % 3 == 0 ? nil : ipv4.generate(&rng),
        ipv6: rng.next() % 3 == 0 ? nil : ipv6.generate(&rng))
    },
    shrink: shrinkTopLevel)

  /// A list of 1-3 top-level interfaces whose names are unique everywhere.
  public static let interfaces = Gen<[Interface]>(
    generate: { rng in uniquelyNamed(Gen.array(of: topLevel, length: 1...3).generate(&rng)) },
    shrink: { list in shrinkArray(list, minimumCount: 1, element: shrinkTopLevel).map(uniquelyNamed) })

  /// One top-level interface with unique names inside it.
  public static let interface = Gen<Interface>(
    generate: { rng in uniquelyNamed([topLevel.generate(&rng)])[0] },
    shrink: { interface in shrinkTopLevel(interface).map { uniquelyNamed([$0])[0] } })

  // MARK: Helpers

  private static func shrinkTopLevel(_ interface: Interface) -> [Interface] {
    var candidates: [Interface] = []
    func with(_ change: (inout Interface) -> Void) {
      var copy = interface
      change(&copy)
      candidates.append(copy)
    }
    switch interface.kind {
    case .ethernet:
      break
    case .bridge(let value):
      with { $0.kind = .ethernet }
      for smaller in bridge.shrink(value) { with { $0.kind = .bridge(smaller) } }
    case .bond(let value):
      with { $0.kind = .ethernet }
      for smaller in bond.shrink(value) { with { $0.kind = .bond(smaller) } }
    case .vlan(let value):
      with { $0.kind = .ethernet }
      for smaller in vlan.shrink(value) { with { $0.kind = .vlan(smaller) } }
    }
    if interface.startMode != nil { with { $0.startMode = nil } }
    if interface.mtu != nil { with { $0.mtu = nil } }
    if interface.mac != nil { with { $0.mac = nil } }
    if let value = interface.ipv4 {
      with { $0.ipv4 = nil }
      for smaller in ipv4.shrink(value) { with { $0.ipv4 = smaller } }
    }
    if let value = interface.ipv6 {
      with { $0.ipv6 = nil }
      for smaller in ipv6.shrink(value) { with { $0.ipv6 = smaller } }
    }
    return candidates
  }

  /// Renames every interface (ports, slaves and vlan parents too) so that no
  /// two share a name, keeping each stem and staying within 15 bytes.
  public static func uniquelyNamed(_ interfaces: [Interface]) -> [Interface] {
    var counter = 0
    func fresh(_ stem: String) -> String {
      counter += 1
      let suffix = String(counter)
      return String(stem.prefix(InterfaceName.maximumLength - suffix.count)) + suffix
    }
    func rename(_ interface: Interface) -> Interface {
      var copy = interface
      copy.name = fresh(interface.name.trimmingDigits)
      switch interface.kind {
      case .ethernet:
        break
      case .bridge(var bridge):
        bridge.ports = bridge.ports.map(rename)
        copy.kind = .bridge(bridge)
      case .bond(var bond):
        bond.slaves = bond.slaves.map(rename)
        copy.kind = .bond(bond)
      case .vlan(var vlan):
        vlan.parent = fresh(vlan.parent.trimmingDigits)
        copy.kind = .vlan(vlan)
      }
      return copy
    }
    return interfaces.map(rename)
  }

  private static func hexByte(_ rng: inout SplitMix64) -> String {
    let text = String(rng.next() % 256, radix: 16)
    return text.count == 1 ? "0" + text : text
  }

  private static func optionalTime(_ rng: inout SplitMix64) -> Int? {
    rng.next() % 2 == 0 ? nil : Int(rng.next() % 5000)
  }
}

extension String {
  /// The name without the digits ``InterfaceGenerators/uniquelyNamed(_:)`` appended.
  fileprivate var trimmingDigits: String {
    var copy = self
    while let last = copy.last, last.isASCII, last.isNumber { copy.removeLast() }
    return copy.isEmpty ? "if" : copy
  }
}
