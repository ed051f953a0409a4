/// The `IPADDR` slots of a file: `IPADDR`, `IPADDR_0`, `IPADDR-FOO`...
/// (any suffix, ifcfg(5) "Multiple addresses"), each with its own
/// `PREFIXLEN` and `NETMASK`. A prefix in the address wins over
/// `PREFIXLEN`, which wins over `NETMASK` (IPv4 only).
enum SUSEAddresses {
  /// One address slot.
  struct Slot: Sendable, Hashable {
    var suffix: String
    var family: IPAddressItem.Family
    var address: IPAddress
  }

  /// A slot whose value is not an address, with the key at fault.
  struct Problem: Error, Sendable, Hashable {
    var key: String
    var message: String
  }

  /// Suffixes of the `IPADDR` keys with a value, in the order of the file.
  static func usedSuffixes(in file: IfcfgFile) -> [String] {
    file.shell.keys(withPrefix: SUSEKey.ipaddr).compactMap { key -> String? in
      guard file.nonEmpty(key) != nil else { return nil }
      return String(key.dropFirst(SUSEKey.ipaddr.count))
    }
  }

  /// Every slot holding an address, in file order, and the slots that do not parse.
  static func slots(in file: IfcfgFile) -> (slots: [Slot], problems: [Problem]) {
    var slots: [Slot] = []
    var problems: [Problem] = []
    for suffix in usedSuffixes(in: file) {
      switch slot(suffix, in: file) {
      case .success(let slot): slots.append(slot)
      case .failure(let problem): problems.append(problem)
      }
    }
    return (slots, problems)
  }

  /// The address in slot `suffix`.
  static func slot(_ suffix: String, in file: IfcfgFile) -> Result<Slot, Problem> {
    let key = SUSEKey.ipaddr + suffix
    let value = file.nonEmpty(key) ?? ""
    guard let family = IPAddressItem.family(of: value),
      var address = IPAddressItem.parse(value, family: family)
    else {
      return .failure(
        Problem(key: key, message: "'\(value)' is not an IPv4 or IPv6 address with an optional /prefix"))
    }
    if address.prefix == nil {
      let maximum = family == .ipv4 ? 32 : 128
      if let text = file.nonEmpty(SUSEKey.prefixLength + suffix) {
        guard let prefix = DecimalSyntax.integer(text, in: 0...maximum) else {
          return .failure(
            Problem(
              key: SUSEKey.prefixLength + suffix, message: "'\(text)' is not a prefix length 0...\(maximum)"))
        }
        address.prefix = prefix
      } else if family == .ipv4, let text = file.nonEmpty(SUSEKey.netmask + suffix) {
        guard let prefix = IPv4Syntax.prefix(netmask: text) else {
          return .failure(Problem(key: SUSEKey.netmask + suffix, message: "'\(text)' is not a netmask"))
        }
        address.prefix = prefix
      }
    }
    return .success(Slot(suffix: suffix, family: family, address: address))
  }
}
