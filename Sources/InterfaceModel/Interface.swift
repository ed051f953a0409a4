/// One network interface as netcf's interface XML describes it: the
/// intermediate representation every format is translated to and from.
///
/// A top-level interface owns its dependents: a bridge's ports and a bond's
/// slaves are nested `Interface` values (they carry a name, a kind and, for
/// example, a MAC address, but no start mode or addressing of their own).
public struct Interface: Sendable, Hashable {
  public var name: String
  public var kind: InterfaceKind
  /// How the interface is brought up; top-level interfaces only.
  public var startMode: StartMode?
  /// Maximum transmission unit, 68...65535.
  public var mtu: Int?
  /// Hardware address, lower-case `aa:bb:cc:dd:ee:ff`.
  public var mac: String?
  public var ipv4: IPv4Protocol?
  public var ipv6: IPv6Protocol?

  public init(
    name: String, kind: InterfaceKind, startMode: StartMode? = nil, mtu: Int? = nil, mac: String? = nil,
    ipv4: IPv4Protocol? = nil, ipv6: IPv6Protocol? = nil
  ) {
    self.name = name
    self.kind = kind
    self.startMode = startMode
    self.mtu = mtu
    self.mac = mac
    self.ipv4 = ipv4
    self.ipv6 = ipv6
  }

  /// The kind without its body, as the XML `type` attribute spells it.
  public var type: InterfaceType { kind.type }

  /// A bridge's ports or a bond's slaves; none for other kinds.
  public var members: [Interface] {
    switch kind {
    case .bridge(let bridge): bridge.ports
    case .bond(let bond): bond.slaves
    case .ethernet, .vlan: []
    }
  }
}

/// The four kinds of interface netcf describes, as the XML `type` attribute spells them.
public enum InterfaceType: String, Sendable, Hashable, CaseIterable {
  case ethernet
  case bridge
  case bond
  case vlan
}

/// The kind of an interface and the configuration that only that kind has.
public enum InterfaceKind: Sendable, Hashable {
  case ethernet
  case bridge(Bridge)
  case bond(Bond)
  case vlan(VLAN)

  public var type: InterfaceType {
    switch self {
    case .ethernet: .ethernet
    case .bridge: .bridge
    case .bond: .bond
    case .vlan: .vlan
    }
  }
}

/// When an interface is brought up (`<start mode="...">`).
public enum StartMode: String, Sendable, Hashable, CaseIterable {
  case onboot
  case none
  case hotplug
}
