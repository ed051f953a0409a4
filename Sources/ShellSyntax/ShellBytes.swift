/// Byte classes of the shell grammar.
enum ShellBytes {
  static let tab: UInt8 = 0x09
  static let lf: UInt8 = 0x0A
  static let cr: UInt8 = 0x0D
  static let space: UInt8 = 0x20
  static let doubleQuote = UInt8(ascii: "\"")
  static let hash = UInt8(ascii: "#")
  static let dollar = UInt8(ascii: "$")
  static let ampersand = UInt8(ascii: "&")
  static let singleQuote = UInt8(ascii: "'")
  static let openParen = UInt8(ascii: "(")
  static let closeParen = UInt8(ascii: ")")
  static let colon = UInt8(ascii: ":")
  static let semicolon = UInt8(ascii: ";")
  static let less = UInt8(ascii: "<")
  static let equals = UInt8(ascii: "=")
  static let greater = UInt8(ascii: ">")
  static let backslash = UInt8(ascii: "\\")
  static let backtick = UInt8(ascii: "`")
  static let openBrace = UInt8(ascii: "{")
  static let pipe = UInt8(ascii: "|")
  static let closeBrace = UInt8(ascii: "}")
  static let tilde = UInt8(ascii: "~")
  static let openBracket = UInt8(ascii: "[")
  static let plus = UInt8(ascii: "+")

  /// Space or tab: what separates words on a line.
  @inline(__always)
  static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }

  /// `[A-Za-z_]`.
  @inline(__always)
  static func isNameStart(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "_")
  }

  /// `[A-Za-z0-9_]`: one bit per byte value below 128, two words for the 128 bits.
  @inline(__always)
  static func isNameContinuation(_ byte: UInt8) -> Bool {
    // Bits 48...57 are the digits; in the upper word, bits 1...26, 31 and 33...58 are A-Z, _ and a-z.
    let digits: UInt64 = 0x03FF_0000_0000_0000
    let lettersAndUnderscore: UInt64 = 0x07FF_FFFE_87FF_FFFE
    if byte < 64 { return digits >> UInt64(byte) & 1 != 0 }
    if byte < 128 { return lettersAndUnderscore >> UInt64(byte - 64) & 1 != 0 }
    return false
  }

  @inline(__always)
  static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  /// Bytes that end an unquoted word: blanks, newline and the metacharacters `; & | < > ( )`.
  @inline(__always)
  static func endsWord(_ byte: UInt8) -> Bool {
    switch byte {
    case space, tab, lf, semicolon, ampersand, pipe, less, greater, openParen, closeParen: true
    default: false
    }
  }

  /// `$` followed by this byte starts a parameter expansion: a name, a digit or a special parameter.
  @inline(__always)
  static func startsParameter(_ byte: UInt8) -> Bool {
    if isNameContinuation(byte) { return true }
    switch byte {
    case UInt8(ascii: "@"), UInt8(ascii: "*"), hash, UInt8(ascii: "?"), dollar, UInt8(ascii: "!"),
      UInt8(ascii: "-"):
      return true
    default:
      return false
    }
  }

  /// The characters a bare word may hold so that bash, NetworkManager and augeas read it alike:
  /// `[A-Za-z0-9_./:@%+,=-]`.
  @inline(__always)
  static func isSafeBare(_ byte: UInt8) -> Bool {
    if isNameContinuation(byte) { return true }
    switch byte {
    case UInt8(ascii: "."), UInt8(ascii: "/"), colon, UInt8(ascii: "@"), UInt8(ascii: "%"), plus,
      UInt8(ascii: ","), equals, UInt8(ascii: "-"):
      return true
    default:
      return false
    }
  }

  /// Whether `key` is a shell name `[A-Za-z_][A-Za-z0-9_]*`.
  static func isName(_ key: String) -> Bool {
    var first = true
    for byte in key.utf8 {
      if first ? !isNameStart(byte) : !isNameContinuation(byte) { return false }
      first = false
    }
    return !first
  }

  /// Whether `bytes` is valid UTF-8 (without allocating).
  static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
    var allASCII = true
    for byte in bytes where byte >= 0x80 {
      allASCII = false
      break
    }
    if allASCII { return true }
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid: continue
      case .emptyInput: return true
      case .error: return false
      }
    }
  }
}
