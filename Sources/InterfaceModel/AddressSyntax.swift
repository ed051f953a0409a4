/// Strict syntax checks for the addresses the IR holds. Each works on the
/// UTF-8 bytes and never traps on any input.
public enum IPv4Syntax {
  /// Whether `text` is a dotted quad `a.b.c.d`, each part 0...255 written in
  /// 1-3 decimal digits without a leading zero.
  public static func isValid(_ text: String) -> Bool { bits(text) != nil }

  /// The four octets of a dotted quad, or `nil`.
  public static func octets(_ text: String) -> [UInt8]? {
    bits(text).map { bits in [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: bits >> UInt32($0)) } }
  }

  /// The address as a 32-bit number, or `nil` when `text` is not a dotted quad.
  public static func bits(_ text: String) -> UInt32? {
    guard text.utf8.count <= 15 else { return nil }
    var text = text
    return text.withUTF8(bits)
  }

  /// ``bits(_:)`` over UTF-8 bytes.
  static func bits(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
    var result: UInt32 = 0
    var parts = 0
    var current = 0
    var digits = 0
    var leadingZero = false
    for byte in bytes {
      if byte == UInt8(ascii: ".") {
        guard digits > 0, parts < 3 else { return nil }
        result = result << 8 | UInt32(current)
        parts += 1
        current = 0
        digits = 0
        leadingZero = false
      } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
        if digits == 1, leadingZero { return nil }
        if digits == 0, byte == UInt8(ascii: "0") { leadingZero = true }
        digits += 1
        current = current * 10 + Int(byte - UInt8(ascii: "0"))
        guard digits <= 3, current <= 255 else { return nil }
      } else {
        return nil
      }
    }
    guard digits > 0, parts == 3 else { return nil }
    return result << 8 | UInt32(current)
  }

  /// The dotted netmask of a prefix length 0...32 (`24` -> `255.255.255.0`).
  public static func netmask(prefix: Int) -> String? {
    guard (0...32).contains(prefix) else { return nil }
    let bits: UInt32 = prefix == 0 ? 0 : ~UInt32(0) << UInt32(32 - prefix)
    return [24, 16, 8, 0].map { String((bits >> UInt32($0)) & 0xFF) }.joined(separator: ".")
  }

  /// The prefix length of a contiguous dotted netmask, or `nil` when the text
  /// is not a netmask (not a dotted quad, or its one-bits are not contiguous).
  public static func prefix(netmask: String) -> Int? {
    guard let bits = bits(netmask) else { return nil }
    let ones = bits.leadingZeroBitCount == 0 ? (~bits).leadingZeroBitCount : 0
    let expected: UInt32 = ones == 0 ? 0 : ~UInt32(0) << UInt32(32 - ones)
    return bits == expected ? ones : nil
  }
}

public enum IPv6Syntax {
  /// Whether `text` is an IPv6 address in RFC 4291 text form: eight groups of
  /// 1-4 hex digits, at most one `::`, optionally ending in a dotted quad.
  public static func isValid(_ text: String) -> Bool {
    var text = text
    return text.withUTF8(isValid)
  }

  private static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard !bytes.isEmpty, bytes.count <= 45 else { return false }
    var groups = 0
    var sawDoubleColon = false
    var index = 0
    if bytes.starts(with: [0x3A, 0x3A]) {
      sawDoubleColon = true
      index = 2
      if index == bytes.count { return true }
    } else if bytes.first == 0x3A {
      return false
    }
    while index < bytes.count {
      // One group, or a trailing dotted quad.
      var end = index
      while end < bytes.count, bytes[end] != 0x3A { end += 1 }
      let group = bytes[index..<end]
      if group.contains(UInt8(ascii: ".")) {
        guard end == bytes.count, IPv4Syntax.bits(UnsafeBufferPointer(rebasing: group)) != nil else {
          return false
        }
        groups += 2
        index = end
        break
      }
      guard (1...4).contains(group.count), group.allSatisfy(\.isHexDigit) else { return false }
      groups += 1
      if end == bytes.count {
        index = end
        break
      }
      // A colon follows; a second colon makes `::`.
      if end + 1 < bytes.count, bytes[end + 1] == 0x3A {
        guard !sawDoubleColon else { return false }
        sawDoubleColon = true
        index = end + 2
        if index == bytes.count { break }
      } else {
        index = end + 1
        guard index < bytes.count else { return false }
      }
    }
    return sawDoubleColon ? groups <= 7 : groups == 8
  }
}

public enum MACSyntax {
  /// The address in lower case when `text` is six colon-separated pairs of hex digits.
  public static func normalized(_ text: String) -> String? {
    guard let hasUpperCase = scan(text) else { return nil }
    return hasUpperCase ? text.lowercased() : text
  }

  /// Whether `text` is six colon-separated pairs of hex digits (any case).
  public static func isValid(_ text: String) -> Bool { scan(text) != nil }

  /// Whether a valid address has upper-case digits; `nil` when it is not valid.
  private static func scan(_ text: String) -> Bool? {
    guard text.utf8.count == 17 else { return nil }
    var text = text
    return text.withUTF8 { bytes -> Bool? in
      var hasUpperCase = false
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if index % 3 == 2 {
          guard byte == UInt8(ascii: ":") else { return nil }
        } else {
          guard byte.isHexDigit else { return nil }
          if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "F") { hasUpperCase = true }
        }
        index += 1
      }
      return hasUpperCase
    }
  }
}

/// Bridge forward delays: a non-negative decimal number of seconds such as
/// `15`, `0` or `0.01` (what `brctl setfd` and the XML accept).
public enum ForwardDelaySyntax {
  public static func isValid(_ text: String) -> Bool {
    let parts = text.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), text.utf8.count <= 32 else { return false }
    return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
  }
}

/// Decimal integers with a bounded range, parsed without overflow.
public enum DecimalSyntax {
  /// The value of `text` when it is 1-9 ASCII digits (an optional leading
  /// zero run allowed) and lies in `range`.
  public static func integer(_ text: some StringProtocol, in range: ClosedRange<Int>) -> Int? {
    guard !text.isEmpty, text.utf8.count <= 9, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
      return nil
    }
    guard let value = Int(text), range.contains(value) else { return nil }
    return value
  }
}

extension UInt8 {
  fileprivate var isHexDigit: Bool {
    (0x30...0x39).contains(self) || (0x41...0x46).contains(self) || (0x61...0x66).contains(self)
  }
}
