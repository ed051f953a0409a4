/// `netcf-compile from-native`: native files -> interface XML.
enum FromNativeCommand {
  static func run(_ context: CommandContext, io: inout some CommandIO) throws(UsageError) -> Int32 {
    let names = try context.interfaceNames()
    let compiler = try context.compiler(io: io)
    let format = try context.format()
    let root = try context.root(io: io, fallback: "/")
    if let out = context.arguments.value("--out") {
      let reading: NetcfCompiler.NativeReading
      do { reading = try compiler.fromNative(root: root, names: names) } catch {
        DiagnosticOutput().write(error.diagnostics, to: &io)
        return ExitStatus.rejected
      }
      let output = DiagnosticOutput(sources: reading.sources)
      output.write(reading.warnings, to: &io)
      return writeDocuments(reading.interfaces, format: format, to: out, compiler: compiler, output: output, io: &io)
    }
    // One document, its parts written on every core as the interfaces are read.
    let reading: NetcfCompiler.NativeBatches<Result<DocumentPart, DiagnosticError>>
    do {
      reading = try compiler.fromNative(root: root, names: names) { interfaces in
        Result { () throws(DiagnosticError) in try format.part(for: interfaces) }
      }
    } catch {
      DiagnosticOutput().write(error.diagnostics, to: &io)
      return ExitStatus.rejected
    }
    let output = DiagnosticOutput(sources: reading.sources)
    output.write(reading.warnings, to: &io)
    do {
      let parts = try reading.outputs.map { result throws(DiagnosticError) in try result.get() }
      for piece in try format.documentPieces(joining: parts, wrapper: names.count != 1) { io.writeOutput(piece) }
    } catch {
      output.write(error.diagnostics, to: &io)
      return ExitStatus.rejected
    }
    return ExitStatus.success
  }

  /// Writes `DIR/NAME.xml` per interface, all or nothing.
  private static func writeDocuments(
    _ interfaces: [Interface], format: some InterfaceDocumentFormat, to out: String, compiler: NetcfCompiler,
    output: DiagnosticOutput, io: inout some CommandIO
  ) -> Int32 {
    let folder = RootFolder(out, currentDirectory: io.currentDirectory)
    do {
      try makeFolders(folder.displayPath, fileSystem: io.fileSystem)
      var changes: [FileChange] = []
      for interface in interfaces {
        let name = interface.name + ".xml"
        let path = folder.absolute(name)
        let old: [UInt8]? =
          try io.fileSystem.status(at: path) == nil ? nil : try io.fileSystem.readFile(at: path, limit: compiler.limits.maximumFileSize)
        let new = try format.document(for: [interface], wrapper: false)
        if old != new { changes.append(FileChange(path: name, old: old, new: new)) }
      }
      try ChangeSetWriter(fileSystem: io.fileSystem, limits: compiler.limits).apply(
        ChangeSet(root: folder, changes: changes), lockFolder: nil)
    } catch let error as FileSystemError {
      output.write([error.diagnostic], to: &io)
      return ExitStatus.rejected
    } catch let error as DiagnosticError {
      output.write(error.diagnostics, to: &io)
      return ExitStatus.rejected
    } catch {
      return ExitStatus.rejected
    }
    return ExitStatus.success
  }

  /// `mkdir -p` of a folder the user named (links in it are followed).
  private static func makeFolders(_ path: String, fileSystem: some FileSystem) throws(FileSystemError) {
    var current = ""
    for component in path.split(separator: "/") {
      current += "/" + component
      guard let status = try fileSystem.status(at: current, followingLinks: true) else {
        try fileSystem.makeDirectory(at: current, mode: 0o755)
        continue
      }
      if status.kind != .directory {
        throw FileSystemError(operation: .makeDirectory, path: current, code: 20, reason: "it is not a folder")
      }
    }
  }
}
