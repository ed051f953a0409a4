/// SUSE's sysconfig format as wicked reads it: one `ifcfg-NAME` file of
/// shell assignments per interface in `etc/sysconfig/network`, default
/// routes in `ifroute-NAME` (and the global `routes` file).
///
/// - `read` (get) accepts what YaST, wicked and people write: every
///   STARTMODE spelling, `BOOTPROTO` with `+` combinations, addresses in
///   `IPADDR` with any suffix and a `/prefix`, `PREFIXLEN` or `NETMASK`,
///   bridges by `BRIDGE_PORTS`, bonds by `BONDING_SLAVE_*`, vlans by
///   `ETHERDEVICE` with `VLAN_ID` or a tag at the end of the name.
/// - `write` on an empty tree (create) writes the keys YaST writes,
///   single-quoted; on existing files (put) it edits in place, rewriting a
///   line only when its meaning changes and keeping every other byte,
///   in the ifcfg files and in the routes files alike.
/// - `remove` drops the files of interfaces and of their ports and slaves.
///
/// What SUSE files cannot say is reported by `write` as warnings: DHCP's
/// `peerdns` (DNS is netconfig's global policy) and an IPv6 protocol with
/// nothing in it (IPv6 is on by default); an IPv4 protocol with nothing in
/// it reads back as none; ports and slaves have no start mode or addressing
/// of their own.
public struct SUSEDialect: Dialect {
  public let name = "suse"
  public let configDirectory = "etc/sysconfig/network"

  /// Whether a write leaves alone the interfaces the files already describe
  /// exactly (see `UnchangedInterfaces`); off, every interface goes through the editor.
  public var skipsUnchangedInterfaces: Bool

  public init() { self.init(skipsUnchangedInterfaces: true) }

  public init(skipsUnchangedInterfaces: Bool) { self.skipsUnchangedInterfaces = skipsUnchangedInterfaces }

  /// `ifcfg-NAME`, `ifroute-NAME` and `routes`, not backups (`~`, `.old`,
  /// `.bak`, `.orig`, `.scpmbackup`, `.rpmnew`, `.rpmsave`, `.rpmorig`).
  public func isConfigFile(named name: String) -> Bool { SUSEFiles.isConfig(name) || SUSEFiles.isRoute(name) }

  public func read(_ tree: NativeTree) throws(DiagnosticError) -> DialectReading {
    let reading = try read(tree, names: nil) { $0 }
    return DialectReading(interfaces: reading.outputs.flatMap { $0 }, warnings: reading.warnings)
  }

  public func read<Output: Sendable>(
    _ tree: consuming NativeTree, names: Set<String>?, transform: @escaping @Sendable ([Interface]) -> Output
  ) throws(DiagnosticError) -> BatchReading<Output> {
    let contents = FileStore(tree.files)
    // The store holds the only reference to each file's bytes: a batch lets go of its files once read.
    tree = NativeTree()
    let index = SUSEFileIndex(contents: contents, directory: configDirectory)
    let routes = SUSERoutes(contents: contents, directory: configDirectory)
    let topLevel = index.topLevelNames
    let wanted = InterfaceBatches.wanted(topLevel, names: names)
    let batches = ParallelChunks.mapChunks(wanted, size: InterfaceBatches.size) { batch in
      var reader = SUSEReader(index: index, routes: routes)
      let interfaces = reader.read(batch)
      // Top-level interfaces share no file (a member is listed by one master), so no other
      // batch reads these; an interface's own routes file is counted here, then let go of too.
      var routeCounts: [(fileName: String, count: Int)] = []
      var released = reader.filesRead.map(\.fileName)
      for interface in interfaces {
        let routesFile = SUSEFiles.routeFileName(for: interface.name)
        routeCounts += routes.unrepresented(interfaces: [interface.name], only: [routesFile])
        released.append(routesFile)
      }
      let sources = contents.release(released, of: configDirectory, keepingFilesNamedBy: reader.diagnostics)
      return (
        output: transform(interfaces), names: interfaces.map(\.name), diagnostics: reader.diagnostics,
        routeCounts: routeCounts, sources: sources
      )
    }
    // Interfaces not asked for are not read: their routes are not reported as left out.
    let read = Set(batches.flatMap(\.names)).union(names == nil ? [] : Set(topLevel).subtracting(wanted))
    // Files let go of were counted by their batch; the rest (and `routes`) are counted now.
    let routeCounts = (batches.flatMap(\.routeCounts) + routes.unrepresented(interfaces: read))
      .sorted { $0.fileName < $1.fileName }
    let diagnostics =
      index.notes + batches.flatMap(\.diagnostics)
      + routeCounts.map { SUSEReader.routeWarning(routes, fileName: $0.fileName, count: $0.count) }
    return try InterfaceBatches.reading(
      outputs: batches.map(\.output), diagnostics: diagnostics,
      sources: sources(of: diagnostics, in: contents.bytes, adding: batches.map(\.sources)))
  }

  /// What reading a tree of this one ifcfg file reports (as ``read(_:)``:
  /// its errors when there are any, else its warnings), for a file already parsed.
  public func diagnostics(of file: IfcfgFile) -> [Diagnostic] {
    let parsed = SUSEFiles.isConfig(file.fileName) ? [file] : []
    let index = SUSEFileIndex(parsed: parsed, directory: configDirectory)
    var reader = SUSEReader(index: index, routes: SUSERoutes(tree: NativeTree(), directory: configDirectory))
    _ = reader.read(index.topLevelNames)
    let diagnostics = index.notes + reader.diagnostics
    return diagnostics.containsErrors ? diagnostics.filter { $0.severity == .error } : diagnostics
  }

  public func write(_ interfaces: [Interface], into tree: NativeTree) throws(DiagnosticError)
    -> DialectWriting
  {
    try InterfaceValidation.check(interfaces, path: path(of:))
    var writer = SUSEWriter(tree: tree, directory: configDirectory, skippingUnchanged: skipsUnchangedInterfaces)
    let result = writer.write(interfaces)
    if !writer.errors.isEmpty { throw DiagnosticError(writer.errors) }
    return DialectWriting(tree: result, warnings: interfaces.flatMap { warnings($0) + memberWarnings($0) })
  }

  /// Ports and slaves come up with their master: a start mode or addressing of their own is not written.
  private func memberWarnings(_ interface: Interface) -> [Diagnostic] {
    MemberSettingWarnings.warnings(
      interface, comingUp: "it comes up with its master: STARTMODE='hotplug', BOOTPROTO='none'", path: path(of:))
  }

  /// What SUSE files cannot say about `interface`.
  private func warnings(_ interface: Interface) -> [Diagnostic] {
    var result: [Diagnostic] = []
    func lost(_ message: String) {
      result.append(
        .warning(
          "not-expressible", "\(interface.name): \(message)", path: path(of: interface.name), range: .at(0)))
    }
    if let peerDNS = interface.ipv4?.dhcp?.peerDNS {
      lost(
        "<dhcp peerdns=\"\(peerDNS ? "yes" : "no")\"/> cannot be written: SUSE takes DNS from DHCP as netconfig's global policy (NETCONFIG_DNS_POLICY) decides"
      )
    }
    if interface.ipv4 == IPv4Protocol() {
      lost("an IPv4 protocol with neither DHCP, an address nor a gateway reads back as no IPv4")
    }
    if interface.ipv6 == IPv6Protocol() {
      lost(
        "an IPv6 protocol with no address, autoconf, DHCP or gateway cannot be written: SUSE enables IPv6 by default, so it reads back as no IPv6 protocol"
      )
    }
    return result
  }

  public func remove(_ names: [String], from tree: NativeTree) throws(DiagnosticError) -> NativeTree {
    let index = SUSEFileIndex(tree: tree, directory: configDirectory)
    var result = tree
    var errors: [Diagnostic] = []
    for name in names {
      guard index.hasFile(describing: name) else {
        errors.append(
          .error(
            "unknown-interface", "no ifcfg file describes interface '\(name)'", path: configDirectory,
            range: .at(0)))
        continue
      }
      for gone in [name] + index.members(of: name) {
        result.files[SUSEFiles.fileName(for: gone)] = nil
        result.files[SUSEFiles.routeFileName(for: gone)] = nil
      }
    }
    if !errors.isEmpty { throw DiagnosticError(errors) }
    return result
  }

  private func path(of name: String) -> String { configDirectory + "/" + SUSEFiles.fileName(for: name) }
}
