/// The values nearly every file holds, read without the general scanner: a
/// bare word of plain bytes, `'text'`, `"text"` without escapes or expansions,
/// or nothing, each ending where the word ends.
///
/// Whatever matches reads exactly as ``ShellWordScanner`` reads it (the input
/// bytes between the quotes, unchanged); anything else is left to the scanner.
enum ShellSimpleWord {
  /// A value read without the scanner.
  struct Match {
    /// The offset just after the word.
    let end: Int
    let style: ShellQuoteStyle
    /// The bytes bash assigns: the word less its quotes.
    let run: Range<Int>
    /// Whether every byte of the word is ASCII (so the value is valid UTF-8).
    let isASCII: Bool
  }

  /// The simple word starting at `start`, or nil when the scanner must read it.
  static func match(_ bytes: [UInt8], from start: Int) -> Match? {
    bytes.withUnsafeBufferPointer { bytes in
      let count = bytes.count
      guard start >= 0, start <= count else { return nil }
      var offset = start
      // Every byte of the word or'ed together: below 0x80 when all are ASCII.
      var bits: UInt8 = 0
      let style: ShellQuoteStyle
      let run: Range<Int>
      let first = start < count ? bytes[start] : 0
      if start < count, first == ShellBytes.singleQuote || first == ShellBytes.doubleQuote {
        offset += 1
        if first == ShellBytes.singleQuote {
          while offset < count, bytes[offset] != ShellBytes.singleQuote, bytes[offset] != ShellBytes.cr {
            bits |= bytes[offset]
            offset += 1
          }
        } else {
          while offset < count, ShellWordScanner.isPlainInDoubleQuotes(bytes[offset]) {
            bits |= bytes[offset]
            offset += 1
          }
        }
        guard offset < count, bytes[offset] == first else { return nil }
        run = (start + 1)..<offset
        offset += 1
        style = first == ShellBytes.singleQuote ? .single : .double
      } else {
        while offset < count, ShellWordScanner.isPlainUnquoted(bytes[offset]) {
          bits |= bytes[offset]
          offset += 1
        }
        run = start..<offset
        style = offset == start ? .empty : .bare
      }
      // The word must end here: more parts (`'a'b`, `a\ b`, `a$B`) are the scanner's.
      if offset < count {
        let next = bytes[offset]
        let endsLine = next == ShellBytes.cr && offset + 1 < count && bytes[offset + 1] == ShellBytes.lf
        guard endsLine || ShellBytes.endsWord(next) else { return nil }
      }
      return Match(end: offset, style: style, run: run, isASCII: bits < 0x80)
    }
  }
}
