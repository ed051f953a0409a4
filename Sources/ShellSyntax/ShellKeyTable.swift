/// The last assignment of each key of a file: a hash table over the key
/// bytes, built once by the lexer, so that looking a key up does not compare
/// it with every line.
///
/// Open addressing with linear probing; the table is at most half full.
/// Each slot holds the index in the file's lines of the last assignment of
/// one key, plus one (0 is an empty slot). Slots are 16 bits wide, since
/// config files are short; a file of more lines than a slot can number gets
/// no table, and its lookups scan the lines.
struct ShellKeyTable: Sendable {
  private var slots: [UInt16] = []
  /// Whether lookups use ``slots`` (else they scan the lines).
  private(set) var isHashed = false

  init() {}

  /// The table of the assignments among `records` (`assignmentCount` of them, the last at
  /// `lastAssignment`); `replaced` receives, in file order, the index of each assignment
  /// that a later assignment of the same key replaces (bash reads the last one).
  init(
    records: UnsafeBufferPointer<ShellLineRecord>, assignmentCount: Int, lastAssignment: Int,
    source: UnsafeBufferPointer<UInt8>, replaced: inout [Int]
  ) {
    guard lastAssignment < Int(UInt16.max) - 1 else {
      Self.forEachAssignment(in: records, count: assignmentCount, source: source) { index, isLast in
        if !isLast { replaced.append(index) }
      }
      return
    }
    isHashed = true
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
    // Sorting even an empty array would copy it.
    if replaced.count > 1 { replaced.sort() }
    self.slots = slots
  }

  /// The FNV-1a hash of a key's bytes.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    return hash
  }

  /// The index in `records` of the last assignment of `key` (its UTF-8 bytes), or nil.
  func lastIndex(
    of key: UnsafeBufferPointer<UInt8>, in records: UnsafeBufferPointer<ShellLineRecord>,
    source: UnsafeBufferPointer<UInt8>
  ) -> Int? {
    guard isHashed else { return records.lastIndex { $0.hasKey(key, in: source) } }
    guard !slots.isEmpty else { return nil }
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
    return slots.withUnsafeBufferPointer { slots in
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

  /// The index of the last assignment of each key among `records`, in file order.
  func lastIndices(in records: UnsafeBufferPointer<ShellLineRecord>, source: UnsafeBufferPointer<UInt8>)
    -> [Int]
  {
    guard isHashed else {
      let count = records.reduce(0) { $0 + ($1.kind == .assignment ? 1 : 0) }
      var indices: [Int] = []
      indices.reserveCapacity(count)
      Self.forEachAssignment(in: records, count: count, source: source) { index, isLast in
        if isLast { indices.append(index) }
      }
      return indices
    }
    var indices: [Int] = []
    indices.reserveCapacity(slots.count / 2)
    for stored in slots where stored > 0 { indices.append(Int(stored) - 1) }
    indices.sort()
    return indices
  }

  /// Calls `body` with the index of each of the `count` assignments among `records`, in file
  /// order, and whether it is the last of its key: what the table says, found without it.
  private static func forEachAssignment(
    in records: UnsafeBufferPointer<ShellLineRecord>, count: Int, source: UnsafeBufferPointer<UInt8>,
    _ body: (_ index: Int, _ isLast: Bool) -> Void
  ) {
    var lastOfKey: [KeyBytes: Int] = [:]
    lastOfKey.reserveCapacity(count)
    for index in records.indices where records[index].kind == .assignment {
      let range = records[index].keyRange
      guard range.lowerBound >= 0, range.upperBound <= source.count else { continue }
      lastOfKey[KeyBytes(bytes: UnsafeBufferPointer(rebasing: source[range]))] = index
    }
    for index in records.indices where records[index].kind == .assignment {
      let range = records[index].keyRange
      guard range.lowerBound >= 0, range.upperBound <= source.count else { continue }
      body(index, lastOfKey[KeyBytes(bytes: UnsafeBufferPointer(rebasing: source[range]))] == index)
    }
  }
}

/// A key's bytes as a dictionary key (compared and hashed by content), for as long as they are borrowed.
private struct KeyBytes: Hashable {
  let bytes: UnsafeBufferPointer<UInt8>

  static func == (lhs: KeyBytes, rhs: KeyBytes) -> Bool { lhs.bytes.elementsEqual(rhs.bytes) }

  func hash(into hasher: inout Hasher) { hasher.combine(bytes: UnsafeRawBufferPointer(bytes)) }
}
