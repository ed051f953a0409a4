/// A half-open range of byte offsets into a ``SourceFile``.
public struct SourceRange: Sendable, Hashable {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    self.start = start
    self.end = max(start, end)
  }

  public init(_ range: Range<Int>) {
    self.init(start: range.lowerBound, end: range.upperBound)
  }

  /// An empty range at `offset`.
  public static func at(_ offset: Int) -> SourceRange {
    SourceRange(start: offset, end: offset)
  }

  public var length: Int { end - start }
}

/// A 1-based line and column; the column counts bytes, as compilers do.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  public var description: String { "\(line):\(column)" }
}
