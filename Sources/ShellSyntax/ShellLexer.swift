import Diagnostics

/// Splits a file into line nodes in one pass over its bytes and reports what it finds.
///
/// Every byte lands in exactly one node, so printing the nodes gives the input back.
struct ShellLexer {
  private let bytes: [UInt8]
  private let path: String
  /// Inputs at least this long are one unparsed line (offsets are 32 bits).
  private let offsetLimit: Int
  private var position = 0
  private(set) var records: [ShellLineRecord] = []
  private(set) var diagnostics: [Diagnostic] = []
  /// The last assignment of each key, once ``run()`` is done.
  private(set) var keyTable = ShellKeyTable()
  private var reportedCRLF = false
  private var assignmentCount = 0
  /// The index of the last assignment in ``records``, or -1.
  private var lastAssignment = -1

  init(bytes: [UInt8], path: String, offsetLimit: Int = ShellLineRecord.offsetLimit) {
    self.bytes = bytes
    self.path = path
    self.offsetLimit = min(offsetLimit, ShellLineRecord.offsetLimit)
  }

  mutating func run() {
    guard bytes.count < offsetLimit else {
      records = [.wholeOversizedInput]
      diagnostics.append(
        ShellDiagnosticCode.unparsedLine.diagnostic(
          "file not read: it is \(bytes.count) bytes long; the most a file may hold is \(offsetLimit - 1)",
          path: path, range: SourceRange(start: 0, end: bytes.count)))
      return
    }
    var hasNUL = false
    var lineEnds = 0
    for byte in bytes where byte <= ShellBytes.lf {
      if byte == ShellBytes.lf { lineEnds &+= 1 } else if byte == 0 { hasNUL = true }
    }
    // Every node but the last ends with a line end: no node array grows, and none is oversized.
    let expectedLines = min(lineEnds + 1, 4096)
    records.reserveCapacity(expectedLines)
    while position < bytes.count {
      let start = position
      lexLine()
      if hasNUL { checkNUL(in: start..<position) }
    }
    indexKeys()
  }

  // MARK: - Lines

  private func byte(at offset: Int) -> UInt8? {
    offset >= 0 && offset < bytes.count ? bytes[offset] : nil
  }

  /// The end of the physical line containing `offset`: where its content ends, its line end,
  /// and where the next line starts.
  private func lineEnd(from offset: Int) -> (contentEnd: Int, newline: ShellNewline, next: Int) {
    guard offset < bytes.count, let lf = bytes[offset...].firstIndex(of: ShellBytes.lf) else {
      return (bytes.count, .none, bytes.count)
    }
    if lf > offset, bytes[lf - 1] == ShellBytes.cr { return (lf - 1, .crlf, lf + 1) }
    return (lf, .lf, lf + 1)
  }

  private mutating func lexLine() {
    let lineStart = position
    var offset = lineStart
    while let current = byte(at: offset), ShellBytes.isBlank(current) { offset += 1 }
    let indentEnd = offset
    let first = byte(at: offset)
    if first == nil || first == ShellBytes.lf
      || (first == ShellBytes.cr && byte(at: offset + 1) == ShellBytes.lf)
    {
      let end = lineEnd(from: offset)
      finishVerbatim(.blank, start: lineStart, end: end)
      return
    }
    if first == ShellBytes.hash {
      let end = lineEnd(from: offset)
      finishVerbatim(.comment, start: lineStart, end: end)
      return
    }
    var keyStart = indentEnd
    if let afterExport = exportPrefixEnd(at: indentEnd) { keyStart = afterExport }
    let keyEnd = nameEnd(from: keyStart)
    guard keyEnd > keyStart, byte(at: keyEnd) == ShellBytes.equals else {
      unparsed(lineStart: lineStart, from: indentEnd, reason: reasonForCommand(at: indentEnd, keyEnd: keyEnd))
      return
    }
    if byte(at: keyEnd + 1) == ShellBytes.openParen {
      unparsed(lineStart: lineStart, from: indentEnd, reason: "an array assignment is not a plain value")
      return
    }
    lexAssignment(lineStart: lineStart, indentEnd: indentEnd, keyStart: keyStart, keyEnd: keyEnd)
  }

  /// The end of the shell name `[A-Za-z_][A-Za-z0-9_]*` at `start` (`start` when there is none).
  private func nameEnd(from start: Int) -> Int {
    bytes.withUnsafeBufferPointer { bytes in
      guard start >= 0, start < bytes.count, ShellBytes.isNameStart(bytes[start]) else { return start }
      var end = start + 1
      while end < bytes.count, ShellBytes.isNameContinuation(bytes[end]) { end += 1 }
      return end
    }
  }

  /// The offset after `export` and its blanks when the line starts with them.
  private func exportPrefixEnd(at offset: Int) -> Int? {
    guard byte(at: offset) == UInt8(ascii: "e"), startsWithWord("export", at: offset) else { return nil }
    var end = offset + 6
    guard let current = byte(at: end), ShellBytes.isBlank(current) else { return nil }
    while let current = byte(at: end), ShellBytes.isBlank(current) { end += 1 }
    return end
  }

  private func reasonForCommand(at offset: Int, keyEnd: Int) -> String {
    let next = byte(at: keyEnd)
    if keyEnd > offset, next == ShellBytes.plus, byte(at: keyEnd + 1) == ShellBytes.equals {
      return "`+=` appends to a variable; only plain assignments are read"
    }
    if keyEnd > offset, next == ShellBytes.openBracket {
      return "an array element assignment is not a plain value"
    }
    if byte(at: offset) == UInt8(ascii: "."), let after = byte(at: offset + 1), ShellBytes.isBlank(after) {
      return "`.` sources another file, which is never read"
    }
    if startsWithWord("source", at: offset) { return "`source` reads another file, which is never read" }
    if startsWithWord("export", at: offset) { return "`export` without an assignment" }
    return "not an assignment, comment or blank line; commands are never run"
  }

  private func startsWithWord(_ word: String, at offset: Int) -> Bool {
    var index = offset
    for expected in word.utf8 {
      guard byte(at: index) == expected else { return false }
      index += 1
    }
    guard let after = byte(at: index) else { return true }
    return ShellBytes.isBlank(after) || after == ShellBytes.lf || after == ShellBytes.cr
  }

  private mutating func finishVerbatim(
    _ kind: ShellLineKind, start: Int, end: (contentEnd: Int, newline: ShellNewline, next: Int)
  ) {
    records.append(
      ShellLineRecord(verbatim: kind, start: start, contentEnd: end.contentEnd, newline: end.newline))
    noteNewline(end.newline, at: end.contentEnd)
    position = end.next
  }

  /// Keeps the bytes from `lineStart` to the end of the physical line holding `through`
  /// (by default `from`) verbatim, with an `unparsed-line` error from `from`.
  private mutating func unparsed(lineStart: Int, from: Int, through: Int? = nil, reason: String) {
    let end = lineEnd(from: through ?? from)
    diagnostics.append(
      ShellDiagnosticCode.unparsedLine.diagnostic(
        "line not read: " + reason, path: path,
        range: SourceRange(start: from, end: max(from, end.contentEnd))))
    finishVerbatim(.unparsed, start: lineStart, end: end)
  }

  private mutating func noteNewline(_ newline: ShellNewline, at offset: Int) {
    guard newline == .crlf, !reportedCRLF else { return }
    reportedCRLF = true
    diagnostics.append(
      ShellDiagnosticCode.crlfLineEnd.diagnostic(
        "CRLF line ends: bash would read the CR into every value", path: path,
        range: SourceRange(start: offset, end: offset + 1)))
  }

  // MARK: - Assignments

  private mutating func lexAssignment(lineStart: Int, indentEnd: Int, keyStart: Int, keyEnd: Int) {
    let valueStart = keyEnd + 1
    let valueEnd: Int
    let style: ShellQuoteStyle
    let decoding: ShellValueDecoding
    var expansion: Range<Int>?
    if let match = ShellSimpleWord.match(bytes, from: valueStart) {
      valueEnd = match.end
      style = match.style
      decoding = ShellValueDecoding(
        run: match.run, of: valueStart..<match.end,
        isValidUTF8: match.isASCII || ShellBytes.isValidUTF8(bytes[match.run]))
    } else {
      let scan = ShellWordScanner.scan(bytes, from: valueStart)
      if let opening = scan.unterminated {
        diagnostics.append(
          ShellDiagnosticCode.unterminatedQuote.diagnostic(
            "unterminated quote: this value never ends", path: path, range: SourceRange(opening)))
        let end = lineEnd(from: max(opening.lowerBound, lineStart))
        finishVerbatim(.unparsed, start: lineStart, end: end)
        return
      }
      valueEnd = scan.end
      style = scan.style
      decoding = ShellValueDecoding(scan, from: valueStart, in: bytes)
      expansion = scan.expansion
    }
    // Trailing trivia: blanks, an optional `;`, blanks, an optional comment.
    var offset = valueEnd
    while let current = byte(at: offset), ShellBytes.isBlank(current) { offset += 1 }
    let afterSemicolon = byte(at: offset) == ShellBytes.semicolon
    if afterSemicolon {
      offset += 1
      while let current = byte(at: offset), ShellBytes.isBlank(current) { offset += 1 }
    }
    let end = lineEnd(from: offset)
    if offset < end.contentEnd, bytes[offset] != ShellBytes.hash {
      if afterSemicolon || ShellBytes.endsWord(bytes[offset]) {
        unparsed(
          lineStart: lineStart, from: indentEnd, through: offset,
          reason: "more than a single assignment (a list, pipe, redirection or subshell)")
        return
      }
      diagnostics.append(
        ShellDiagnosticCode.unquotedSpace.diagnostic(
          "unquoted space: bash would run `\(String(decoding: bytes[offset..<end.contentEnd].prefix(40), as: UTF8.self))` with this variable set; quote the value",
          path: path, range: SourceRange(start: offset, end: end.contentEnd)))
    }
    if decoding.isNotStatic {
      if let expansion {
        diagnostics.append(
          ShellDiagnosticCode.expansion.diagnostic(
            "the value of \(keyText(keyStart..<keyEnd)) holds an expansion, which is never run: its value is unknown",
            path: path, range: SourceRange(expansion)))
      }
    } else if !decoding.isValidUTF8 {
      diagnostics.append(
        ShellDiagnosticCode.invalidUTF8.diagnostic(
          "the value of \(keyText(keyStart..<keyEnd)) is not valid UTF-8", path: path,
          range: SourceRange(start: valueStart, end: valueEnd)))
    }
    lastAssignment = records.count
    assignmentCount += 1
    records.append(
      ShellLineRecord(
        start: lineStart, exportStart: indentEnd, keyStart: keyStart, valueStart: valueStart,
        valueEnd: valueEnd,
        contentEnd: end.contentEnd, newline: end.newline, quoteStyle: style, decoding: decoding))
    noteNewline(end.newline, at: end.contentEnd)
    position = end.next
  }

  private func keyText(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

  // MARK: - File-wide checks

  private mutating func checkNUL(in range: Range<Int>) {
    guard let nul = bytes[range].firstIndex(of: 0) else { return }
    diagnostics.append(
      ShellDiagnosticCode.nulByte.diagnostic(
        "NUL byte: no value can hold it", path: path, range: SourceRange(start: nul, end: nul + 1)))
  }

  /// Builds the key table and reports each assignment a later one of the same key replaces.
  private mutating func indexKeys() {
    var replaced: [Int] = []
    keyTable = records.withUnsafeBufferPointer { records in
      bytes.withUnsafeBufferPointer { source in
        ShellKeyTable(
          records: records, assignmentCount: assignmentCount, lastAssignment: lastAssignment, source: source,
          replaced: &replaced)
      }
    }
    for index in replaced where index < records.count {
      let key = records[index].keyRange
      diagnostics.append(
        ShellDiagnosticCode.duplicateKey.diagnostic(
          "\(keyText(key)) is assigned again later; bash reads the last assignment", path: path,
          range: SourceRange(start: key.lowerBound, end: key.upperBound)))
    }
  }
}
