/// The numbered IPv4 address slots of a file, as initscripts' `expand_config`
/// walks them: `IPADDR`, then `IPADDR0`, `IPADDR1`, ... up to `IPADDR255`,
/// skipping a missing `IPADDR0`/`IPADDR1` but stopping at the first missing
/// one from `IPADDR2` on.
enum IPv4Slots {
  /// Every suffix in the order initscripts tries them.
  static let all: [String] = [""] + (0...255).map(String.init)

  /// The suffixes that hold an address bash would use.
  static func used(in file: IfcfgFile) -> [String] {
    var result: [String] = []
    for suffix in all {
      if file.nonEmpty(RedHatKey.ipaddr + suffix) != nil {
        result.append(suffix)
      } else if let index = Int(suffix), index >= 2 {
        break
      }
    }
    return result
  }

  /// The suffix for an address added after `existing` (`""` first, then one past the highest number).
  static func next(after existing: [String]) -> String {
    if existing.isEmpty { return "" }
    let highest = existing.compactMap { Int($0) }.max()
    return String((highest ?? 0) + 1)
  }
}

/// Bond option tokens (`mode=active-backup miimon=100`), as the bonding driver reads them.
struct BondingOptions: Sendable, Hashable {
  var tokens: [String]

  init(_ text: String) {
    tokens = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
  }

  init(tokens: [String]) { self.tokens = tokens }

  var text: String { tokens.joined(separator: " ") }

  /// The value of the last `key=value` token (later ones win, as sysfs writes them in order).
  func value(_ key: String) -> String? {
    for token in tokens.reversed() {
      if let (name, value) = Self.split(token), name == key { return value }
    }
    return nil
  }

  func has(_ key: String) -> Bool { value(key) != nil }

  /// Sets `key`: keeps a token whose value means the same, rewrites it in place, or appends.
  mutating func set(_ key: String, _ value: String, same: (String) -> Bool) {
    if let index = tokens.lastIndex(where: { Self.split($0)?.0 == key }) {
      if let current = Self.split(tokens[index])?.1, same(current) { return }
      tokens[index] = key + "=" + value
    } else {
      tokens.append(key + "=" + value)
    }
  }

  mutating func remove(_ key: String) { tokens.removeAll { Self.split($0)?.0 == key } }

  static func split(_ token: String) -> (String, String)? {
    guard let equals = token.firstIndex(of: "=") else { return nil }
    return (String(token[..<equals]), String(token[token.index(after: equals)...]))
  }

  /// The first address of an `arp_ip_target` list (`a,b` or `+a`).
  static func firstTarget(_ value: String) -> String? {
    value.split(separator: ",").first.map { String($0.drop { $0 == "+" || $0 == "-" }) }
  }

  static func arpValidate(_ text: String) -> ARPValidate? {
    if let value = ARPValidate(rawValue: text) { return value }
    switch text {
    case "0": return ARPValidate.none
    case "1": return .active
    case "2": return .backup
    case "3": return .all
    default: return nil
    }
  }

  static let miiKeys = ["miimon", "downdelay", "updelay", "use_carrier"]
  static let arpKeys = ["arp_interval", "arp_ip_target", "arp_validate"]
}
