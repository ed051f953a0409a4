extension Interface {
  /// The interface with everything native files cannot order put in one
  /// order, so that two descriptions that mean the same compare equal:
  /// bridge ports sorted by name; bond slaves sorted by name, except that an
  /// active-backup bond keeps its first slave (the primary) first; MAC
  /// addresses in lower case. Applied to ports and slaves too.
  public var canonical: Interface {
    var copy = self
    copy.mac = mac.map { $0.lowercased() }
    switch kind {
    case .ethernet, .vlan:
      break
    case .bridge(var bridge):
      bridge.ports = bridge.ports.map(\.canonical).sorted { $0.name < $1.name }
      copy.kind = .bridge(bridge)
    case .bond(var bond):
      let slaves = bond.slaves.map(\.canonical)
      if bond.mode == .activeBackup, let primary = slaves.first {
        bond.slaves = [primary] + slaves.dropFirst().sorted { $0.name < $1.name }
      } else {
        bond.slaves = slaves.sorted { $0.name < $1.name }
      }
      copy.kind = .bond(bond)
    }
    return copy
  }

  /// Whether two interfaces mean the same once put in canonical order.
  public func isEquivalent(to other: Interface) -> Bool { canonical == other.canonical }
}

extension Array where Element == Interface {
  /// Canonical forms, sorted by name: the order native files give.
  public var canonical: [Interface] { map(\.canonical).sorted { $0.name < $1.name } }
}
