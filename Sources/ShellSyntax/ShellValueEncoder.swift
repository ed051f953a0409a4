import Diagnostics

/// A value written as a shell word.
public struct EncodedShellValue: Sendable, Hashable {
  /// The word, quotes included.
  public var bytes: [UInt8]
  /// How it is quoted.
  public var style: ShellQuoteStyle
  /// True when the word is double-quoted with backslash escapes: bash and
  /// NetworkManager read the value back, augeas keeps the backslashes.
  public var augeasReadsDifferently: Bool
}

/// Writes values so that bash, NetworkManager and augeas read back the same bytes
/// wherever that is possible.
///
/// The choice, first that fits:
/// 1. a bare word when the value is non-empty and only has `[A-Za-z0-9_./:@%+,=-]`;
/// 2. the file's usual quotes when the value needs no escape inside them;
/// 3. single quotes when the value has no `'`;
/// 4. double quotes with `\$ \` \" \\` escaped (augeas would keep the backslashes).
///
/// Newlines and other control characters are refused: not every reader can carry them.
public enum ShellValueEncoder {
  /// Encodes `value` for a file whose usual quotes are `quote`.
  public static func encode(
    _ value: [UInt8], preferring quote: ShellQuote, path: String = "", range: SourceRange = .at(0)
  ) throws(DiagnosticError) -> EncodedShellValue {
    try refuseControlCharacters(value, path: path, range: range)
    if isBare(value) { return EncodedShellValue(bytes: value, style: .bare, augeasReadsDifferently: false) }
    if let quoted = quotedWithoutEscapes(value, quote.style) { return quoted }
    if let quoted = quotedWithoutEscapes(value, .single) { return quoted }
    return doubleQuotedWithEscapes(value)
  }

  /// Encodes `value` for a file whose usual quotes are `quote`.
  public static func encode(
    _ value: String, preferring quote: ShellQuote, path: String = "", range: SourceRange = .at(0)
  ) throws(DiagnosticError) -> EncodedShellValue {
    try encode(Array(value.utf8), preferring: quote, path: path, range: range)
  }

  /// Encodes `value` to replace a value written in `style`: keeps that style (bare,
  /// single or double) when the value can be written in it without escapes, else
  /// falls back to ``encode(_:preferring:path:range:)-(([UInt8],_,_,_))``.
  public static func encode(
    _ value: [UInt8], inStyleOf style: ShellQuoteStyle, preferring quote: ShellQuote, path: String = "",
    range: SourceRange = .at(0)
  ) throws(DiagnosticError) -> EncodedShellValue {
    try refuseControlCharacters(value, path: path, range: range)
    switch style {
    case .bare where isBare(value):
      return EncodedShellValue(bytes: value, style: .bare, augeasReadsDifferently: false)
    case .single, .double:
      if let quoted = quotedWithoutEscapes(value, style) { return quoted }
    default:
      break
    }
    return try encode(value, preferring: quote, path: path, range: range)
  }

  /// Whether `value` can be written as a bare word every reader agrees on.
  public static func isBare(_ value: [UInt8]) -> Bool {
    !value.isEmpty && value.allSatisfy(ShellBytes.isSafeBare)
  }

  private static func refuseControlCharacters(
    _ value: [UInt8], path: String, range: SourceRange
  ) throws(DiagnosticError) {
    guard let bad = value.firstIndex(where: { $0 < 0x20 || $0 == 0x7F }) else { return }
    let what =
      value[bad] == ShellBytes.lf ? "a newline" : "control character 0x" + String(value[bad], radix: 16)
    throw DiagnosticError(
      ShellDiagnosticCode.unencodableValue.diagnostic(
        "cannot write a value with \(what): bash, NetworkManager and augeas would not read it alike",
        path: path, range: range))
  }

  /// `value` in `style` quotes (single or double) if it needs no escape inside them.
  private static func quotedWithoutEscapes(_ value: [UInt8], _ style: ShellQuoteStyle) -> EncodedShellValue? {
    let quote: UInt8
    switch style {
    case .single:
      guard !value.contains(ShellBytes.singleQuote) else { return nil }
      quote = ShellBytes.singleQuote
    case .double:
      guard !value.contains(where: needsEscapeInDoubleQuotes) else { return nil }
      quote = ShellBytes.doubleQuote
    default:
      return nil
    }
    var bytes: [UInt8] = [quote]
    bytes.reserveCapacity(value.count + 2)
    bytes.append(contentsOf: value)
    bytes.append(quote)
    return EncodedShellValue(bytes: bytes, style: style, augeasReadsDifferently: false)
  }

  private static func needsEscapeInDoubleQuotes(_ byte: UInt8) -> Bool {
    byte == ShellBytes.dollar || byte == ShellBytes.backtick || byte == ShellBytes.doubleQuote
      || byte == ShellBytes.backslash
  }

  private static func doubleQuotedWithEscapes(_ value: [UInt8]) -> EncodedShellValue {
    var bytes: [UInt8] = [ShellBytes.doubleQuote]
    bytes.reserveCapacity(value.count * 2 + 2)
    var escaped = false
    for byte in value {
      if needsEscapeInDoubleQuotes(byte) {
        bytes.append(ShellBytes.backslash)
        escaped = true
      }
      bytes.append(byte)
    }
    bytes.append(ShellBytes.doubleQuote)
    return EncodedShellValue(bytes: bytes, style: .double, augeasReadsDifferently: escaped)
  }
}
