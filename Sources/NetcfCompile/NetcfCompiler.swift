/// The compiler as a library: from-native, to-native and remove on a root,
/// with the same safety as the command line.
///
///     let compiler = NetcfCompiler(dialect: RedHatDialect())
///     let reading = try compiler.fromNative(root: "/", names: ["br0"])
///     let changes = try compiler.toNative(reading.interfaces, root: "/mnt/sysimage")
///     print(String(decoding: changes.unifiedDiff, as: UTF8.self))
///     try compiler.apply(changes)
///
/// Computing a ``ChangeSet`` writes nothing; ``apply(_:)`` writes it all or
/// nothing (see ``ChangeSetWriter``). Errors are `DiagnosticError`s whose
/// paths are absolute.
public struct NetcfCompiler: Sendable {
  public var dialect: any Dialect
  public var fileSystem: any FileSystem
  public var limits: ReadLimits

  public init(dialect: any Dialect, fileSystem: any FileSystem = POSIXFileSystem(), limits: ReadLimits = .default) {
    self.dialect = dialect
    self.fileSystem = fileSystem
    self.limits = limits
  }

  /// What ``fromNative(root:names:)`` found.
  public struct NativeReading: Sendable, Hashable {
    /// The requested top-level interfaces (all of them when no name was given), in name order.
    public var interfaces: [Interface]
    /// Interfaces skipped and other warnings, against absolute paths.
    public var warnings: [Diagnostic]
    /// The files the warnings name, by absolute path, for rendering them with excerpts.
    public var sources: [SourceFile]
  }

  /// What ``fromNative(root:names:transform:)`` found.
  public struct NativeBatches<Output: Sendable>: Sendable {
    /// The output of each batch of interfaces, in name order.
    public var outputs: [Output]
    /// Interfaces skipped and other warnings, against absolute paths.
    public var warnings: [Diagnostic]
    /// The files the warnings name, by absolute path, for rendering them with excerpts.
    public var sources: [SourceFile]
  }

  /// The native files under `root`, keyed by name within the configuration folder.
  public func readTree(root: RootFolder) throws(DiagnosticError) -> NativeTree {
    try NativeTreeReader(dialect: dialect, limits: limits).read(root: root, fileSystem: fileSystem)
  }

  /// The top-level interfaces the native files under `root` describe.
  /// - Parameter names: the interfaces wanted; empty for every one.
  /// - Throws: the dialect's errors, an invalid name, or a name no file describes.
  public func fromNative(root: String, names: [String] = []) throws(DiagnosticError) -> NativeReading {
    let batches = try fromNative(root: root, names: names) { $0 }
    return NativeReading(
      interfaces: batches.outputs.flatMap { $0 }, warnings: batches.warnings, sources: batches.sources)
  }

  /// As ``fromNative(root:names:)``, a batch of interfaces at a time: the
  /// dialect reads batches of consecutive names on every core and hands each
  /// to `transform` there (to print it, say), so that the interfaces of a
  /// whole tree are never held at once.
  public func fromNative<Output: Sendable>(
    root: String, names: [String] = [], transform: @escaping @Sendable ([Interface]) -> Output
  ) throws(DiagnosticError) -> NativeBatches<Output> {
    let rootFolder = RootFolder(root)
    let tree = try readTree(root: rootFolder)
    let reading: BatchReading<(names: [String], output: Output)>
    do {
      reading = try dialect.read(consume tree, names: names.isEmpty ? nil : Set(names)) { interfaces in
        (interfaces.map(\.name), transform(interfaces))
      }
    } catch { throw absolute(error, root: rootFolder) }
    if !names.isEmpty {
      let found = Set(reading.outputs.flatMap(\.names))
      let missing: [Diagnostic] = names.filter { !found.contains($0) }.map { name in
        .error(
          "unknown-interface", "no top-level interface named '\(name)' is defined here",
          path: rootFolder.absolute(dialect.configDirectory), range: .at(0))
      }
      if !missing.isEmpty { throw DiagnosticError(missing) }
    }
    return NativeBatches(
      outputs: reading.outputs.map(\.output), warnings: reading.warnings.map { absolute($0, root: rootFolder) },
      sources: reading.sources.keys.sorted().compactMap { path in
        reading.sources[path].map { SourceFile(path: rootFolder.absolute(path), bytes: $0) }
      })
  }

  /// The changes that define (or update) `interfaces`, with their ports and
  /// slaves, under `root`. Writes nothing.
  /// - Throws: the interfaces' validation problems or the dialect's errors.
  public func toNative(_ interfaces: [Interface], root: String) throws(DiagnosticError) -> ChangeSet {
    let rootFolder = RootFolder(root)
    try InterfaceValidation.check(interfaces) { _ in "<input>" }
    let conflicts = Self.nestedTopLevelNames(interfaces)
    if !conflicts.isEmpty {
      throw DiagnosticError(
        conflicts.map {
          .error(
            "interface-defined-twice",
            "interface '\($0.name)' is defined at the top level and as a port or slave of '\($0.owner)'",
            path: "<input>", range: .at(0))
        })
    }
    let tree = try readTree(root: rootFolder)
    let writing: DialectWriting
    do { writing = try dialect.write(interfaces, into: tree) } catch { throw absolute(error, root: rootFolder) }
    let findings = try editedFileFindings(old: tree, new: writing.tree, root: rootFolder)
    let unreadable = writing.tree.files.keys.filter { name in
      tree.files[name] != writing.tree.files[name]
        && (name.contains("/") || name.hasPrefix(".") || !dialect.isConfigFile(named: name))
    }
    if !unreadable.isEmpty {
      throw DiagnosticError(
        unreadable.sorted().map {
          .error(
            "unsafe-path", "refusing to write a file the \(dialect.name) dialect would not read back",
            path: rootFolder.absolute(dialect.configDirectory) + "/" + $0, range: .at(0))
        })
    }
    return ChangeSet(
      root: rootFolder, folder: dialect.configDirectory, old: tree, new: writing.tree,
      warnings: findings + writing.warnings.map { absolute($0, root: rootFolder) })
  }

  /// What reading says about the existing files a write edits. An edit is
  /// only as safe as the reading of the file it edits: a value bash would
  /// run, an unterminated quote or `X=a b` on a key the edit sets would
  /// survive it or be mangled by it, so errors refuse the edit (at the
  /// file's line). Warnings about those files are returned, so that every
  /// construct kept byte for byte is still reported.
  private func editedFileFindings(old: NativeTree, new: NativeTree, root: RootFolder) throws(DiagnosticError)
    -> [Diagnostic]
  {
    let edited = Set(
      new.files.keys.filter { old.files[$0] != nil && old.files[$0] != new.files[$0] }.map {
        dialect.configDirectory + "/" + $0
      })
    if edited.isEmpty { return [] }
    let findings: [Diagnostic]
    do { findings = try dialect.read(old).warnings } catch { findings = error.diagnostics }
    let relevant = findings.filter { edited.contains($0.path) }.map { absolute($0, root: root) }
    let errors = relevant.filter { $0.severity == .error }
    if !errors.isEmpty { throw DiagnosticError(errors) }
    return relevant
  }

  /// Top-level interfaces that are also a port or slave of another one in
  /// the same input: writing both would let one silently overwrite the other.
  static func nestedTopLevelNames(_ interfaces: [Interface]) -> [(name: String, owner: String)] {
    let topLevel = Set(interfaces.map(\.name))
    var found: [(name: String, owner: String)] = []
    func visit(_ interface: Interface, owner: String) {
      let members = interface.members
      for member in members {
        if topLevel.contains(member.name) { found.append((member.name, interface.name)) }
        visit(member, owner: interface.name)
      }
    }
    for interface in interfaces { visit(interface, owner: interface.name) }
    return found
  }

  /// What ``read(documents:format:)`` found in interface XML documents.
  public struct DocumentsReading: Sendable {
    /// Every document's top-level interfaces, in document order.
    public var interfaces: [Interface]
    public var warnings: [Diagnostic]
    /// What makes the documents unusable; empty when they can be written.
    public var problems: [Diagnostic]
    /// The documents the warnings and problems name, for rendering them with excerpts.
    public var sources: [SourceFile]
  }

  /// Parses interface XML documents, on every core, and lets go of every
  /// document no diagnostic names (their interfaces are all that is needed).
  public func read(documents: consuming [SourceFile], format: some InterfaceDocumentFormat) -> DocumentsReading {
    // StandardInterfaceXML's reading already checks every interface of a
    // document with InterfaceValidator and throws on any problem: checking
    // its readings again could find nothing.
    let readingValidates = format is StandardInterfaceXML
    // Documents are independent: read them on every core; their results
    // are gathered in document order, so diagnostics and interfaces keep it.
    let readings = ParallelChunks.map(documents) { document -> (reading: DocumentReading?, problems: [Diagnostic]) in
      let reading: DocumentReading
      do throws(DiagnosticError) { reading = try format.read(document) } catch { return (nil, error.diagnostics) }
      if !readingValidates {
        do throws(DiagnosticError) { try InterfaceValidation.check(reading.interfaces) { _ in document.path } } catch {
          return (reading, error.diagnostics)
        }
      }
      return (reading, [])
    }
    var interfaces: [Interface] = []
    var problems: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    for (reading, readingProblems) in readings {
      if let reading {
        warnings += reading.warnings
        interfaces += reading.interfaces
      }
      problems += readingProblems
    }
    let named = Set((warnings + problems).map(\.path))
    return DocumentsReading(
      interfaces: interfaces, warnings: warnings, problems: problems,
      sources: named.isEmpty ? [] : documents.filter { named.contains($0.path) })
  }

  /// Parses interface XML documents, then as ``toNative(_:root:)``.
  public func toNative(
    documents: [SourceFile], format: some InterfaceDocumentFormat, root: String
  ) throws(DiagnosticError) -> ChangeSet {
    try toNative(read(documents: documents, format: format), root: root)
  }

  /// The changes that define the interfaces of documents already read (see
  /// ``read(documents:format:)``) under `root`.
  /// - Throws: the documents' problems, or as ``toNative(_:root:)``.
  public func toNative(_ reading: DocumentsReading, root: String) throws(DiagnosticError) -> ChangeSet {
    if !reading.problems.isEmpty { throw DiagnosticError(reading.warnings + reading.problems) }
    var changes = try toNative(reading.interfaces, root: root)
    changes.warnings = reading.warnings + changes.warnings
    return changes
  }

  /// The changes that remove the named top-level interfaces' files and
  /// their ports' and slaves' files under `root`. Writes nothing.
  /// - Throws: an invalid name, a name no file describes, or the dialect's errors.
  public func remove(_ names: [String], root: String) throws(DiagnosticError) -> ChangeSet {
    let rootFolder = RootFolder(root)
    let tree = try readTree(root: rootFolder)
    let defined: [Interface]
    do { defined = try dialect.read(tree).interfaces } catch { throw absolute(error, root: rootFolder) }
    var missing: [Diagnostic] = []
    for name in names where !defined.contains(where: { $0.name == name }) {
      missing.append(
        .error(
          "unknown-interface", "no top-level interface named '\(name)' is defined here",
          path: rootFolder.absolute(dialect.configDirectory), range: .at(0)))
    }
    if !missing.isEmpty { throw DiagnosticError(missing) }
    let remaining: NativeTree
    do { remaining = try dialect.remove(names, from: tree) } catch { throw absolute(error, root: rootFolder) }
    return ChangeSet(root: rootFolder, folder: dialect.configDirectory, old: tree, new: remaining)
  }

  /// Writes `changes` all or nothing, under the root's lock.
  public func apply(_ changes: ChangeSet) throws(DiagnosticError) {
    try ChangeSetWriter(fileSystem: fileSystem, limits: limits).apply(changes, lockFolder: lockFolder)
  }

  /// The folder holding the lock: the one above the configuration folder
  /// (`etc/sysconfig`), shared by every dialect.
  public var lockFolder: String {
    let components = dialect.configDirectory.split(separator: "/")
    return components.dropLast().joined(separator: "/")
  }

  private func absolute(_ diagnostic: Diagnostic, root: RootFolder) -> Diagnostic {
    diagnostic.path.hasPrefix("/") || diagnostic.path.hasPrefix("<") ? diagnostic : diagnostic.reported(at: root.absolute(diagnostic.path))
  }

  private func absolute(_ error: DiagnosticError, root: RootFolder) -> DiagnosticError {
    DiagnosticError(error.diagnostics.map { absolute($0, root: root) })
  }
}
