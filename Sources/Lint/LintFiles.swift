#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// The POSIX calls lint reads the tree with: folder listings and whole files.
enum LintFiles {
  enum Kind {
    case file
    case folder
    case other
  }

  /// What `path` is, following symbolic links; nil when it does not exist.
  static func kind(of path: String) -> Kind? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .folder
    default: return .other
    }
  }

  /// The entries of a folder (without `.` and `..`), sorted bytewise, with their
  /// kinds (symbolic links to folders are not followed); nil when it cannot be listed.
  static func list(_ folder: String) -> [(name: String, kind: Kind)]? {
    guard let handle = opendir(folder) else { return nil }
    defer { closedir(handle) }
    var entries: [(String, Kind)] = []
    while let entry = readdir(handle) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if name == "." || name == ".." { continue }
      let kind: Kind
      switch Int32(entry.pointee.d_type) {
      case Int32(DT_REG): kind = .file
      case Int32(DT_DIR): kind = .folder
      case Int32(DT_LNK), Int32(DT_UNKNOWN):
        var info = stat()
        let full = folder + "/" + name
        if Int32(entry.pointee.d_type) == Int32(DT_LNK) {
          kind = stat(full, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? .file : .other
        } else {
          kind = lstat(full, &info) == 0 ? ((info.st_mode & S_IFMT) == S_IFREG ? .file : (info.st_mode & S_IFMT) == S_IFDIR ? .folder : .other) : .other
        }
      default: kind = .other
      }
      entries.append((name, kind))
    }
    return entries.sorted { $0.0 < $1.0 }
  }

  /// Why a file could not be read.
  struct ReadError: Error {
    var reason: String
  }

  /// The whole file, at most `limit` bytes.
  static func contents(of path: String, limit: Int) -> Result<[UInt8], ReadError> {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(ReadError(reason: String(cString: strerror(errno)))) }
    defer { close(descriptor) }
    var info = stat()
    let expected = fstat(descriptor, &info) == 0 ? max(0, Int(info.st_size)) : 0
    guard expected <= limit else { return .failure(ReadError(reason: "larger than \(limit) bytes")) }
    // Read one byte more than the size says, to notice a file that grew.
    var bytes = [UInt8](repeating: 0, count: expected + 1)
    var filled = 0
    while true {
      if filled == bytes.count {
        guard bytes.count <= limit else { return .failure(ReadError(reason: "larger than \(limit) bytes")) }
        bytes.append(contentsOf: [UInt8](repeating: 0, count: max(4096, bytes.count)))
      }
      let count = bytes.withUnsafeMutableBytes { buffer in
        read(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
      }
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(ReadError(reason: String(cString: strerror(errno))))
      }
      if count == 0 { break }
      filled += count
    }
    bytes.removeSubrange(filled...)
    guard bytes.count <= limit else { return .failure(ReadError(reason: "larger than \(limit) bytes")) }
    return .success(bytes)
  }
}
