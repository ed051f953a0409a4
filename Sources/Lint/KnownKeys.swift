/// A dialect's documented keys, read from its TSV table (`Schemas/*-keys.tsv`).
///
/// Each row is `KEY<TAB>status<TAB>note`; `status` is `known` or
/// `deprecated`. In a key, `<n>` stands for one or more digits and `<x>` for
/// one or more of `[A-Za-z0-9_]` (`IPADDR<n>`, `BONDING_SLAVE<x>`).
public struct KnownKeys: Sendable {
  /// What the table says about a key.
  public enum Status: String, Sendable, Hashable {
    case known
    case deprecated
  }

  /// One row of the table.
  public struct Entry: Sendable, Hashable {
    public var key: String
    public var status: Status
    public var note: String
  }

  public let entries: [Entry]
  private let exact: [String: Entry]
  private let patterns: [(prefix: String, wildcard: UInt8, entry: Entry)]

  /// Parses a table; lines starting with `#`, blank lines and malformed rows are skipped.
  public init(tsv: String) {
    var entries: [Entry] = []
    let bytes = Array(tsv.utf8)
    var lineStart = 0
    while lineStart < bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
      if lineEnd > lineStart, bytes[lineStart] != UInt8(ascii: "#"),
        let entry = Self.row(bytes[lineStart..<lineEnd])
      {
        entries.append(entry)
      }
      lineStart = lineEnd + 1
    }
    self.entries = entries
    var exact: [String: Entry] = [:]
    var patterns: [(String, UInt8, Entry)] = []
    for entry in entries {
      if entry.key.hasSuffix("<n>") {
        patterns.append((String(entry.key.dropLast(3)), UInt8(ascii: "n"), entry))
      } else if entry.key.hasSuffix("<x>") {
        patterns.append((String(entry.key.dropLast(3)), UInt8(ascii: "x"), entry))
      } else {
        exact[entry.key] = entry
      }
    }
    self.exact = exact
    self.patterns = patterns
  }

  /// `KEY<TAB>status[<TAB>note]`, the note running to the end of the line.
  private static func row(_ line: ArraySlice<UInt8>) -> Entry? {
    guard let firstTab = line.firstIndex(of: 0x09) else { return nil }
    let rest = line[(firstTab + 1)...]
    let secondTab = rest.firstIndex(of: 0x09)
    let statusText = String(decoding: rest[..<(secondTab ?? rest.endIndex)], as: UTF8.self)
    guard let status = Status(rawValue: statusText) else { return nil }
    let note = secondTab.map { String(decoding: line[($0 + 1)...], as: UTF8.self) } ?? ""
    return Entry(key: String(decoding: line[..<firstTab], as: UTF8.self), status: status, note: note)
  }

  /// Red Hat: initscripts' and NetworkManager's ifcfg keys.
  public static let redHat = KnownKeys(tsv: KnownKeyTables.redHat)
  /// SUSE: ifcfg(5) and its companion pages.
  public static let suse = KnownKeys(tsv: KnownKeyTables.suse)

  /// The row `key` matches, exactly or through a pattern.
  public func entry(for key: String) -> Entry? {
    if let entry = exact[key] { return entry }
    for pattern in patterns where key.hasPrefix(pattern.prefix) {
      let rest = key.utf8.dropFirst(pattern.prefix.utf8.count)
      guard !rest.isEmpty else { continue }
      let matches =
        pattern.wildcard == UInt8(ascii: "n")
        ? rest.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        : rest.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x5F }
      if matches { return pattern.entry }
    }
    return nil
  }

  /// The known key closest to `key` by edit distance (at most 1 for keys of
  /// up to 4 bytes, else 2), ties broken alphabetically; nil when none is that close.
  public func suggestion(for key: String) -> String? {
    let limit = key.utf8.count <= 4 ? 1 : 2
    let target = Array(key.utf8)
    var best: (distance: Int, key: String)?
    for entry in entries where entry.status == .known && !entry.key.hasSuffix(">") {
      let candidate = Array(entry.key.utf8)
      guard abs(candidate.count - target.count) <= limit else { continue }
      let distance = EditDistance.between(target, candidate, limit: limit)
      guard distance <= limit else { continue }
      if let current = best, (current.distance, current.key) <= (distance, entry.key) { continue }
      best = (distance, entry.key)
    }
    return best?.key
  }
}

/// Levenshtein distance with adjacent transpositions counted as one edit.
enum EditDistance {
  /// The distance between `a` and `b`, or `limit + 1` once it must exceed `limit`.
  static func between(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
    if a == b { return 0 }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...max(1, a.count) where i <= a.count {
      current[0] = i
      var rowMinimum = current[0]
      for j in 1...max(1, b.count) where j <= b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, previous2[j - 2] + 1) }
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return limit + 1 }
      previous2 = previous
      previous = current
    }
    return previous[b.count]
  }
}
