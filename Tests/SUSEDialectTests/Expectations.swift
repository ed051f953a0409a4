import InterfaceXML
import SUSEDialect

/// What an interface reads back as once written to SUSE files: exactly
/// the facts SUSE files cannot say are gone, nothing else.
enum SUSEExpectations {
  /// The facts SUSE files cannot say about one top-level interface.
  static func losses(_ interface: Interface) -> Int {
    var count = 0
    if interface.ipv4?.dhcp?.peerDNS != nil { count += 1 }
    if interface.ipv4 == IPv4Protocol() { count += 1 }
    if interface.ipv6 == IPv6Protocol() { count += 1 }
    for member in members(of: interface) {
      if member.startMode != nil || member.ipv4 != nil || member.ipv6 != nil { count += 1 }
      count += losses(ofMembers: member)
    }
    return count
  }

  private static func losses(ofMembers interface: Interface) -> Int {
    members(of: interface).reduce(0) { count, member in
      count + (member.startMode != nil || member.ipv4 != nil || member.ipv6 != nil ? 1 : 0)
        + losses(ofMembers: member)
    }
  }

  static func members(of interface: Interface) -> [Interface] {
    switch interface.kind {
    case .bridge(let bridge): bridge.ports
    case .bond(let bond): bond.slaves
    case .ethernet, .vlan: []
    }
  }

  /// `interface` without what SUSE cannot say: DHCP's peerdns, protocols
  /// with nothing in them, and port or slave MTUs equal to their master's.
  static func readBack(_ interface: Interface) -> Interface {
    var copy = normalized(interface)
    if copy.ipv4?.dhcp != nil { copy.ipv4?.dhcp?.peerDNS = nil }
    if copy.ipv4 == IPv4Protocol() { copy.ipv4 = nil }
    if copy.ipv6 == IPv6Protocol() { copy.ipv6 = nil }
    return copy
  }

  /// The interface once ports and slaves drop the MTU they share with their master.
  static func normalized(_ interface: Interface) -> Interface {
    var copy = interface
    copy.kind = stripMTU(interface.kind, masterMTU: interface.mtu)
    return copy
  }

  private static func stripMTU(_ kind: InterfaceKind, masterMTU: Int?) -> InterfaceKind {
    func strip(_ member: Interface) -> Interface {
      var copy = member
      if copy.mtu == masterMTU { copy.mtu = nil }
      copy.startMode = nil
      copy.ipv4 = nil
      copy.ipv6 = nil
      copy.kind = stripMTU(member.kind, masterMTU: member.mtu ?? masterMTU)
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

  /// The interfaces of an XML document.
  static func interfaces(xml text: String, path: String = "input.xml") throws -> [Interface] {
    try InterfaceXML.parse(Array(text.utf8), path: path)
  }
}
