/// What kind of node a line is.
enum ShellLineKind: UInt8, Sendable, Hashable {
  case assignment
  case comment
  case blank
  case unparsed
}

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

/// One node of a parsed file, as 28 bytes of offsets into the file's bytes;
/// the public node types are views of a record and those bytes.
///
/// Offsets fit in 32 bits: the lexer reads a file of 4 GiB or more as a single
/// unparsed line whose end is ``endOfInput``.
struct ShellLineRecord: Sendable, Hashable {
  /// A ``contentEnd`` that stands for the end of the input.
  static let endOfInput = UInt32.max
  /// The first offset that does not fit; inputs at least this long are one unparsed line.
  static let offsetLimit = Int(UInt32.max)

  /// Where the line starts.
  let start: UInt32
  /// Where its text ends, before the line end.
  let contentEnd: UInt32
  /// Assignments only: where `export` (or else the key) starts, after the indent.
  let exportStart: UInt32
  /// Assignments only: where the key starts.
  let keyStart: UInt32
  /// Assignments only: where the raw value starts, just after the `=`.
  let valueStart: UInt32
  /// Assignments only: where the raw value ends.
  let valueEnd: UInt32
  let kind: ShellLineKind
  let newline: ShellNewline
  /// Assignments only.
  let quoteStyle: ShellQuoteStyle
  /// Assignments only.
  let decoding: ShellValueDecoding

  /// A comment, blank or unparsed line.
  init(verbatim kind: ShellLineKind, start: Int, contentEnd: Int, newline: ShellNewline) {
    self.start = Self.offset(start)
    self.contentEnd = Self.offset(contentEnd)
    self.exportStart = self.start
    self.keyStart = self.start
    self.valueStart = self.start
    self.valueEnd = self.start
    self.kind = kind
    self.newline = newline
    self.quoteStyle = .empty
    self.decoding = .notStatic
  }

  /// An assignment.
  init(
    start: Int, exportStart: Int, keyStart: Int, valueStart: Int, valueEnd: Int, contentEnd: Int,
    newline: ShellNewline, quoteStyle: ShellQuoteStyle, decoding: ShellValueDecoding
  ) {
    self.start = Self.offset(start)
    self.exportStart = Self.offset(exportStart)
    self.keyStart = Self.offset(keyStart)
    self.valueStart = Self.offset(valueStart)
    self.valueEnd = Self.offset(valueEnd)
    self.contentEnd = Self.offset(contentEnd)
    self.kind = .assignment
    self.newline = newline
    self.quoteStyle = quoteStyle
    self.decoding = decoding
  }

  /// The whole of an input too long for 32-bit offsets, as one unparsed line.
  static let wholeOversizedInput = ShellLineRecord(unparsedToEndOfInput: ())

  private init(unparsedToEndOfInput: Void) {
    self.start = 0
    self.contentEnd = Self.endOfInput
    self.exportStart = 0
    self.keyStart = 0
    self.valueStart = 0
    self.valueEnd = 0
    self.kind = .unparsed
    self.newline = .none
    self.quoteStyle = .empty
    self.decoding = .notStatic
  }

  /// `offset` as 32 bits: the lexer only records offsets below ``offsetLimit``.
  @inline(__always)
  private static func offset(_ offset: Int) -> UInt32 {
    UInt32(truncatingIfNeeded: min(max(offset, 0), offsetLimit - 1))
  }

  /// Where the text of the line ends in an input of `count` bytes.
  @inline(__always)
  func textEnd(count: Int) -> Int {
    contentEnd == Self.endOfInput ? count : min(Int(contentEnd), count)
  }

  /// Where the line ends, line end included, in an input of `count` bytes.
  @inline(__always)
  func end(count: Int) -> Int {
    min(textEnd(count: count) + newline.length, count)
  }

  /// The key's bytes (assignments only).
  var keyRange: Range<Int> { Int(keyStart)..<max(Int(keyStart), Int(valueStart) - 1) }

  /// The decoded value's bytes when they are a run of the input (assignments only).
  var decodedRun: Range<Int>? {
    if decoding.isEmpty { return Int(valueStart)..<Int(valueStart) }
    guard let trim = decoding.runTrim else { return nil }
    let lower = Int(valueStart) + trim.leading
    return lower..<max(lower, Int(valueEnd) - trim.trailing)
  }
}

extension ShellNewline {
  /// How many bytes this line end takes.
  var length: Int {
    switch self {
    case .lf: 1
    case .crlf: 2
    case .none: 0
    }
  }
}

extension Array where Element == UInt8 {
  /// The bytes in `range`, clamped to the array: never traps.
  @inline(__always)
  func clampedSlice(_ range: Range<Int>) -> ArraySlice<UInt8> {
    let lower = Swift.min(Swift.max(range.lowerBound, 0), count)
    let upper = Swift.min(Swift.max(range.upperBound, lower), count)
    return self[lower..<upper]
  }
}
