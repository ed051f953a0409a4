import DialectSupport

/// How one fuzz input becomes several files: parts separated by a line
/// `%%`; each part's first line names the file (`ifcfg-eth0`) and the rest
/// is its contents. A name that is empty, too long or holds `/` or NUL
/// (which no folder listing gives) becomes `ifcfg-partN`.
enum NativeInput {
  static let separator: [UInt8] = Array("\n%%\n".utf8)

  /// The parts of `bytes` between separators.
  static func parts(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    var parts: [ArraySlice<UInt8>] = []
    var start = 0
    var index = 0
    while index + separator.count <= bytes.count {
      if bytes[index] == separator[0], bytes[index..<(index + separator.count)].elementsEqual(separator) {
        parts.append(bytes[start..<index])
        index += separator.count
        start = index
      } else {
        index += 1
      }
    }
    parts.append(bytes[start...])
    return parts
  }

  /// The tree of every part of `bytes`.
  static func tree(_ bytes: [UInt8]) -> NativeTree { tree(parts(bytes)[...]) }

  /// The first part as a document, the others as a tree.
  static func documentAndTree(_ bytes: [UInt8]) -> (document: [UInt8], tree: NativeTree) {
    let all = parts(bytes)
    return (Array(all.first ?? []), tree(all.dropFirst()))
  }

  /// The bytes `tree` is read from: the inverse of ``tree(_:)`` (used to make seeds).
  static func bytes(files: [(name: String, contents: [UInt8])]) -> [UInt8] {
    var bytes: [UInt8] = []
    for (index, file) in files.enumerated() {
      if index > 0 { bytes += separator }
      bytes += Array(file.name.utf8) + [UInt8(ascii: "\n")] + file.contents
    }
    return bytes
  }

  private static func tree(_ parts: ArraySlice<ArraySlice<UInt8>>) -> NativeTree {
    var tree = NativeTree()
    for (index, part) in parts.enumerated() {
      let newline = part.firstIndex(of: UInt8(ascii: "\n")) ?? part.endIndex
      let nameBytes = part[part.startIndex..<newline]
      let contents = newline < part.endIndex ? Array(part[(newline + 1)...]) : []
      let valid =
        !nameBytes.isEmpty && nameBytes.count <= 255 && !nameBytes.contains(UInt8(ascii: "/")) && !nameBytes.contains(0)
      let decoded = String(decoding: nameBytes, as: UTF8.self)
      let name = valid && decoded != "." && decoded != ".." && Array(decoded.utf8).elementsEqual(nameBytes) ? decoded : "ifcfg-part\(index)"
      tree.files[name] = contents
    }
    return tree
  }
}
