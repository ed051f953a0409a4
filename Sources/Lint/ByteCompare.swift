#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Byte comparisons for the lookup tables' hot paths.
enum ByteCompare {
  /// Whether `stored[start..<start + key.count]` equals `key` (false when it runs past `stored`).
  @inline(__always)
  static func equal(_ stored: UnsafeBufferPointer<UInt8>, at start: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    guard start >= 0, start <= stored.count, key.count <= stored.count - start else { return false }
    guard let base = stored.baseAddress, let keyBase = key.baseAddress, !key.isEmpty else { return true }
    return memcmp(base + start, keyBase, key.count) == 0
  }
}
