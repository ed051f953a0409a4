/// How serious a finding is.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
  case note
  case warning
  case error

  private var rank: Int {
    switch self {
    case .note: 0
    case .warning: 1
    case .error: 2
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A finding about an input, as data: rendering is separate (``DiagnosticRenderer``).
///
/// `code` is a stable, kebab-case identifier (`unterminated-quote`,
/// `unknown-key`) that lint rules, JSON output and suppression comments use.
public struct Diagnostic: Sendable, Hashable, Error {
  public var code: String
  public var severity: Severity
  public var message: String
  /// The path of the file the range points into.
  public var path: String
  /// The offending bytes; an empty range points between two bytes.
  public var range: SourceRange

  public init(code: String, severity: Severity, message: String, path: String, range: SourceRange) {
    self.code = code
    self.severity = severity
    self.message = message
    self.path = path
    self.range = range
  }

  public static func error(_ code: String, _ message: String, path: String, range: SourceRange) -> Diagnostic {
    Diagnostic(code: code, severity: .error, message: message, path: path, range: range)
  }

  public static func warning(_ code: String, _ message: String, path: String, range: SourceRange) -> Diagnostic {
    Diagnostic(code: code, severity: .warning, message: message, path: path, range: range)
  }

  /// A copy reported against another path (front ends parse before they know the name).
  public func reported(at path: String) -> Diagnostic {
    var copy = self
    copy.path = path
    return copy
  }
}

/// One or more diagnostics thrown together; an operation that rejects its
/// input throws this with every error it found, not only the first.
public struct DiagnosticError: Error, Sendable, Hashable {
  public var diagnostics: [Diagnostic]

  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
  public init(_ diagnostic: Diagnostic) { self.diagnostics = [diagnostic] }
}

extension Array where Element == Diagnostic {
  /// Whether any element is an error.
  public var containsErrors: Bool { contains { $0.severity == .error } }
}
