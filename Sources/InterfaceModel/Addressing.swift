/// An address with an optional prefix length (`<ip address="..." prefix="..."/>`).
public struct IPAddress: Sendable, Hashable {
  public var address: String
  public var prefix: Int?

  public init(_ address: String, prefix: Int? = nil) {
    self.address = address
    self.prefix = prefix
  }
}

/// `<protocol family="ipv4">`: DHCP and any number of static addresses
/// (both together are allowed), and a default gateway.
public struct IPv4Protocol: Sendable, Hashable {
  public var dhcp: DHCPv4?
  public var addresses: [IPAddress]
  public var gateway: String?

  public init(dhcp: DHCPv4? = nil, addresses: [IPAddress] = [], gateway: String? = nil) {
    self.dhcp = dhcp
    self.addresses = addresses
    self.gateway = gateway
  }
}

/// `<dhcp peerdns="yes|no"/>` for IPv4; `peerDNS` is `nil` when unspecified.
public struct DHCPv4: Sendable, Hashable {
  public var peerDNS: Bool?

  public init(peerDNS: Bool? = nil) { self.peerDNS = peerDNS }
}

/// `<protocol family="ipv6">`: stateless autoconfiguration, DHCPv6, static
/// addresses and a default gateway. An empty protocol (all off, no
/// addresses) still enables IPv6 with link-local addressing only.
public struct IPv6Protocol: Sendable, Hashable {
  public var autoconf: Bool
  public var dhcp: Bool
  public var addresses: [IPAddress]
  public var gateway: String?

  public init(autoconf: Bool = false, dhcp: Bool = false, addresses: [IPAddress] = [], gateway: String? = nil) {
    self.autoconf = autoconf
    self.dhcp = dhcp
    self.addresses = addresses
    self.gateway = gateway
  }
}
