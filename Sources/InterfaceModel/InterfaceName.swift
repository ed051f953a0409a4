/// Interface names as the kernel accepts them and as they may safely become
/// part of a file name.
public enum InterfaceName {
  /// The longest name the kernel accepts (IFNAMSIZ - 1).
  public static let maximumLength = 15

  /// Why `name` is not a valid interface name, or `nil` when it is.
  ///
  /// Valid names are 1-15 bytes of `[A-Za-z0-9_.:-]`, and never `.` or `..`,
  /// so a name can never become a path or climb out of a folder.
  public static func problem(_ name: String) -> String? {
    if isPlainlyValid(name) { return nil }
    let length = name.utf8.count
    if length == 0 { return "the name is empty" }
    if length > maximumLength {
      return "the name is \(length) bytes long; at most \(maximumLength) are allowed"
    }
    if name == "." || name == ".." { return "'\(name)' is not a valid name" }
    for byte in name.utf8 where !isAllowed(byte) {
      if byte == UInt8(ascii: "/") { return "the name contains '/'" }
      return "the name contains a character outside [A-Za-z0-9_.:-]"
    }
    return nil
  }

  public static func isValid(_ name: String) -> Bool { problem(name) == nil }

  /// The common case in one pass over the bytes: 1-15 allowed bytes, not `.` or `..`.
  private static func isPlainlyValid(_ name: String) -> Bool {
    guard (1...maximumLength).contains(name.utf8.count) else { return false }
    var name = name
    return name.withUTF8 { bytes in
      var dots = 0
      for byte in bytes {
        guard isAllowed(byte) else { return false }
        if byte == UInt8(ascii: ".") { dots += 1 }
      }
      return dots != bytes.count || bytes.count > 2
    }
  }

  private static func isAllowed(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"),
      UInt8(ascii: "-"):
      true
    default:
      false
    }
  }
}
