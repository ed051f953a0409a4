/// File names compared as the bytes they are (as the shell's globs in the
/// distributions' scripts compare them), not as Unicode text: quick, and
/// free of canonical equivalence.
public enum FileNameBytes {
  /// Whether `name`'s bytes start with `prefix`'s.
  public static func hasPrefix(_ name: String, _ prefix: String) -> Bool {
    withBytes(name) { name in withBytes(prefix) { name.starts(with: $0) } }
  }

  /// Whether `name`'s bytes end with `suffix`'s.
  public static func hasSuffix(_ name: String, _ suffix: String) -> Bool {
    withBytes(name) { name in withBytes(suffix) { Self.bytes(name, endWith: $0) } }
  }

  /// Whether `name`'s bytes end with any of `suffixes`.
  public static func hasSuffix(_ name: String, anyOf suffixes: [String]) -> Bool {
    withBytes(name) { name in suffixes.contains { suffix in withBytes(suffix) { Self.bytes(name, endWith: $0) } } }
  }

  private static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, endWith suffix: UnsafeBufferPointer<UInt8>) -> Bool
  {
    bytes.count >= suffix.count && bytes[(bytes.count - suffix.count)...].elementsEqual(suffix)
  }

  /// `body` of the string's UTF-8 bytes, copied only when the string has no contiguous storage.
  private static func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(text.utf8).withUnsafeBufferPointer(body)
  }
}
