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
/// A node is a view built on access: the parsed input (shared by every node
/// of a file) and a few offsets into it. Lexing copies no bytes; the
/// `[UInt8]` and `String` accessors copy on access, and a value rebuilt from
/// escapes or several quoted parts is decoded again when it is read.
public struct ShellAssignment: Sendable, Hashable {
  /// The parsed input.
  let source: [UInt8]
  let record: ShellLineRecord

  init(source: [UInt8], record: ShellLineRecord) {
    self.source = source
    self.record = record
  }

  /// How ``rawValue`` is quoted.
  public var quoteStyle: ShellQuoteStyle { record.quoteStyle }
  /// The line end.
  public var newline: ShellNewline { record.newline }

  /// The variable name (ASCII `[A-Za-z_][A-Za-z0-9_]*`).
  public var key: String { String(decoding: source.clampedSlice(record.keyRange), as: UTF8.self) }
  /// Spaces and tabs before the key (or before `export`).
  public var indent: [UInt8] { Array(source.clampedSlice(Int(record.start)..<Int(record.exportStart))) }
  /// `export` and the blanks after it, or empty.
  public var exportKeyword: [UInt8] {
    Array(source.clampedSlice(Int(record.exportStart)..<Int(record.keyStart)))
  }
  /// The value exactly as written, quotes and escapes included.
  public var rawValue: [UInt8] { Array(source.clampedSlice(Int(record.valueStart)..<Int(record.valueEnd))) }
  /// Everything after the value up to the line end: blanks, `;`, `# comment`
  /// (and, for `X=a b`, the extra words).
  public var trailing: [UInt8] {
    Array(source.clampedSlice(Int(record.valueEnd)..<record.textEnd(count: source.count)))
  }
  /// What bash assigns.
  public var value: ShellValue { record.value(in: source) }

  /// What bash assigns as text, or nil when not static or not valid UTF-8
  /// (``value`` then ``ShellValue/string``, without copying the bytes first).
  public var string: String? { record.string(in: source) }

  /// Whether the line starts with `export`.
  public var isExported: Bool { record.keyStart > record.exportStart }

  /// Whether this assigns `key` (without making a String).
  public func hasKey(_ key: String) -> Bool {
    ShellLineRecord.withUTF8(of: key) { key in
      source.withUnsafeBufferPointer { record.hasKey(key, in: $0) }
    }
  }

  /// Whether bash assigns exactly `bytes` (without copying the value).
  public func hasValue(_ bytes: [UInt8]) -> Bool { record.hasValue(bytes, in: source) }

  /// The bytes of this line, newline included, in the parsed input.
  public var range: SourceRange {
    SourceRange(start: Int(record.start), end: record.end(count: source.count))
  }
  /// The bytes of ``rawValue`` in the parsed input.
  public var valueRange: SourceRange { SourceRange(start: Int(record.valueStart), end: Int(record.valueEnd)) }
  /// The bytes of the key in the parsed input.
  public var keyRange: SourceRange {
    let key = record.keyRange
    return SourceRange(start: key.lowerBound, end: key.upperBound)
  }

  /// The printed line.
  public var bytes: [UInt8] {
    Array(source.clampedSlice(Int(record.start)..<record.end(count: source.count)))
  }

  // Equal when the lines are parsed alike from the same bytes at the same offsets.
  public static func == (lhs: ShellAssignment, rhs: ShellAssignment) -> Bool {
    lhs.record == rhs.record && lhs.source.lineBytes(lhs.record) == rhs.source.lineBytes(rhs.record)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(record)
    hasher.combine(source.lineBytes(record))
  }
}

/// A line kept verbatim: a comment, a blank line or a line that does not parse.
///
/// Like ``ShellAssignment``, a view of the parsed input built on access.
public struct ShellVerbatimLine: Sendable, Hashable {
  /// The parsed input.
  let source: [UInt8]
  let record: ShellLineRecord

  init(source: [UInt8], record: ShellLineRecord) {
    self.source = source
    self.record = record
  }

  /// The line end.
  public var newline: ShellNewline { record.newline }
  /// The line without its line end (a comment's indent and `#` included).
  public var text: [UInt8] {
    Array(source.clampedSlice(Int(record.start)..<record.textEnd(count: source.count)))
  }
  /// The bytes of this line, newline included, in the parsed input.
  public var range: SourceRange {
    SourceRange(start: Int(record.start), end: record.end(count: source.count))
  }

  /// The printed line.
  public var bytes: [UInt8] { Array(source.lineBytes(record)) }

  // Equal when the lines are parsed alike from the same bytes at the same offsets.
  public static func == (lhs: ShellVerbatimLine, rhs: ShellVerbatimLine) -> Bool {
    lhs.record == rhs.record && lhs.source.lineBytes(lhs.record) == rhs.source.lineBytes(rhs.record)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(record)
    hasher.combine(source.lineBytes(record))
  }
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

  /// The view of `record` in `source`.
  init(source: [UInt8], record: ShellLineRecord) {
    switch record.kind {
    case .assignment: self = .assignment(ShellAssignment(source: source, record: record))
    case .comment: self = .comment(ShellVerbatimLine(source: source, record: record))
    case .blank: self = .blank(ShellVerbatimLine(source: source, record: record))
    case .unparsed: self = .unparsed(ShellVerbatimLine(source: source, record: record))
    }
  }

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
    switch self {
    case .assignment(let line): line.bytes
    case .comment(let line), .blank(let line), .unparsed(let line): line.bytes
    }
  }
}

extension Array where Element == UInt8 {
  /// The bytes of the line `record` describes, line end included.
  @inline(__always)
  func lineBytes(_ record: ShellLineRecord) -> ArraySlice<UInt8> {
    clampedSlice(Int(record.start)..<record.end(count: count))
  }
}
