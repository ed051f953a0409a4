/// Applies a ``ChangeSet`` to disk all or nothing.
///
/// 1. Under an exclusive lock, leftover temporary files of an interrupted
///    run are removed and every target is checked: folders are real folders
///    inside the root (never links), a replaced file is a regular file with
///    one hard link whose bytes are still the ones the change set was
///    computed from.
/// 2. Every new content goes to a temporary file beside its target
///    (``TemporaryFiles``), with the replaced file's mode, owner, group and
///    extended attributes (new files: mode 0644).
/// 3. One `syncfs` makes all temporary files durable.
/// 4. Each temporary file is renamed over its target (removed files are
///    unlinked); then the folders are synced.
///
/// A failure before step 4 removes the temporary files: nothing changed. A
/// failure in step 4 puts back the files already replaced from the old
/// bytes held in memory, and removes the files newly created. After a crash
/// every file is entirely old or entirely new.
public struct ChangeSetWriter: Sendable {
  public var fileSystem: any FileSystem
  public var limits: ReadLimits

  public init(fileSystem: any FileSystem = POSIXFileSystem(), limits: ReadLimits = .default) {
    self.fileSystem = fileSystem
    self.limits = limits
  }

  /// One file to change, resolved to absolute paths and checked.
  private struct Target {
    var change: FileChange
    var folder: String
    var path: String
    var temporary: String
    var metadata: FileMetadata?
  }

  /// Writes every change of `changeSet`, or nothing.
  /// - Parameter lockFolder: the folder (relative to the root) that holds
  ///   the lock file; `nil` to write without a lock.
  /// - Throws: every problem found, as diagnostics against absolute paths.
  public func apply(_ changeSet: ChangeSet, lockFolder: String?) throws(DiagnosticError) {
    if changeSet.isEmpty { return }
    let root = changeSet.root
    var lock: FileLock?
    if let lockFolder {
      try root.checkFolders(lockFolder, creating: true, in: fileSystem)
      do {
        lock = try fileSystem.lock(at: root.absolute(lockFolder.isEmpty ? TemporaryFiles.lockName : lockFolder + "/" + TemporaryFiles.lockName))
      } catch { throw DiagnosticError(error.diagnostic) }
    }
    defer { if let lock { fileSystem.unlock(lock) } }

    var targets = try resolve(changeSet)
    for folder in Set(targets.map(\.folder)).sorted() { removeLeftovers(in: folder) }
    try check(&targets)
    try stage(targets)
    do {
      try fileSystem.syncFileSystem(containing: targets.first?.folder ?? root.absolute(""))
    } catch {
      discard(targets)
      throw DiagnosticError(error.diagnostic)
    }
    try commit(targets)
  }

  /// Absolute paths for every change, with its folder checked (and created
  /// when a file is created in it).
  private func resolve(_ changeSet: ChangeSet) throws(DiagnosticError) -> [Target] {
    var targets: [Target] = []
    var problems: [Diagnostic] = []
    var checkedFolders: [String: Bool] = [:]
    for change in changeSet.changes {
      let components = change.path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
      guard let name = components.last, Self.isSafeFileName(name),
        components.dropLast().allSatisfy({ Self.isSafeFolderName($0) })
      else {
        problems.append(
          .error("unsafe-path", "refusing to write a file at this path", path: changeSet.root.absolute(change.path), range: .at(0)))
        continue
      }
      let folder = components.dropLast().joined(separator: "/")
      if checkedFolders[folder] != true {
        let exists = try changeSet.root.checkFolders(folder, creating: change.new != nil, in: fileSystem)
        if !exists && change.old != nil {
          problems.append(
            .error("file-vanished", "no longer exists", path: changeSet.root.absolute(change.path), range: .at(0)))
          continue
        }
        checkedFolders[folder] = exists
      }
      let absoluteFolder = changeSet.root.absolute(folder)
      targets.append(
        Target(
          change: change, folder: absoluteFolder, path: absoluteFolder + "/" + name,
          temporary: absoluteFolder + "/" + TemporaryFiles.name(for: name), metadata: nil))
    }
    if !problems.isEmpty { throw DiagnosticError(problems) }
    return targets
  }

  static func isSafeFileName(_ name: String) -> Bool {
    !name.isEmpty && !name.hasPrefix(".") && !name.utf8.contains(0) && name.utf8.count <= 200
  }

  static func isSafeFolderName(_ name: String) -> Bool {
    !name.isEmpty && name != "." && name != ".." && !name.utf8.contains(0)
  }

  /// Removes temporary files an interrupted run left in `folder`.
  private func removeLeftovers(in folder: String) {
    guard let names = try? fileSystem.listDirectory(at: folder, limit: limits.maximumFileCount) else { return }
    for name in names where TemporaryFiles.isTemporary(name) {
      try? fileSystem.removeFile(at: folder + "/" + name)
    }
  }

  /// Checks each target against the disk and records the metadata of the files it replaces.
  private func check(_ targets: inout [Target]) throws(DiagnosticError) {
    var problems: [Diagnostic] = []
    for index in targets.indices {
      let target = targets[index]
      do {
        let status = try fileSystem.status(at: target.path)
        guard let old = target.change.old else {
          if status != nil {
            problems.append(.error("file-appeared", "was created by someone else while netcf-compile ran; run it again", path: target.path, range: .at(0)))
          }
          continue
        }
        guard let status else {
          problems.append(.error("file-vanished", "was removed by someone else while netcf-compile ran; run it again", path: target.path, range: .at(0)))
          continue
        }
        guard status.kind == .regular else {
          let what = status.kind == .symbolicLink ? "a symbolic link" : "not a regular file"
          problems.append(.error("not-a-regular-file", "is \(what); refusing to replace it", path: target.path, range: .at(0)))
          continue
        }
        guard status.linkCount == 1 else {
          problems.append(
            .error(
              "hard-link",
              "has \(status.linkCount) hard links; refusing to replace it, which would break the link",
              path: target.path, range: .at(0)))
          continue
        }
        let current = try fileSystem.readFile(at: target.path, limit: limits.maximumFileSize)
        guard current == old else {
          problems.append(.error("file-changed", "was changed by someone else while netcf-compile ran; run it again", path: target.path, range: .at(0)))
          continue
        }
        targets[index].metadata = FileMetadata(
          mode: status.mode, owner: status.owner, group: status.group,
          attributes: try fileSystem.extendedAttributes(at: target.path))
      } catch {
        problems.append(error.diagnostic)
      }
    }
    if !problems.isEmpty { throw DiagnosticError(problems) }
  }

  /// Writes every new content to its temporary file; on failure removes them all.
  private func stage(_ targets: [Target]) throws(DiagnosticError) {
    var staged: [Target] = []
    for target in targets {
      guard let bytes = target.change.new else { continue }
      do {
        staged.append(target)
        try writeTemporary(bytes, at: target.temporary, metadata: target.metadata)
      } catch {
        discard(staged)
        throw DiagnosticError(error.diagnostic)
      }
    }
  }

  /// Creates `path` holding `bytes`, with `metadata`'s mode, owner and attributes.
  private func writeTemporary(_ bytes: [UInt8], at path: String, metadata: FileMetadata?) throws(FileSystemError) {
    try fileSystem.createFile(at: path, bytes: bytes, mode: metadata?.mode ?? FileMetadata.newFileMode)
    guard let metadata else { return }
    if let status = try fileSystem.status(at: path), status.owner != metadata.owner || status.group != metadata.group {
      try fileSystem.setOwner(at: path, owner: metadata.owner, group: metadata.group)
      // Changing the owner may clear set-id bits: set the mode again.
      if metadata.mode & 0o7000 != 0 { try fileSystem.setMode(at: path, mode: metadata.mode) }
    }
    if metadata.attributes.isEmpty { return }
    let present = try fileSystem.extendedAttributes(at: path)
    for (name, value) in metadata.attributes.sorted(by: { $0.key < $1.key }) where present[name] != value {
      try fileSystem.setExtendedAttribute(at: path, name: name, value: value)
    }
  }

  /// Removes the temporary files of `targets`, ignoring errors (a leftover is removed by the next run).
  private func discard(_ targets: [Target]) {
    for target in targets where target.change.new != nil {
      try? fileSystem.removeFile(at: target.temporary)
    }
  }

  /// Renames every temporary file into place and removes removed files;
  /// on failure undoes what was done.
  private func commit(_ targets: [Target]) throws(DiagnosticError) {
    var done: [Target] = []
    for (index, target) in targets.enumerated() {
      do {
        if target.change.new != nil {
          try fileSystem.rename(target.temporary, to: target.path)
        } else {
          try fileSystem.removeFile(at: target.path)
        }
        done.append(target)
      } catch {
        let notes = rollBack(done)
        discard(Array(targets[index...]))
        throw DiagnosticError([error.diagnostic] + notes)
      }
    }
    let folders = Set(targets.map(\.folder)).sorted()
    for folder in folders {
      do { try fileSystem.syncDirectory(at: folder) } catch {
        let notes = rollBack(done)
        throw DiagnosticError([error.diagnostic] + notes)
      }
    }
  }

  /// Puts back the files of `done`, newest first; returns a diagnostic for
  /// each file that could not be put back (it then holds the new contents).
  private func rollBack(_ done: [Target]) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    for target in done.reversed() {
      do {
        if let old = target.change.old {
          try writeTemporary(old, at: target.temporary, metadata: target.metadata)
          try fileSystem.rename(target.temporary, to: target.path)
        } else {
          try fileSystem.removeFile(at: target.path)
        }
      } catch {
        try? fileSystem.removeFile(at: target.temporary)
        problems.append(
          .error(
            "rollback-failed",
            "could not be put back (\(error.description)); it holds the new contents",
            path: target.path, range: .at(0)))
      }
    }
    for folder in Set(done.map(\.folder)).sorted() { try? fileSystem.syncDirectory(at: folder) }
    return problems
  }
}
