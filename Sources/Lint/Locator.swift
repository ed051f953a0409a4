import Diagnostics

/// Turns byte ranges of one file into findings.
struct Locator {
  let path: String
  let bytes: [UInt8]
  let suppressions: Suppressions
  let disabled: Set<String>

  init(path: String, bytes: [UInt8], suppressions: Suppressions, disabled: Set<String>) {
    self.path = path
    self.bytes = bytes
    self.suppressions = suppressions
    self.disabled = disabled
  }

  /// The line and byte column of `offset` (clamped to the file), counted on
  /// demand: a clean file needs only a few locations, so no line table is built.
  func location(_ offset: Int) -> SourceLocation {
    let end = min(max(offset, 0), bytes.count)
    var line = 1
    var lineStart = 0
    bytes.withUnsafeBufferPointer { buffer in
      for index in 0..<end where buffer[index] == 0x0A {
        line += 1
        lineStart = index + 1
      }
    }
    return SourceLocation(line: line, column: end - lineStart + 1)
  }

  /// A finding of `rule` at `offset`, or nil when the rule is off for this file.
  func finding(_ rule: LintRule, _ message: String, at offset: Int) -> LintFinding? {
    guard !disabled.contains(rule.id), !suppressions.contains(rule.id) else { return nil }
    let location = self.location(offset)
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
