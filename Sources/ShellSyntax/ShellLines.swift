/// The nodes of a ``ShellFile``, in file order: a random-access collection
/// indexed from 0 whose elements are built on access from the file's compact
/// parse (no array of nodes is kept).
public struct ShellLines: RandomAccessCollection, Sendable, Hashable {
  /// The parsed input.
  let source: [UInt8]
  let records: [ShellLineRecord]

  init(source: [UInt8], records: [ShellLineRecord]) {
    self.source = source
    self.records = records
  }

  public typealias Index = Int
  public typealias Indices = Range<Int>

  public var startIndex: Int { 0 }
  public var endIndex: Int { records.count }

  /// The node at `position` (which must be a valid index, as for an array).
  public subscript(position: Int) -> ShellLine {
    ShellLine(source: source, record: records[position])
  }

  // Equal when they are the same nodes of the same bytes.
  public static func == (lhs: ShellLines, rhs: ShellLines) -> Bool {
    lhs.records == rhs.records && lhs.source == rhs.source
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(records)
    hasher.combine(source)
  }
}
