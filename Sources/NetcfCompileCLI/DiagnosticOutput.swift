/// Writes diagnostics to standard error as `path:line:col: severity: message`
/// with the offending line. Sources come from the command's inputs, or are
/// read again from disk for a diagnostic against a file (an absolute path).
struct DiagnosticOutput {
  var sources: [SourceFile] = []

  func write(_ diagnostics: [Diagnostic], to io: inout some CommandIO) {
    let diagnostics = diagnostics.filter { !Self.expectedOnEveryHost.contains($0.code) }
    var known = sources
    var paths = Set(known.map(\.path))
    for diagnostic in diagnostics
    where diagnostic.path.hasPrefix("/") && !paths.contains(diagnostic.path) && !Self.aboutWholeFiles.contains(diagnostic.code) {
      paths.insert(diagnostic.path)
      if let status = try? io.fileSystem.status(at: diagnostic.path), status.kind == .regular,
        let bytes = try? io.fileSystem.readFile(at: diagnostic.path, limit: ReadLimits.defaultMaximumFileSize)
      {
        known.append(SourceFile(path: diagnostic.path, bytes: bytes))
      }
    }
    let renderer = DiagnosticRenderer(sources: known)
    for diagnostic in diagnostics {
      let text = Self.aboutWholeFiles.contains(diagnostic.code) ? renderer.header(diagnostic) : renderer.render(diagnostic)
      io.writeError(text + "\n")
    }
  }

  /// Codes of notes that every host would print (its `ifcfg-lo`): not worth a line.
  static let expectedOnEveryHost: Set<String> = ["loopback-skipped"]

  /// Codes of diagnostics about a file as a whole (reading, writing,
  /// links), shown without an excerpt.
  static let aboutWholeFiles: Set<String> = [
    "file-system", "symbolic-link", "not-a-folder", "unsafe-path", "file-vanished", "file-appeared",
    "not-a-regular-file", "hard-link", "file-changed", "rollback-failed", "unknown-interface", "input-too-large",
  ]
}

/// Exit statuses.
enum ExitStatus {
  static let success: Int32 = 0
  static let rejected: Int32 = 1
  static let usage: Int32 = 2
}
