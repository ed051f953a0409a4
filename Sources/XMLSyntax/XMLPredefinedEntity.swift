import Diagnostics

/// The five entities XML predefines: `lt`, `gt`, `amp`, `apos`, `quot`.
enum XMLPredefinedEntity {
  /// The character `name` stands for, or nil when it is not predefined.
  static func scalar(_ base: UnsafePointer<UInt8>, _ name: SourceRange) -> UInt8? {
    let start = name.start
    switch name.length {
    case 2:
      guard base[start + 1] == UInt8(ascii: "t") else { return nil }
      if base[start] == UInt8(ascii: "l") { return UInt8(ascii: "<") }
      if base[start] == UInt8(ascii: "g") { return UInt8(ascii: ">") }
      return nil
    case 3:
      let isAmp = base[start] == UInt8(ascii: "a") && base[start + 1] == UInt8(ascii: "m")
        && base[start + 2] == UInt8(ascii: "p")
      return isAmp ? UInt8(ascii: "&") : nil
    case 4:
      let word = (base[start], base[start + 1], base[start + 2], base[start + 3])
      if word == (UInt8(ascii: "a"), UInt8(ascii: "p"), UInt8(ascii: "o"), UInt8(ascii: "s")) { return UInt8(ascii: "'") }
      if word == (UInt8(ascii: "q"), UInt8(ascii: "u"), UInt8(ascii: "o"), UInt8(ascii: "t")) { return UInt8(ascii: "\"") }
      return nil
    default:
      return nil
    }
  }
}
