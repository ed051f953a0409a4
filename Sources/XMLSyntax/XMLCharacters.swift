/// Byte and code-point classification for the scanner (XML 1.0, fifth edition).
@usableFromInline
enum XMLCharacters {
  /// Stops the fast text loop: `<`, `&`, `]`, CR, control characters, non-ASCII.
  @usableFromInline static let textStop: UInt8 = 0x01
  /// Stops the fast attribute-value loop: quotes, `<`, `&`, tab, LF, CR, controls, non-ASCII.
  @usableFromInline static let attributeStop: UInt8 = 0x02
  /// ASCII NameStartChar.
  @usableFromInline static let nameStart: UInt8 = 0x04
  /// ASCII NameChar.
  @usableFromInline static let nameChar: UInt8 = 0x08
  /// XML whitespace: space, tab, LF, CR.
  @usableFromInline static let whitespace: UInt8 = 0x10
  /// Stops the comment/PI/CDATA loops (besides their terminator byte): CR, controls, non-ASCII.
  @usableFromInline static let markupStop: UInt8 = 0x20

  /// One flag byte per byte value.
  @usableFromInline static let table: [UInt8] = {
    var table = [UInt8](repeating: 0, count: 256)
    for byte in 0..<256 {
      var flags: UInt8 = 0
      let isControl = byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
      if isControl || byte >= 0x80 || byte == 0x0D {
        flags |= textStop | attributeStop | markupStop
      }
      switch UInt8(byte) {
      case UInt8(ascii: "<"), UInt8(ascii: "&"): flags |= textStop | attributeStop
      case UInt8(ascii: "]"): flags |= textStop
      case UInt8(ascii: "\""), UInt8(ascii: "'"), 0x09, 0x0A: flags |= attributeStop
      default: break
      }
      let isLetter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
      if isLetter || byte == 0x5F || byte == 0x3A { flags |= nameStart | nameChar }
      if (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E { flags |= nameChar }
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { flags |= whitespace }
      table[byte] = flags
    }
    return table
  }()

  /// Whether `scalar` is an XML `Char`.
  @inline(__always)
  @usableFromInline static func isChar(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  /// Whether `scalar` (non-ASCII) is a `NameStartChar`.
  @usableFromInline static func isNameStart(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF,
      0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF,
      0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF:
      true
    default: false
    }
  }

  /// Whether `scalar` (non-ASCII) is a `NameChar`.
  @usableFromInline static func isNameChar(_ scalar: UInt32) -> Bool {
    if isNameStart(scalar) { return true }
    switch scalar {
    case 0xB7, 0x300...0x36F, 0x203F...0x2040: return true
    default: return false
    }
  }

  /// Decodes the multi-byte UTF-8 sequence at `offset` (whose first byte is
  /// at least 0x80); nil when it is not valid UTF-8 (overlong, surrogate,
  /// truncated, beyond U+10FFFF).
  @inline(__always)
  @usableFromInline static func decodeMultiByte(_ base: UnsafePointer<UInt8>, _ offset: Int, _ end: Int) -> (scalar: UInt32, length: Int)? {
    let b0 = base[offset]
    if b0 < 0xC2 { return nil }
    if b0 < 0xE0 {
      guard offset + 1 < end else { return nil }
      let b1 = base[offset + 1]
      guard b1 & 0xC0 == 0x80 else { return nil }
      return (UInt32(b0 & 0x1F) << 6 | UInt32(b1 & 0x3F), 2)
    }
    if b0 < 0xF0 {
      guard offset + 2 < end else { return nil }
      let b1 = base[offset + 1]
      let b2 = base[offset + 2]
      guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return nil }
      if b0 == 0xE0 && b1 < 0xA0 { return nil }
      if b0 == 0xED && b1 >= 0xA0 { return nil }
      return (UInt32(b0 & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F), 3)
    }
    if b0 < 0xF5 {
      guard offset + 3 < end else { return nil }
      let b1 = base[offset + 1]
      let b2 = base[offset + 2]
      let b3 = base[offset + 3]
      guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80 else { return nil }
      if b0 == 0xF0 && b1 < 0x90 { return nil }
      if b0 == 0xF4 && b1 >= 0x90 { return nil }
      let scalar = UInt32(b0 & 0x07) << 18 | UInt32(b1 & 0x3F) << 12 | UInt32(b2 & 0x3F) << 6 | UInt32(b3 & 0x3F)
      return (scalar, 4)
    }
    return nil
  }

  /// Appends the UTF-8 encoding of `scalar` (assumed a valid scalar value).
  @usableFromInline static func appendUTF8(_ scalar: UInt32, to bytes: inout [UInt8]) {
    switch scalar {
    case 0..<0x80:
      bytes.append(UInt8(truncatingIfNeeded: scalar))
    case 0x80..<0x800:
      bytes.append(UInt8(truncatingIfNeeded: 0xC0 | scalar >> 6))
      bytes.append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
    case 0x800..<0x10000:
      bytes.append(UInt8(truncatingIfNeeded: 0xE0 | scalar >> 12))
      bytes.append(UInt8(truncatingIfNeeded: 0x80 | (scalar >> 6) & 0x3F))
      bytes.append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
    default:
      bytes.append(UInt8(truncatingIfNeeded: 0xF0 | (scalar >> 18) & 0x07))
      bytes.append(UInt8(truncatingIfNeeded: 0x80 | (scalar >> 12) & 0x3F))
      bytes.append(UInt8(truncatingIfNeeded: 0x80 | (scalar >> 6) & 0x3F))
      bytes.append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
    }
  }
}
