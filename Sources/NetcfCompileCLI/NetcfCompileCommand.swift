/// The `netcf-compile` program as a function: parses `arguments` (without
/// the program name), runs the command on `io`, and returns the exit status
/// (0 success, 1 input rejected, 2 usage error).
public func run(arguments: [String], io: inout some CommandIO, environment: CommandEnvironment = .standard) -> Int32 {
  NetcfCompileCommand.run(arguments: arguments, io: &io, environment: environment)
}

/// Dispatch from the command line to the commands.
public enum NetcfCompileCommand {
  public static let version = "0.1.0"

  /// See ``run(arguments:io:environment:)``.
  public static func run(arguments: [String], io: inout some CommandIO, environment: CommandEnvironment) -> Int32 {
    guard let first = arguments.first else {
      io.writeError(Commands.overview)
      return ExitStatus.usage
    }
    switch first {
    case "--help", "-h", "help":
      io.writeOutput(Commands.overview)
      return ExitStatus.success
    case "--version", "-V":
      io.writeOutput("netcf-compile \(environment.version)\n")
      return ExitStatus.success
    default:
      break
    }
    guard let spec = Commands.all.first(where: { $0.name == first }) else {
      let what = first.hasPrefix("-") ? "unknown option" : "unknown command"
      io.writeError("netcf-compile: error: \(what) '\(first)' (see 'netcf-compile --help')\n")
      return ExitStatus.usage
    }
    do {
      let parsed = try ParsedArguments.parse(Array(arguments.dropFirst()), for: spec)
      if parsed.wantsHelp {
        io.writeOutput(spec.help)
        return ExitStatus.success
      }
      let context = CommandContext(spec: spec, arguments: parsed, environment: environment)
      switch spec.name {
      case Commands.fromNative.name: return try FromNativeCommand.run(context, io: &io)
      case Commands.toNative.name: return try ToNativeCommand.run(context, io: &io)
      case Commands.remove.name: return try RemoveCommand.run(context, io: &io)
      default: return runLint(context, io: &io)
      }
    } catch {
      let hint = error.command.map { " (see 'netcf-compile \($0) --help')" } ?? ""
      io.writeError("netcf-compile: error: \(error.message)\(hint)\n")
      return ExitStatus.usage
    }
  }

  private static func runLint(_ context: CommandContext, io: inout some CommandIO) -> Int32 {
    let options = LintOptions(
      dialect: context.arguments.value("--dialect") ?? "auto", format: context.arguments.value("--format") ?? "text",
      paths: context.arguments.positionals, disabled: context.arguments.lists["--disable"] ?? [],
      roundTrip: context.arguments.has("--roundtrip"))
    guard let lint = context.environment.lint else {
      io.writeError("netcf-compile: error: lint is not available yet\n")
      return ExitStatus.usage
    }
    return lint.run(options, io: &io, environment: context.environment)
  }
}
