import InterfaceModel

/// What an interface means once written to ifcfg files, where ports and
/// slaves inherit their master's MTU (and, in some dialects, carry no
/// settings of their own).
public enum MemberNormalization {
  /// `interface` once its ports and slaves (at any depth) drop the MTU they
  /// share with their master; with `droppingMemberSettings`, their start
  /// mode and addressing too.
  public static func normalized(_ interface: Interface, droppingMemberSettings: Bool = false) -> Interface {
    var copy = interface
    copy.kind = stripMTU(interface.kind, masterMTU: interface.mtu, droppingMemberSettings: droppingMemberSettings)
    return copy
  }

  private static func stripMTU(_ kind: InterfaceKind, masterMTU: Int?, droppingMemberSettings: Bool) -> InterfaceKind {
    func strip(_ member: Interface) -> Interface {
      var copy = member
      if copy.mtu == masterMTU { copy.mtu = nil }
      if droppingMemberSettings {
        copy.startMode = nil
        copy.ipv4 = nil
        copy.ipv6 = nil
      }
      copy.kind = stripMTU(
        member.kind, masterMTU: member.mtu ?? masterMTU, droppingMemberSettings: droppingMemberSettings)
      return copy
    }
    switch kind {
    case .bridge(var bridge):
      bridge.ports = bridge.ports.map(strip)
      return .bridge(bridge)
    case .bond(var bond):
      bond.slaves = bond.slaves.map(strip)
      return .bond(bond)
    case .ethernet, .vlan:
      return kind
    }
  }
}
