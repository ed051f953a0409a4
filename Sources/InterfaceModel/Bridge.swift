/// `<bridge stp="on|off" delay="SECONDS">` with its ports.
public struct Bridge: Sendable, Hashable {
  /// Spanning tree protocol; `nil` when unspecified.
  public var stp: Bool?
  /// Forward delay in seconds as written, a decimal such as `0.01` (see ``ForwardDelay``).
  public var delay: String?
  /// The ports: ethernet, vlan or bond interfaces. Their order is not
  /// significant (native files do not keep it); see ``Interface/canonical``.
  public var ports: [Interface]

  public init(stp: Bool? = nil, delay: String? = nil, ports: [Interface] = []) {
    self.stp = stp
    self.delay = delay
    self.ports = ports
  }
}
