import ShellSyntax

/// The ifcfg files of a tree and how they fit together.
///
/// A file describes the interface its name gives (`ifcfg-eth0` is eth0).
/// Membership is written in the master's file: a bridge's `BRIDGE_PORTS`,
/// a bond's `BONDING_SLAVE_*`. Ports and slaves need no file of their own
/// (wicked then brings them up with its defaults).
struct SUSEFileIndex: Sendable {
  let directory: String
  /// Every ifcfg file with a valid interface name, by interface name.
  private(set) var files: [String: IfcfgFile] = [:]
  /// Bridge name -> its ports; bond name -> its slaves, as listed.
  private(set) var bridgePorts: [String: [String]] = [:]
  private(set) var bondSlaves: [String: [String]] = [:]
  /// Port or slave name -> the bridge or bond that lists it.
  private(set) var masterOf: [String: String] = [:]
  /// Notes and warnings about files that describe nothing netcf-compile uses.
  private(set) var notes: [Diagnostic] = []

  init(tree: NativeTree, directory: String) {
    self.init(parsed: IfcfgFile.parseAll(tree, directory: directory, where: SUSEFiles.isConfig), directory: directory)
  }

  /// The index of files already parsed (ifcfg files only, in name order).
  init(parsed: [IfcfgFile], directory: String) {
    self.directory = directory
    files.reserveCapacity(parsed.count)
    for file in parsed {
      let name = file.suffix
      guard InterfaceName.isValid(name) else {
        notes.append(
          .warning(
            "invalid-interface-name", "'\(name)' is not a valid interface name; the file is skipped",
            path: file.path, range: .at(0)))
        continue
      }
      files[name] = file
    }
    for name in files.keys.sorted() {
      guard let file = files[name] else { continue }
      if Self.isBond(file) {
        bondSlaves[name] = list(Self.slaves(of: file), of: name, file: file, key: SUSEKey.bondingSlave)
      } else if Self.isBridge(file) {
        bridgePorts[name] = list(Self.ports(of: file), of: name, file: file, key: SUSEKey.bridgePorts)
      }
    }
  }

  /// Records `members` as listed by `master`; the first master (in name order) to list a name keeps it.
  private mutating func list(_ members: [String], of master: String, file: IfcfgFile, key: String) -> [String]
  {
    var kept: [String] = []
    for member in members {
      guard InterfaceName.isValid(member), member != master, !kept.contains(member) else {
        notes.append(
          .warning(
            "invalid-member", "'\(member)' cannot be a member of \(master); ignored", path: file.path,
            range: .at(0)))
        continue
      }
      if let other = masterOf[member] {
        notes.append(
          .warning(
            "member-of-two", "\(member) is already a member of \(other); ignored here", path: file.path,
            range: file.shell.assignment(of: key)?.valueRange ?? .at(0)))
        continue
      }
      masterOf[member] = master
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
    file.shell.keys.compactMap { key in
      guard key.hasPrefix(SUSEKey.bondingSlave), let value = file.nonEmpty(key) else { return nil }
      return (key, value)
    }
  }

  static func slaves(of file: IfcfgFile) -> [String] { slaveKeys(of: file).map(\.name) }

  /// The file describing interface `name`, if any.
  func file(describing name: String) -> IfcfgFile? { files[name] }

  /// Names of every interface with a file that no bridge or bond lists, sorted.
  var topLevelNames: [String] { files.keys.filter { masterOf[$0] == nil }.sorted() }

  /// The ports of a bridge and slaves of a bond, recursively (for removal).
  func members(of name: String, depth: Int = 0) -> [String] {
    guard depth < 8 else { return [] }
    let direct = (bridgePorts[name] ?? []) + (bondSlaves[name] ?? [])
    return direct + direct.flatMap { members(of: $0, depth: depth + 1) }
  }
}
