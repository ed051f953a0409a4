/// Red Hat's initscripts format: one `ifcfg-NAME` file of shell assignments
/// per interface in `etc/sysconfig/network-scripts`.
///
/// - `read` (get) accepts what initscripts, NetworkManager, anaconda and
///   netcf write: `PREFIX` or `NETMASK`, numbered addresses `IPADDR0..n`,
///   numeric bond modes, `DHCPV6`, `STP=yes`, `vlanN` with `PHYSDEV`, any
///   case of `HWADDR`, initscripts booleans.
/// - `write` on an empty tree (create) writes exactly netcf's keys in
///   netcf's order; on existing files (put) it edits in place, rewriting a
///   line only when its meaning changes and keeping every other byte.
/// - `remove` drops the files of interfaces and of their ports and slaves.
public struct RedHatDialect: Dialect {
  public let name = "redhat"
  public let configDirectory = "etc/sysconfig/network-scripts"

  /// Whether a write leaves alone the interfaces the files already describe
  /// exactly (see `UnchangedInterfaces`); off, every interface goes through the editor.
  public var skipsUnchangedInterfaces: Bool

  public init() { self.init(skipsUnchangedInterfaces: true) }

  public init(skipsUnchangedInterfaces: Bool) { self.skipsUnchangedInterfaces = skipsUnchangedInterfaces }

  /// `ifcfg-NAME` files that are not backups (`~`, `.bak`, `.orig`, `.rpmnew`, `.rpmorig`, `.rpmsave`).
  public func isConfigFile(named name: String) -> Bool { RedHatFiles.isConfig(name) }

  public func read(_ tree: NativeTree) throws(DiagnosticError) -> DialectReading {
    let reading = try read(tree, names: nil) { $0 }
    return DialectReading(interfaces: reading.outputs.flatMap { $0 }, warnings: reading.warnings)
  }

  public func read<Output: Sendable>(
    _ tree: consuming NativeTree, names: Set<String>?, transform: @escaping @Sendable ([Interface]) -> Output
  ) throws(DiagnosticError) -> BatchReading<Output> {
    let links = tree.linkAddresses
    let contents = FileStore(tree.files)
    // The store holds the only reference to each file's bytes: a batch lets go of its files once read.
    tree = NativeTree()
    let index = RedHatFileIndex(contents: contents, links: links, directory: configDirectory)
    let topLevel = index.topLevelNames
    let wanted = InterfaceBatches.wanted(topLevel, names: names)
    let batches = ParallelChunks.mapChunks(wanted, size: InterfaceBatches.size) { batch in
      var reader = RedHatReader(index: index)
      let interfaces = reader.read(batch)
      // Top-level interfaces share no file (a file names one master), so no other batch reads these.
      let sources = contents.release(
        reader.filesRead.map(\.fileName), of: configDirectory, keepingFilesNamedBy: reader.diagnostics)
      return (output: transform(interfaces), diagnostics: reader.diagnostics, sources: sources)
    }
    var orphans = RedHatReader(index: index)
    orphans.reportOrphans()
    let diagnostics =
      RedHatReader.folderWarnings(index: index) + batches.flatMap(\.diagnostics) + orphans.diagnostics
    return try InterfaceBatches.reading(
      outputs: batches.map(\.output), diagnostics: diagnostics,
      sources: sources(of: diagnostics, in: contents.bytes, adding: batches.map(\.sources)))
  }

  /// Every diagnostic about the values of one file read on its own, as if
  /// it described a top-level interface: a port's or slave's own keys
  /// (addresses, MTU, booleans...) are checked too, while its references to
  /// other files are not (lint checks those across a folder).
  public func diagnostics(of file: IfcfgFile) -> [Diagnostic] {
    guard RedHatFiles.isConfig(file.fileName) else { return [] }
    let index = RedHatFileIndex(single: file, directory: configDirectory)
    var reader = RedHatReader(index: index)
    _ = reader.read(index.chosen.keys)
    return reader.diagnostics
  }

  public func write(_ interfaces: [Interface], into tree: NativeTree) throws(DiagnosticError)
    -> DialectWriting
  {
    try InterfaceValidation.check(interfaces) { configDirectory + "/" + RedHatFiles.fileName(for: $0) }
    var warnings: [Diagnostic] = []
    for interface in interfaces {
      if let ipv4 = interface.ipv4, ipv4.dhcp == nil, ipv4.addresses.isEmpty {
        warnings.append(
          .warning(
            "not-expressible",
            "\(interface.name): an IPv4 protocol with neither DHCP nor an address reads back as no IPv4",
            path: configDirectory + "/" + RedHatFiles.fileName(for: interface.name), range: .at(0)))
      }
    }
    for interface in interfaces { warnings += memberWarnings(interface) }
    var writer = RedHatWriter(tree: tree, directory: configDirectory, skippingUnchanged: skipsUnchangedInterfaces)
    let result = writer.write(interfaces)
    if !writer.errors.isEmpty { throw DiagnosticError(writer.errors) }
    return DialectWriting(tree: result, warnings: warnings)
  }

  public func remove(_ names: [String], from tree: NativeTree) throws(DiagnosticError) -> NativeTree {
    let index = RedHatFileIndex(tree: tree, directory: configDirectory)
    var result = tree
    var errors: [Diagnostic] = []
    for name in names {
      guard let file = index.file(describing: name) else {
        errors.append(
          .error(
            "unknown-interface", "no ifcfg file describes interface '\(name)'", path: configDirectory,
            range: .at(0)))
        continue
      }
      result.files[file.fileName] = nil
      for member in index.members(of: name) {
        if let memberFile = index.file(describing: member) { result.files[memberFile.fileName] = nil }
      }
    }
    if !errors.isEmpty { throw DiagnosticError(errors) }
    return result
  }

  /// Ports and slaves carry no start mode or addressing of their own in ifcfg files.
  private func memberWarnings(_ interface: Interface) -> [Diagnostic] {
    MemberSettingWarnings.warnings(interface, comingUp: "it comes up with its master") {
      configDirectory + "/" + RedHatFiles.fileName(for: $0)
    }
  }
}
