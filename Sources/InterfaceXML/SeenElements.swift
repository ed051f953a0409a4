/// The kinds of child element already met in one parent, for reporting a
/// second one. The keys the reader uses are a few fixed names, kept as bits;
/// any other key goes to a list.
struct SeenElements {
  private var bits: UInt32 = 0
  private var others: [String] = []

  var isEmpty: Bool { bits == 0 && others.isEmpty }

  /// Adds `key`; `inserted` is false when it was already there.
  mutating func insert(_ key: String) -> (inserted: Bool, memberAfterInsert: String) {
    if let bit = Self.bit(key) {
      let inserted = bits & bit == 0
      bits |= bit
      return (inserted, key)
    }
    if others.contains(key) { return (false, key) }
    others.append(key)
    return (true, key)
  }

  func contains(_ key: String) -> Bool {
    if let bit = Self.bit(key) { return bits & bit != 0 }
    return others.contains(key)
  }

  private static func bit(_ key: String) -> UInt32? {
    let index: UInt32
    switch key {
    case "start": index = 0
    case "mac": index = 1
    case "mtu": index = 2
    case "link": index = 3
    case "protocol ipv4": index = 4
    case "protocol ipv6": index = 5
    case "bridge": index = 6
    case "bond": index = 7
    case "vlan": index = 8
    case "monitor": index = 9
    case "dhcp": index = 10
    case "route": index = 11
    case "autoconf": index = 12
    case "interface": index = 13
    default: return nil
    }
    return 1 << index
  }
}
