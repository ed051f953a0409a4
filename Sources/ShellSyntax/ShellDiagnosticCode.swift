import Diagnostics

/// Every diagnostic the shell lexer, decoder, encoder and editor report, in one place.
///
/// The raw value is the stable kebab-case code used by lint rules, JSON output
/// and suppression comments; ``severity`` is the severity at lexer level
/// (dialects may escalate, e.g. `expansion` to an error for keys they model).
public enum ShellDiagnosticCode: String, Sendable, Hashable, CaseIterable {
  /// A `'`, `"`, `$'`, `$(`, `${` or backtick that is never closed. Error at the opening quote.
  case unterminatedQuote = "unterminated-quote"
  /// `X=a b`: bash would run `b` with `X` in its environment. Error at the extra words.
  case unquotedSpace = "unquoted-space"
  /// `$VAR`, `${...}`, `$(...)`, backticks or a tilde prefix: never expanded here, so the
  /// value is not static. Warning at the expansion.
  case expansion = "expansion"
  /// A line that is not an assignment, comment or blank (a command, `. file`,
  /// `X=(a b)`, `X+=a`, ...). Kept verbatim. Error over the line.
  case unparsedLine = "unparsed-line"
  /// A key assigned again later; bash reads the last one. Warning at each earlier key.
  case duplicateKey = "duplicate-key"
  /// A decoded value that is not valid UTF-8. Warning over the value.
  case invalidUTF8 = "invalid-utf8"
  /// The file has `\r\n` line ends: bash would read the CR into every value
  /// (NetworkManager does not). Warning once per file, at the first CR.
  case crlfLineEnd = "crlf-line-end"
  /// A NUL byte; no tool can carry it in a value. Error at the first NUL of a line.
  case nulByte = "nul-byte"
  /// A value the encoder cannot write so that every reader agrees (a newline or
  /// another control character). Error.
  case unencodableValue = "unencodable-value"
  /// A key that is not a shell name `[A-Za-z_][A-Za-z0-9_]*`. Error.
  case invalidKey = "invalid-key"

  /// The severity at lexer level.
  public var severity: Severity {
    switch self {
    case .unterminatedQuote, .unquotedSpace, .unparsedLine, .nulByte, .unencodableValue, .invalidKey:
      .error
    case .expansion, .duplicateKey, .invalidUTF8, .crlfLineEnd:
      .warning
    }
  }

  /// A diagnostic with this code and its severity.
  public func diagnostic(_ message: String, path: String, range: SourceRange) -> Diagnostic {
    Diagnostic(code: rawValue, severity: severity, message: message, path: path, range: range)
  }
}
