/// `netcf-compile remove`: deletes interfaces' native files.
enum RemoveCommand {
  static func run(_ context: CommandContext, io: inout some CommandIO) throws(UsageError) -> Int32 {
    let names = try context.interfaceNames()
    guard !names.isEmpty else { throw UsageError(message: "remove needs at least one NAME", command: context.spec.name) }
    let compiler = try context.compiler(io: io)
    let root = try context.root(io: io, fallback: nil)
    let changes: ChangeSet
    do { changes = try compiler.remove(names, root: root) } catch {
      DiagnosticOutput().write(error.diagnostics, to: &io)
      return ExitStatus.rejected
    }
    return context.finish(changes, compiler: compiler, output: DiagnosticOutput(), io: &io)
  }
}
