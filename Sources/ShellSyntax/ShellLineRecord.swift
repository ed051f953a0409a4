/// What kind of node a line is.
enum ShellLineKind: UInt8, Sendable, Hashable {
  case assignment
  case comment
  case blank
  case unparsed
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
    let start = Self.offset(start)
    self.init(
      start: start, contentEnd: Self.offset(contentEnd), exportStart: start, keyStart: start,
      valueStart: start,
      valueEnd: start, kind: kind, newline: newline, quoteStyle: .empty, decoding: .notStatic)
  }

  /// An assignment.
  init(
    start: Int, exportStart: Int, keyStart: Int, valueStart: Int, valueEnd: Int, contentEnd: Int,
    newline: ShellNewline, quoteStyle: ShellQuoteStyle, decoding: ShellValueDecoding
  ) {
    self.init(
      start: Self.offset(start), contentEnd: Self.offset(contentEnd), exportStart: Self.offset(exportStart),
      keyStart: Self.offset(keyStart), valueStart: Self.offset(valueStart), valueEnd: Self.offset(valueEnd),
      kind: .assignment, newline: newline, quoteStyle: quoteStyle, decoding: decoding)
  }

  /// The whole of an input too long for 32-bit offsets, as one unparsed line.
  static let wholeOversizedInput = ShellLineRecord(
    start: 0, contentEnd: endOfInput, exportStart: 0, keyStart: 0, valueStart: 0, valueEnd: 0,
    kind: .unparsed,
    newline: .none, quoteStyle: .empty, decoding: .notStatic)

  private init(
    start: UInt32, contentEnd: UInt32, exportStart: UInt32, keyStart: UInt32, valueStart: UInt32,
    valueEnd: UInt32,
    kind: ShellLineKind, newline: ShellNewline, quoteStyle: ShellQuoteStyle, decoding: ShellValueDecoding
  ) {
    self.start = start
    self.contentEnd = contentEnd
    self.exportStart = exportStart
    self.keyStart = keyStart
    self.valueStart = valueStart
    self.valueEnd = valueEnd
    self.kind = kind
    self.newline = newline
    self.quoteStyle = quoteStyle
    self.decoding = decoding
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
