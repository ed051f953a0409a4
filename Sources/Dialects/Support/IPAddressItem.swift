/// Addresses written as one word, `addr` or `addr/prefix` (Red Hat's
/// `IPV6ADDR`, SUSE's `IPADDR`).
public enum IPAddressItem {
  /// The address family of a word.
  public enum Family: Sendable, Hashable {
    case ipv4
    case ipv6

    var maximumPrefix: Int { self == .ipv4 ? 32 : 128 }

    func isValid(_ address: String) -> Bool {
      self == .ipv4 ? IPv4Syntax.isValid(address) : IPv6Syntax.isValid(address)
    }
  }

  /// `addr` or `addr/prefix` of `family`, or nil when the word is not one.
  public static func parse(_ item: String, family: Family) -> IPAddress? {
    let parts = item.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
    guard let first = parts.first, family.isValid(String(first)) else { return nil }
    if parts.count == 2 {
      guard let prefix = DecimalSyntax.integer(parts[1], in: 0...family.maximumPrefix) else { return nil }
      return IPAddress(String(first), prefix: prefix)
    }
    return IPAddress(String(first))
  }

  /// The family of the address part of a word (before any `/`), or nil when it is neither.
  public static func family(of item: String) -> Family? {
    let address = String(item.prefix { $0 != "/" })
    if IPv4Syntax.isValid(address) { return .ipv4 }
    if IPv6Syntax.isValid(address) { return .ipv6 }
    return nil
  }

  /// `addr/prefix`, or `addr` without a prefix.
  public static func text(_ address: IPAddress) -> String {
    address.prefix.map { "\(address.address)/\($0)" } ?? address.address
  }

  /// `addr%dev` -> `addr` (a device after a gateway, as initscripts accepts it).
  public static func withoutZone(_ text: String) -> String {
    String(text.prefix { $0 != "%" })
  }
}
