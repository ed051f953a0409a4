import ShellSyntax

/// Writes interfaces into a tree (the lens's `put`; `create` is a put into an empty tree).
struct RedHatWriter {
  let index: RedHatFileIndex
  private var tree: NativeTree
  /// Working copies of the files edited so far, by file name.
  private var edited: [String: IfcfgFile] = [:]
  /// Interface name -> file name, for interfaces given new files in this write.
  private var newFiles: [String: String] = [:]
  /// Every port and slave named by the interfaces written.
  private var claimed: Set<String> = []
  private(set) var errors: [Diagnostic] = []

  /// Whether interfaces the files already describe exactly are left alone.
  let skippingUnchanged: Bool

  init(tree: NativeTree, directory: String, skippingUnchanged: Bool = true) {
    self.tree = tree
    self.skippingUnchanged = skippingUnchanged
    self.index = RedHatFileIndex(tree: tree, directory: directory)
  }

  mutating func write(_ interfaces: [Interface]) -> NativeTree {
    for interface in interfaces { claim(members: interface) }
    let currentIndex = index
    let unchanged: Set<String> = !skippingUnchanged ? [] : UnchangedInterfaces.names(
      of: interfaces, isTopLevel: { currentIndex.hasFile(describing: $0) && !currentIndex.isMember($0) },
      makeReader: { RedHatReader(index: currentIndex) })
    for interface in interfaces where !unchanged.contains(interface.name) {
      write(interface, role: .topLevel, depth: 0)
    }
    for (fileName, file) in edited { tree.files[fileName] = file.shell.bytes }
    return tree
  }

  private mutating func claim(members interface: Interface) {
    switch interface.kind {
    case .bridge(let bridge):
      for port in bridge.ports {
        claimed.insert(port.name)
        claim(members: port)
      }
    case .bond(let bond):
      for slave in bond.slaves { claimed.insert(slave.name) }
    case .ethernet, .vlan:
      break
    }
  }

  private mutating func write(_ interface: Interface, role: RedHatInterfaceEditor.Role, depth: Int) {
    guard depth < 8, var editor = editor(for: interface.name) else { return }
    var interfaceEditor = RedHatInterfaceEditor(editor)
    interfaceEditor.apply(interface, role: role)
    editor = interfaceEditor.editor
    errors += editor.errors
    edited[editor.file.fileName] = editor.file

    let start: StartMode?
    switch role {
    case .topLevel: start = interface.startMode
    case .port(_, let masterStart, _), .slave(_, let masterStart, _): start = masterStart
    }
    let masterMTU: Int? =
      switch role {
      case .topLevel: interface.mtu
      case .port(_, _, let mtu), .slave(_, _, let mtu): interface.mtu ?? mtu
      }
    switch interface.kind {
    case .bridge(let bridge):
      for port in bridge.ports {
        write(port, role: .port(bridge: interface.name, start: start, masterMTU: masterMTU), depth: depth + 1)
      }
    case .bond(let bond):
      for slave in bond.slaves {
        write(slave, role: .slave(bond: interface.name, start: start, masterMTU: masterMTU), depth: depth + 1)
      }
    case .ethernet, .vlan:
      break
    }
    // Whatever its kind now, its former ports and slaves that nothing claims are let go.
    // Files naming a bridge that was not one were never its ports (the reader
    // skips them): they are left as they are.
    if index.isBridge(interface.name) {
      release(index.bridgePorts[interface.name] ?? [], keys: [RedHatKey.bridge])
    }
    release(index.bondSlaves[interface.name] ?? [], keys: [RedHatKey.master, RedHatKey.slave])
  }

  /// Former ports or slaves no interface claims any more lose their membership lines (their files stay).
  private mutating func release(_ members: [String], keys: [String]) {
    for member in members where !claimed.contains(member) {
      guard var editor = editor(for: member) else { continue }
      for key in keys { editor.remove(key) }
      edited[editor.file.fileName] = editor.file
    }
  }

  /// The file to edit for `name`: the one initscripts reads, or a new `ifcfg-NAME`.
  private mutating func editor(for name: String) -> IfcfgEditor? {
    if let fileName = newFiles[name], let file = edited[fileName] {
      return IfcfgEditor(file: file, creating: false, style: RedHatKey.style)
    }
    if let existing = index.file(describing: name) {
      return IfcfgEditor(file: edited[existing.fileName] ?? existing, creating: false, style: RedHatKey.style)
    }
    let fileName = RedHatFiles.fileName(for: name)
    let path = index.directory + "/" + fileName
    if tree.files[fileName] != nil {
      errors.append(
        .error(
          "file-in-use", "\(fileName) exists but describes another interface; cannot create \(name) there",
          path: path, range: .at(0)))
      return nil
    }
    newFiles[name] = fileName
    return IfcfgEditor(
      file: IfcfgFile(fileName: fileName, path: path, shell: ShellFile(parsing: [], path: path)),
      creating: true, style: RedHatKey.style)
  }
}
