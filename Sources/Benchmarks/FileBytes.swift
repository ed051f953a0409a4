#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Whole-file reads and folder listings with plain system calls, as the C
/// baseline does them.
enum FileBytes {
  /// The bytes of the file at `path`, or nil when it cannot be read.
  static func read(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    return readAll(fd)
  }

  /// The bytes of `name` inside the open folder `folder`.
  static func read(at folder: Int32, _ name: String) -> [UInt8]? {
    let fd = openat(folder, name, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    return readAll(fd)
  }

  private static func readAll(_ fd: Int32) -> [UInt8]? {
    var info = stat()
    guard fstat(fd, &info) == 0 else { return nil }
    let size = max(Int(info.st_size), 0)
    var bytes = [UInt8](repeating: 0, count: size)
    var filled = 0
    let ok = bytes.withUnsafeMutableBytes { buffer -> Bool in
      guard let base = buffer.baseAddress else { return true }
      while filled < size {
        let count = Glibc.read(fd, base + filled, size - filled)
        if count < 0 && errno == EINTR { continue }
        if count <= 0 { return count == 0 }
        filled += count
      }
      return true
    }
    guard ok else { return nil }
    if filled < size { bytes.removeSubrange(filled...) }
    return bytes
  }

  /// Writes `bytes` to `path`, replacing it; false on failure.
  @discardableResult
  static func write(_ bytes: [UInt8], to path: String) -> Bool {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var written = 0
    return bytes.withUnsafeBytes { buffer -> Bool in
      guard let base = buffer.baseAddress else { return true }
      while written < buffer.count {
        let count = Glibc.write(fd, base + written, buffer.count - written)
        if count < 0 && errno == EINTR { continue }
        if count <= 0 { return false }
        written += count
      }
      return true
    }
  }

  /// The names of the regular files directly inside `path`, sorted.
  static func regularFiles(in path: String) -> [String] {
    guard let folder = opendir(path) else { return [] }
    defer { closedir(folder) }
    var names: [String] = []
    while let entry = readdir(folder) {
      let isRegular = entry.pointee.d_type == UInt8(DT_REG)
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if isRegular { names.append(name) }
    }
    return names.sorted()
  }

  /// Whether `path` exists.
  static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

  /// Size and file count of the regular files directly inside `path`.
  static func folderSize(_ path: String) -> (files: Int, bytes: Int) {
    var bytes = 0
    let names = regularFiles(in: path)
    for name in names {
      var info = stat()
      if stat(path + "/" + name, &info) == 0 { bytes += Int(info.st_size) }
    }
    return (names.count, bytes)
  }
}
