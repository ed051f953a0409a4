#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Writes raw bytes to standard error.
func fwriteStandardError(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
  guard let base = buffer.baseAddress else { return 0 }
  return Glibc.write(2, base, buffer.count)
}
