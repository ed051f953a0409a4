/// What scanning one shell word found.
struct ShellWordScan {
  /// The offset just after the word.
  var end: Int
  /// The bytes bash assigns (meaningless when not static), unless ``decodedRun`` is set.
  var decoded: [UInt8]
  /// When the decoded value is one run of input bytes (no escapes or quotes inside it),
  /// that run; ``decoded`` is then empty, so the common case copies once.
  var decodedRun: Range<Int>?
  /// False when the word holds an expansion.
  var isStatic: Bool
  var style: ShellQuoteStyle
  /// The first expansion, if any.
  var expansion: Range<Int>?
  /// The offset and length of a quote (or `$(`, `${`, backtick) that is never closed.
  var unterminated: Range<Int>?
}

/// Scans and decodes one shell word the way bash reads the value of an assignment,
/// without ever expanding anything.
///
/// A `\r\n` pair is a line end: it ends an unquoted word, a backslash before it
/// continues the line, and inside quotes it decodes as `\n`.
struct ShellWordScanner {
  private let bytes: [UInt8]
  private let start: Int
  private var position: Int
  private var decoded: [UInt8] = []
  private var isStatic = true
  private var partCount = 0
  private var lastPart: ShellQuoteStyle?
  private var expansion: Range<Int>?
  private var unterminated: Range<Int>?
  /// Input bytes `runStart..<runEnd` decode to themselves and are not yet in `decoded`.
  private var runStart = 0
  private var runEnd = 0

  /// Scans the word that starts at `start` (which may be empty).
  static func scan(_ bytes: [UInt8], from start: Int) -> ShellWordScan {
    var scanner = ShellWordScanner(bytes: bytes, start: start)
    return scanner.run()
  }

  private init(bytes: [UInt8], start: Int) {
    self.bytes = bytes
    self.start = start
    self.position = start
  }

  private func byte(at offset: Int) -> UInt8? {
    offset >= 0 && offset < bytes.count ? bytes[offset] : nil
  }

  private mutating func run() -> ShellWordScan {
    var afterColonOrStart = true
    loop: while position < bytes.count {
      let current = bytes[position]
      let tildeAllowed = afterColonOrStart
      afterColonOrStart = false
      switch current {
      case ShellBytes.cr where byte(at: position + 1) == ShellBytes.lf:
        break loop
      case _ where ShellBytes.endsWord(current):
        break loop
      case ShellBytes.backslash:
        scanUnquotedBackslash()
      case ShellBytes.singleQuote:
        guard scanSingleQuoted() else { break loop }
      case ShellBytes.doubleQuote:
        beginPart(.double)
        guard scanDoubleQuoted(opening: position, contentStart: position + 1) else { break loop }
      case ShellBytes.dollar:
        guard scanDollar(inDoubleQuotes: false) else { break loop }
      case ShellBytes.backtick:
        beginPart(.bare)
        guard skipBackticks() else { break loop }
      case ShellBytes.tilde where tildeAllowed:
        beginPart(.bare)
        markExpansion(position..<position + 1)
        literal(position)
        position += 1
      default:
        beginPart(.bare)
        var end = position + 1
        while end < bytes.count, Self.isPlainUnquoted(bytes[end]) { end += 1 }
        literal(position..<end)
        afterColonOrStart = bytes[end - 1] == ShellBytes.colon
        position = end
      }
      if unterminated != nil { break }
    }
    let style: ShellQuoteStyle = partCount == 0 ? .empty : partCount == 1 ? (lastPart ?? .bare) : .mixed
    var decodedRun: Range<Int>?
    if decoded.isEmpty, runEnd > runStart { decodedRun = runStart..<runEnd } else { flush() }
    return ShellWordScan(
      end: position, decoded: decoded, decodedRun: decodedRun, isStatic: isStatic, style: style,
      expansion: expansion, unterminated: unterminated)
  }

  /// The input byte at `offset` decodes to itself.
  @inline(__always)
  private mutating func literal(_ offset: Int) {
    if offset == runEnd, runEnd > runStart {
      runEnd += 1
    } else {
      flush()
      runStart = offset
      runEnd = offset + 1
    }
  }

  /// The input bytes in `range` decode to themselves.
  @inline(__always)
  private mutating func literal(_ range: Range<Int>) {
    if range.lowerBound == runEnd, runEnd > runStart {
      runEnd = range.upperBound
    } else {
      flush()
      runStart = range.lowerBound
      runEnd = range.upperBound
    }
  }

  /// A byte that stands for itself in an unquoted word, whatever precedes it.
  @inline(__always)
  static func isPlainUnquoted(_ byte: UInt8) -> Bool {
    switch byte {
    case ShellBytes.cr, ShellBytes.backslash, ShellBytes.singleQuote, ShellBytes.doubleQuote,
      ShellBytes.dollar,
      ShellBytes.backtick, ShellBytes.tilde:
      false
    default:
      !ShellBytes.endsWord(byte)
    }
  }

  /// A byte that stands for itself inside double quotes.
  @inline(__always)
  static func isPlainInDoubleQuotes(_ byte: UInt8) -> Bool {
    switch byte {
    case ShellBytes.doubleQuote, ShellBytes.backslash, ShellBytes.dollar, ShellBytes.backtick, ShellBytes.cr:
      false
    default: true
    }
  }

  /// Moves the pending run of literal bytes into `decoded`.
  private mutating func flush() {
    guard runEnd > runStart else { return }
    decoded.append(contentsOf: bytes[runStart..<runEnd])
    runStart = runEnd
  }

  /// A decoded byte that is not a copy of the input byte at the same place.
  private mutating func emit(_ byte: UInt8) {
    flush()
    decoded.append(byte)
  }

  private mutating func beginPart(_ kind: ShellQuoteStyle) {
    if kind == .bare, lastPart == .bare { return }
    partCount += 1
    lastPart = kind
  }

  private mutating func markExpansion(_ range: Range<Int>) {
    isStatic = false
    if expansion == nil { expansion = range }
  }

  /// The length of a line end at `offset` (`\n` 1, `\r\n` 2), or 0.
  private func lineEndLength(at offset: Int) -> Int {
    switch byte(at: offset) {
    case ShellBytes.lf: 1
    case ShellBytes.cr where byte(at: offset + 1) == ShellBytes.lf: 2
    default: 0
    }
  }

  private mutating func scanUnquotedBackslash() {
    let continuation = lineEndLength(at: position + 1)
    if continuation > 0 {
      position += 1 + continuation
      return
    }
    beginPart(.bare)
    if byte(at: position + 1) != nil {
      literal(position + 1)
      position += 2
    } else {
      literal(position)
      position += 1
    }
  }

  /// `'...'`: literal up to the next `'`.
  private mutating func scanSingleQuoted() -> Bool {
    let opening = position
    beginPart(.single)
    var offset = opening + 1
    while offset < bytes.count {
      let current = bytes[offset]
      if current == ShellBytes.singleQuote {
        position = offset + 1
        return true
      }
      if current == ShellBytes.cr, byte(at: offset + 1) == ShellBytes.lf {
        emit(ShellBytes.lf)
        offset += 2
        continue
      }
      var end = offset + 1
      while end < bytes.count, bytes[end] != ShellBytes.singleQuote, bytes[end] != ShellBytes.cr { end += 1 }
      literal(offset..<end)
      offset = end
    }
    unterminated = opening..<opening + 1
    return false
  }

  /// `"..."` (or `$"..."`): only `\$ \` \" \\` and backslash-newline lose the backslash.
  private mutating func scanDoubleQuoted(opening: Int, contentStart: Int) -> Bool {
    position = contentStart
    while position < bytes.count {
      let current = bytes[position]
      switch current {
      case ShellBytes.doubleQuote:
        position += 1
        return true
      case ShellBytes.backslash:
        let continuation = lineEndLength(at: position + 1)
        if continuation > 0 {
          position += 1 + continuation
        } else if let next = byte(at: position + 1),
          next == ShellBytes.dollar || next == ShellBytes.backtick || next == ShellBytes.doubleQuote
            || next == ShellBytes.backslash
        {
          literal(position + 1)
          position += 2
        } else {
          literal(position)
          position += 1
        }
      case ShellBytes.dollar:
        guard scanDollar(inDoubleQuotes: true) else { return false }
      case ShellBytes.backtick:
        guard skipBackticks() else { return false }
      case ShellBytes.cr where byte(at: position + 1) == ShellBytes.lf:
        emit(ShellBytes.lf)
        position += 2
      default:
        var end = position + 1
        while end < bytes.count, Self.isPlainInDoubleQuotes(bytes[end]) { end += 1 }
        literal(position..<end)
        position = end
      }
    }
    unterminated = opening..<opening + 1
    return false
  }

  /// `$` at `position`: `$'...'`, `$"..."`, an expansion, or a literal `$`.
  private mutating func scanDollar(inDoubleQuotes: Bool) -> Bool {
    let dollar = position
    guard let next = byte(at: dollar + 1) else {
      appendLiteralDollar(inDoubleQuotes: inDoubleQuotes)
      return true
    }
    switch next {
    case ShellBytes.singleQuote where !inDoubleQuotes:
      beginPart(.ansiC)
      return scanANSIC(opening: dollar)
    case ShellBytes.doubleQuote where !inDoubleQuotes:
      beginPart(.double)
      return scanDoubleQuoted(opening: dollar, contentStart: dollar + 2)
    case ShellBytes.openBrace, ShellBytes.openParen:
      if !inDoubleQuotes { beginPart(.bare) }
      let close = next == ShellBytes.openBrace ? ShellBytes.closeBrace : ShellBytes.closeParen
      guard let end = ShellExpansionSkipper.skipBalanced(bytes, from: dollar + 2, open: next, close: close)
      else {
        unterminated = dollar..<dollar + 2
        return false
      }
      markExpansion(dollar..<end)
      position = end
      return true
    case _ where ShellBytes.startsParameter(next):
      if !inDoubleQuotes { beginPart(.bare) }
      var end = dollar + 2
      if ShellBytes.isNameStart(next) {
        while let current = byte(at: end), ShellBytes.isNameContinuation(current) { end += 1 }
      }
      markExpansion(dollar..<end)
      position = end
      return true
    default:
      appendLiteralDollar(inDoubleQuotes: inDoubleQuotes)
      return true
    }
  }

  private mutating func appendLiteralDollar(inDoubleQuotes: Bool) {
    if !inDoubleQuotes { beginPart(.bare) }
    literal(position)
    position += 1
  }

  private mutating func skipBackticks() -> Bool {
    let opening = position
    guard let end = ShellExpansionSkipper.skipBackticks(bytes, from: opening + 1) else {
      unterminated = opening..<opening + 1
      return false
    }
    markExpansion(opening..<end)
    position = end
    return true
  }

  /// `$'...'` starting at `opening` (the `$`).
  private mutating func scanANSIC(opening: Int) -> Bool {
    flush()
    var decoder = ShellANSICDecoder(bytes: bytes, position: opening + 2)
    guard let end = decoder.decode(into: &decoded) else {
      unterminated = opening..<opening + 2
      return false
    }
    position = end
    return true
  }
}

/// Finds where an expansion that is never run ends, so the word around it can be kept intact.
///
/// An expansion must close on its own physical line (nothing here is ever run,
/// so a command substitution spanning lines is reported as unterminated); this
/// keeps lexing linear in the size of the file whatever it holds.
enum ShellExpansionSkipper {
  /// The offset after the `close` that balances an `open` already consumed, skipping
  /// quoted text and escaped bytes; nil when it is not closed on this line.
  static func skipBalanced(_ bytes: [UInt8], from start: Int, open: UInt8, close: UInt8) -> Int? {
    var depth = 1
    var offset = start
    while offset < bytes.count {
      let current = bytes[offset]
      switch current {
      case ShellBytes.lf:
        return nil
      case ShellBytes.backslash:
        guard offset + 1 < bytes.count, bytes[offset + 1] != ShellBytes.lf else { return nil }
        offset += 2
        continue
      case ShellBytes.singleQuote:
        guard let end = closingQuote(bytes, from: offset + 1) else { return nil }
        offset = end + 1
        continue
      case ShellBytes.doubleQuote:
        guard let end = skipQuotedOnLine(bytes, from: offset + 1, closing: ShellBytes.doubleQuote) else {
          return nil
        }
        offset = end
        continue
      case open:
        depth += 1
      case close:
        depth -= 1
        if depth == 0 { return offset + 1 }
      default:
        break
      }
      offset += 1
    }
    return nil
  }

  /// The offset of the next `'` on this line.
  private static func closingQuote(_ bytes: [UInt8], from start: Int) -> Int? {
    var offset = start
    while offset < bytes.count {
      switch bytes[offset] {
      case ShellBytes.lf: return nil
      case ShellBytes.singleQuote: return offset
      default: offset += 1
      }
    }
    return nil
  }

  /// The offset after the unescaped `closing` byte on this line, content starting at `start`.
  static func skipQuotedOnLine(_ bytes: [UInt8], from start: Int, closing: UInt8) -> Int? {
    var offset = start
    while offset < bytes.count {
      let current = bytes[offset]
      if current == ShellBytes.lf { return nil }
      if current == ShellBytes.backslash {
        guard offset + 1 < bytes.count, bytes[offset + 1] != ShellBytes.lf else { return nil }
        offset += 2
        continue
      }
      if current == closing { return offset + 1 }
      offset += 1
    }
    return nil
  }

  /// The offset after the closing backtick of a command substitution whose content starts at `start`.
  static func skipBackticks(_ bytes: [UInt8], from start: Int) -> Int? {
    skipQuotedOnLine(bytes, from: start, closing: ShellBytes.backtick)
  }
}
