import Diagnostics

/// Turns byte ranges of one file into findings.
struct Locator {
  let path: String
  let lines: LineTable
  let suppressions: Suppressions
  let disabled: Set<String>

  init(path: String, bytes: [UInt8], suppressions: Suppressions, disabled: Set<String>) {
    self.path = path
    self.lines = LineTable(bytes)
    self.suppressions = suppressions
    self.disabled = disabled
  }

  func location(_ offset: Int) -> SourceLocation { lines.location(of: offset) }

  /// A finding of `rule` at `offset`, or nil when the rule is off for this file.
  func finding(_ rule: LintRule, _ message: String, at offset: Int) -> LintFinding? {
    guard !disabled.contains(rule.id), !suppressions.contains(rule.id) else { return nil }
    let location = lines.location(of: offset)
    return LintFinding(
      path: path, line: location.line, column: location.column, severity: rule.severity, rule: rule.id, message: message)
  }
}

/// A value in a file and where it is, kept for the checks across files.
struct LocatedValue: Sendable, Hashable {
  var value: String
  var line: Int
  var column: Int
  /// The key it was assigned to.
  var key: String
}
