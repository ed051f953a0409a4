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
    files = NameSort.sorted(files)
    folders.sort()
    return (files, folders)
  }

  /// Why a file could not be read.
  struct ReadError: Error {
    var reason: String
  }

  /// A descriptor for `folder`, to open its files relative to it (-1 when it cannot be opened).
  static func openFolder(_ folder: String) -> Int32 { open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }

  static func closeFolder(_ descriptor: Int32) {
    if descriptor >= 0 { close(descriptor) }
  }

  /// The whole file `name` of the folder open as `folder` (or at `path` when
  /// `folder` is -1), at most `limit` bytes.
  static func contents(of name: String, in folder: Int32, path: String, limit: Int) -> Result<[UInt8], ReadError> {
    let descriptor = folder >= 0 ? openat(folder, name, O_RDONLY | O_CLOEXEC) : open(path, O_RDONLY | O_CLOEXEC)
    return contents(descriptor: descriptor, limit: limit)
  }

  /// The whole file, at most `limit` bytes.
  static func contents(of path: String, limit: Int) -> Result<[UInt8], ReadError> {
    contents(descriptor: open(path, O_RDONLY | O_CLOEXEC), limit: limit)
  }

  /// Reads an open file to its end, through a stack buffer, and closes it.
  /// Only regular files are read, and a regular file gives fewer bytes than
  /// asked only at its end, so a short read ends the file without the extra
  /// `read` that would return 0 (most ifcfg files take one `read`).
  private static func contents(descriptor: Int32, limit: Int) -> Result<[UInt8], ReadError> {
    guard descriptor >= 0 else { return .failure(ReadError(reason: String(cString: strerror(errno)))) }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    let failure: Int32? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16384) { buffer in
      while true {
        let count = read(descriptor, buffer.baseAddress, buffer.count)
        if count < 0 {
          if errno == EINTR { continue }
          return errno
        }
        if count == 0 { return nil }
        bytes.append(contentsOf: buffer[0..<count])
        if bytes.count > limit || count < buffer.count { return nil }
      }
    }
    if let failure { return .failure(ReadError(reason: String(cString: strerror(failure)))) }
    guard bytes.count <= limit else { return .failure(ReadError(reason: "larger than \(limit) bytes")) }
    return .success(bytes)
  }
}
