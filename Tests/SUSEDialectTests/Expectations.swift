import InterfaceTesting
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
    for member in interface.members {
      if member.startMode != nil || member.ipv4 != nil || member.ipv6 != nil { count += 1 }
      count += losses(ofMembers: member)
    }
    return count
  }

  private static func losses(ofMembers interface: Interface) -> Int {
    interface.members.reduce(0) { count, member in
      count + (member.startMode != nil || member.ipv4 != nil || member.ipv6 != nil ? 1 : 0)
        + losses(ofMembers: member)
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

  /// The interface once ports and slaves drop the MTU they share with their
  /// master, and their start mode and addressing.
  static func normalized(_ interface: Interface) -> Interface {
    MemberNormalization.normalized(interface, droppingMemberSettings: true)
  }

  /// The interfaces of an XML document.
  static func interfaces(xml text: String, path: String = "input.xml") throws -> [Interface] {
    try InterfaceXML.parse(Array(text.utf8), path: path)
  }
}
