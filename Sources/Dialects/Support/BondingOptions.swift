/// Bond option tokens (`mode=active-backup miimon=100`), as the bonding
/// driver reads them: Red Hat's `BONDING_OPTS`, SUSE's `BONDING_MODULE_OPTS`.
public struct BondingOptions: Sendable, Hashable {
  public var tokens: [String]

  public init(_ text: String) {
    tokens = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
  }

  public init(tokens: [String]) { self.tokens = tokens }

  public var text: String { tokens.joined(separator: " ") }

  /// The value of the last `key=value` token (later ones win, as sysfs writes them in order).
  public func value(_ key: String) -> String? {
    for token in tokens.reversed() {
      if let value = Self.value(of: key, in: token) { return value }
    }
    return nil
  }

  /// The value of `token` when it is `key=value`: as ``split(_:)`` then
  /// comparing the name, without making a String of the name.
  static func value(of key: String, in token: String) -> String? {
    guard token.utf8.allSatisfy({ $0 < 0x80 }) else {
      guard let (name, value) = split(token), name == key else { return nil }
      return value
    }
    let bytes = token.utf8
    guard bytes.starts(with: key.utf8), !key.utf8.contains(UInt8(ascii: "=")) else { return nil }
    let equals = bytes.index(bytes.startIndex, offsetBy: key.utf8.count)
    guard equals < bytes.endIndex, bytes[equals] == UInt8(ascii: "=") else { return nil }
    return String(Substring(bytes[bytes.index(after: equals)...]))
  }

  public func has(_ key: String) -> Bool { value(key) != nil }

  /// Sets `key`: keeps a token whose value means the same, rewrites it in place, or appends.
  public mutating func set(_ key: String, _ value: String, same: (String) -> Bool) {
    if let index = tokens.lastIndex(where: { Self.split($0)?.0 == key }) {
      if let current = Self.split(tokens[index])?.1, same(current) { return }
      tokens[index] = key + "=" + value
    } else {
      tokens.append(key + "=" + value)
    }
  }

  public mutating func remove(_ key: String) { tokens.removeAll { Self.split($0)?.0 == key } }

  static func split(_ token: String) -> (String, String)? {
    // An ASCII token's characters are its bytes: find `=` without breaking graphemes.
    if token.utf8.allSatisfy({ $0 < 0x80 }) {
      guard let equals = token.utf8.firstIndex(of: UInt8(ascii: "=")) else { return nil }
      return (String(token[..<equals]), String(token[token.utf8.index(after: equals)...]))
    }
    guard let equals = token.firstIndex(of: "=") else { return nil }
    return (String(token[..<equals]), String(token[token.index(after: equals)...]))
  }

  /// The first address of an `arp_ip_target` list (`a,b` or `+a`).
  public static func firstTarget(_ value: String) -> String? {
    value.split(separator: ",").first.map { String($0.drop { $0 == "+" || $0 == "-" }) }
  }

  /// `arp_validate` by name or number.
  public static func arpValidate(_ text: String) -> ARPValidate? {
    if let value = ARPValidate(rawValue: text) { return value }
    switch text {
    case "0": return ARPValidate.none
    case "1": return .active
    case "2": return .backup
    case "3": return .all
    default: return nil
    }
  }

  public static let miiKeys = ["miimon", "downdelay", "updelay", "use_carrier"]
  public static let arpKeys = ["arp_interval", "arp_ip_target", "arp_validate"]
}

// MARK: - Reading

extension BondingOptions {
  /// What the options say about a bond, and what is wrong or lost in them.
  public struct Reading: Sendable, Hashable {
    public var mode: BondMode?
    public var monitor: BondMonitor?
    /// `primary=`, the slave to list first for active-backup.
    public var primary: String?
    /// Values that are not what the driver accepts (`mode=fast`).
    public var errors: [String] = []
    /// What the IR cannot carry (a second `arp_ip_target`).
    public var warnings: [String] = []
  }

  /// Mode, link monitor and primary, as the bonding driver reads the tokens.
  public var reading: Reading {
    var result = Reading()
    if let text = value("mode") {
      result.mode = BondMode(bondingOption: text)
      if result.mode == nil { result.errors.append("mode=\(text) is not a bonding mode") }
    }
    func number(_ key: String) -> Int? {
      guard let text = value(key) else { return nil }
      guard let value = DecimalSyntax.integer(text, in: 0...999_999_999) else {
        result.errors.append("\(key)=\(text) is not a number")
        return nil
      }
      return value
    }
    let hasMII = Self.miiKeys.contains(where: has)
    let hasARP = Self.arpKeys.contains(where: has)
    if has("miimon") || (hasMII && !hasARP) {
      var mii = MIIMonitor(
        frequency: number("miimon"), downdelay: number("downdelay"), updelay: number("updelay"))
      if let carrier = value("use_carrier") {
        switch carrier {
        case "0": mii.carrier = .ioctl
        case "1": mii.carrier = .netif
        default: result.errors.append("use_carrier=\(carrier) is not 0 or 1")
        }
      }
      result.monitor = .mii(mii)
    } else if hasARP {
      var arp = ARPMonitor(interval: number("arp_interval"))
      if let targets = value("arp_ip_target") {
        let list = targets.split(separator: ",")
        if let target = Self.firstTarget(targets), IPv4Syntax.isValid(target) {
          arp.target = target
          if list.count > 1 {
            result.warnings.append("only the first arp_ip_target (\(target)) is represented")
          }
        } else {
          result.errors.append("arp_ip_target=\(targets) is not an IPv4 address")
        }
      }
      if let text = value("arp_validate") {
        arp.validate = Self.arpValidate(text)
        if arp.validate == nil {
          result.errors.append("arp_validate=\(text) is not none, active, backup or all")
        }
      }
      result.monitor = .arp(arp)
    }
    result.primary = value("primary")
    return result
  }

  /// `slaves` with the one named `primary` moved first; nil when no slave has that name.
  public static func ordered(_ slaves: [Interface], primary: String) -> [Interface]? {
    guard let index = slaves.firstIndex(where: { $0.name == primary }) else { return nil }
    var copy = slaves
    let first = copy.remove(at: index)
    copy.insert(first, at: 0)
    return copy
  }
}

// MARK: - Editing

extension BondingOptions {
  /// Makes the tokens say `bond`'s mode and monitor, keeping every token
  /// that already means what is wanted and every option the IR does not
  /// model (`lacp_rate`, `xmit_hash_policy`, ...). `primary` is written
  /// when given (the dialect decides whether the file needs it).
  public mutating func apply(_ bond: Bond, primary: String?) {
    if let mode = bond.mode {
      set("mode", mode.rawValue) { BondMode(bondingOption: $0) == mode }
    } else {
      remove("mode")
    }
    if let primary { set("primary", primary) { $0 == primary } }
    let number: (Int) -> (String) -> Bool = { value in
      { DecimalSyntax.integer($0, in: 0...999_999_999) == value }
    }
    func setOrRemove(_ key: String, _ value: Int?) {
      if let value { set(key, String(value), same: number(value)) } else { remove(key) }
    }
    switch bond.monitor {
    case .mii(let mii):
      setOrRemove("miimon", mii.frequency)
      setOrRemove("downdelay", mii.downdelay)
      setOrRemove("updelay", mii.updelay)
      switch mii.carrier {
      case .ioctl: set("use_carrier", "0") { $0 == "0" }
      case .netif: set("use_carrier", "1") { $0 == "1" }
      case nil: remove("use_carrier")
      }
      if mii.frequency == nil { Self.arpKeys.forEach { remove($0) } }
    case .arp(let arp):
      remove("miimon")
      setOrRemove("arp_interval", arp.interval)
      if let target = arp.target {
        set("arp_ip_target", target) { Self.firstTarget($0) == target }
      } else {
        remove("arp_ip_target")
      }
      if let validate = arp.validate {
        set("arp_validate", validate.rawValue) { Self.arpValidate($0) == validate }
      } else {
        remove("arp_validate")
      }
    case nil:
      (Self.miiKeys + Self.arpKeys).forEach { remove($0) }
    }
  }
}
