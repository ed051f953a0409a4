import ShellSyntax

/// The ifcfg files of a tree and which file describes which interface.
///
/// An interface's name is the kernel name of the link whose address the
/// file's `HWADDR` matches, else its `DEVICE`, else the file name's suffix.
/// When several files name the same interface the one initscripts uses
/// wins: `ifcfg-NAME`, else the one whose `HWADDR` matches the link's
/// address, else the last in name order.
///
/// The index keeps names only: each file is lexed once, on every core, for
/// the few keys that tie files together, and parsed again when it is read
/// (``file(describing:)``), so a whole tree's parse is never held at once.
struct RedHatFileIndex: Sendable {
  let directory: String
  /// The folder's files by name, parsed on demand.
  let contents: FileStore
  /// Files parsed already (a file checked on its own), by file name.
  private let parsed: [String: IfcfgFile]
  /// Interface name -> the file that describes it.
  private(set) var chosen: [String: String] = [:]
  /// Interfaces whose chosen file names a bond (`MASTER`) or a bridge (`BRIDGE`).
  private var members: Set<String> = []
  /// Interfaces whose chosen file describes a bridge (`TYPE=Bridge`).
  private var bridges: Set<String> = []
  /// Bridge name -> its ports' names; bond name -> its slaves' names (sorted).
  private(set) var bridgePorts: [String: [String]] = [:]
  private(set) var bondSlaves: [String: [String]] = [:]
  /// Notes and warnings about files that describe nothing netcf-compile uses.
  private(set) var notes: [Diagnostic] = []

  init(tree: NativeTree, directory: String) {
    self.init(contents: FileStore(tree.files), links: tree.linkAddresses, directory: directory)
  }

  /// The index of a folder's files; `links` are the host's addresses by interface name.
  init(contents: FileStore, links: [String: String], directory: String) {
    var linkByAddress: [String: String] = [:]
    for (link, address) in links.sorted(by: { $0.key > $1.key }) {
      linkByAddress[address.lowercased()] = link
    }
    let names = contents.names.filter(RedHatFiles.isConfig).sorted()
    let summaries = ParallelChunks.map(names) { [linkByAddress] fileName in
      Summary(
        IfcfgFile(fileName: fileName, directory: directory, bytes: contents.bytes(fileName) ?? []),
        linkByAddress: linkByAddress)
    }
    self.init(summaries: summaries, contents: contents, links: links, directory: directory)
  }

  /// The index of one file on its own, for reading it as a top-level
  /// interface: no other file is there, so only its name and membership are looked up.
  init(single file: IfcfgFile, directory: String) {
    self.directory = directory
    self.contents = FileStore([:])
    self.parsed = [file.fileName: file]
    let name = file.nonEmpty(RedHatKey.device) ?? file.suffix
    guard InterfaceName.isValid(name) else {
      notes.append(
        .warning(
          "invalid-interface-name", "'\(name)' is not a valid interface name; the file is skipped",
          path: file.path, range: file.valueRange(RedHatKey.device)))
      return
    }
    chosen[name] = file.fileName
    // A file naming itself as its master or bridge lists itself, as in a folder.
    if let master = file.nonEmpty(RedHatKey.master) {
      if master == name { bondSlaves[name] = [name] }
      members.insert(name)
    } else if let bridge = file.nonEmpty(RedHatKey.bridge) {
      if bridge == name { bridgePorts[name] = [name] }
      members.insert(name)
    }
  }

  private init(summaries: [Summary], contents: FileStore, links: [String: String], directory: String) {
    self.directory = directory
    self.contents = contents
    self.parsed = [:]
    // Nearly every name has one file, kept in `chosen` at once; the names of
    // several (their further files' positions in `summaries`) are settled after.
    var moreFiles: [String: [Int]] = [:]
    chosen.reserveCapacity(summaries.count)
    for (position, summary) in summaries.enumerated() {
      guard InterfaceName.isValid(summary.name) else {
        notes.append(
          .warning(
            "invalid-interface-name", "'\(summary.name)' is not a valid interface name; the file is skipped",
            path: summary.path(in: directory), range: summary.deviceRange))
        continue
      }
      if chosen.updateValue(summary.fileName, forKey: summary.name) != nil {
        moreFiles[summary.name, default: []].append(position)
      }
    }
    // Files come in name order: a name's first file is the first summary naming it.
    var firstFile: [String: Int] = [:]
    if !moreFiles.isEmpty {
      for (position, summary) in summaries.enumerated() where moreFiles[summary.name] != nil {
        if firstFile[summary.name] == nil { firstFile[summary.name] = position }
      }
    }
    var shadowed: [Diagnostic] = []
    for (name, others) in moreFiles {
      guard let first = firstFile[name] else { continue }
      let positions = [first] + others
      let pick = Self.choose(name: name, among: positions, summaries: summaries, link: links[name])
      chosen[name] = summaries[pick].fileName
      for other in positions where other != pick {
        shadowed.append(
          Diagnostic(
            code: "shadowed-file", severity: .note,
            message:
              "\(summaries[other].fileName) also describes \(name); initscripts uses \(summaries[pick].fileName), so this file is not read",
            path: summaries[other].path(in: directory), range: .at(0)))
      }
    }
    for summary in summaries where chosen[summary.name] == summary.fileName {
      if summary.isBridge { bridges.insert(summary.name) }
      if let master = summary.master {
        bondSlaves[master, default: []].append(summary.name)
        members.insert(summary.name)
      } else if let bridge = summary.bridge {
        bridgePorts[bridge, default: []].append(summary.name)
        members.insert(summary.name)
      }
    }
    // In name order, whatever order the tables keep.
    notes += shadowed.sorted { $0.path < $1.path }
    for key in bridgePorts.keys { bridgePorts[key]?.sort() }
    for key in bondSlaves.keys { bondSlaves[key]?.sort() }
  }

  /// The file initscripts reads for `name`: `ifcfg-NAME`, else the last
  /// whose `HWADDR` is the link's address, else the last in name order.
  /// - Parameter positions: the files' positions in `summaries`, in name order (at least one).
  private static func choose(name: String, among positions: [Int], summaries: [Summary], link: String?) -> Int {
    let own = RedHatFiles.fileName(for: name)
    if let file = positions.first(where: { summaries[$0].fileName == own }) { return file }
    if let link = link?.lowercased(), let match = positions.last(where: { summaries[$0].hardwareAddress == link }) {
      return match
    }
    return positions[positions.count - 1]
  }

  /// The file describing interface `name`, if any (parsed anew on each call).
  func file(describing name: String) -> IfcfgFile? {
    guard let fileName = chosen[name] else { return nil }
    if let file = parsed[fileName] { return file }
    guard let bytes = contents.bytes(fileName) else { return nil }
    return IfcfgFile(fileName: fileName, directory: directory, bytes: bytes)
  }

  /// Whether a file describes interface `name`.
  func hasFile(describing name: String) -> Bool { chosen[name] != nil }

  /// Whether the chosen file of `name` describes a bridge (`TYPE=Bridge`).
  func isBridge(_ name: String) -> Bool { bridges.contains(name) }

  /// Whether the chosen file of `name` is a port or slave (has `MASTER` or `BRIDGE`).
  func isMember(_ name: String) -> Bool { members.contains(name) }

  /// Names of every interface whose chosen file is not a port or slave, sorted.
  var topLevelNames: [String] { chosen.keys.filter { !members.contains($0) }.sorted() }

  /// The ports of a bridge and slaves of a bond, recursively (for removal).
  func members(of name: String, depth: Int = 0) -> [String] {
    guard depth < 8 else { return [] }
    let direct = (bridgePorts[name] ?? []) + (bondSlaves[name] ?? [])
    return direct + direct.flatMap { members(of: $0, depth: depth + 1) }
  }
}

extension RedHatFileIndex {
  /// What the index needs of one file: the interface it describes and the
  /// keys that tie it to others.
  struct Summary: Sendable {
    let fileName: String
    /// The interface the file describes.
    let name: String
    /// `HWADDR`, normalised, when it is a MAC address and the host has links
    /// to match it against (it only ever decides between files then).
    let hardwareAddress: String?
    /// `MASTER` and `BRIDGE`, when not empty.
    let master: String?
    let bridge: String?
    /// Whether the file describes a bridge (`TYPE=Bridge`).
    let isBridge: Bool
    /// Where `DEVICE`'s value is (or the start of the file).
    let deviceRange: SourceRange

    /// `linkByAddress` maps a lower-case address to the (first by name) link that has it.
    init(_ file: IfcfgFile, linkByAddress: [String: String]) {
      fileName = file.fileName
      hardwareAddress = linkByAddress.isEmpty ? nil : file.nonEmpty(RedHatKey.hwaddr).flatMap(MACSyntax.normalized)
      if let address = hardwareAddress, let link = linkByAddress[address] {
        name = link
      } else {
        name = file.nonEmpty(RedHatKey.device) ?? file.suffix
      }
      master = file.nonEmpty(RedHatKey.master)
      bridge = file.nonEmpty(RedHatKey.bridge)
      isBridge = RedHatFiles.isBridge(file)
      deviceRange = file.valueRange(RedHatKey.device)
    }

    func path(in directory: String) -> String { directory.isEmpty ? fileName : directory + "/" + fileName }
  }
}
