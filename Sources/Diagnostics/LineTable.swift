/// Maps byte offsets to 1-based line and column numbers.
///
/// Built once per file in O(n); each lookup is a binary search. A line ends
/// after `\n`; a `\r\n` pair therefore belongs to the line it ends.
public struct LineTable: Sendable {
  /// Byte offset at which each line starts; `lineStarts[0] == 0`.
  public let lineStarts: [Int]
  /// Total number of bytes in the file.
  public let byteCount: Int

  public init(_ bytes: some Collection<UInt8>) {
    var starts = [0]
    var offset = 0
    for byte in bytes {
      offset += 1
      if byte == UInt8(ascii: "\n") { starts.append(offset) }
    }
    lineStarts = starts
    byteCount = offset
  }

  /// The number of lines (a final line without a newline counts).
  public var lineCount: Int { lineStarts.count }

  /// The location of `offset`, clamped to the file.
  public func location(of offset: Int) -> SourceLocation {
    let clamped = min(max(offset, 0), byteCount)
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
    }
    return SourceLocation(line: low + 1, column: clamped - lineStarts[low] + 1)
  }

  /// The byte range of 1-based line `line` without its line terminator.
  public func rangeOfLine(_ line: Int, in bytes: [UInt8]) -> Range<Int> {
    guard line >= 1, line <= lineStarts.count else { return byteCount..<byteCount }
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] : byteCount
    end = min(end, bytes.count)
    if end > start, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return start..<max(start, end)
  }
}
