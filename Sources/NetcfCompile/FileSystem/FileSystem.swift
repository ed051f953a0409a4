/// What `lstat` says about a path: the fields a safe writer needs.
public struct FileStatus: Sendable, Hashable {
  /// What kind of object the path names (a symbolic link is never followed).
  public enum Kind: Sendable, Hashable {
    case regular
    case directory
    case symbolicLink
    case other
  }

  public var kind: Kind
  /// Permission bits (`st_mode & 0o7777`).
  public var mode: UInt32
  public var owner: UInt32
  public var group: UInt32
  /// The number of hard links (`st_nlink`).
  public var linkCount: Int
  public var size: Int

  public init(kind: Kind, mode: UInt32, owner: UInt32, group: UInt32, linkCount: Int, size: Int) {
    self.kind = kind
    self.mode = mode
    self.owner = owner
    self.group = group
    self.linkCount = linkCount
    self.size = size
  }
}

/// The file-system operations a safe writer performs, one method per system
/// call, so that tests can inject a failure at any step
/// (``FaultInjectingFileSystem``). Paths are absolute; no method follows a
/// symbolic link in the last component.
public protocol FileSystem: Sendable {
  /// `lstat` (`stat` when `followingLinks`); `nil` when nothing exists at `path`.
  func status(at path: String, followingLinks: Bool) throws(FileSystemError) -> FileStatus?
  /// The whole contents of a regular file, refusing files over `limit` bytes
  /// and, unless `followingLinks`, symbolic links (`O_NOFOLLOW`).
  func readFile(at path: String, limit: Int, followingLinks: Bool) throws(FileSystemError) -> [UInt8]
  /// The entry names of a folder, without `.` and `..`, refusing more than
  /// `limit` entries and, unless `followingLinks`, a folder reached through a
  /// symbolic link.
  func listDirectory(at path: String, limit: Int, followingLinks: Bool) throws(FileSystemError) -> [String]
  /// Creates a new file (`O_CREAT|O_EXCL|O_NOFOLLOW`) holding `bytes` with
  /// permission bits `mode`; fails if anything exists at `path`.
  func createFile(at path: String, bytes: [UInt8], mode: UInt32) throws(FileSystemError)
  /// Makes every file of the file system holding `path` durable (`syncfs`).
  func syncFileSystem(containing path: String) throws(FileSystemError)
  /// Makes a folder's entries durable (`fsync` on the folder).
  func syncDirectory(at path: String) throws(FileSystemError)
  /// `rename`: atomically replaces `destination` with `source`.
  func rename(_ source: String, to destination: String) throws(FileSystemError)
  /// `unlink`.
  func removeFile(at path: String) throws(FileSystemError)
  /// `mkdir` with permission bits `mode`.
  func makeDirectory(at path: String, mode: UInt32) throws(FileSystemError)
  /// `lchown`.
  func setOwner(at path: String, owner: UInt32, group: UInt32) throws(FileSystemError)
  /// `chmod` on a file opened with `O_NOFOLLOW`.
  func setMode(at path: String, mode: UInt32) throws(FileSystemError)
  /// Every extended attribute of `path` (`llistxattr` + `lgetxattr`).
  func extendedAttributes(at path: String) throws(FileSystemError) -> [String: [UInt8]]
  /// `lsetxattr`.
  func setExtendedAttribute(at path: String, name: String, value: [UInt8]) throws(FileSystemError)
  /// Takes an exclusive `flock` on `path` (created if missing) without
  /// waiting: fails with `EWOULDBLOCK` when another process holds it.
  func lock(at path: String) throws(FileSystemError) -> FileLock
  /// Releases a lock taken by ``lock(at:)``.
  func unlock(_ lock: FileLock)
  /// ``readFile(at:limit:followingLinks:)`` (links refused) of each named
  /// file of `folder`, in order; a file system may read them on every core.
  func readFiles(named names: [String], in folder: String, limit: Int) -> [Result<[UInt8], FileSystemError>]
  /// Whether files may be read from several threads at once (false when
  /// calls must happen in a fixed order, as ``FaultInjectingFileSystem`` numbers them).
  var readsInParallel: Bool { get }
}

extension FileSystem {
  /// Calls are made one at a time unless a file system says otherwise.
  public var readsInParallel: Bool { false }

  /// One ``readFile(at:limit:followingLinks:)`` per file, in order.
  public func readFiles(named names: [String], in folder: String, limit: Int) -> [Result<[UInt8], FileSystemError>] {
    names.map { name in Result { () throws(FileSystemError) in try readFile(at: folder + "/" + name, limit: limit) } }
  }

  /// `lstat`: `nil` when nothing exists at `path`.
  public func status(at path: String) throws(FileSystemError) -> FileStatus? {
    try status(at: path, followingLinks: false)
  }

  /// The contents of a regular file that is not a symbolic link.
  public func readFile(at path: String, limit: Int) throws(FileSystemError) -> [UInt8] {
    try readFile(at: path, limit: limit, followingLinks: false)
  }

  /// The entries of a folder that is not a symbolic link.
  public func listDirectory(at path: String, limit: Int) throws(FileSystemError) -> [String] {
    try listDirectory(at: path, limit: limit, followingLinks: false)
  }
}

/// An exclusive lock held on a file; pass it back to ``FileSystem/unlock(_:)``.
public struct FileLock: Sendable, Hashable {
  public var path: String
  /// The descriptor holding the lock (or a token for non-POSIX file systems).
  public var descriptor: Int32

  public init(path: String, descriptor: Int32) {
    self.path = path
    self.descriptor = descriptor
  }
}

/// The operations of ``FileSystem``, named for error messages and fault injection.
public enum FileOperation: String, Sendable, Hashable, CaseIterable {
  case status, read, list, create, syncFileSystem, syncDirectory, rename, remove, makeDirectory
  case setOwner, setMode, listAttributes, setAttribute, lock
}

/// A failed system call: the operation, the path, and `errno`.
public struct FileSystemError: Error, Sendable, Hashable, CustomStringConvertible {
  public var operation: FileOperation
  public var path: String
  public var code: Int32
  /// A sentence of our own when `errno` says too little (a size limit, a refused link).
  public var reason: String?

  public init(operation: FileOperation, path: String, code: Int32, reason: String? = nil) {
    self.operation = operation
    self.path = path
    self.code = code
    self.reason = reason
  }

  /// The message without the path, e.g. `cannot rename: No space left on device`.
  public var description: String {
    let verb: String
    switch operation {
    case .status: verb = "cannot examine the path"
    case .read: verb = "cannot read the file"
    case .list: verb = "cannot list the folder"
    case .create: verb = "cannot create the file"
    case .syncFileSystem: verb = "cannot sync the file system"
    case .syncDirectory: verb = "cannot sync the folder"
    case .rename: verb = "cannot rename the file into place"
    case .remove: verb = "cannot remove the file"
    case .makeDirectory: verb = "cannot create the folder"
    case .setOwner: verb = "cannot set the owner"
    case .setMode: verb = "cannot set the mode"
    case .listAttributes: verb = "cannot read the extended attributes"
    case .setAttribute: verb = "cannot set an extended attribute"
    case .lock: verb = "cannot take the lock"
    }
    return "\(verb): \(reason ?? SystemErrorText.describe(code))"
  }

  /// The error as a diagnostic against its path.
  public var diagnostic: Diagnostic {
    .error("file-system", description, path: path, range: .at(0))
  }
}
