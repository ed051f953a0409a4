import Diagnostics

/// Turns name byte ranges into shared strings, so that each distinct element
/// or attribute name is decoded once per document and names longer than a
/// small string are allocated once.
///
/// A small direct-mapped cache, keyed by length and a few bytes, answers the
/// common names with a byte comparison. Names of up to 15 bytes are small
/// strings, stored inline without allocating, so a miss simply decodes them;
/// a dictionary keeps every longer distinct name. Nothing is allocated until
/// the first name, so a table per small document costs little. Token
/// handlers that build their own structures use it the way
/// ``XMLDocument/parse(_:path:limits:)`` does.
public struct XMLNameTable: Sendable {
  private struct Entry {
    /// Where the name was last seen; `count` 0 marks an empty slot.
    var start: Int
    var count: Int
    var string: String
  }

  private static let slotCount = 128
  /// The top 7 bits of a 32-bit product pick one of the 128 slots.
  private static let slotShift: UInt32 = 25
  /// A multiplier under which the names of netcf's interface XML (elements
  /// and attributes) all fall in different slots, so they never evict each other.
  private static let multiplier: UInt32 = 0x17E0_9C05
  /// The longest name a `String` holds inline (a small string).
  private static let smallStringLength = 15
  private var slots: [Entry] = []
  private var longNames: [ArraySlice<UInt8>: String] = [:]

  public init() {}

  /// The string for the bytes of `range` (clamped to `bytes`).
  public mutating func name(_ bytes: [UInt8], _ range: SourceRange) -> String {
    name(bytes, XMLDecoding.clamp(range, bytes.count))
  }

  /// The string for `bytes[range]`; `range` must lie inside `bytes`.
  mutating func name(_ bytes: [UInt8], _ range: Range<Int>) -> String {
    let count = range.count
    guard count > 0 else { return "" }
    let first = UInt32(bytes[range.lowerBound])
    let last = UInt32(bytes[range.upperBound - 1])
    let second = count > 1 ? UInt32(bytes[range.lowerBound + 1]) : 0
    let key = UInt32(truncatingIfNeeded: count) & 0xFF | first << 8 | second << 16 | last << 24
    let slot = Int(truncatingIfNeeded: (key &* Self.multiplier) >> Self.slotShift)
    if slots.isEmpty {
      slots = Array(repeating: Entry(start: 0, count: 0, string: ""), count: Self.slotCount)
    } else if slots[slot].count == count, Self.same(bytes, slots[slot].start, range.lowerBound, count) {
      return slots[slot].string
    }
    let string: String
    if count <= Self.smallStringLength {
      string = String(decoding: bytes[range], as: UTF8.self)
    } else if let known = longNames[bytes[range]] {
      string = known
    } else {
      string = String(decoding: bytes[range], as: UTF8.self)
      longNames[bytes[range]] = string
    }
    slots[slot] = Entry(start: range.lowerBound, count: count, string: string)
    return string
  }

  private static func same(_ bytes: [UInt8], _ left: Int, _ right: Int, _ count: Int) -> Bool {
    if left == right { return true }
    var index = 0
    while index < count {
      if bytes[left + index] != bytes[right + index] { return false }
      index += 1
    }
    return true
  }
}
