import InterfaceModel

/// The kinds of child element already met in one parent, for reporting a
/// second one, as bits.
struct SeenElements {
  /// What the reader allows once per parent.
  enum Key: UInt32 {
    case start, mac, mtu, link, protocolIPv4, protocolIPv6, bridge, bond, vlan, monitor, dhcp, route, autoconf
    case interface

    /// The body element of an interface type: `<bridge>`, `<bond>` or `<vlan>` (`<interface>` for ethernet, which has none).
    init(_ type: InterfaceType) {
      switch type {
      case .ethernet: self = .interface
      case .bridge: self = .bridge
      case .bond: self = .bond
      case .vlan: self = .vlan
      }
    }
  }

  private var bits: UInt32 = 0

  var isEmpty: Bool { bits == 0 }

  /// Adds `key`; false when it was already there.
  mutating func insert(_ key: Key) -> Bool {
    let bit: UInt32 = 1 << key.rawValue
    let inserted = bits & bit == 0
    bits |= bit
    return inserted
  }

  func contains(_ key: Key) -> Bool { bits & (1 << key.rawValue) != 0 }
}
