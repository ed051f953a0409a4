/// A routes file (`ifroute-NAME` or `routes`, ifroute(5)), kept line by
/// line so that editing one route leaves every other byte as it was.
///
/// A route line is `DESTINATION GATEWAY NETMASK INTERFACE [OPTIONS]`,
/// columns separated by blanks, `-` for an empty column; lines starting
/// with `#` and blank lines are comments.
struct SUSERouteFile: Sendable, Hashable {
  let fileName: String
  let path: String
  /// The lines, each with its line end.
  private(set) var lines: [[UInt8]]

  init(fileName: String, directory: String, bytes: [UInt8]) {
    self.fileName = fileName
    self.path = directory + "/" + fileName
    var lines: [[UInt8]] = []
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == 0x0A {
      lines.append(Array(bytes[start...index]))
      start = index + 1
    }
    if start < bytes.count { lines.append(Array(bytes[start...])) }
    self.lines = lines
  }

  var bytes: [UInt8] { lines.flatMap { $0 } }

  /// One route line's columns.
  struct Route: Sendable {
    /// Index of the line in the file.
    var line: Int
    /// The words before any `#`, with their byte ranges within the line.
    var words: [(text: String, range: Range<Int>)]

    var destination: String { words.first?.text ?? "" }
    var gateway: String? { column(1) }
    var netmask: String? { column(2) }
    var interface: String? { column(3) }

    /// Column `index`, nil when missing or `-`.
    func column(_ index: Int) -> String? {
      guard index < words.count, words[index].text != "-" else { return nil }
      return words[index].text
    }

    /// The family of a default route's gateway (`default`, `0.0.0.0/0`,
    /// `::/0`, or `0.0.0.0` with netmask `0.0.0.0`), nil for any other route.
    var defaultFamily: IPAddressItem.Family? {
      guard let gateway else { return nil }
      let family: IPAddressItem.Family? =
        IPv4Syntax.isValid(gateway)
        ? .ipv4 : IPv6Syntax.isValid(IPAddressItem.withoutZone(gateway)) ? .ipv6 : nil
      switch destination {
      case "default": return family
      case "0.0.0.0/0": return family == .ipv4 ? family : nil
      case "::/0": return family == .ipv6 ? family : nil
      case "0.0.0.0" where netmask == "0.0.0.0" || netmask == "0": return family == .ipv4 ? family : nil
      default: return nil
      }
    }
  }

  /// Every route line, in file order.
  var routes: [Route] {
    lines.indices.compactMap { index in
      let words = Self.words(lines[index])
      guard let first = words.first, !first.text.hasPrefix("#") else { return nil }
      return Route(line: index, words: words.prefix { !$0.text.hasPrefix("#") }.map { $0 })
    }
  }

  private static func words(_ line: [UInt8]) -> [(text: String, range: Range<Int>)] {
    var result: [(text: String, range: Range<Int>)] = []
    var start: Int?
    func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }
    for (index, byte) in line.enumerated() {
      if isBlank(byte) {
        if let begin = start {
          result.append((String(decoding: line[begin..<index], as: UTF8.self), begin..<index))
          start = nil
        }
      } else if start == nil {
        start = index
      }
    }
    if let begin = start {
      result.append((String(decoding: line[begin...], as: UTF8.self), begin..<line.count))
    }
    return result
  }

  // MARK: - Editing

  /// Replaces the gateway column of `route` with `gateway`.
  mutating func setGateway(of route: Route, to gateway: String) {
    guard route.line < lines.count, route.words.count > 1 else { return }
    let range = route.words[1].range
    guard range.upperBound <= lines[route.line].count else { return }
    lines[route.line].replaceSubrange(range, with: Array(gateway.utf8))
  }

  /// Removes the lines of `routes`.
  mutating func remove(_ routes: [Route]) {
    for line in Set(routes.map(\.line)).sorted(by: >) where line < lines.count {
      lines.remove(at: line)
    }
  }

  /// Appends `default GATEWAY - INTERFACE` with the file's line end.
  mutating func appendDefault(gateway: String, interface: String) {
    let crlf = lines.first.map { $0.count >= 2 && $0[$0.count - 2] == 0x0D } ?? false
    let newline: [UInt8] = crlf ? [0x0D, 0x0A] : [0x0A]
    if let last = lines.indices.last, lines[last].last != 0x0A { lines[last] += newline }
    lines.append(Array("default \(gateway) - \(interface)".utf8) + newline)
  }
}

/// The routes files of a tree, and which default routes belong to which interface.
struct SUSERoutes: Sendable {
  /// A route in one of the files.
  struct Reference: Sendable {
    var fileName: String
    var route: SUSERouteFile.Route
  }

  let directory: String
  /// The routes files' names, in name order.
  let fileNames: [String]
  /// The folder's files by name: a routes file is parsed when it is looked at.
  let contents: FileStore
  /// The global `routes` file, parsed once: every interface's defaults look at it.
  private let global: SUSERouteFile?
  /// Routes files edited so far, by file name.
  private(set) var edited: [String: SUSERouteFile] = [:]

  init(tree: NativeTree, directory: String) {
    self.init(contents: FileStore(tree.files), directory: directory)
  }

  init(contents: FileStore, directory: String) {
    self.directory = directory
    self.contents = contents
    self.fileNames = contents.names.filter(SUSEFiles.isRoute).sorted()
    self.global = contents.bytes(SUSEFiles.globalRoutes).map {
      SUSERouteFile(fileName: SUSEFiles.globalRoutes, directory: directory, bytes: $0)
    }
  }

  /// The routes file `fileName` as edited so far, or as the tree has it.
  func file(named fileName: String) -> SUSERouteFile? {
    if let file = edited[fileName] { return file }
    if fileName == SUSEFiles.globalRoutes { return global }
    guard SUSEFiles.isRoute(fileName), let bytes = contents.bytes(fileName) else { return nil }
    return SUSERouteFile(fileName: fileName, directory: directory, bytes: bytes)
  }

  /// Edits the routes file `fileName`, creating it empty when there is none.
  mutating func edit(_ fileName: String, _ change: (inout SUSERouteFile) -> Void) {
    var file = self.file(named: fileName) ?? SUSERouteFile(fileName: fileName, directory: directory, bytes: [])
    change(&file)
    edited[fileName] = file
  }

  /// The default routes of `name` in `family`, in the order wicked reads
  /// them: `ifroute-NAME` (whose routes without an interface are NAME's),
  /// then the `routes` lines naming NAME.
  func defaults(for name: String, family: IPAddressItem.Family) -> [Reference] {
    var result: [Reference] = []
    let own = SUSEFiles.routeFileName(for: name)
    for route in file(named: own)?.routes ?? []
    where route.defaultFamily == family && (route.interface ?? name) == name {
      result.append(Reference(fileName: own, route: route))
    }
    for route in file(named: SUSEFiles.globalRoutes)?.routes ?? []
    where route.defaultFamily == family && route.interface == name {
      result.append(Reference(fileName: SUSEFiles.globalRoutes, route: route))
    }
    return result
  }

  /// The gateway wicked uses for `name` in `family`: the first default route's.
  func gateway(for name: String, family: IPAddressItem.Family) -> Reference? {
    defaults(for: name, family: family).first
  }

  /// How many routes of each file the interface description does not carry:
  /// every route but the default routes of `interfaces`.
  /// - Parameter only: the files to count, in name order (every one by default).
  func unrepresented(interfaces: Set<String>, only: [String]? = nil) -> [(fileName: String, count: Int)] {
    var result: [(fileName: String, count: Int)] = []
    for fileName in only ?? fileNames {
      guard let file = file(named: fileName) else { continue }
      let owner =
        fileName.hasPrefix(SUSEFiles.routePrefix)
        ? String(fileName.dropFirst(SUSEFiles.routePrefix.count)) : nil
      let count = file.routes.filter { route in
        guard route.defaultFamily != nil, let name = route.interface ?? owner else { return true }
        return !(interfaces.contains(name) && (owner == nil || owner == name))
      }.count
      if count > 0 { result.append((fileName, count)) }
    }
    return result
  }
}
