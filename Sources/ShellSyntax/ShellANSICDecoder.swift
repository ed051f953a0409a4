/// Decodes the body of a `$'...'` string as bash does.
///
/// Escapes: `\a \b \e \E \f \n \r \t \v \\ \' \" \?`, `\NNN` (one to three octal
/// digits, modulo 256), `\xHH` (one or two hex digits), `\uHHHH` and `\UHHHHHHHH`
/// (written as UTF-8, as bash does in a UTF-8 locale), `\cX` (control-X).
/// Any other backslash is kept. A NUL byte ends the string's value (bash
/// drops the rest of that `$'...'` part).
struct ShellANSICDecoder {
  private let bytes: [UInt8]
  private var position: Int
  private var truncated = false
  /// The offset of the closing `'`: escapes are decoded only before it.
  private var limit: Int

  /// `position` is the first byte after `$'`.
  init(bytes: [UInt8], position: Int) {
    self.bytes = bytes
    self.position = position
    self.limit = bytes.count
  }

  private func byte(at offset: Int) -> UInt8? {
    offset >= 0 && offset < limit ? bytes[offset] : nil
  }

  /// The offset of the closing `'`: as bash's parser does, a backslash hides the byte after it.
  private func closingQuote() -> Int? {
    var offset = position
    while offset < bytes.count {
      switch bytes[offset] {
      case ShellBytes.backslash: offset += 2
      case ShellBytes.singleQuote: return offset
      default: offset += 1
      }
    }
    return nil
  }

  /// Appends the decoded bytes to `out`; returns the offset after the closing `'`, or nil if unterminated.
  mutating func decode(into out: inout [UInt8]) -> Int? {
    guard let end = closingQuote() else { return nil }
    limit = end
    while let current = byte(at: position) {
      switch current {
      case ShellBytes.backslash:
        guard let next = byte(at: position + 1) else { return nil }
        decodeEscape(next, into: &out)
      case ShellBytes.cr where byte(at: position + 1) == ShellBytes.lf:
        emit(ShellBytes.lf, into: &out)
        position += 2
      default:
        emit(current, into: &out)
        position += 1
      }
    }
    return end + 1
  }

  private mutating func emit(_ byte: UInt8, into out: inout [UInt8]) {
    if truncated { return }
    if byte == 0 {
      truncated = true
      return
    }
    out.append(byte)
  }

  /// Handles `\` + `next` at `position`.
  private mutating func decodeEscape(_ next: UInt8, into out: inout [UInt8]) {
    let simple: UInt8?
    switch next {
    case UInt8(ascii: "a"): simple = 0x07
    case UInt8(ascii: "b"): simple = 0x08
    case UInt8(ascii: "e"), UInt8(ascii: "E"): simple = 0x1B
    case UInt8(ascii: "f"): simple = 0x0C
    case UInt8(ascii: "n"): simple = 0x0A
    case UInt8(ascii: "r"): simple = 0x0D
    case UInt8(ascii: "t"): simple = 0x09
    case UInt8(ascii: "v"): simple = 0x0B
    case ShellBytes.backslash, ShellBytes.singleQuote, ShellBytes.doubleQuote, UInt8(ascii: "?"):
      simple = next
    default: simple = nil
    }
    if let simple {
      emit(simple, into: &out)
      position += 2
      return
    }
    switch next {
    case UInt8(ascii: "0")...UInt8(ascii: "7"):
      let (value, length) = digits(from: position + 1, maximum: 3, radix: 8)
      emit(UInt8(truncatingIfNeeded: value), into: &out)
      position += 1 + length
    case UInt8(ascii: "x"):
      let (value, length) = digits(from: position + 2, maximum: 2, radix: 16)
      if length == 0 {
        emitKeptBackslash(into: &out)
      } else {
        emit(UInt8(truncatingIfNeeded: value), into: &out)
        position += 2 + length
      }
    case UInt8(ascii: "u"), UInt8(ascii: "U"):
      let (value, length) = digits(from: position + 2, maximum: next == UInt8(ascii: "u") ? 4 : 8, radix: 16)
      if length == 0 || value > 0x10FFFF {
        emitKeptBackslash(into: &out)
      } else {
        for byte in Self.utf8(value) { emit(byte, into: &out) }
        position += 2 + length
      }
    case UInt8(ascii: "c"):
      guard let control = byte(at: position + 2) else {
        emitKeptBackslash(into: &out)
        return
      }
      var length = 3
      if control == ShellBytes.backslash, byte(at: position + 3) == ShellBytes.backslash { length = 4 }
      let value: UInt8 = control == UInt8(ascii: "?") ? 0x7F : Self.uppercased(control) & 0x1F
      emit(value, into: &out)
      position += length
    default:
      emitKeptBackslash(into: &out)
    }
  }

  /// An unknown escape keeps its backslash; the byte after it is decoded on its own.
  private mutating func emitKeptBackslash(into out: inout [UInt8]) {
    emit(ShellBytes.backslash, into: &out)
    position += 1
  }

  /// Up to `maximum` digits of `radix` from `start`: their value and how many there were.
  private func digits(from start: Int, maximum: Int, radix: UInt32) -> (UInt32, Int) {
    var value: UInt32 = 0
    var length = 0
    while length < maximum, let byte = byte(at: start + length),
      let digit = Self.digitValue(byte, radix: radix)
    {
      value = value &* radix &+ digit
      length += 1
    }
    return (value, length)
  }

  private static func digitValue(_ byte: UInt8, radix: UInt32) -> UInt32? {
    let value: UInt32
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): value = UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): value = UInt32(byte - UInt8(ascii: "a")) + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): value = UInt32(byte - UInt8(ascii: "A")) + 10
    default: return nil
    }
    return value < radix ? value : nil
  }

  private static func uppercased(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 0x20 : byte
  }

  /// UTF-8 bytes of a code point (surrogates included, as bash writes them).
  static func utf8(_ value: UInt32) -> [UInt8] {
    switch value {
    case 0..<0x80:
      return [UInt8(value)]
    case 0x80..<0x800:
      return [UInt8(0xC0 | (value >> 6)), UInt8(0x80 | (value & 0x3F))]
    case 0x800..<0x10000:
      return [UInt8(0xE0 | (value >> 12)), UInt8(0x80 | ((value >> 6) & 0x3F)), UInt8(0x80 | (value & 0x3F))]
    default:
      return [
        UInt8(0xF0 | ((value >> 18) & 0x07)), UInt8(0x80 | ((value >> 12) & 0x3F)),
        UInt8(0x80 | ((value >> 6) & 0x3F)), UInt8(0x80 | (value & 0x3F)),
      ]
    }
  }
}
