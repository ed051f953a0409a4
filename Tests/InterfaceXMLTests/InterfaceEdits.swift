import InterfaceModel
import InterfaceTesting
import PropertyTesting

/// Small random edits of valid interface lists, as a user makes them: they
/// keep most names, so `put` matches most items by key and has to keep what
/// they carry. Every edit keeps the list valid and writable.
enum InterfaceEdits {
  /// The list after 1-3 random edits.
  static func edit(_ interfaces: [Interface], _ rng: inout SplitMix64) -> [Interface] {
    var result = interfaces
    var fresh = 0
    func freshName() -> String {
      fresh += 1
      return "added\(fresh)x"
    }
    for _ in 0..<(1 + Int(rng.next() % 3)) {
      guard !result.isEmpty else {
        result.append(Interface(name: freshName(), kind: .ethernet))
        continue
      }
      let index = Int(rng.next() % UInt64(result.count))
      switch rng.next() % 8 {
      case 0:
        // Reorder, add or remove whole interfaces.
        switch rng.next() % 3 {
        case 0: result.reverse()
        case 1: result.append(Interface(name: freshName(), kind: .ethernet, startMode: .onboot))
        default: if result.count > 1 { result.remove(at: index) }
        }
      case 1:
        result[index] = editSettings(result[index], &rng)
      case 2:
        result[index].ipv4 = editIPv4(result[index].ipv4, &rng)
      case 3:
        result[index].ipv6 = editIPv6(result[index].ipv6, &rng)
      case 4:
        result[index].kind = editKind(result[index].kind, freshName: freshName, &rng)
      case 5:
        result[index].name = freshName()
      case 6:
        // Change the kind altogether.
        switch rng.next() % 4 {
        case 0: result[index].kind = .ethernet
        case 1: result[index].kind = .bridge(Bridge(stp: true, ports: [Interface(name: freshName(), kind: .ethernet)]))
        case 2: result[index].kind = .bond(Bond(mode: .balanceRR, slaves: [Interface(name: freshName(), kind: .ethernet)]))
        default: result[index].kind = .vlan(VLAN(tag: 7, parent: "eth9"))
        }
        if result[index].type != .ethernet { result[index].mac = nil }
      default:
        result[index] = editSettings(result[index], &rng)
        result[index].kind = editKind(result[index].kind, freshName: freshName, &rng)
      }
    }
    return result
  }

  private static func editSettings(_ interface: Interface, _ rng: inout SplitMix64) -> Interface {
    var copy = interface
    switch rng.next() % 3 {
    case 0: copy.startMode = [nil, .onboot, StartMode.none, .hotplug][Int(rng.next() % 4)]
    case 1: copy.mtu = [nil, 68, 1500, 9000][Int(rng.next() % 4)]
    default:
      if copy.type == .ethernet { copy.mac = rng.next() % 2 == 0 ? nil : InterfaceGenerators.mac.generate(&rng) }
    }
    return copy
  }

  private static func editIPv4(_ ipv4: IPv4Protocol?, _ rng: inout SplitMix64) -> IPv4Protocol? {
    guard var ipv4 else { return rng.next() % 2 == 0 ? IPv4Protocol(dhcp: DHCPv4()) : nil }
    switch rng.next() % 6 {
    case 0: return nil
    case 1: ipv4.dhcp = ipv4.dhcp == nil ? DHCPv4(peerDNS: true) : nil
    case 2: ipv4.addresses.append(IPAddress("172.16.\(rng.next() % 256).1", prefix: 16))
    case 3: if !ipv4.addresses.isEmpty { ipv4.addresses.removeFirst() }
    case 4: ipv4.addresses.reverse()
    default:
      if !ipv4.addresses.isEmpty { ipv4.addresses[0].prefix = ipv4.addresses[0].prefix == nil ? 8 : nil }
      ipv4.gateway = ipv4.gateway == nil ? "10.9.8.7" : nil
    }
    return ipv4
  }

  private static func editIPv6(_ ipv6: IPv6Protocol?, _ rng: inout SplitMix64) -> IPv6Protocol? {
    guard var ipv6 else { return rng.next() % 2 == 0 ? IPv6Protocol(autoconf: true) : nil }
    switch rng.next() % 5 {
    case 0: return nil
    case 1: ipv6.autoconf.toggle()
    case 2: ipv6.dhcp.toggle()
    case 3: ipv6.addresses.append(IPAddress("2001:db8::\(rng.next() % 1000)", prefix: 64))
    default:
      ipv6.addresses.reverse()
      ipv6.gateway = ipv6.gateway == nil ? "fe80::1" : nil
    }
    return ipv6
  }

  private static func editKind(
    _ kind: InterfaceKind, freshName: () -> String, _ rng: inout SplitMix64
  ) -> InterfaceKind {
    switch kind {
    case .ethernet:
      return kind
    case .bridge(var bridge):
      switch rng.next() % 5 {
      case 0: bridge.ports.reverse()
      case 1: if !bridge.ports.isEmpty { bridge.ports.removeLast() }
      case 2: bridge.ports.insert(Interface(name: freshName(), kind: .ethernet, mac: "52:54:00:12:34:56"), at: 0)
      case 3: bridge.stp = bridge.stp == true ? false : true
      default: bridge.delay = bridge.delay == nil ? "2" : nil
      }
      return .bridge(bridge)
    case .bond(var bond):
      switch rng.next() % 5 {
      case 0: bond.slaves.reverse()
      case 1: if bond.slaves.count > 1 { bond.slaves.removeFirst() }
      case 2: bond.slaves.append(Interface(name: freshName(), kind: .ethernet))
      case 3: bond.mode = bond.mode == .broadcast ? nil : .broadcast
      default:
        bond.monitor =
          switch bond.monitor {
          case .mii: .arp(ARPMonitor(interval: 50, target: "10.0.0.254"))
          case .arp: nil
          case nil: .mii(MIIMonitor(frequency: 200, downdelay: 5))
          }
      }
      return .bond(bond)
    case .vlan(var vlan):
      if rng.next() % 2 == 0 { vlan.tag = (vlan.tag + 1) % 4096 } else { vlan.parent = "eth7" }
      return .vlan(vlan)
    }
  }
}
