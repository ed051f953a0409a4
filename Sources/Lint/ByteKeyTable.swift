/// Text keys mapped to file numbers, packed for large folders: every key's
/// bytes live in one buffer, and the hash table holds only entry numbers.
///
/// About 20 bytes per entry plus the key's bytes, against a `Dictionary`
/// of `String`s' 27 or more (and a heap block per key longer than 15 bytes).
struct ByteKeyTable {
  private var keyBytes: [UInt8] = []
  /// Where each entry's key ends in `keyBytes` (it starts where the previous one ends).
  private var keyEnds: [Int32] = []
  private var values: [Int32] = []
  private var hashes: [UInt32] = []
  /// Entry number + 1, or 0 for an empty slot; the count is a power of two.
  private var slots: [Int32]

  /// A table sized for `expected` entries without growing.
  init(expected: Int = 0) {
    var capacity = 16
    while capacity * 3 < max(expected, 0) * 4 { capacity <<= 1 }
    slots = [Int32](repeating: 0, count: capacity)
    if expected > 0 {
      keyEnds.reserveCapacity(expected)
      values.reserveCapacity(expected)
      hashes.reserveCapacity(expected)
    }
  }

  var count: Int { values.count }
  var isEmpty: Bool { values.isEmpty }

  /// The value stored for `key`.
  subscript(key: String) -> Int32? {
    let found = Self.withBytes(key) { find($0).entry }
    guard let found, found < values.count else { return nil }
    return values[found]
  }

  /// Stores `value` for `key` unless the key is there already; returns the value it already had.
  @discardableResult
  mutating func insertIfAbsent(_ key: String, _ value: Int32) -> Int32? {
    Self.withBytes(key) { bytes in
      let (entry, slot, hash) = find(bytes)
      if let entry, entry < values.count { return values[entry] }
      guard keyBytes.count + bytes.count <= Int(Int32.max), values.count < Int(Int32.max) - 1 else { return nil }
      keyBytes.append(contentsOf: bytes)
      keyEnds.append(Int32(keyBytes.count))
      values.append(value)
      hashes.append(hash)
      slots[slot] = Int32(values.count)
      if values.count * 4 > slots.count * 3 { grow() }
      return nil
    }
  }

  private static func withBytes<Result>(_ key: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = key.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(key.utf8).withUnsafeBufferPointer(body)
  }

  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var hash: UInt32 = 0x811C_9DC5
    for byte in bytes { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
    return hash
  }

  /// The entry holding `bytes`, or the empty slot where it would go.
  private func find(_ bytes: UnsafeBufferPointer<UInt8>) -> (entry: Int?, slot: Int, hash: UInt32) {
    let hash = Self.hash(bytes)
    let mask = slots.count - 1
    var slot = Int(hash) & mask
    while true {
      let stored = Int(slots[slot])
      if stored == 0 { return (nil, slot, hash) }
      let entry = stored - 1
      if entry < hashes.count, hashes[entry] == hash, hasKey(entry, bytes) { return (entry, slot, hash) }
      slot = (slot + 1) & mask
    }
  }

  private func hasKey(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard entry < keyEnds.count else { return false }
    let start = entry == 0 ? 0 : Int(keyEnds[entry - 1])
    guard Int(keyEnds[entry]) - start == bytes.count else { return false }
    return keyBytes.withUnsafeBufferPointer { ByteCompare.equal($0, at: start, bytes) }
  }

  private mutating func grow() {
    let capacity = slots.count * 2
    var grown = [Int32](repeating: 0, count: capacity)
    let mask = capacity - 1
    for (entry, hash) in hashes.enumerated() {
      var slot = Int(hash) & mask
      while grown[slot] != 0 { slot = (slot + 1) & mask }
      grown[slot] = Int32(entry + 1)
    }
    slots = grown
  }
}
