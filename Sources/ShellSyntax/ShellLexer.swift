import Diagnostics

/// Splits a file into line nodes in one pass over its bytes and reports what it finds.
///
/// Every byte lands in exactly one node, so printing the nodes gives the input back.
struct ShellLexer {
  private let bytes: [UInt8]
  private let path: String
  private var position = 0
  private(set) var lines: [ShellLine] = []
  private(set) var diagnostics: [Diagnostic] = []
  /// The last assignment of each key, once ``run()`` is done.
  private(set) var keyTable = ShellKeyTable()
  private var reportedCRLF = false
  /// Each assignment's line index, key bytes and a hash of them, for the duplicate check.
  private var keys: [(index: Int, hash: UInt64, key: Range<Int>)] = []

  init(bytes: [UInt8], path: String) {
    self.bytes = bytes
    self.path = path
  }

  mutating func run() {
    var hasNUL = false
    var lineEnds = 0
    for byte in bytes where byte <= ShellBytes.lf {
      if byte == ShellBytes.lf { lineEnds &+= 1 } else if byte == 0 { hasNUL = true }
    }
    // Every node but the last ends with a line end: no node array grows, and none is oversized.
    let expectedLines = min(lineEnds + 1, 4096)
    lines.reserveCapacity(expectedLines)
    keys.reserveCapacity(expectedLines)
    while position < bytes.count {
      let start = position
      lexLine()
      if hasNUL { checkNUL(in: start..<position) }
    }
    reportDuplicateKeys()
    keyTable = ShellKeyTable(keys, bytes: bytes)
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
      finishVerbatim(start: lineStart, end: end) { .blank($0) }
      return
    }
    if first == ShellBytes.hash {
      let end = lineEnd(from: offset)
      finishVerbatim(start: lineStart, end: end) { .comment($0) }
      return
    }
    var keyStart = indentEnd
    if let afterExport = exportPrefixEnd(at: indentEnd) { keyStart = afterExport }
    var keyEnd = keyStart
    if let current = byte(at: keyEnd), ShellBytes.isNameStart(current) {
      keyEnd += 1
      while let current = byte(at: keyEnd), ShellBytes.isNameContinuation(current) { keyEnd += 1 }
    }
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
    start: Int, end: (contentEnd: Int, newline: ShellNewline, next: Int),
    make: (ShellVerbatimLine) -> ShellLine
  ) {
    let line = ShellVerbatimLine(textBytes: bytes[start..<end.contentEnd], newline: end.newline)
    lines.append(make(line))
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
    finishVerbatim(start: lineStart, end: end) { .unparsed($0) }
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
    let scan = ShellWordScanner.scan(bytes, from: valueStart)
    if let opening = scan.unterminated {
      diagnostics.append(
        ShellDiagnosticCode.unterminatedQuote.diagnostic(
          "unterminated quote: this value never ends", path: path, range: SourceRange(opening)))
      let end = lineEnd(from: max(opening.lowerBound, lineStart))
      finishVerbatim(start: lineStart, end: end) { .unparsed($0) }
      return
    }
    // Trailing trivia: blanks, an optional `;`, blanks, an optional comment.
    var offset = scan.end
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
    let decoded: ShellAssignment.Decoded
    if scan.isStatic {
      let isValid: Bool
      if let run = scan.decodedRun {
        decoded = .run(run)
        isValid = ShellBytes.isValidUTF8(bytes[run])
      } else {
        decoded = .copy(scan.decoded)
        isValid = ShellBytes.isValidUTF8(scan.decoded[...])
      }
      if !isValid {
        diagnostics.append(
          ShellDiagnosticCode.invalidUTF8.diagnostic(
            "the value of \(keyText(keyStart..<keyEnd)) is not valid UTF-8", path: path,
            range: SourceRange(start: valueStart, end: scan.end)))
      }
    } else {
      decoded = .notStatic
      if let expansion = scan.expansion {
        diagnostics.append(
          ShellDiagnosticCode.expansion.diagnostic(
            "the value of \(keyText(keyStart..<keyEnd)) holds an expansion, which is never run: its value is unknown",
            path: path, range: SourceRange(expansion)))
      }
    }
    let assignment = ShellAssignment(
      text: bytes[lineStart..<end.contentEnd], exportStart: indentEnd, keyStart: keyStart,
      valueStart: valueStart,
      valueEnd: scan.end, decoded: decoded, quoteStyle: scan.style, newline: end.newline)
    keys.append((lines.count, ShellKeyTable.hash(bytes[keyStart..<keyEnd]), keyStart..<keyEnd))
    lines.append(.assignment(assignment))
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

  private mutating func reportDuplicateKeys() {
    var duplicates: [Int] = []
    if keys.count <= 48 {
      // Small files (nearly all of them): comparing hashes beats a dictionary.
      for position in keys.indices {
        let entry = keys[position]
        let repeated = keys[(position + 1)...].contains {
          $0.hash == entry.hash && bytes[$0.key].elementsEqual(bytes[entry.key])
        }
        if repeated { duplicates.append(entry.index) }
      }
    } else {
      var last: [ArraySlice<UInt8>: Int] = [:]
      for entry in keys { last[bytes[entry.key]] = entry.index }
      duplicates = keys.filter { last[bytes[$0.key]] != $0.index }.map(\.index)
    }
    for index in duplicates {
      guard let assignment = lines[index].assignment else { continue }
      diagnostics.append(
        ShellDiagnosticCode.duplicateKey.diagnostic(
          "\(assignment.key) is assigned again later; bash reads the last assignment", path: path,
          range: assignment.keyRange))
    }
  }
}
