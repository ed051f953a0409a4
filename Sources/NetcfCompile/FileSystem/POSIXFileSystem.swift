#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

import DialectSupport

/// ``FileSystem`` on the real, POSIX file system (Linux system calls).
public struct POSIXFileSystem: FileSystem {
  public init() {}

  /// Reading holds no state beyond each call's own descriptor.
  public var readsInParallel: Bool { true }

  private static let typeMask: UInt32 = 0o170000

  private func failure(_ operation: FileOperation, _ path: String, _ code: Int32 = errno) -> FileSystemError {
    FileSystemError(operation: operation, path: path, code: code)
  }

  public func status(at path: String, followingLinks: Bool) throws(FileSystemError) -> FileStatus? {
    var info = stat()
    if (followingLinks ? stat(path, &info) : lstat(path, &info)) != 0 {
      let code = errno
      if code == ENOENT || code == ENOTDIR { return nil }
      throw failure(.status, path, code)
    }
    return Self.status(from: info)
  }

  private static func status(from info: stat) -> FileStatus {
    let kind: FileStatus.Kind
    switch UInt32(info.st_mode) & typeMask {
    case 0o100000: kind = .regular
    case 0o040000: kind = .directory
    case 0o120000: kind = .symbolicLink
    default: kind = .other
    }
    return FileStatus(
      kind: kind, mode: UInt32(info.st_mode) & 0o7777, owner: UInt32(info.st_uid), group: UInt32(info.st_gid),
      linkCount: Int(clamping: info.st_nlink), size: Int(clamping: info.st_size))
  }

  public func readFile(at path: String, limit: Int, followingLinks: Bool) throws(FileSystemError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | (followingLinks ? 0 : O_NOFOLLOW) | O_CLOEXEC | O_NONBLOCK)
    return try contents(ofOpened: descriptor, path: { path }, limit: limit)
  }

  /// The files of one folder opened relative to it (`openat`, no path walk per
  /// file), links refused, on every core.
  public func readFiles(named names: [String], in folder: String, limit: Int) -> [Result<[UInt8], FileSystemError>] {
    let directory = open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard directory >= 0 else {
      let error = failure(.read, folder)
      return names.map { _ in .failure(error) }
    }
    defer { close(directory) }
    return ParallelChunks.map(names) { name in
      Result { () throws(FileSystemError) in
        let descriptor = openat(directory, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        return try contents(ofOpened: descriptor, path: { folder + "/" + name }, limit: limit)
      }
    }
  }

  /// The contents of the regular file open at `descriptor` (closed here);
  /// `path` names it in errors, including a failed open (`descriptor` < 0).
  private func contents(ofOpened descriptor: Int32, path: () -> String, limit: Int) throws(FileSystemError) -> [UInt8] {
    guard descriptor >= 0 else {
      let code = errno
      if code == ELOOP {
        throw FileSystemError(operation: .read, path: path(), code: code, reason: "it is a symbolic link; refusing to follow it")
      }
      throw failure(.read, path(), code)
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw failure(.read, path()) }
    guard Self.status(from: info).kind == .regular else {
      throw FileSystemError(operation: .read, path: path(), code: EINVAL, reason: "it is not a regular file")
    }
    let tooLarge = FileSystemError(
      operation: .read, path: path(), code: EFBIG, reason: "it is larger than the limit of \(limit) bytes")
    let size = Int(clamping: info.st_size)
    if size > limit { throw tooLarge }
    // Read straight into the result, sized for the file plus one byte to
    // notice a file that grew since `fstat`; grow only then. A short read of
    // a regular file is its end, so a file that kept its size takes one read.
    var bytes = [UInt8](repeating: 0, count: size + 1)
    var filled = 0
    while true {
      if filled == bytes.count {
        bytes.append(contentsOf: repeatElement(0, count: min(max(bytes.count, 4096), limit - bytes.count + 1)))
      }
      let wanted = bytes.count - filled
      let count = bytes.withUnsafeMutableBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return read(descriptor, base + filled, buffer.count - filled)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw failure(.read, path())
      }
      if count == 0 { break }
      filled += count
      if filled > limit { throw tooLarge }
      if count < wanted, filled == size { break }
    }
    bytes.removeSubrange(filled...)
    return bytes
  }

  public func listDirectory(at path: String, limit: Int, followingLinks: Bool) throws(FileSystemError) -> [String] {
    let descriptor = open(path, O_RDONLY | O_DIRECTORY | (followingLinks ? 0 : O_NOFOLLOW) | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure(.list, path) }
    guard let directory = fdopendir(descriptor) else {
      let code = errno
      close(descriptor)
      throw failure(.list, path, code)
    }
    defer { closedir(directory) }
    var names: [String] = []
    while true {
      errno = 0
      guard let entry = readdir(directory) else {
        if errno != 0 { throw failure(.list, path) }
        break
      }
      let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
        pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(validatingCString: $0) }
      }
      guard let name, name != ".", name != ".." else { continue }
      names.append(name)
      if names.count > limit {
        throw FileSystemError(
          operation: .list, path: path, code: E2BIG, reason: "it holds more than the limit of \(limit) entries")
      }
    }
    return names
  }

  public func createFile(at path: String, bytes: [UInt8], mode: UInt32) throws(FileSystemError) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(mode & 0o7777))
    guard descriptor >= 0 else { throw failure(.create, path) }
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { buffer in
        write(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
      }
      if count < 0 {
        if errno == EINTR { continue }
        let code = errno
        close(descriptor)
        unlink(path)
        throw failure(.create, path, code)
      }
      written += count
    }
    // The umask may have cleared bits of `mode`; set them exactly.
    if fchmod(descriptor, mode_t(mode & 0o7777)) != 0 {
      let code = errno
      close(descriptor)
      unlink(path)
      throw failure(.setMode, path, code)
    }
    if close(descriptor) != 0 {
      let code = errno
      unlink(path)
      throw failure(.create, path, code)
    }
  }

  public func syncFileSystem(containing path: String) throws(FileSystemError) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure(.syncFileSystem, path) }
    defer { close(descriptor) }
    guard Self.syncFileSystem(descriptor) == 0 else { throw failure(.syncFileSystem, path) }
  }

  private typealias SyncFileSystemFunction = @convention(c) (Int32) -> Int32

  /// `syncfs(2)`, which the Swift Glibc module does not export; `sync(2)`
  /// where the C library lacks it.
  private static func syncFileSystem(_ descriptor: Int32) -> Int32 {
    guard let symbol = dlsym(nil, "syncfs") else {
      sync()
      return 0
    }
    let function = unsafeBitCast(symbol, to: SyncFileSystemFunction.self)
    return function(descriptor)
  }

  public func syncDirectory(at path: String) throws(FileSystemError) {
    let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure(.syncDirectory, path) }
    defer { close(descriptor) }
    guard fsync(descriptor) == 0 else { throw failure(.syncDirectory, path) }
  }

  public func rename(_ source: String, to destination: String) throws(FileSystemError) {
    guard Glibc.rename(source, destination) == 0 else { throw failure(.rename, destination) }
  }

  public func removeFile(at path: String) throws(FileSystemError) {
    guard unlink(path) == 0 else { throw failure(.remove, path) }
  }

  public func makeDirectory(at path: String, mode: UInt32) throws(FileSystemError) {
    guard mkdir(path, mode_t(mode)) == 0 else { throw failure(.makeDirectory, path) }
  }

  public func setOwner(at path: String, owner: UInt32, group: UInt32) throws(FileSystemError) {
    guard lchown(path, uid_t(owner), gid_t(group)) == 0 else { throw failure(.setOwner, path) }
  }

  public func setMode(at path: String, mode: UInt32) throws(FileSystemError) {
    let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { throw failure(.setMode, path) }
    defer { close(descriptor) }
    guard fchmod(descriptor, mode_t(mode & 0o7777)) == 0 else { throw failure(.setMode, path) }
  }

  public func extendedAttributes(at path: String) throws(FileSystemError) -> [String: [UInt8]] {
    let size = ExtendedAttributeCalls.list(path, nil, 0)
    if size < 0 {
      if errno == ENOTSUP { return [:] }
      throw failure(.listAttributes, path)
    }
    if size == 0 { return [:] }
    guard size <= 1 << 20 else {
      throw FileSystemError(operation: .listAttributes, path: path, code: E2BIG)
    }
    var list = [CChar](repeating: 0, count: size)
    let listed = list.withUnsafeMutableBufferPointer { ExtendedAttributeCalls.list(path, $0.baseAddress, $0.count) }
    guard listed >= 0 else { throw failure(.listAttributes, path) }
    var attributes: [String: [UInt8]] = [:]
    for nameBytes in list.prefix(listed).split(separator: 0) {
      let name = String(decoding: nameBytes.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      let valueSize = ExtendedAttributeCalls.get(path, name, nil, 0)
      guard valueSize >= 0, valueSize <= 1 << 20 else { throw failure(.listAttributes, path) }
      var value = [UInt8](repeating: 0, count: valueSize)
      let read = value.withUnsafeMutableBytes { ExtendedAttributeCalls.get(path, name, $0.baseAddress, $0.count) }
      guard read >= 0 else { throw failure(.listAttributes, path) }
      attributes[name] = Array(value.prefix(read))
    }
    return attributes
  }

  public func setExtendedAttribute(at path: String, name: String, value: [UInt8]) throws(FileSystemError) {
    let result = value.withUnsafeBytes { ExtendedAttributeCalls.set(path, name, $0.baseAddress, $0.count) }
    guard result == 0 else { throw failure(.setAttribute, path) }
  }

  public func lock(at path: String) throws(FileSystemError) -> FileLock {
    let descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw failure(.lock, path) }
    while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      let code = errno
      if code == EINTR { continue }
      close(descriptor)
      if code == EWOULDBLOCK {
        throw FileSystemError(operation: .lock, path: path, code: code, reason: "another run of netcf-compile is writing this root")
      }
      throw failure(.lock, path, code)
    }
    return FileLock(path: path, descriptor: descriptor)
  }

  public func unlock(_ lock: FileLock) {
    flock(lock.descriptor, LOCK_UN)
    close(lock.descriptor)
  }
}
