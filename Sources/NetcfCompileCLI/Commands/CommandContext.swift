/// What every root command shares once its arguments are parsed.
struct CommandContext {
  var spec: CommandSpec
  var arguments: ParsedArguments
  var environment: CommandEnvironment

  /// The dialect chosen by `--dialect` (default: the first built in).
  func dialect() throws(UsageError) -> any Dialect {
    let name = arguments.value("--dialect") ?? "redhat"
    guard let dialect = environment.dialect(named: name) else {
      throw UsageError(message: "the \(name) dialect is not available in this build", command: spec.name)
    }
    return dialect
  }

  /// The interface XML format.
  func format() throws(UsageError) -> any InterfaceDocumentFormat {
    guard let format = environment.format else {
      throw UsageError(message: "interface XML is not available in this build", command: spec.name)
    }
    // --max-file-size is the one size limit a user meets: a document it
    // admits is not refused by the XML front end's own input limit.
    if var standard = format as? StandardInterfaceXML {
      standard.limits.maxInputBytes = max(standard.limits.maxInputBytes, try arguments.limits(command: spec.name).maximumFileSize)
      return standard
    }
    return format
  }

  /// The compiler for the chosen dialect over `io`'s file system.
  func compiler(io: some CommandIO) throws(UsageError) -> NetcfCompiler {
    NetcfCompiler(dialect: try dialect(), fileSystem: io.fileSystem, limits: try arguments.limits(command: spec.name))
  }

  /// `--root`, absolute; `fallback` when absent, or a usage error when `nil`.
  func root(io: some CommandIO, fallback: String?) throws(UsageError) -> String {
    guard let root = arguments.value("--root") ?? fallback else {
      throw UsageError(message: "\(spec.name) needs --root DIR (use --root / for this host)", command: spec.name)
    }
    guard !root.isEmpty else { throw UsageError(message: "--root needs a folder", command: spec.name) }
    return RootFolder(root, currentDirectory: io.currentDirectory).displayPath
  }

  /// The positional arguments as interface names, each checked.
  func interfaceNames() throws(UsageError) -> [String] {
    for name in arguments.positionals {
      if let problem = InterfaceName.problem(name) {
        throw UsageError(message: "invalid interface name '\(name)': \(problem)", command: spec.name)
      }
    }
    return arguments.positionals
  }

  /// Writes a change set (or, with `--diff`, prints its diff) and reports.
  func finish(
    _ changes: ChangeSet, compiler: NetcfCompiler, output: DiagnosticOutput, io: inout some CommandIO
  ) -> Int32 {
    output.write(changes.warnings, to: &io)
    if arguments.has("--diff") {
      io.writeOutput(changes.unifiedDiff)
      return ExitStatus.success
    }
    do { try compiler.apply(changes) } catch {
      output.write(error.diagnostics, to: &io)
      return ExitStatus.rejected
    }
    return ExitStatus.success
  }
}
