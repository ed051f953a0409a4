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
public struct ShellAssignment: Sendable, Hashable {
  /// Spaces and tabs before the key (or before `export`).
  public internal(set) var indent: [UInt8]
  /// `export` and the blanks after it, or empty.
  public internal(set) var exportKeyword: [UInt8]
  /// The variable name (ASCII `[A-Za-z_][A-Za-z0-9_]*`).
  public internal(set) var key: String
  /// The value exactly as written, quotes and escapes included.
  public internal(set) var rawValue: [UInt8]
  /// How ``rawValue`` is quoted.
  public internal(set) var quoteStyle: ShellQuoteStyle
  /// What bash assigns.
  public internal(set) var value: ShellValue
  /// Everything after the value up to the line end: blanks, `;`, `# comment`
  /// (and, for `X=a b`, the extra words).
  public internal(set) var trailing: [UInt8]
  /// The line end.
  public internal(set) var newline: ShellNewline
  /// The bytes of this line, newline included, in the parsed input; for lines
  /// made by editing, an empty range where they were inserted.
  public internal(set) var range: SourceRange
  /// The bytes of ``rawValue`` in the parsed input.
  public internal(set) var valueRange: SourceRange

  /// Whether the line starts with `export`.
  public var isExported: Bool { !exportKeyword.isEmpty }

  /// The bytes of the key in the parsed input.
  public var keyRange: SourceRange {
    let start = range.start + indent.count + exportKeyword.count
    return SourceRange(start: start, end: start + key.utf8.count)
  }

  /// The printed line.
  public var bytes: [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(indent.count + exportKeyword.count + key.utf8.count + 1 + rawValue.count + trailing.count + 2)
    appendBytes(to: &out)
    return out
  }

  func appendBytes(to out: inout [UInt8]) {
    out.append(contentsOf: indent)
    out.append(contentsOf: exportKeyword)
    out.append(contentsOf: key.utf8)
    out.append(UInt8(ascii: "="))
    out.append(contentsOf: rawValue)
    out.append(contentsOf: trailing)
    out.append(contentsOf: newline.bytes)
  }
}

/// A line kept verbatim: a comment, a blank line or a line that does not parse.
public struct ShellVerbatimLine: Sendable, Hashable {
  /// The line without its line end (a comment's indent and `#` included).
  public internal(set) var text: [UInt8]
  /// The line end.
  public internal(set) var newline: ShellNewline
  /// The bytes of this line, newline included, in the parsed input.
  public internal(set) var range: SourceRange

  /// The printed line.
  public var bytes: [UInt8] { text + newline.bytes }
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
      line.appendBytes(to: &out)
    case .comment(let line), .blank(let line), .unparsed(let line):
      out.append(contentsOf: line.text)
      out.append(contentsOf: line.newline.bytes)
    }
  }

  /// A copy with another line end.
  func withNewline(_ newline: ShellNewline) -> ShellLine {
    switch self {
    case .assignment(var line):
      line.newline = newline
      return .assignment(line)
    case .comment(var line):
      line.newline = newline
      return .comment(line)
    case .blank(var line):
      line.newline = newline
      return .blank(line)
    case .unparsed(var line):
      line.newline = newline
      return .unparsed(line)
    }
  }
}
