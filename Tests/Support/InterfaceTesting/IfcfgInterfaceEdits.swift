import InterfaceModel
import PropertyTesting

extension IfcfgInterfaceGenerators {
  /// A random edit of one top-level interface: one setting changed, a
  /// member added or removed, or another interface under the same name.
  public func edit(_ interface: Interface, _ rng: inout SplitMix64, names: inout Names) -> Interface {
    var copy = interface
    switch Self.int(0...8, &rng) {
    case 0:
      copy.mtu = Self.chance(30, &rng) ? nil : Self.int(68...65535, &rng)
    case 1:
      copy.startMode = Self.pick([nil] + StartMode.allCases, &rng)
    case 2:
      copy.ipv4 = Self.chance(20, &rng) ? nil : ipv4(&rng)
    case 3:
      copy.ipv6 = Self.chance(30, &rng) ? nil : ipv6(&rng)
    case 4:
      if case .ethernet = copy.kind {
        copy.mac = Self.chance(30, &rng) ? nil : Self.mac(&rng)
      }
    case 5:
      if case .vlan(var vlan) = copy.kind {
        vlan.tag = Self.int(0...4095, &rng)
        copy.kind = .vlan(vlan)
      }
    case 6:
      switch copy.kind {
      case .bridge(var bridge):
        bridge.stp = Self.pick([nil, true, false], &rng)
        bridge.delay = Self.pick([nil, "0", "2.5"], &rng)
        copy.kind = .bridge(bridge)
      case .bond(var bond):
        bond.mode = Self.pick([nil] + BondMode.allCases, &rng)
        bond.monitor = self.bond(&rng, names: &names).monitor
        copy.kind = .bond(bond)
      default:
        break
      }
    case 8:
      // Another interface under the same name, of any kind.
      copy = topLevel(&rng, names: &names)
      copy.name = interface.name
    default:
      switch copy.kind {
      case .bridge(var bridge):
        if !bridge.ports.isEmpty, Self.chance(50, &rng) {
          bridge.ports.remove(at: Self.int(0...(bridge.ports.count - 1), &rng))
        } else {
          bridge.ports.append(member(.ethernet, &rng, names: &names, masterMTU: copy.mtu))
        }
        copy.kind = .bridge(bridge)
      case .bond(var bond):
        if bond.slaves.count > 1, Self.chance(50, &rng) {
          bond.slaves.remove(at: Self.int(0...(bond.slaves.count - 1), &rng))
        } else {
          bond.slaves.append(member(.ethernet, &rng, names: &names, masterMTU: copy.mtu))
        }
        copy.kind = .bond(bond)
      default:
        break
      }
    }
    return normalized(copy)
  }
}
