/// How the decoded value of an assignment is found again, in one byte.
///
/// Most values decode to one run of their own bytes: the raw value less a few
/// quote bytes at each end (`abc`, `'abc'`, `"abc"`, `$"abc"`). Those keep
/// only how many bytes to drop at each end. Values rebuilt from escapes or
/// several quoted parts are decoded again from the input on access, so the
/// parse holds no copy of them.
struct ShellValueDecoding: Sendable, Hashable {
  private let bits: UInt8

  private static let runTag: UInt8 = 0
  private static let emptyTag: UInt8 = 1
  private static let rescanTag: UInt8 = 2
  private static let notStaticTag: UInt8 = 3
  private static let validUTF8Bit: UInt8 = 0x80
  /// The most quote bytes a run may drop at either end.
  static let maximumTrim = 3

  private init(bits: UInt8) { self.bits = bits }

  /// The value holds an expansion.
  static let notStatic = ShellValueDecoding(bits: notStaticTag)

  /// The value is empty.
  static let empty = ShellValueDecoding(bits: emptyTag | validUTF8Bit)

  /// The value is rebuilt from escapes or quoted parts; `isValidUTF8` says whether it is valid UTF-8.
  static func rescan(isValidUTF8: Bool) -> ShellValueDecoding {
    ShellValueDecoding(bits: rescanTag | (isValidUTF8 ? validUTF8Bit : 0))
  }

  /// The value is the raw value less `leading` bytes at its start and `trailing` at its end
  /// (nil when either is more than ``maximumTrim``).
  static func run(leading: Int, trailing: Int, isValidUTF8: Bool) -> ShellValueDecoding? {
    guard (0...maximumTrim).contains(leading), (0...maximumTrim).contains(trailing) else { return nil }
    let trims = UInt8(truncatingIfNeeded: leading << 2 | trailing) << 2
    return ShellValueDecoding(bits: runTag | trims | (isValidUTF8 ? validUTF8Bit : 0))
  }

  private var tag: UInt8 { bits & 0x03 }

  var isNotStatic: Bool { tag == Self.notStaticTag }
  var isEmpty: Bool { tag == Self.emptyTag }
  var needsRescan: Bool { tag == Self.rescanTag }
  /// For a run: the bytes it drops at the start and at the end of the raw value.
  var runTrim: (leading: Int, trailing: Int)? {
    guard tag == Self.runTag else { return nil }
    return (Int(bits >> 4 & 0x03), Int(bits >> 2 & 0x03))
  }
  /// Whether a static value is valid UTF-8 (checked once, by the lexer).
  var isValidUTF8: Bool { bits & Self.validUTF8Bit != 0 }
}

extension ShellValueDecoding {
  /// A value that is the input bytes `run` of the raw value `raw`.
  init(run: Range<Int>, of raw: Range<Int>, isValidUTF8: Bool) {
    if run.isEmpty {
      self = .empty
    } else {
      self =
        .run(
          leading: run.lowerBound - raw.lowerBound, trailing: raw.upperBound - run.upperBound,
          isValidUTF8: isValidUTF8)
        ?? .rescan(isValidUTF8: isValidUTF8)
    }
  }

  /// The value the scanner read from `valueStart` in `bytes`.
  init(_ scan: ShellWordScan, from valueStart: Int, in bytes: [UInt8]) {
    if !scan.isStatic {
      self = .notStatic
    } else if let run = scan.decodedRun {
      // The scanner gives either one run of the input (never empty) or the bytes it rebuilt.
      self.init(run: run, of: valueStart..<scan.end, isValidUTF8: ShellBytes.isValidUTF8(bytes[run]))
    } else if scan.decoded.isEmpty {
      self = .empty
    } else {
      self = .rescan(isValidUTF8: ShellBytes.isValidUTF8(scan.decoded[...]))
    }
  }
}
