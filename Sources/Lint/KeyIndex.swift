/// What a key means to lint's per-file checks and to the summary kept for
/// the folder, found from the key's bytes without making a `String`.
final class KeyIndex: Sendable {
  /// The keys the folder summary and the value checks read.
  enum Role: UInt8, Sendable {
    case none
    case device
    case master
    case bridge
    case teamMaster
    case type
    case vlan
    case physicalDevice
    case ipv6Address
    case ipv6Secondaries
    case bootProtocol
    case bridgePorts
    case etherDevice
    /// Red Hat `IPADDR`, `IPADDR<n>`; SUSE `IPADDR`, `IPADDR_*`.
    case address
    /// SUSE `BONDING_SLAVE*`.
    case bondingSlave

    /// The one key a single-key role stands for; nil for `none` and the roles of many keys.
    var key: String? {
      switch self {
      case .none, .address, .bondingSlave: nil
      case .device: "DEVICE"
      case .master: "MASTER"
      case .bridge: "BRIDGE"
      case .teamMaster: "TEAM_MASTER"
      case .type: "TYPE"
      case .vlan: "VLAN"
      case .physicalDevice: "PHYSDEV"
      case .ipv6Address: "IPV6ADDR"
      case .ipv6Secondaries: "IPV6ADDR_SECONDARIES"
      case .bootProtocol: "BOOTPROTO"
      case .bridgePorts: "BRIDGE_PORTS"
      case .etherDevice: "ETHERDEVICE"
      }
    }
  }

  /// A key looked up: its row in the known-keys table and its role.
  struct Match {
    /// Index of the row in ``rows``, or -1 when the key is unknown.
    var row: Int32
    var role: Role
  }

  /// The row `match` found, nil for an unknown key.
  func row(_ match: Match) -> KnownKeys.Entry? {
    match.row >= 0 && Int(match.row) < rows.count ? rows[Int(match.row)] : nil
  }

  private struct Slot {
    var keyStart: Int32
    var keyLength: Int32
    /// Index into `rows`, or -1 when the key has a role but no exact row.
    var entry: Int32
    var role: Role
  }

  private let table: KnownKeys
  private let keyBytes: [UInt8]
  private let slots: [Slot?]
  /// The exact rows, then the pattern rows.
  private let rows: [KnownKeys.Entry]
  private let patterns: [(prefix: [UInt8], digitsOnly: Bool, row: Int32)]
  private let dialect: LintDialect

  static let redHat = KeyIndex(.redHat)
  static let suse = KeyIndex(.suse)

  static func of(_ dialect: LintDialect) -> KeyIndex {
    switch dialect {
    case .redHat: redHat
    case .suse: suse
    }
  }

  private init(_ dialect: LintDialect) {
    self.dialect = dialect
    table = dialect.knownKeys
    var exact: [(key: [UInt8], entry: Int32, role: Role)] = []
    var entries: [KnownKeys.Entry] = []
    var patternRows: [(prefix: [UInt8], digitsOnly: Bool, entry: KnownKeys.Entry)] = []
    for entry in table.entries {
      let key = Array(entry.key.utf8)
      if entry.key.hasSuffix("<n>") || entry.key.hasSuffix("<x>") {
        patternRows.append((Array(key.dropLast(3)), entry.key.hasSuffix("<n>"), entry))
      } else if !exact.contains(where: { $0.key == key }) {
        // The table's last row for a key wins, as in `KnownKeys`.
        entries.append(entry)
        exact.append((key, Int32(entries.count - 1), .none))
      } else if let index = exact.firstIndex(where: { $0.key == key }) {
        entries.append(entry)
        exact[index].entry = Int32(entries.count - 1)
      }
    }
    for (name, role) in Self.roles(dialect) {
      let key = Array(name.utf8)
      if let index = exact.firstIndex(where: { $0.key == key }) {
        exact[index].role = role
      } else {
        exact.append((key, -1, role))
      }
    }
    var capacity = 16
    while capacity < exact.count * 4 { capacity <<= 1 }
    var slots = [Slot?](repeating: nil, count: capacity)
    var keyBytes: [UInt8] = []
    for item in exact {
      var slot = Int(truncatingIfNeeded: Self.hash(item.key[...])) & (capacity - 1)
      while slots[slot] != nil { slot = (slot + 1) & (capacity - 1) }
      slots[slot] = Slot(
        keyStart: Int32(keyBytes.count), keyLength: Int32(item.key.count), entry: item.entry, role: item.role)
      keyBytes += item.key
    }
    self.keyBytes = keyBytes
    self.slots = slots
    var patterns: [(prefix: [UInt8], digitsOnly: Bool, row: Int32)] = []
    for pattern in patternRows {
      entries.append(pattern.entry)
      patterns.append((pattern.prefix, pattern.digitsOnly, Int32(entries.count - 1)))
    }
    self.rows = entries
    self.patterns = patterns
  }

  private static func roles(_ dialect: LintDialect) -> [(String, Role)] {
    let roles: [Role] =
      switch dialect {
      case .redHat:
        [.device, .master, .bridge, .teamMaster, .type, .vlan, .physicalDevice, .ipv6Address, .ipv6Secondaries, .bootProtocol]
      case .suse: [.bridgePorts, .etherDevice, .bootProtocol]
      }
    // `IPADDR` and `BONDING_SLAVE` themselves; their numbered forms are matched by prefix.
    let many: [(String, Role)] =
      dialect == .redHat ? [("IPADDR", .address)] : [("IPADDR", .address), ("BONDING_SLAVE", .bondingSlave)]
    return roles.compactMap { role in role.key.map { ($0, role) } } + many
  }

  /// FNV-1a over the key's bytes.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    return hash
  }

  static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 { bytes.withUnsafeBufferPointer { hash($0) } }

  /// The row and role of the key spelled by `key`, whose ``hash(_:)`` is `hash`.
  func match(_ key: ArraySlice<UInt8>, hash: UInt64) -> Match {
    key.withUnsafeBufferPointer { match($0, hash: hash) }
  }

  /// The row and role of the key spelled by `key`, whose ``hash(_:)`` is `hash`.
  func match(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Match {
    var found: Slot?
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    keyBytes.withUnsafeBufferPointer { stored in
      while let candidate = slots[slot] {
        if Int(candidate.keyLength) == key.count, ByteCompare.equal(stored, at: Int(candidate.keyStart), key) {
          found = candidate
          break
        }
        slot = (slot + 1) & mask
      }
    }
    var match = Match(row: -1, role: found?.role ?? .none)
    if let found, found.entry >= 0 {
      match.row = found.entry
    } else {
      match.row = patternRow(key)
    }
    if match.role == .none { match.role = prefixRole(key) }
    return match
  }

  /// The first pattern row (`IPADDR<n>`, `BONDING_SLAVE<x>`) `key` matches, or -1.
  private func patternRow(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
    for pattern in patterns where key.count > pattern.prefix.count && key.starts(with: pattern.prefix) {
      let rest = key.dropFirst(pattern.prefix.count)
      let matches =
        pattern.digitsOnly
        ? rest.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        : rest.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x5F }
      if matches { return pattern.row }
    }
    return -1
  }

  private static let ipaddr = Array("IPADDR".utf8)
  private static let bondingSlave = Array("BONDING_SLAVE".utf8)

  /// The roles given by a prefix: numbered addresses, bonding slaves.
  private func prefixRole(_ key: UnsafeBufferPointer<UInt8>) -> Role {
    guard key.count > Self.ipaddr.count, let first = key.first else { return .none }
    if first == UInt8(ascii: "I"), key.starts(with: Self.ipaddr) {
      let rest = key.dropFirst(Self.ipaddr.count)
      switch dialect {
      case .redHat: return rest.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } ? .address : .none
      case .suse: return rest.first == UInt8(ascii: "_") ? .address : .none
      }
    }
    if dialect == .suse, first == UInt8(ascii: "B"), key.starts(with: Self.bondingSlave) { return .bondingSlave }
    return .none
  }
}
