import Diagnostics

/// One finding, located: what every output format prints.
public struct LintFinding: Sendable, Hashable, Comparable {
  /// The path as the user named it (relative paths stay relative).
  public var path: String
  /// 1-based line; 1-based byte column.
  public var line: Int
  public var column: Int
  public var severity: Severity
  /// The rule id (`unknown-key`).
  public var rule: String
  public var message: String

  public init(path: String, line: Int, column: Int, severity: Severity, rule: String, message: String) {
    self.path = path
    self.line = line
    self.column = column
    self.severity = severity
    self.rule = rule
    self.message = message
  }

  /// By path (bytewise), line, column, rule, message.
  public static func < (lhs: LintFinding, rhs: LintFinding) -> Bool {
    if lhs.path != rhs.path { return lhs.path.utf8.lexicographicallyPrecedes(rhs.path.utf8) }
    if lhs.line != rhs.line { return lhs.line < rhs.line }
    if lhs.column != rhs.column { return lhs.column < rhs.column }
    if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
    return lhs.message < rhs.message
  }
}

/// Everything one run found, sorted, and how many files it looked at.
public struct LintReport: Sendable, Hashable {
  public var findings: [LintFinding]
  public var fileCount: Int

  public init(findings: [LintFinding], fileCount: Int) {
    self.findings = findings.sorted()
    self.fileCount = fileCount
  }

  public var errorCount: Int { findings.count { $0.severity == .error } }
  public var warningCount: Int { findings.count { $0.severity == .warning } }

  /// 0 without errors, 1 with.
  public var exitStatus: Int32 { errorCount > 0 ? 1 : 0 }
}
