/// Sorting a folder's file names, the order `String`'s `<` gives.
enum NameSort {
  /// `names` sorted. A list of ASCII names (every real configuration folder)
  /// is sorted by bytes, which for ASCII is the order `<` gives, through keys
  /// packing each name's first 16 bytes; any other list is sorted as `String`s.
  static func sorted(_ names: [String]) -> [String] {
    guard names.count > 1 else { return names }
    var keys: [Key] = []
    keys.reserveCapacity(names.count)
    for (index, name) in names.enumerated() {
      guard let key = Key(name, index: index) else { return names.sorted() }
      keys.append(key)
    }
    keys.sort { left, right in
      if left.head != right.head { return left.head < right.head }
      if left.tail != right.tail { return left.tail < right.tail }
      // Both names start with the same 16 bytes.
      return names[Int(left.index)].utf8.dropFirst(16).lexicographicallyPrecedes(
        names[Int(right.index)].utf8.dropFirst(16))
    }
    return keys.map { names[Int($0.index)] }
  }

  /// A name's first 16 bytes, big-endian, zero-padded (names hold no NUL).
  private struct Key {
    var head: UInt64 = 0
    var tail: UInt64 = 0
    var index: Int32

    /// Nil for a name that is not plain ASCII without NUL, or past `Int32`.
    init?(_ name: String, index: Int) {
      guard let index = Int32(exactly: index) else { return nil }
      self.index = index
      var name = name
      let packed: (head: UInt64, tail: UInt64)? = name.withUTF8 { bytes in
        var head: UInt64 = 0
        var tail: UInt64 = 0
        for position in 0..<bytes.count {
          let byte = bytes[position]
          guard byte != 0, byte < 0x80 else { return nil }
          if position < 8 {
            head |= UInt64(byte) &<< UInt64(56 - 8 * position)
          } else if position < 16 {
            tail |= UInt64(byte) &<< UInt64(120 - 8 * position)
          }
        }
        return (head, tail)
      }
      guard let packed else { return nil }
      head = packed.head
      tail = packed.tail
    }
  }
}
