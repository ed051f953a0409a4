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

  /// The files of a folder lint may check (`ifcfg-*` and `*.xml`) and its
  /// subfolders (symbolic links to folders are not followed), each sorted;
  /// nil when the folder cannot be listed.
  static func list(_ folder: String) -> (files: [String], folders: [String])? {
    guard let handle = opendir(folder) else { return nil }
    defer { closedir(handle) }
    var files: [String] = []
    var folders: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if name == "." || name == ".." { continue }
      let type = Int32(entry.pointee.d_type)
      let isCandidate = name.hasPrefix("ifcfg-") || name.hasSuffix(".xml")
      if type == Int32(DT_REG) {
        if isCandidate { files.append(name) }
        continue
      }
      if type == Int32(DT_DIR) {
        folders.append(name)
        continue
      }
      guard type == Int32(DT_LNK) || type == Int32(DT_UNKNOWN) else { continue }
      var info = stat()
      let full = folder + "/" + name
      let found = type == Int32(DT_LNK) ? stat(full, &info) : lstat(full, &info)
      guard found == 0 else { continue }
      if (info.st_mode & S_IFMT) == S_IFREG, isCandidate {
        files.append(name)
      } else if (info.st_mode & S_IFMT) == S_IFDIR, type == Int32(DT_UNKNOWN) {
        folders.append(name)
      }
    }
    files.sort()
    folders.sort()
    return (files, folders)
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
