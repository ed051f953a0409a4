/// A distribution's native configuration format, connected to the IR.
///
/// Diagnostics name files by their path relative to the root
/// (`etc/sysconfig/network-scripts/ifcfg-eth0`), so the caller can prefix
/// the root it read them from.
public protocol Dialect: Sendable {
  /// The dialect's name on the command line (`redhat`, `suse`).
  var name: String { get }
  /// The configuration folder, relative to the root.
  var configDirectory: String { get }

  /// Whether a file of the configuration folder is one this dialect reads
  /// (for example `ifcfg-eth0` but not `ifcfg-eth0.bak`).
  func isConfigFile(named name: String) -> Bool

  /// Every top-level interface the tree describes.
  /// - Throws: `DiagnosticError` with every error found (bad values of
  ///   modelled keys, expansions that would run at boot, ...).
  func read(_ tree: NativeTree) throws(DiagnosticError) -> DialectReading

  /// The named top-level interfaces (every one when `names` is nil), read
  /// in batches of consecutive names on every core: each batch is handed to
  /// `transform` on the core that read it (to print it, say), so that the
  /// interfaces of the whole tree are never held at once. The tree is
  /// consumed: a dialect may let go of each file's bytes once it is read.
  /// - Returns: the outputs in name order, every warning in the order
  ///   ``read(_:)`` reports them, and the files the warnings name.
  /// - Throws: as ``read(_:)``, after every batch is read.
  func read<Output: Sendable>(
    _ tree: consuming NativeTree, names: Set<String>?, transform: @escaping @Sendable ([Interface]) -> Output
  ) throws(DiagnosticError) -> BatchReading<Output>

  /// Defines or updates `interfaces` (top-level, with their ports and
  /// slaves) in the tree, leaving every other interface alone; edits files
  /// in place, keeping every byte the IR does not model.
  func write(_ interfaces: [Interface], into tree: NativeTree) throws(DiagnosticError) -> DialectWriting

  /// Removes the named top-level interfaces' files and their ports' and
  /// slaves' files.
  func remove(_ names: [String], from tree: NativeTree) throws(DiagnosticError) -> NativeTree
}

extension Dialect {
  /// Reads the whole tree with ``read(_:)``, as one batch.
  public func read<Output: Sendable>(
    _ tree: consuming NativeTree, names: Set<String>?, transform: @escaping @Sendable ([Interface]) -> Output
  ) throws(DiagnosticError) -> BatchReading<Output> {
    let reading = try read(tree)
    let interfaces = names.map { wanted in reading.interfaces.filter { wanted.contains($0.name) } } ?? reading.interfaces
    return BatchReading(
      outputs: [transform(interfaces)], warnings: reading.warnings,
      sources: sources(of: reading.warnings, in: { tree.files[$0] }))
  }

  /// The contents of the files `warnings` name, by their paths.
  /// - Parameters:
  ///   - contents: a file's bytes by its name in the configuration folder.
  ///   - kept: files kept already (by batches that let go of the rest), by path.
  public func sources(
    of warnings: [Diagnostic], in contents: (String) -> [UInt8]?, adding kept: [[String: [UInt8]]] = []
  ) -> [String: [UInt8]] {
    let prefix = configDirectory + "/"
    var sources: [String: [UInt8]] = [:]
    for files in kept { sources.merge(files) { first, _ in first } }
    for path in Set(warnings.map(\.path)) where path.hasPrefix(prefix) {
      if sources[path] == nil, let bytes = contents(String(path.dropFirst(prefix.count))) { sources[path] = bytes }
    }
    return sources
  }

  /// The dialect as a lens whose view is every top-level interface.
  ///
  /// `put` replaces the whole view: interfaces absent from the view keep
  /// their files (nothing is deleted) but, being absent, are left as they
  /// are. `create` writes into an empty tree.
  public var lens: Lens<NativeTree, [Interface]> {
    let dialect = self
    return Lens(
      get: { tree in try dialect.read(tree).interfaces },
      put: { interfaces, tree in try dialect.write(interfaces, into: tree).tree },
      create: { interfaces in try dialect.write(interfaces, into: NativeTree()).tree })
  }
}
