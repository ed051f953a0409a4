/// A root folder (`--root`) and the rule that nothing under it is reached
/// through a symbolic link: every folder between the root and a file is
/// checked with `lstat`, files are opened with `O_NOFOLLOW`, so no link can
/// lead a read or a write out of the root.
public struct RootFolder: Sendable, Hashable {
  /// The root as an absolute path without a trailing `/` (`""` for `/`).
  public let path: String

  /// - Parameter path: an absolute path, or one relative to `currentDirectory`
  ///   (by default the process's working directory).
  public init(_ path: String, currentDirectory: String? = nil) {
    var absolute = path.hasPrefix("/") ? path : (currentDirectory ?? WorkingDirectory.current) + "/" + path
    while absolute.hasSuffix("/") { absolute.removeLast() }
    self.path = absolute
  }

  /// The absolute path of `relative` (components separated by `/`).
  public func absolute(_ relative: String) -> String {
    relative.isEmpty ? (path.isEmpty ? "/" : path) : path + "/" + relative
  }

  /// How a root path is shown in messages: `/` shows as itself.
  public var displayPath: String { path.isEmpty ? "/" : path }

  /// The folders from the root to `relative`, each relative to the root:
  /// `etc`, `etc/sysconfig`, `etc/sysconfig/network-scripts`.
  static func chain(_ relative: String) -> [String] {
    var result: [String] = []
    var current = ""
    for component in relative.split(separator: "/") where !component.isEmpty && component != "." {
      current = current.isEmpty ? String(component) : current + "/" + component
      result.append(current)
    }
    return result
  }

  /// Checks that every folder from the root to `relative` is a real folder,
  /// not a symbolic link; creates missing ones (mode 0755) when `creating`.
  /// - Returns: whether the whole chain exists.
  @discardableResult
  public func checkFolders(
    _ relative: String, creating: Bool, in fileSystem: some FileSystem
  ) throws(DiagnosticError) -> Bool {
    for folder in Self.chain(relative) {
      let full = absolute(folder)
      let status: FileStatus?
      do { status = try fileSystem.status(at: full) } catch { throw DiagnosticError(error.diagnostic) }
      switch status?.kind {
      case .directory?:
        continue
      case .symbolicLink?:
        throw DiagnosticError(
          .error(
            "symbolic-link", "is a symbolic link; refusing to follow it, so that nothing outside the root is touched",
            path: full, range: .at(0)))
      case nil:
        guard creating else { return false }
        do { try fileSystem.makeDirectory(at: full, mode: 0o755) } catch { throw DiagnosticError(error.diagnostic) }
      case .regular?, .other?:
        throw DiagnosticError(.error("not-a-folder", "is not a folder", path: full, range: .at(0)))
      }
    }
    return true
  }
}
