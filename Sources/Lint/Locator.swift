import Diagnostics

/// Where a file is as findings name it: its folder's display path and its
/// name, joined only when a finding needs the path.
struct FindingPath {
  var folder: String
  var name: String

  /// A path given whole.
  init(_ path: String) {
    folder = ""
    name = path
  }

  init(folder: String, name: String) {
    self.folder = folder
    self.name = name
  }

  var text: String { LintRun.join(folder, name) }
}

/// Turns byte ranges of one file into findings.
struct Locator {
  let place: FindingPath
  var path: String { place.text }
  let bytes: [UInt8]
  let suppressions: Suppressions
  let disabled: Set<String>
  /// Built only for large files, where counting lines per finding would be slow.
  private let lines: LineTable?
  static let smallFile = 4096

  init(path: String, bytes: [UInt8], suppressions: Suppressions, disabled: Set<String>) {
    self.init(place: FindingPath(path), bytes: bytes, suppressions: suppressions, disabled: disabled)
  }

  init(place: FindingPath, bytes: [UInt8], suppressions: Suppressions, disabled: Set<String>) {
    self.place = place
    self.bytes = bytes
    self.suppressions = suppressions
    self.disabled = disabled
    self.lines = bytes.count > Self.smallFile ? LineTable(bytes) : nil
  }

  /// The line and byte column of `offset` (clamped to the file). Small files
  /// count on demand: a clean file needs only a few locations.
  func location(_ offset: Int) -> SourceLocation {
    if let lines { return lines.location(of: offset) }
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
