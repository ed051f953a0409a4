/// How attribute values are read. The rules match Schemas/interface.rng
/// exactly, so that the tool and the grammar accept the same documents:
/// values are compared as written (after XML's attribute-value
/// normalization), never trimmed.
enum XMLValueSyntax {
  /// The outcome of reading a decimal number.
  enum Decimal: Equatable {
    case value(Int)
    /// Not a decimal number without leading zeros.
    case malformed
    /// Digits, but more than fit the widest range any attribute has.
    case tooLarge
  }

  /// A decimal number: `0` or a non-zero digit followed by digits, without
  /// sign, spaces or leading zeros. Never overflows.
  static func decimal(_ text: String) -> Decimal {
    var text = text
    return text.withUTF8 { bytes in
      guard let first = bytes.first, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return .malformed }
      if first == 0x30 && bytes.count > 1 { return .malformed }
      guard bytes.count <= 15 else { return .tooLarge }
      var value = 0
      for byte in bytes { value = value * 10 + Int(byte - 0x30) }
      return .value(value)
    }
  }

  /// Whether `text` holds an ASCII capital letter.
  static func hasUpperCaseASCII(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in bytes.contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") } }
  }

  /// The largest time or speed accepted (`unsigned` in the grammar: at most nine digits).
  static let maximumUnsigned = 999_999_999

  /// `yes`/`no` and `on`/`off`.
  static func boolean(_ text: String, yes: String, no: String) -> Bool? {
    switch text {
    case yes: true
    case no: false
    default: nil
    }
  }

  /// A quoted list of the allowed values for messages: `onboot, none or hotplug`.
  static func alternatives(_ values: [String]) -> String {
    guard let last = values.last else { return "" }
    let head = values.dropLast()
    return head.isEmpty ? last : head.joined(separator: ", ") + " or " + last
  }
}

/// XML's whitespace: space, tab, carriage return, line feed.
enum XMLWhitespace {
  static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
  }
}
