import Lint

/// The built-in `lint` command: runs ``Linter`` and prints its report.
public struct StandardLint: LintCommand {
  public init() {}

  public func run(_ options: LintOptions, io: inout some CommandIO, environment: CommandEnvironment) -> Int32 {
    guard let dialect = LintDialectChoice(options.dialect) else {
      return usage("invalid value '\(options.dialect)' for '--dialect' (expected auto, redhat, suse)", io: &io)
    }
    guard let format = LintFormat(rawValue: options.format) else {
      return usage("invalid value '\(options.format)' for '--format' (expected text, json, sarif, github)", io: &io)
    }
    var disabled: Set<String> = []
    for item in options.disabled.flatMap({ $0.split(separator: ",") }) {
      let rule = String(item)
      guard LintRules.rule(rule) != nil else {
        return usage("unknown rule '\(rule)' for '--disable' (rules: \(LintRules.all.map(\.id).joined(separator: ", ")))", io: &io)
      }
      disabled.insert(rule)
    }
    let linter = Linter(configuration: LintConfiguration(dialect: dialect, disabled: disabled, roundTrip: options.roundTrip))
    let report = linter.lint(paths: options.paths, currentDirectory: io.currentDirectory)
    io.writeOutput(format.render(report, toolVersion: environment.version))
    return report.exitStatus
  }

  private func usage(_ message: String, io: inout some CommandIO) -> Int32 {
    io.writeError("netcf-compile: error: \(message) (see 'netcf-compile lint --help')\n")
    return 2
  }
}
