/// `<vlan tag="N"><interface name="PARENT"/></vlan>`.
public struct VLAN: Sendable, Hashable {
  /// The 802.1Q tag, 0...4095.
  public var tag: Int
  /// The name of the interface the vlan runs on.
  public var parent: String

  public init(tag: Int, parent: String) {
    self.tag = tag
    self.parent = parent
  }
}
