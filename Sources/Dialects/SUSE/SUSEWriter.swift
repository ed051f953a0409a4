import ShellSyntax

/// Writes interfaces into a tree (the lens's `put`; `create` is a put into an empty tree).
struct SUSEWriter {
  let index: SUSEFileIndex
  private var tree: NativeTree
  private var routes: SUSERoutes
  /// Working copies of the ifcfg files edited so far, by interface name.
  private var edited: [String: IfcfgFile] = [:]
  /// Interfaces given new files in this write.
  private var created: Set<String> = []
  /// Routes files edited so far.
  private var editedRoutes: Set<String> = []
  /// Where each written interface belongs: its bridge or bond, or nil at the top level.
  private var placement: [String: String?] = [:]
  private(set) var errors: [Diagnostic] = []

  /// Whether interfaces the files already describe exactly are left alone.
  let skippingUnchanged: Bool

  init(tree: NativeTree, directory: String, skippingUnchanged: Bool = true) {
    self.tree = tree
    self.skippingUnchanged = skippingUnchanged
    self.index = SUSEFileIndex(tree: tree, directory: directory)
    self.routes = SUSERoutes(tree: tree, directory: directory)
  }

  mutating func write(_ interfaces: [Interface]) -> NativeTree {
    for interface in interfaces { place(interface, master: nil) }
    let (currentIndex, currentRoutes) = (index, routes)
    let unchanged: Set<String> = !skippingUnchanged ? [] : UnchangedInterfaces.names(
      of: interfaces, isTopLevel: { currentIndex.hasFile(describing: $0) && currentIndex.masterOf[$0] == nil },
      makeReader: { SUSEReader(index: currentIndex, routes: currentRoutes) })
    for interface in interfaces where !unchanged.contains(interface.name) {
      write(interface, role: .topLevel, depth: 0)
    }
    releaseFromOtherMasters()
    for (name, file) in edited { tree.files[SUSEFiles.fileName(for: name)] = file.shell.bytes }
    for fileName in editedRoutes {
      if let file = routes.files[fileName] { tree.files[fileName] = file.bytes }
    }
    return tree
  }

  private mutating func place(_ interface: Interface, master: String?) {
    placement[interface.name] = .some(master)
    switch interface.kind {
    case .bridge(let bridge): bridge.ports.forEach { place($0, master: interface.name) }
    case .bond(let bond): bond.slaves.forEach { place($0, master: interface.name) }
    case .ethernet, .vlan: break
    }
  }

  private mutating func write(_ interface: Interface, role: SUSEInterfaceEditor.Role, depth: Int) {
    guard depth < 8 else { return }
    if case .member(let joining, _) = role, !joining, Self.needsNoFile(interface),
      !index.hasFile(describing: interface.name), edited[interface.name] == nil
    {
      return  // a listed port or slave without a file: wicked's defaults say it all
    }
    var editor = editor(for: interface.name)
    if editor.creating { created.insert(interface.name) }
    var interfaceEditor = SUSEInterfaceEditor(editor)
    interfaceEditor.apply(interface, role: role)
    editor = interfaceEditor.editor
    errors += editor.errors
    edited[interface.name] = editor.file

    if case .topLevel = role, !SUSEBootProto(parsing: editor.file.string(SUSEKey.bootproto)).none {
      let ipv4 = interface.ipv4.flatMap { $0 == IPv4Protocol() ? nil : $0 }
      let ipv6 = interface.ipv6.flatMap { $0 == IPv6Protocol() ? nil : $0 }
      gateway(ipv4?.gateway, family: .ipv4, for: interface.name)
      gateway(ipv6?.gateway, family: .ipv6, for: interface.name)
    }
    let masterMTU: Int? =
      switch role {
      case .topLevel: interface.mtu
      case .member(_, let mtu): interface.mtu ?? mtu
      }
    let members = interface.members
    for member in members {
      let joining = index.masterOf[member.name] != interface.name
      write(member, role: .member(joining: joining, masterMTU: masterMTU), depth: depth + 1)
    }
  }

  /// Whether a port or slave says nothing wicked's defaults do not.
  private static func needsNoFile(_ interface: Interface) -> Bool {
    interface.type == .ethernet && interface.mac == nil && interface.mtu == nil
  }

  /// Makes the first default route of `name` in `family` lead to `gateway`,
  /// adds one to `ifroute-NAME`, or removes them; other lines stay as they are.
  private mutating func gateway(_ gateway: String?, family: IPAddressItem.Family, for name: String) {
    let found = routes.defaults(for: name, family: family)
    if let gateway {
      if let first = found.first {
        let current = first.route.gateway.map { family == .ipv6 ? IPAddressItem.withoutZone($0) : $0 }
        guard current != gateway else { return }
        routes.files[first.fileName]?.setGateway(of: first.route, to: gateway)
        editedRoutes.insert(first.fileName)
      } else {
        let fileName = SUSEFiles.routeFileName(for: name)
        var file =
          routes.files[fileName] ?? SUSERouteFile(fileName: fileName, directory: routes.directory, bytes: [])
        file.appendDefault(gateway: gateway, interface: name)
        routes.files[fileName] = file
        editedRoutes.insert(fileName)
      }
      return
    }
    for fileName in Set(found.map(\.fileName)) {
      routes.files[fileName]?.remove(found.filter { $0.fileName == fileName }.map(\.route))
      editedRoutes.insert(fileName)
    }
  }

  /// Bridges and bonds not written here stop listing interfaces that now belong elsewhere.
  private mutating func releaseFromOtherMasters() {
    for (member, master) in index.masterOf.sorted(by: { $0.key < $1.key }) {
      guard let wanted = placement[member], wanted != master, placement[master] == nil else { continue }
      var editor = editor(for: master)
      if SUSEFileIndex.isBond(editor.file) {
        for (key, name) in SUSEFileIndex.slaveKeys(of: editor.file) where name == member {
          editor.remove(key)
        }
      } else {
        let ports = SUSEFileIndex.ports(of: editor.file).filter { $0 != member }
        editor.ensure(SUSEKey.bridgePorts, ports.joined(separator: " "))
      }
      errors += editor.errors
      edited[master] = editor.file
    }
  }

  /// The file to edit for `name`: its own, or a new `ifcfg-NAME`.
  private func editor(for name: String) -> IfcfgEditor {
    if let file = edited[name] {
      return IfcfgEditor(file: file, creating: created.contains(name), style: SUSEKey.style)
    }
    if let existing = index.file(describing: name) {
      return IfcfgEditor(file: existing, creating: false, style: SUSEKey.style)
    }
    return IfcfgEditor(
      file: .new(fileName: SUSEFiles.fileName(for: name), directory: index.directory), creating: true,
      style: SUSEKey.style)
  }
}
