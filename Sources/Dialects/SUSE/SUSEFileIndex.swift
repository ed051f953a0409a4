import ShellSyntax

/// The ifcfg files of a tree and how they fit together.
///
/// A file describes the interface its name gives (`ifcfg-eth0` is eth0).
/// Membership is written in the master's file: a bridge's `BRIDGE_PORTS`,
/// a bond's `BONDING_SLAVE_*`. Ports and slaves need no file of their own
/// (wicked then brings them up with its defaults).
struct SUSEFileIndex: Sendable {
  let directory: String
  /// Interface name -> the name of the ifcfg file that describes it (valid interface names only).
  private var fileNames: [String: String] = [:]
  /// The folder's files by name, parsed on demand.
  let contents: FileStore
  /// Files parsed already (a file checked on its own), by file name.
  private let parsed: [String: IfcfgFile]
  /// Bridge name -> its ports; bond name -> its slaves, as listed.
  private(set) var bridgePorts: [String: [String]] = [:]
  private(set) var bondSlaves: [String: [String]] = [:]
  /// Port or slave name -> the bridge or bond that lists it.
  private(set) var masterOf: [String: String] = [:]
  /// Notes and warnings about files that describe nothing netcf-compile uses.
  private(set) var notes: [Diagnostic] = []

  /// The index keeps names only: each file is lexed once, on every core,
  /// for the keys that tie files together, and parsed again when it is read
  /// (``file(describing:)``), so a whole tree's parse is never held at once.
  init(tree: NativeTree, directory: String) {
    self.init(contents: FileStore(tree.files), directory: directory)
  }

  /// The index of a folder's files.
  init(contents: FileStore, directory: String) {
    let names = contents.names.filter(SUSEFiles.isConfig).sorted()
    let summaries = ParallelChunks.map(names) { fileName in
      Summary(IfcfgFile(fileName: fileName, directory: directory, bytes: contents.bytes(fileName) ?? []))
    }
    self.init(summaries: summaries, contents: contents, parsed: [:], directory: directory)
  }

  /// The index of files already parsed (ifcfg files only, in name order), kept parsed.
  init(parsed files: [IfcfgFile], directory: String) {
    var parsed: [String: IfcfgFile] = [:]
    for file in files { parsed[file.fileName] = file }
    self.init(summaries: files.map(Summary.init), contents: FileStore([:]), parsed: parsed, directory: directory)
  }

  private init(summaries: [Summary], contents: FileStore, parsed: [String: IfcfgFile], directory: String) {
    self.directory = directory
    self.contents = contents
    self.parsed = parsed
    fileNames.reserveCapacity(summaries.count)
    var valid: [Summary] = []
    valid.reserveCapacity(summaries.count)
    for summary in summaries {
      guard InterfaceName.isValid(summary.name) else {
        notes.append(
          .warning(
            "invalid-interface-name", "'\(summary.name)' is not a valid interface name; the file is skipped",
            path: summary.path(in: directory), range: .at(0)))
        continue
      }
      fileNames[summary.name] = summary.fileName
      valid.append(summary)
    }
    // Members go to the first master in interface-name order.
    valid.sort { $0.name < $1.name }
    for summary in valid {
      switch summary.role {
      case .bond(let slaves):
        bondSlaves[summary.name] = list(slaves, of: summary, key: SUSEKey.bondingSlave)
      case .bridge(let ports):
        bridgePorts[summary.name] = list(ports, of: summary, key: SUSEKey.bridgePorts)
      case .none:
        break
      }
    }
  }

  /// Records `members` as listed by `master`; the first master (in name order) to list a name keeps it.
  private mutating func list(_ members: [String], of master: Summary, key: String) -> [String] {
    var kept: [String] = []
    for member in members {
      guard InterfaceName.isValid(member), member != master.name, !kept.contains(member) else {
        notes.append(
          .warning(
            "invalid-member", "'\(member)' cannot be a member of \(master.name); ignored", path: master.path(in: directory),
            range: .at(0)))
        continue
      }
      if let other = masterOf[member] {
        notes.append(
          .warning(
            "member-of-two", "\(member) is already a member of \(other); ignored here", path: master.path(in: directory),
            range: master.membersRange))
        continue
      }
      masterOf[member] = master.name
      kept.append(member)
    }
    return kept
  }

  static func isBond(_ file: IfcfgFile) -> Bool { file.boolean(SUSEKey.bondingMaster) == true }
  static func isBridge(_ file: IfcfgFile) -> Bool { file.boolean(SUSEKey.bridge) == true }

  /// The words of `BRIDGE_PORTS`.
  static func ports(of file: IfcfgFile) -> [String] {
    (file.string(SUSEKey.bridgePorts) ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" }).map(
      String.init)
  }

  /// The `BONDING_SLAVE*` keys with a value, in file order.
  static func slaveKeys(of file: IfcfgFile) -> [(key: String, name: String)] {
    file.shell.keys(withPrefix: SUSEKey.bondingSlave).compactMap { key in
      guard let value = file.nonEmpty(key) else { return nil }
      return (key, value)
    }
  }

  static func slaves(of file: IfcfgFile) -> [String] { slaveKeys(of: file).map(\.name) }

  /// The file describing interface `name`, if any (parsed anew on each call).
  func file(describing name: String) -> IfcfgFile? {
    guard let fileName = fileNames[name] else { return nil }
    if let file = parsed[fileName] { return file }
    guard let bytes = contents.bytes(fileName) else { return nil }
    return IfcfgFile(fileName: fileName, directory: directory, bytes: bytes)
  }

  /// Whether a file describes interface `name`.
  func hasFile(describing name: String) -> Bool { fileNames[name] != nil }

  /// Names of every interface with a file that no bridge or bond lists, sorted.
  var topLevelNames: [String] { fileNames.keys.filter { masterOf[$0] == nil }.sorted() }

  /// The ports of a bridge and slaves of a bond, recursively (for removal).
  func members(of name: String, depth: Int = 0) -> [String] {
    guard depth < 8 else { return [] }
    let direct = (bridgePorts[name] ?? []) + (bondSlaves[name] ?? [])
    return direct + direct.flatMap { members(of: $0, depth: depth + 1) }
  }
}

extension SUSEFileIndex {
  /// What the index needs of one file: the interface it describes and the members it lists.
  struct Summary: Sendable {
    enum Role: Sendable {
      case bond(slaves: [String])
      case bridge(ports: [String])
      case none
    }

    let fileName: String
    /// The interface the file describes: its name's suffix.
    let name: String
    let role: Role
    /// Where the member list is, for warnings about its entries.
    let membersRange: SourceRange

    func path(in directory: String) -> String { directory.isEmpty ? fileName : directory + "/" + fileName }

    init(_ file: IfcfgFile) {
      fileName = file.fileName
      name = file.suffix
      let key: String
      if SUSEFileIndex.isBond(file) {
        role = .bond(slaves: SUSEFileIndex.slaves(of: file))
        key = SUSEKey.bondingSlave
      } else if SUSEFileIndex.isBridge(file) {
        role = .bridge(ports: SUSEFileIndex.ports(of: file))
        key = SUSEKey.bridgePorts
      } else {
        role = .none
        key = SUSEKey.bridgePorts
      }
      membersRange = file.shell.assignment(of: key)?.valueRange ?? .at(0)
    }
  }
}
