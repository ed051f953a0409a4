/// Writes diagnostics to standard error as `path:line:col: severity: message`
/// with the offending line, using the sources the command read.
struct DiagnosticOutput {
  var sources: [SourceFile] = []

  func write(_ diagnostics: [Diagnostic], to io: inout some CommandIO) {
    let renderer = DiagnosticRenderer(sources: sources)
    for diagnostic in diagnostics { io.writeError(renderer.render(diagnostic) + "\n") }
  }
}

/// Exit statuses.
enum ExitStatus {
  static let success: Int32 = 0
  static let rejected: Int32 = 1
  static let usage: Int32 = 2
}
