/// Reads a dialect's configuration folder under a root into a ``NativeTree``,
/// with the host's hardware addresses from `ROOT/sys/class/net/*/address`.
///
/// Only the files the dialect takes are read; dot files (and so the
/// writer's temporary files) never are. A configuration file that is a
/// symbolic link is refused; sizes and counts are bounded by ``ReadLimits``.
public struct NativeTreeReader: Sendable {
  public var dialect: any Dialect
  public var limits: ReadLimits

  public init(dialect: any Dialect, limits: ReadLimits = .default) {
    self.dialect = dialect
    self.limits = limits
  }

  /// The tree under `root`; an empty tree when the configuration folder does not exist.
  public func read(root: RootFolder, fileSystem: some FileSystem) throws(DiagnosticError) -> NativeTree {
    var tree = NativeTree()
    tree.linkAddresses = linkAddresses(root: root, fileSystem: fileSystem)
    guard try root.checkFolders(dialect.configDirectory, creating: false, in: fileSystem) else { return tree }
    let folder = root.absolute(dialect.configDirectory)
    let names: [String]
    do { names = try fileSystem.listDirectory(at: folder, limit: limits.maximumFileCount) } catch {
      throw DiagnosticError(error.diagnostic)
    }
    let dialect = self.dialect
    let wanted = names.filter { $0.utf8.first != UInt8(ascii: ".") && dialect.isConfigFile(named: $0) }.sorted()
    let contents = fileSystem.readFiles(named: wanted, in: folder, limit: limits.maximumFileSize)
    var errors: [Diagnostic] = []
    tree.files.reserveCapacity(wanted.count)
    for (name, result) in zip(wanted, contents) {
      switch result {
      case .success(let bytes): tree.files[name] = bytes
      case .failure(let error): errors.append(error.diagnostic)
      }
    }
    if !errors.isEmpty { throw DiagnosticError(errors) }
    return tree
  }

  /// `ROOT/sys/class/net/NAME/address` for every interface NAME, lower case;
  /// entries that cannot be read or do not hold a MAC address are left out.
  public func linkAddresses(root: RootFolder, fileSystem: some FileSystem) -> [String: String] {
    let relative = "sys/class/net"
    guard (try? root.checkFolders(relative, creating: false, in: fileSystem)) == true,
      let names = try? fileSystem.listDirectory(at: root.absolute(relative), limit: limits.maximumFileCount)
    else { return [:] }
    var addresses: [String: String] = [:]
    for name in names where InterfaceName.isValid(name) {
      // sysfs entries are links into /sys/devices: follow them for reading.
      let path = root.absolute(relative + "/" + name + "/address")
      guard let bytes = try? fileSystem.readFile(at: path, limit: 256, followingLinks: true) else { continue }
      let text = String(decoding: bytes, as: UTF8.self).trimmingWhitespace
      if let mac = MACSyntax.normalized(text) { addresses[name] = mac }
    }
    return addresses
  }
}

extension String {
  /// The string without leading and trailing spaces, tabs and line ends.
  var trimmingWhitespace: String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
      return ""
    }
    return String(self[first...last])
  }
}
