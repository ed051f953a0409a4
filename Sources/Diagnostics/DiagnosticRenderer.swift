/// Renders diagnostics as compilers do:
///
///     path:line:col: error: message
///       KEY=a b
///             ^
public struct DiagnosticRenderer: Sendable {
  /// The sources by path; a diagnostic whose file is missing renders without an excerpt.
  private let sources: [String: (bytes: [UInt8], lines: LineTable)]

  public init(sources: [SourceFile] = []) {
    var map: [String: (bytes: [UInt8], lines: LineTable)] = [:]
    for source in sources { map[source.path] = (source.bytes, LineTable(source.bytes)) }
    self.sources = map
  }

  /// The location of the diagnostic's start, or 1:1 when its source is unknown.
  public func location(of diagnostic: Diagnostic) -> SourceLocation {
    sources[diagnostic.path]?.lines.location(of: diagnostic.range.start) ?? SourceLocation(line: 1, column: 1)
  }

  /// The one-line header: `path:line:col: severity: message`.
  public func header(_ diagnostic: Diagnostic) -> String {
    "\(diagnostic.path):\(location(of: diagnostic)): \(diagnostic.severity.rawValue): \(diagnostic.message)"
  }

  /// The header, then the source line and a caret under the offending column.
  public func render(_ diagnostic: Diagnostic) -> String {
    var text = header(diagnostic)
    guard let source = sources[diagnostic.path] else { return text }
    let location = source.lines.location(of: diagnostic.range.start)
    let lineRange = source.lines.rangeOfLine(location.line, in: source.bytes)
    let shown = lineRange.prefix(200)
    let excerpt = String(decoding: source.bytes[shown].map { $0 < 0x20 && $0 != 0x09 ? UInt8(ascii: "?") : $0 }, as: UTF8.self)
    text += "\n  " + excerpt
    let caretColumn = min(location.column - 1, shown.count)
    text += "\n  " + String(repeating: " ", count: caretColumn) + "^"
    return text
  }
}
