#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// The C library's extended-attribute calls, which the Swift Glibc module
/// does not export, looked up by name. Each returns -1 with `errno` set to
/// `ENOTSUP` when the C library lacks the call.
enum ExtendedAttributeCalls {
  private typealias List = @convention(c) (UnsafePointer<CChar>?, UnsafeMutablePointer<CChar>?, Int) -> Int
  private typealias Get = @convention(c) (UnsafePointer<CChar>?, UnsafePointer<CChar>?, UnsafeMutableRawPointer?, Int) -> Int
  private typealias Set = @convention(c) (UnsafePointer<CChar>?, UnsafePointer<CChar>?, UnsafeRawPointer?, Int, Int32) -> Int32

  static func list(_ path: String, _ buffer: UnsafeMutablePointer<CChar>?, _ size: Int) -> Int {
    guard let symbol = dlsym(nil, "llistxattr") else {
      errno = ENOTSUP
      return -1
    }
    return unsafeBitCast(symbol, to: List.self)(path, buffer, size)
  }

  static func get(_ path: String, _ name: String, _ buffer: UnsafeMutableRawPointer?, _ size: Int) -> Int {
    guard let symbol = dlsym(nil, "lgetxattr") else {
      errno = ENOTSUP
      return -1
    }
    return unsafeBitCast(symbol, to: Get.self)(path, name, buffer, size)
  }

  static func set(_ path: String, _ name: String, _ value: UnsafeRawPointer?, _ size: Int) -> Int32 {
    guard let symbol = dlsym(nil, "lsetxattr") else {
      errno = ENOTSUP
      return -1
    }
    return unsafeBitCast(symbol, to: Set.self)(path, name, value, size, 0)
  }
}
