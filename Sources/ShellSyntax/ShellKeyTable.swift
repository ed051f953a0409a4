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
  /// Whether lookups may use the table (else they scan the lines).
  private(set) var isBuilt = false

  init() {}

  /// The table of the assignments among `records` (`assignmentCount` of them, the last at
  /// `lastAssignment`): a later assignment of a key replaces an earlier one, whose index
  /// goes to `replaced` (in file order). Past the lines a slot can number, no table is built
  /// and `replaced` is left empty.
  init(
    records: UnsafeBufferPointer<ShellLineRecord>, assignmentCount: Int, lastAssignment: Int,
    source: UnsafeBufferPointer<UInt8>, replaced: inout [Int]
  ) {
    guard lastAssignment < Int(UInt16.max) - 1 else { return }
    isBuilt = true
    guard assignmentCount > 0 else { return }
    var capacity = 8
    while capacity < assignmentCount * 2 { capacity <<= 1 }
    let mask = capacity - 1
    var slots = [UInt16](repeating: 0, count: capacity)
    slots.withUnsafeMutableBufferPointer { slots in
      for index in records.indices.prefix(lastAssignment + 1) where records[index].kind == .assignment {
        let range = records[index].keyRange
        guard range.lowerBound >= 0, range.upperBound <= source.count else { continue }
        let key = UnsafeBufferPointer(rebasing: source[range])
        var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
        // At most half the slots are used, so an empty one ends every probe.
        while slots[slot] != 0 {
          let other = Int(slots[slot]) - 1
          if other < records.count, records[other].hasKey(key, in: source) {
            replaced.append(other)
            break
          }
          slot = (slot + 1) & mask
        }
        slots[slot] = UInt16(truncatingIfNeeded: index + 1)
      }
    }
    replaced.sort()
    self.slots = slots
  }

  /// The FNV-1a hash of a key's bytes, as the lexer computes it.
  @inline(__always)
  static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    return hash
  }

  /// The index in `records` of the last assignment of `key` (its UTF-8 bytes), or nil.
  func lastIndex(
    of key: UnsafeBufferPointer<UInt8>, in records: UnsafeBufferPointer<ShellLineRecord>,
    source: UnsafeBufferPointer<UInt8>
  ) -> Int? {
    guard isBuilt else { return records.lastIndex { $0.hasKey(key, in: source) } }
    guard !slots.isEmpty else { return nil }
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
    return slots.withUnsafeBufferPointer { slots in
      // At most half the slots are used, so an empty one ends every probe.
      for _ in 0..<slots.count {
        let stored = Int(slots[slot])
        guard stored > 0 else { return nil }
        let index = stored - 1
        if index < records.count, records[index].hasKey(key, in: source) { return index }
        slot = (slot + 1) & mask
      }
      return nil
    }
  }

  /// The index of the last assignment of each key, in file order; nil when the table is not built.
  var lastIndices: [Int]? {
    guard isBuilt else { return nil }
    var indices: [Int] = []
    indices.reserveCapacity(slots.count / 2)
    for stored in slots where stored > 0 { indices.append(Int(stored) - 1) }
    indices.sort()
    return indices
  }
}
