import ShellSyntax

/// The lexer's findings on an ifcfg file, as a dialect reports them.
public enum IfcfgLexerFindings {
  /// Expansions, syntax errors and invalid UTF-8 on keys the dialect reads
  /// are errors; on other keys, warnings (the line is kept as it is). CRLF
  /// line ends and duplicate keys stay warnings.
  public static func diagnostics(of file: IfcfgFile, isModelled: (String) -> Bool) -> [Diagnostic] {
    var result: [Diagnostic] = []
    var erroredLines: Set<Int> = []
    let lines = file.shell.lines
    for diagnostic in file.shell.diagnostics {
      let line = lines.firstIndex {
        $0.range.start <= diagnostic.range.start
          && diagnostic.range.start < max($0.range.end, $0.range.start + 1)
      }
      let assignment = line.flatMap { lines[$0].assignment }
      let modelled = assignment.map { isModelled($0.key) } ?? false
      var copy = diagnostic
      if diagnostic.code == ShellDiagnosticCode.expansion.rawValue, let assignment {
        if modelled {
          guard let line, erroredLines.insert(line).inserted else { continue }
          copy = .error(
            "expansion",
            "\(assignment.key): the value holds an expansion bash would run; netcf-compile needs a static value here",
            path: file.path, range: diagnostic.range)
        } else {
          copy = .warning(
            "expansion", "\(assignment.key): the value holds an expansion; the line is kept byte for byte",
            path: file.path, range: diagnostic.range)
        }
      } else if diagnostic.code == ShellDiagnosticCode.invalidUTF8.rawValue, modelled, let assignment {
        // Read as absent, such a value would be dropped by the next write.
        copy = .error(
          "invalid-utf8", "\(assignment.key): the value is not valid UTF-8; netcf-compile needs a readable value here",
          path: file.path, range: diagnostic.range)
      } else if diagnostic.severity != .error {
        // Warnings as the lexer reports them.
      } else if !modelled, diagnostic.code != ShellDiagnosticCode.unterminatedQuote.rawValue,
        diagnostic.code != ShellDiagnosticCode.nulByte.rawValue
      {
        copy.severity = .warning
      }
      result.append(copy.reported(at: file.path))
    }
    return result
  }
}
