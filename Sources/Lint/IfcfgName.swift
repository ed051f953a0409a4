/// The interface name an ifcfg file's name gives.
enum IfcfgName {
  /// `name` without its first six characters (the `ifcfg-` prefix), as
  /// `String(name.dropFirst(6))` gives it. When the seventh byte is ASCII (or
  /// there is none) the sixth character ends at byte 6, so the bytes are cut
  /// there without walking characters.
  static func suffix(of name: String) -> String {
    var name = name
    let fast: String? = name.withUTF8 { bytes in
      guard hasPrefix(bytes) else { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[6...]), as: UTF8.self)
    }
    if let fast { return fast }
    return String(name.dropFirst(6))
  }

  /// Whether `interface` is `suffix(of: fileName)`: bytes compared when both are ASCII.
  static func isSuffix(_ interface: String, of fileName: String) -> Bool {
    var interface = interface
    var fileName = fileName
    let fast: Bool? = fileName.withUTF8 { file in
      interface.withUTF8 { name in
        guard hasPrefix(file), TextBytes.isASCII(name), TextBytes.isASCII(UnsafeBufferPointer(rebasing: file[6...]))
        else { return nil }
        return name.elementsEqual(file[6...])
      }
    }
    return fast ?? (interface == suffix(of: fileName))
  }

  /// `ifcfg-` followed by nothing or by an ASCII byte.
  private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count >= 6, bytes[0] == 0x69, bytes[1] == 0x66, bytes[2] == 0x63, bytes[3] == 0x66,
      bytes[4] == 0x67, bytes[5] == 0x2D
    else { return false }
    return bytes.count == 6 || bytes[6] < 0x80
  }
}

/// Value text handled as bytes when it is ASCII, where a character is a byte
/// (a CR LF pair aside, which no cut here falls inside).
enum TextBytes {
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var all: UInt8 = 0
    for byte in bytes { all |= byte }
    return all < 0x80
  }

  /// `value` split at spaces and tabs (empty items dropped), each item cut
  /// before its first `/` when `cutAtSlash`: what splitting and
  /// `prefix { $0 != "/" }` over characters give.
  static func items(_ value: String, cutAtSlash: Bool) -> [String] {
    var value = value
    let fast: [String]? = value.withUTF8 { bytes in
      guard isASCII(bytes) else { return nil }
      var items: [String] = []
      var start = 0
      while start < bytes.count {
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        guard start < bytes.count else { break }
        var end = start
        while end < bytes.count, bytes[end] != 0x20, bytes[end] != 0x09 { end += 1 }
        var cut = start
        if cutAtSlash {
          while cut < end, bytes[cut] != 0x2F { cut += 1 }
        } else {
          cut = end
        }
        items.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<cut]), as: UTF8.self))
        start = end
      }
      return items
    }
    if let fast { return fast }
    return value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map {
      cutAtSlash ? String($0.prefix { $0 != "/" }) : String($0)
    }
  }

  /// `value` cut before its first `/`, as `String(value.prefix { $0 != "/" })` gives it.
  static func beforeSlash(_ value: String) -> String {
    var value = value
    let fast: String? = value.withUTF8 { bytes in
      guard isASCII(bytes) else { return nil }
      let end = bytes.firstIndex(of: 0x2F) ?? bytes.count
      return end == bytes.count ? nil : String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
    }
    if let fast { return fast }
    if !value.utf8.contains(0x2F) { return value }
    return String(value.prefix { $0 != "/" })
  }

  /// `value.lowercased()`, by bytes for ASCII.
  static func lowercased(_ value: String) -> String {
    var value = value
    let fast: String? = value.withUTF8 { bytes in
      guard isASCII(bytes) else { return nil }
      return String(unsafeUninitializedCapacity: bytes.count) { buffer in
        for index in 0..<min(bytes.count, buffer.count) {
          let byte = bytes[index]
          buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        }
        return min(bytes.count, buffer.count)
      }
    }
    return fast ?? value.lowercased()
  }
}
