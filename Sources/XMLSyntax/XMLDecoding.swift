import Diagnostics

/// Turns the raw byte ranges of tokens into their values: expands the
/// predefined entities and character references, normalizes line ends
/// (CRLF and lone CR become LF) and, for attribute values, replaces tab,
/// CR and LF with a space as XML 1.0 prescribes for CDATA attributes.
///
/// Meant for ranges the tokenizer accepted; on other input it never traps and
/// keeps bytes it cannot interpret as they are.
public enum XMLDecoding {
  /// The bytes of `range` as a string, without decoding (names, clean content).
  public static func string(_ bytes: [UInt8], _ range: SourceRange) -> String {
    let clamped = clamp(range, bytes.count)
    return String(decoding: bytes[clamped], as: UTF8.self)
  }

  /// The value of text, CDATA or comment content.
  public static func characterData(_ bytes: [UInt8], _ data: XMLCharacterData, expandReferences: Bool) -> String {
    guard data.needsDecoding else { return string(bytes, data.content) }
    return decode(bytes, data.content, references: expandReferences, attribute: false)
  }

  /// The value of text content (references expanded, line ends normalized).
  public static func text(_ bytes: [UInt8], _ data: XMLCharacterData) -> String {
    characterData(bytes, data, expandReferences: true)
  }

  /// The normalized value of an attribute.
  public static func attributeValue(_ bytes: [UInt8], _ attribute: XMLAttributeToken) -> String {
    guard attribute.needsDecoding else { return string(bytes, attribute.value) }
    return decode(bytes, attribute.value, references: true, attribute: true)
  }

  static func clamp(_ range: SourceRange, _ count: Int) -> Range<Int> {
    let start = min(max(0, range.start), count)
    return start..<min(max(start, range.end), count)
  }

  static func decode(_ bytes: [UInt8], _ range: SourceRange, references: Bool, attribute: Bool) -> String {
    let span = clamp(range, bytes.count)
    var output: [UInt8] = []
    output.reserveCapacity(span.count)
    var index = span.lowerBound
    let end = span.upperBound
    while index < end {
      let byte = bytes[index]
      switch byte {
      case 0x0D:
        if index + 1 < end && bytes[index + 1] == 0x0A { index += 1 }
        output.append(attribute ? 0x20 : 0x0A)
        index += 1
      case 0x09, 0x0A:
        output.append(attribute ? 0x20 : byte)
        index += 1
      case UInt8(ascii: "&") where references:
        if let (scalar, next) = reference(bytes, at: index, end: end) {
          XMLCharacters.appendUTF8(scalar, to: &output)
          index = next
        } else {
          output.append(byte)
          index += 1
        }
      default:
        output.append(byte)
        index += 1
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// The scalar a reference at `start` stands for and the offset after its `;`.
  static func reference(_ bytes: [UInt8], at start: Int, end: Int) -> (UInt32, Int)? {
    var semicolon = start + 1
    while semicolon < end && semicolon - start < 1_100 && bytes[semicolon] != UInt8(ascii: ";") { semicolon += 1 }
    guard semicolon < end, bytes[semicolon] == UInt8(ascii: ";") else { return nil }
    let body = bytes[(start + 1)..<semicolon]
    if body.first == UInt8(ascii: "#") {
      var digits = body.dropFirst()
      var radix: UInt32 = 10
      if digits.first == UInt8(ascii: "x") {
        radix = 16
        digits = digits.dropFirst()
      }
      guard !digits.isEmpty else { return nil }
      var value: UInt32 = 0
      for digit in digits {
        guard let digitValue = XMLScanner.digitValue(digit, hex: radix == 16) else { return nil }
        if value <= 0x10FFFF { value = value * radix + digitValue }
      }
      guard XMLCharacters.isChar(value) else { return nil }
      return (value, semicolon + 1)
    }
    switch String(decoding: body, as: UTF8.self) {
    case "lt": return (0x3C, semicolon + 1)
    case "gt": return (0x3E, semicolon + 1)
    case "amp": return (0x26, semicolon + 1)
    case "apos": return (0x27, semicolon + 1)
    case "quot": return (0x22, semicolon + 1)
    default: return nil
    }
  }
}
