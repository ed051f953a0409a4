import Diagnostics

/// A lossless concrete syntax tree of a file of shell assignments (a Red Hat
/// ifcfg or SUSE sysconfig file): one node per line.
///
/// Any byte sequence parses (CRLF, NUL, invalid UTF-8, huge lines), and
/// ``bytes`` prints it back byte for byte. Lexing is one pass over the bytes
/// and never runs or expands anything.
///
/// What a value means follows bash: unquoted words with backslash escapes,
/// `'...'`, `"..."` (only `\$ \` \" \\` and backslash-newline lose the
/// backslash), `$'...'` ANSI-C escapes, concatenations like `a"b"'c'`; a `#`
/// starts a comment only at the start of a word; `;` may end the assignment.
/// A value with `$VAR`, `${...}`, `$(...)`, backticks or a tilde prefix is not
/// static (``ShellValue/notStatic``) and gets an `expansion` warning.
/// `\r\n` is a line end (the CR is not part of the value, as NetworkManager
/// reads it); each line records its ``ShellNewline`` and the file gets one
/// `crlf-line-end` warning, since bash would read the CR. The last of
/// duplicate assignments wins, as in bash. See ``ShellDiagnosticCode`` for
/// every finding.
/// Editing operations (see `ShellFile+Editing`) rewrite only what they change
/// and parse the result again, so ``lines``, their ranges and ``diagnostics``
/// always describe ``bytes``: a file is always the parse of its own bytes.
///
/// The parse is compact: the input bytes (one buffer per file) and one
/// 28-byte record of offsets per line; ``lines`` builds nodes from them on
/// access, and lookups by key read the records without building any.
public struct ShellFile: Sendable, Hashable {
  /// The path diagnostics are reported under.
  public let path: String
  /// The parsed input: ``bytes``.
  let source: [UInt8]
  /// One record per node, in file order.
  let records: [ShellLineRecord]
  /// What the lexer found, in file order (by the start of each range).
  public private(set) var diagnostics: [Diagnostic]
  /// The last assignment of each key (derived from ``records``).
  let keyTable: ShellKeyTable

  /// Parses `bytes`; never fails (lines that do not parse are kept verbatim with a diagnostic).
  public init(parsing bytes: [UInt8], path: String = "") {
    self.init(parsing: bytes, path: path, offsetLimit: ShellLineRecord.offsetLimit)
  }

  /// Parses `bytes`, reading an input of `offsetLimit` bytes or more as one unparsed line.
  init(parsing bytes: [UInt8], path: String, offsetLimit: Int) {
    var lexer = ShellLexer(bytes: bytes, path: path, offsetLimit: offsetLimit)
    lexer.run()
    self.path = path
    self.source = bytes
    self.records = lexer.records
    self.keyTable = lexer.keyTable
    let found = lexer.diagnostics
    self.diagnostics =
      found.count < 2
      ? found
      : found.enumerated()
        .sorted { ($0.element.range.start, $0.offset) < ($1.element.range.start, $1.offset) }
        .map(\.element)
  }

  /// Parses a source file.
  public init(parsing source: SourceFile) {
    self.init(parsing: source.bytes, path: source.path)
  }

  // Equality and hashing are those of the input: the parse and its diagnostics follow from it and the path.
  public static func == (lhs: ShellFile, rhs: ShellFile) -> Bool {
    lhs.path == rhs.path && lhs.source == rhs.source
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(path)
    hasher.combine(source)
  }

  /// The nodes, in file order (built on access).
  public var lines: ShellLines { ShellLines(source: source, records: records) }

  /// The printed file: the lines print back the parsed input byte for byte.
  public var bytes: [UInt8] { source }

  /// The assignments, in file order (earlier duplicates included).
  public var assignments: [ShellAssignment] {
    let source = source
    return records.compactMap { $0.kind == .assignment ? ShellAssignment(source: source, record: $0) : nil }
  }

  /// The line end most lines use: `\r\n` only when strictly more lines use it than `\n`.
  public var dominantNewline: ShellNewline {
    var lf = 0
    var crlf = 0
    for record in records {
      switch record.newline {
      case .lf: lf += 1
      case .crlf: crlf += 1
      case .none: break
      }
    }
    return crlf > lf ? .crlf : .lf
  }
}
