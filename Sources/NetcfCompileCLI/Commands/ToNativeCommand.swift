/// `netcf-compile to-native`: interface XML -> native files.
enum ToNativeCommand {
  static func run(_ context: CommandContext, io: inout some CommandIO) throws(UsageError) -> Int32 {
    let compiler = try context.compiler(io: io)
    let format = try context.format()
    let root = try context.root(io: io, fallback: nil)
    let documents: [SourceFile]
    do { documents = try readDocuments(context.arguments.positionals, limits: compiler.limits, io: &io) } catch {
      DiagnosticOutput().write(error.diagnostics, to: &io)
      return ExitStatus.rejected
    }
    // Only the documents diagnostics name are kept once read.
    let reading = compiler.read(documents: consume documents, format: format)
    let output = DiagnosticOutput(sources: reading.sources)
    let changes: ChangeSet
    do { changes = try compiler.toNative(reading, root: root) } catch {
      output.write(error.diagnostics, to: &io)
      return ExitStatus.rejected
    }
    return context.finish(changes, compiler: compiler, output: output, io: &io)
  }

  /// The documents named on the command line: files, every `*.xml` of a
  /// folder (in name order), or standard input for `-` or no argument.
  static func readDocuments(
    _ arguments: [String], limits: ReadLimits, io: inout some CommandIO
  ) throws(DiagnosticError) -> [SourceFile] {
    var documents: [SourceFile] = []
    var problems: [Diagnostic] = []
    var readStandardInput = false
    for argument in arguments.isEmpty ? ["-"] : arguments {
      if argument == "-" {
        if readStandardInput { continue }
        readStandardInput = true
        guard let bytes = io.readStandardInput(limit: limits.maximumFileSize) else {
          problems.append(
            .error("input-too-large", "standard input cannot be read or is larger than \(limits.maximumFileSize) bytes", path: "<stdin>", range: .at(0)))
          continue
        }
        documents.append(SourceFile(path: "<stdin>", bytes: bytes))
        continue
      }
      let path = argument.hasPrefix("/") ? argument : io.currentDirectory + "/" + argument
      do {
        if try io.fileSystem.status(at: path, followingLinks: true)?.kind == .directory {
          let names = try io.fileSystem.listDirectory(at: path, limit: limits.maximumFileCount, followingLinks: true)
          let wanted = names.sorted().filter { $0.hasSuffix(".xml") && !$0.hasPrefix(".") }
          let shownFolder = argument.hasSuffix("/") ? argument : argument + "/"
          let fileSystem = io.fileSystem
          let maximumFileSize = limits.maximumFileSize
          let read: @Sendable (String) -> Result<[UInt8], FileSystemError> = { name in
            Result { () throws(FileSystemError) in
              try fileSystem.readFile(at: path + "/" + name, limit: maximumFileSize, followingLinks: true)
            }
          }
          documents.reserveCapacity(documents.count + wanted.count)
          if fileSystem.readsInParallel {
            // Files are independent: read them on every core, kept in name
            // order; the first failure in that order is reported.
            for (name, result) in zip(wanted, ParallelChunks.map(wanted, read)) {
              documents.append(SourceFile(path: shownFolder + name, bytes: try result.get()))
            }
          } else {
            for name in wanted { documents.append(SourceFile(path: shownFolder + name, bytes: try read(name).get())) }
          }
        } else {
          documents.append(
            SourceFile(path: argument, bytes: try io.fileSystem.readFile(at: path, limit: limits.maximumFileSize, followingLinks: true)))
        }
      } catch {
        problems.append(error.diagnostic.reported(at: argument))
      }
    }
    if !problems.isEmpty { throw DiagnosticError(problems) }
    return documents
  }
}
