import Diagnostics

/// Turns name byte ranges into shared strings, so that each distinct element
/// or attribute name is decoded and allocated once per document.
///
/// A small direct-mapped cache, keyed by length and a few bytes, answers the
/// common names with a byte comparison; a dictionary behind it keeps every
/// distinct name. Token handlers that build their own structures use it
/// the way ``XMLDocument/parse(_:path:limits:)`` does.
public struct XMLNameTable: Sendable {
  private struct Entry {
    var start: Int
    var count: Int
    var string: String
  }

  private static let slotCount = 256
  private var slots: [Entry?] = Array(repeating: nil, count: slotCount)
  private var names: [ArraySlice<UInt8>: String] = [:]

  public init() {}

  /// The string for the bytes of `range` (clamped to `bytes`).
  public mutating func name(_ bytes: [UInt8], _ range: SourceRange) -> String {
    name(bytes, XMLDecoding.clamp(range, bytes.count))
  }

  /// The string for `bytes[range]`; `range` must lie inside `bytes`.
  mutating func name(_ bytes: [UInt8], _ range: Range<Int>) -> String {
    let count = range.count
    guard count > 0 else { return "" }
    let first = Int(bytes[range.lowerBound])
    let last = Int(bytes[range.upperBound - 1])
    let second = count > 1 ? Int(bytes[range.lowerBound + 1]) : 0
    let slot = (count &* 131 &+ first &* 31 &+ second &* 7 &+ last) & (Self.slotCount - 1)
    if let entry = slots[slot], entry.count == count, Self.same(bytes, entry.start, range.lowerBound, count) {
      return entry.string
    }
    let key = bytes[range]
    let string: String
    if let known = names[key] {
      string = known
    } else {
      string = String(decoding: key, as: UTF8.self)
      names[key] = string
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
