/// Unified diffs (`diff -u` format, 3 lines of context) of two byte strings.
public enum UnifiedDiff {
  /// The number of unchanged lines shown around each change.
  public static let contextLines = 3

  /// The diff of `old` to `new` with `--- oldPath`/`+++ newPath` headers
  /// (`nil`: `/dev/null`); empty when the bytes are equal.
  public static func render(oldPath: String?, old: [UInt8], newPath: String?, new: [UInt8]) -> [UInt8] {
    if old == new && (oldPath == nil) == (newPath == nil) { return [] }
    let oldLines = LineDiff.lines(old)
    let newLines = LineDiff.lines(new)
    let edits = LineDiff.edits(oldLines, newLines)
    var output: [UInt8] = Array("--- \(oldPath ?? "/dev/null")\n+++ \(newPath ?? "/dev/null")\n".utf8)
    for hunk in hunks(edits) {
      output += hunkHeader(hunk, edits: edits)
      for edit in edits[hunk] {
        switch edit {
        case .keep(let index, _): output += line(" ", oldLines[index])
        case .delete(let index): output += line("-", oldLines[index])
        case .insert(let index): output += line("+", newLines[index])
        }
      }
    }
    return output
  }

  private static func line(_ marker: String, _ text: ArraySlice<UInt8>) -> [UInt8] {
    var bytes = Array(marker.utf8) + text
    if text.last != UInt8(ascii: "\n") { bytes += Array("\n\\ No newline at end of file\n".utf8) }
    return bytes
  }

  /// Ranges of the edit script to show: each change with up to 3 kept lines
  /// around it, merged when they touch.
  private static func hunks(_ edits: [LineDiff.Edit]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    for (index, edit) in edits.enumerated() {
      if case .keep = edit { continue }
      let lower = max(0, index - contextLines)
      let upper = min(edits.count, index + contextLines + 1)
      if let last = ranges.last, last.upperBound >= lower {
        ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, upper)
      } else {
        ranges.append(lower..<upper)
      }
    }
    return ranges
  }

  private static func hunkHeader(_ hunk: Range<Int>, edits: [LineDiff.Edit]) -> [UInt8] {
    var oldStart: Int?
    var newStart: Int?
    var oldCount = 0
    var newCount = 0
    // Lines before the hunk, to number an empty side as diff does.
    var oldBefore = 0
    var newBefore = 0
    for edit in edits[..<hunk.lowerBound] {
      switch edit {
      case .keep: oldBefore += 1; newBefore += 1
      case .delete: oldBefore += 1
      case .insert: newBefore += 1
      }
    }
    for edit in edits[hunk] {
      switch edit {
      case .keep(let o, let n):
        oldStart = oldStart ?? o
        newStart = newStart ?? n
        oldCount += 1
        newCount += 1
      case .delete(let o):
        oldStart = oldStart ?? o
        oldCount += 1
      case .insert(let n):
        newStart = newStart ?? n
        newCount += 1
      }
    }
    func range(_ start: Int?, _ count: Int, _ before: Int) -> String {
      let first = count == 0 ? before : (start ?? before) + 1
      return count == 1 ? "\(first)" : "\(first),\(count)"
    }
    return Array("@@ -\(range(oldStart, oldCount, oldBefore)) +\(range(newStart, newCount, newBefore)) @@\n".utf8)
  }
}
