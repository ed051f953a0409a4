import Diagnostics

/// How a line ends.
public enum ShellNewline: Sendable, Hashable, CaseIterable {
  /// `\n`.
  case lf
  /// `\r\n`: the CR belongs to the line end, not to the value (as NetworkManager reads it;
  /// bash would read the CR into the value, see ``ShellDiagnosticCode/crlfLineEnd``).
  case crlf
  /// The last line of a file that does not end with a newline.
  case none

  /// The bytes of this line end.
  public var bytes: [UInt8] {
    switch self {
    case .lf: [0x0A]
    case .crlf: [0x0D, 0x0A]
    case .none: []
    }
  }
}

/// How a value is written in the file.
public enum ShellQuoteStyle: Sendable, Hashable, CaseIterable {
  /// An unquoted word, possibly with backslash escapes: `X=abc`, `X=a\ b`.
  case bare
  /// `X='abc'`.
  case single
  /// `X="abc"` (also `$"abc"`).
  case double
  /// `X=$'a\tb'`.
  case ansiC
  /// More than one part: `X=a"b"'c'`.
  case mixed
  /// Nothing at all: `X=`.
  case empty
}

/// The quotes a file usually writes: double on Red Hat (as NetworkManager
/// writes), single on SUSE (as YaST writes).
public enum ShellQuote: Sendable, Hashable, CaseIterable {
  case single
  case double

  /// The style a value written with these quotes has.
  public var style: ShellQuoteStyle {
    switch self {
    case .single: .single
    case .double: .double
    }
  }
}

/// A decoded value: the bytes bash would assign, or not static when bash would expand something.
public enum ShellValue: Sendable, Hashable {
  /// The exact bytes bash assigns.
  case literal([UInt8])
  /// The value holds an expansion (`$VAR`, `$(...)`, backticks, `~`): never
  /// expanded here, so its value is unknown.
  case notStatic

  /// The decoded bytes, or nil when not static.
  public var bytes: [UInt8]? {
    if case .literal(let bytes) = self { return bytes }
    return nil
  }

  /// The decoded value as text, or nil when not static or not valid UTF-8.
  public var string: String? {
    guard let bytes else { return nil }
    return String(validating: bytes, as: UTF8.self)
  }

  /// Whether the value is known without running anything.
  public var isStatic: Bool { bytes != nil }
}

/// One `KEY=value` line (a quoted value may span several physical lines).
///
/// Printing is `indent + exportKeyword + key + "=" + rawValue + trailing + newline`.
/// A node is a view of the parsed input (one shared buffer, offsets into it):
/// lexing copies nothing but values that hold escapes; the `[UInt8]`
/// accessors copy on access.
public struct ShellAssignment: Sendable, Hashable {
  /// What the value decodes to.
  enum Decoded: Sendable, Hashable {
    /// These input bytes, unchanged.
    case run(Range<Int>)
    /// Bytes rebuilt from escapes and quotes.
    case copy([UInt8])
    /// An expansion: unknown.
    case notStatic
  }

  /// The line without its line end; its indices are offsets in the parsed input.
  let text: ArraySlice<UInt8>
  let exportStart: Int
  let keyStart: Int
  let valueStart: Int
  let valueEnd: Int
  let decoded: Decoded
  /// How ``rawValue`` is quoted.
  public let quoteStyle: ShellQuoteStyle
  /// The line end.
  public let newline: ShellNewline

  /// The variable name (ASCII `[A-Za-z_][A-Za-z0-9_]*`).
  public var key: String { String(decoding: text[keyStart..<(valueStart - 1)], as: UTF8.self) }
  /// Spaces and tabs before the key (or before `export`).
  public var indent: [UInt8] { Array(text[text.startIndex..<exportStart]) }
  /// `export` and the blanks after it, or empty.
  public var exportKeyword: [UInt8] { Array(text[exportStart..<keyStart]) }
  /// The value exactly as written, quotes and escapes included.
  public var rawValue: [UInt8] { Array(text[valueStart..<valueEnd]) }
  /// Everything after the value up to the line end: blanks, `;`, `# comment`
  /// (and, for `X=a b`, the extra words).
  public var trailing: [UInt8] { Array(text[valueEnd...]) }
  /// What bash assigns.
  public var value: ShellValue {
    switch decoded {
    case .run(let run): .literal(Array(text[run]))
    case .copy(let bytes): .literal(bytes)
    case .notStatic: .notStatic
    }
  }

  /// What bash assigns as text, or nil when not static or not valid UTF-8
  /// (``value`` then ``ShellValue/string``, without copying the bytes first).
  public var string: String? {
    switch decoded {
    case .run(let run): Self.text(text[run])
    case .copy(let bytes): Self.text(bytes[...])
    case .notStatic: nil
    }
  }

  /// `bytes` as a String, or nil when they are not valid UTF-8.
  private static func text(_ bytes: ArraySlice<UInt8>) -> String? {
    guard ShellBytes.isValidUTF8(bytes) else { return nil }
    return bytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
  }

  /// Whether the line starts with `export`.
  public var isExported: Bool { keyStart > exportStart }

  /// Whether this assigns `key` (without making a String).
  public func hasKey(_ key: String) -> Bool {
    let keyEnd = valueStart - 1
    // Comparing lengths first (O(1) for native strings) rejects almost every other key.
    guard key.utf8.count == keyEnd - keyStart else { return false }
    let stored = text[keyStart..<keyEnd]
    return key.utf8.withContiguousStorageIfAvailable { stored.elementsEqual($0) } ?? stored.elementsEqual(key.utf8)
  }

  /// Whether bash assigns exactly `bytes` (without copying the value).
  public func hasValue(_ bytes: [UInt8]) -> Bool {
    switch decoded {
    case .run(let run): text[run].elementsEqual(bytes)
    case .copy(let decoded): decoded == bytes
    case .notStatic: false
    }
  }

  /// The bytes of this line, newline included, in the parsed input.
  public var range: SourceRange {
    SourceRange(start: text.startIndex, end: text.endIndex + newline.bytes.count)
  }
  /// The bytes of ``rawValue`` in the parsed input.
  public var valueRange: SourceRange { SourceRange(start: valueStart, end: valueEnd) }
  /// The bytes of the key in the parsed input.
  public var keyRange: SourceRange { SourceRange(start: keyStart, end: valueStart - 1) }

  /// The printed line.
  public var bytes: [UInt8] { Array(text) + newline.bytes }
}

/// A line kept verbatim: a comment, a blank line or a line that does not parse.
public struct ShellVerbatimLine: Sendable, Hashable {
  /// The line without its line end; its indices are offsets in the parsed input.
  let textBytes: ArraySlice<UInt8>
  /// The line end.
  public let newline: ShellNewline

  /// The line without its line end (a comment's indent and `#` included).
  public var text: [UInt8] { Array(textBytes) }
  /// The bytes of this line, newline included, in the parsed input.
  public var range: SourceRange {
    SourceRange(start: textBytes.startIndex, end: textBytes.endIndex + newline.bytes.count)
  }

  /// The printed line.
  public var bytes: [UInt8] { Array(textBytes) + newline.bytes }
}

/// One node of the concrete syntax tree: one line (or one multi-line assignment).
public enum ShellLine: Sendable, Hashable {
  case assignment(ShellAssignment)
  /// `# ...`, possibly indented.
  case comment(ShellVerbatimLine)
  /// Only spaces and tabs.
  case blank(ShellVerbatimLine)
  /// Anything else, kept verbatim; the lexer reports a diagnostic for it.
  case unparsed(ShellVerbatimLine)

  /// The assignment, if this line is one.
  public var assignment: ShellAssignment? {
    if case .assignment(let assignment) = self { return assignment }
    return nil
  }

  /// The line end.
  public var newline: ShellNewline {
    switch self {
    case .assignment(let line): line.newline
    case .comment(let line), .blank(let line), .unparsed(let line): line.newline
    }
  }

  /// The bytes of this line in the parsed input.
  public var range: SourceRange {
    switch self {
    case .assignment(let line): line.range
    case .comment(let line), .blank(let line), .unparsed(let line): line.range
    }
  }

  /// The printed line.
  public var bytes: [UInt8] {
    var out: [UInt8] = []
    appendBytes(to: &out)
    return out
  }

  func appendBytes(to out: inout [UInt8]) {
    switch self {
    case .assignment(let line):
      out.append(contentsOf: line.text)
      out.append(contentsOf: line.newline.bytes)
    case .comment(let line), .blank(let line), .unparsed(let line):
      out.append(contentsOf: line.textBytes)
      out.append(contentsOf: line.newline.bytes)
    }
  }
}
