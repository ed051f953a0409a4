import ShellSyntax

/// The ifcfg files of a tree and which file describes which interface.
///
/// An interface's name is the kernel name of the link whose address the
/// file's `HWADDR` matches, else its `DEVICE`, else the file name's suffix.
/// When several files name the same interface the one initscripts uses
/// wins: `ifcfg-NAME`, else the one whose `HWADDR` matches the link's
/// address, else the last in name order.
struct RedHatFileIndex: Sendable {
  let directory: String
  /// Every ifcfg file, by file name.
  private(set) var files: [String: IfcfgFile] = [:]
  /// Interface name -> the file that describes it.
  private(set) var chosen: [String: String] = [:]
  /// File name -> the interface it describes (chosen files only).
  private(set) var nameOfFile: [String: String] = [:]
  /// Bridge name -> its ports' names; bond name -> its slaves' names (sorted).
  private(set) var bridgePorts: [String: [String]] = [:]
  private(set) var bondSlaves: [String: [String]] = [:]
  /// Notes and warnings about files that describe nothing netcf-compile uses.
  private(set) var notes: [Diagnostic] = []

  init(tree: NativeTree, directory: String) {
    self.init(
      parsed: IfcfgFile.parseAll(tree, directory: directory, where: RedHatFiles.isConfig),
      linkAddresses: tree.linkAddresses, directory: directory)
  }

  /// The index of files already parsed (ifcfg files only, in name order).
  init(parsed: [IfcfgFile], linkAddresses: [String: String], directory: String) {
    self.directory = directory
    files.reserveCapacity(parsed.count)
    var candidates: [String: [String]] = [:]
    var linkByAddress: [String: String] = [:]
    for (link, address) in linkAddresses.sorted(by: { $0.key > $1.key }) {
      linkByAddress[address.lowercased()] = link
    }
    for file in parsed {
      let fileName = file.fileName
      files[fileName] = file
      let name = Self.interfaceName(of: file, linkByAddress: linkByAddress)
      guard InterfaceName.isValid(name) else {
        notes.append(
          .warning(
            "invalid-interface-name", "'\(name)' is not a valid interface name; the file is skipped",
            path: file.path, range: file.valueRange(RedHatKey.device)))
        continue
      }
      candidates[name, default: []].append(fileName)
    }
    for (name, fileNames) in candidates {
      let pick = Self.choose(name: name, among: fileNames, files: files, link: linkAddresses[name])
      chosen[name] = pick
      nameOfFile[pick] = name
      for other in fileNames where other != pick {
        if let file = files[other] {
          notes.append(
            Diagnostic(
              code: "shadowed-file", severity: .note,
              message: "\(other) also describes \(name); initscripts uses \(pick), so this file is not read",
              path: file.path, range: .at(0)))
        }
      }
    }
    for (name, fileName) in chosen {
      guard let file = files[fileName] else { continue }
      if let master = file.nonEmpty(RedHatKey.master) {
        bondSlaves[master, default: []].append(name)
      } else if let bridge = file.nonEmpty(RedHatKey.bridge) {
        bridgePorts[bridge, default: []].append(name)
      }
    }
    for key in bridgePorts.keys { bridgePorts[key]?.sort() }
    for key in bondSlaves.keys { bondSlaves[key]?.sort() }
  }

  /// The name of the interface `file` describes.
  /// `linkByAddress` maps a lower-case address to the (first by name) link that has it.
  static func interfaceName(of file: IfcfgFile, linkByAddress: [String: String]) -> String {
    if let hwaddr = file.nonEmpty(RedHatKey.hwaddr).flatMap(MACSyntax.normalized),
      let link = linkByAddress[hwaddr]
    {
      return link
    }
    return file.nonEmpty(RedHatKey.device) ?? file.suffix
  }

  private static func choose(
    name: String, among fileNames: [String], files: [String: IfcfgFile], link: String?
  ) -> String {
    let own = RedHatFiles.fileName(for: name)
    if fileNames.contains(own) { return own }
    if let link = link?.lowercased(),
      let match = fileNames.last(where: {
        files[$0]?.nonEmpty(RedHatKey.hwaddr).flatMap(MACSyntax.normalized) == link
      })
    {
      return match
    }
    return fileNames.last ?? own
  }

  /// The file describing interface `name`, if any.
  func file(describing name: String) -> IfcfgFile? { chosen[name].flatMap { files[$0] } }

  /// Whether the chosen file of `name` is a port or slave (has `MASTER` or `BRIDGE`).
  func isMember(_ name: String) -> Bool {
    guard let file = file(describing: name) else { return false }
    return file.nonEmpty(RedHatKey.master) != nil || file.nonEmpty(RedHatKey.bridge) != nil
  }

  /// Names of every interface whose chosen file is not a port or slave, sorted.
  var topLevelNames: [String] { chosen.keys.filter { !isMember($0) }.sorted() }

  /// The ports of a bridge and slaves of a bond, recursively (for removal).
  func members(of name: String, depth: Int = 0) -> [String] {
    guard depth < 8 else { return [] }
    let direct = (bridgePorts[name] ?? []) + (bondSlaves[name] ?? [])
    return direct + direct.flatMap { members(of: $0, depth: depth + 1) }
  }
}
