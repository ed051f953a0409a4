/// The last assignment of each key of a file: a hash table over the key
/// bytes, built once by the lexer, so that looking a key up does not scan
/// every line.
///
/// Open addressing with linear probing; the table is at most half full.
/// Each slot holds the index in the file's lines of the last assignment of
/// one key, plus one (0 is an empty slot). Slots are 16 bits wide, since
/// config files are short; a file of more lines than a slot can number gets
/// no table, and its lookups scan the lines.
struct ShellKeyTable: Sendable {
  private var slots: [UInt16] = []
  /// Whether lookups may use ``slots``.
  private var isBuilt = false

  init() {}

  /// The table of `entries` (each assignment's line index, key hash and key bytes, in file order):
  /// a later assignment of a key replaces an earlier one.
  init(_ entries: [(index: Int, hash: UInt64, key: Range<Int>)], bytes: [UInt8]) {
    guard (entries.last?.index ?? 0) < Int(UInt16.max) - 1 else { return }
    isBuilt = true
    guard !entries.isEmpty else { return }
    var capacity = 8
    while capacity < entries.count * 2 { capacity <<= 1 }
    var slots = [UInt16](repeating: 0, count: capacity)
    let mask = capacity - 1
    // While building, a slot holds the position in `entries` plus one, to tell colliding keys apart.
    for (position, entry) in entries.enumerated() {
      var slot = Int(truncatingIfNeeded: entry.hash) & mask
      while slots[slot] != 0 {
        let other = entries[Int(slots[slot]) - 1]
        if other.hash == entry.hash, bytes[other.key].elementsEqual(bytes[entry.key]) { break }
        slot = (slot + 1) & mask
      }
      slots[slot] = UInt16(truncatingIfNeeded: position + 1)
    }
    for slot in slots.indices where slots[slot] != 0 {
      slots[slot] = UInt16(truncatingIfNeeded: entries[Int(slots[slot]) - 1].index + 1)
    }
    self.slots = slots
  }

  /// The FNV-1a hash of a key's bytes, as the lexer computes it.
  @inline(__always)
  static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    return hash
  }

  /// The index in `lines` of the last assignment of `key`, or nil.
  func lastIndex(of key: String, in lines: [ShellLine]) -> Int? {
    guard isBuilt else { return lines.lastIndex { $0.assignment?.hasKey(key) == true } }
    guard !slots.isEmpty else { return nil }
    let hash = key.utf8.withContiguousStorageIfAvailable { Self.hash($0) } ?? Self.hash(key.utf8)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let stored = Int(slots[slot])
      guard stored > 0 else { return nil }
      let index = stored - 1
      if index < lines.count, case .assignment(let assignment) = lines[index], assignment.hasKey(key) {
        return index
      }
      slot = (slot + 1) & mask
    }
  }
}
