import Diagnostics

/// A lossless concrete syntax tree of a file of shell assignments (a Red Hat
/// ifcfg or SUSE sysconfig file): one node per line.
///
/// Any byte sequence parses, and ``bytes`` prints it back byte for byte.
/// Editing operations (see `ShellFile+Editing`) rewrite only what they change
/// and parse the result again, so ``lines``, their ranges and ``diagnostics``
/// always describe ``bytes``.
public struct ShellFile: Sendable, Hashable {
  /// The path diagnostics are reported under.
  public let path: String
  /// The nodes, in file order.
  public internal(set) var lines: [ShellLine]
  /// What the lexer found, in file order of detection (sort by range for display).
  public private(set) var diagnostics: [Diagnostic]

  /// Parses `bytes`; never fails (lines that do not parse are kept verbatim with a diagnostic).
  public init(parsing bytes: [UInt8], path: String = "") {
    var lexer = ShellLexer(bytes: bytes, path: path)
    lexer.run()
    self.path = path
    self.lines = lexer.lines
    self.diagnostics = lexer.diagnostics
  }

  /// Parses a source file.
  public init(parsing source: SourceFile) {
    self.init(parsing: source.bytes, path: source.path)
  }

  /// The printed file.
  public var bytes: [UInt8] {
    var out: [UInt8] = []
    var capacity = 0
    for line in lines { capacity += line.range.length }
    out.reserveCapacity(capacity + 16)
    for line in lines { line.appendBytes(to: &out) }
    return out
  }

  /// The assignments, in file order (earlier duplicates included).
  public var assignments: [ShellAssignment] { lines.compactMap(\.assignment) }

  /// The line end most lines use: `\r\n` only when strictly more lines use it than `\n`.
  public var dominantNewline: ShellNewline {
    var lf = 0
    var crlf = 0
    for line in lines {
      switch line.newline {
      case .lf: lf += 1
      case .crlf: crlf += 1
      case .none: break
      }
    }
    return crlf > lf ? .crlf : .lf
  }
}
