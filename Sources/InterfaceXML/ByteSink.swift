/// A growable byte buffer written through a pointer: appending a literal
/// or a run of bytes is one capacity check and one copy, with none of an
/// array's uniqueness checks. Owned by one writer at a time (it cannot be
/// copied) and freed when it goes away.
struct ByteSink: ~Copyable {
  private var base: UnsafeMutablePointer<UInt8>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int) {
    self.capacity = max(capacity, 64)
    base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// The bytes written so far; valid until the next append.
  var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

  /// Makes room for `extra` more bytes.
  @inline(__always)
  mutating func reserve(_ extra: Int) {
    if extra > capacity - count { grow(to: count + extra) }
  }

  private mutating func grow(to needed: Int) {
    let newCapacity = max(needed, capacity * 2)
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.initialize(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  @inline(__always)
  mutating func append(_ byte: UInt8) {
    reserve(1)
    base[count] = byte
    count += 1
  }

  @inline(__always)
  mutating func append(_ text: StaticString) {
    guard text.hasPointerRepresentation else {
      text.withUTF8Buffer { append($0) }
      return
    }
    let length = text.utf8CodeUnitCount
    reserve(length)
    (base + count).initialize(from: text.utf8Start, count: length)
    count += length
  }

  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
    reserve(bytes.count)
    (base + count).initialize(from: source, count: bytes.count)
    count += bytes.count
  }

  /// `length` spaces.
  mutating func appendSpaces(_ length: Int) {
    guard length > 0 else { return }
    reserve(length)
    (base + count).initialize(repeating: UInt8(ascii: " "), count: length)
    count += length
  }

  /// `value` as `String(value)` spells it.
  mutating func appendDecimal(_ value: Int) {
    if value < 0 { append(UInt8(ascii: "-")) }
    let magnitude = value.magnitude
    var digits = 1
    var rest = magnitude / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    reserve(digits)
    var remaining = magnitude
    var position = count + digits - 1
    while position >= count {
      base[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: remaining % 10)
      remaining /= 10
      position -= 1
    }
    count += digits
  }
}
