/// One file a command creates, replaces or removes.
public struct FileChange: Sendable, Hashable {
  /// The path relative to the root (`etc/sysconfig/network-scripts/ifcfg-eth0`).
  public var path: String
  /// The bytes on disk now; `nil` when the file is new.
  public var old: [UInt8]?
  /// The bytes to write; `nil` when the file is removed.
  public var new: [UInt8]?

  public init(path: String, old: [UInt8]?, new: [UInt8]?) {
    self.path = path
    self.old = old
    self.new = new
  }

  /// What happens to the file.
  public enum Kind: Sendable, Hashable { case created, modified, removed }

  public var kind: Kind {
    if old == nil { return .created }
    if new == nil { return .removed }
    return .modified
  }
}

/// Every file a command changes under a root, in path order, computed and
/// validated before anything is written; ``ChangeSetWriter`` applies it all
/// or nothing.
public struct ChangeSet: Sendable, Hashable {
  /// The root the paths are relative to.
  public var root: RootFolder
  /// The changed files, sorted by path; unchanged files are not listed.
  public var changes: [FileChange]
  /// Warnings found while computing the changes.
  public var warnings: [Diagnostic]

  public init(root: RootFolder, changes: [FileChange], warnings: [Diagnostic] = []) {
    self.root = root
    self.changes = changes.sorted { $0.path < $1.path }
    self.warnings = warnings
  }

  /// The changes that turn the configuration folder `folder` (relative to
  /// the root) holding `old` into one holding `new`.
  public init(root: RootFolder, folder: String, old: NativeTree, new: NativeTree, warnings: [Diagnostic] = []) {
    var changes: [FileChange] = []
    for name in Set(old.files.keys).union(new.files.keys) {
      let before = old.files[name]
      let after = new.files[name]
      if before != after {
        changes.append(FileChange(path: folder.isEmpty ? name : folder + "/" + name, old: before, new: after))
      }
    }
    self.init(root: root, changes: changes, warnings: warnings)
  }

  /// Whether nothing changes.
  public var isEmpty: Bool { changes.isEmpty }

  /// A unified diff of every change, new files against `/dev/null`, in path order.
  public var unifiedDiff: [UInt8] {
    var output: [UInt8] = []
    for change in changes {
      output += UnifiedDiff.render(
        oldPath: change.old == nil ? nil : "a/" + change.path, old: change.old ?? [],
        newPath: change.new == nil ? nil : "b/" + change.path, new: change.new ?? [])
    }
    return output
  }
}
