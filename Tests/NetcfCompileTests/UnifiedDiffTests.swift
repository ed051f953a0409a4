import NetcfCompile
import XCTest

final class UnifiedDiffTests: XCTestCase {
  private func diff(_ old: String, _ new: String) -> String {
    String(decoding: UnifiedDiff.render(oldPath: "a/f", old: Array(old.utf8), newPath: "b/f", new: Array(new.utf8)), as: UTF8.self)
  }

  func testEqualInputsGiveNothing() {
    XCTAssertEqual(diff("a\nb\n", "a\nb\n"), "")
    XCTAssertEqual(diff("", ""), "")
  }

  func testChangeInTheMiddleHasThreeLinesOfContext() {
    let old = (1...10).map { "line\($0)\n" }.joined()
    let new = old.replacingOccurrences(of: "line5\n", with: "five\n")
    XCTAssertEqual(
      diff(old, new),
      "--- a/f\n+++ b/f\n@@ -2,7 +2,7 @@\n line2\n line3\n line4\n-line5\n+five\n line6\n line7\n line8\n")
  }

  func testDistantChangesMakeTwoHunks() {
    let old = (1...20).map { "l\($0)\n" }.joined()
    let new = old.replacingOccurrences(of: "l2\n", with: "two\n").replacingOccurrences(of: "l18\n", with: "")
    XCTAssertEqual(
      diff(old, new),
      "--- a/f\n+++ b/f\n@@ -1,5 +1,5 @@\n l1\n-l2\n+two\n l3\n l4\n l5\n@@ -15,6 +15,5 @@\n l15\n l16\n l17\n-l18\n l19\n l20\n")
  }

  func testMissingFinalNewlineIsMarked() {
    XCTAssertEqual(diff("a", "b\n"), "--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+b\n")
  }

  func testNewAndRemovedFiles() {
    let created = UnifiedDiff.render(oldPath: nil, old: [], newPath: "b/x", new: Array("1\n2\n".utf8))
    XCTAssertEqual(String(decoding: created, as: UTF8.self), "--- /dev/null\n+++ b/x\n@@ -0,0 +1,2 @@\n+1\n+2\n")
    let removed = UnifiedDiff.render(oldPath: "a/x", old: Array("1\n".utf8), newPath: nil, new: [])
    XCTAssertEqual(String(decoding: removed, as: UTF8.self), "--- a/x\n+++ /dev/null\n@@ -1 +0,0 @@\n-1\n")
    // An empty new file still shows up.
    XCTAssertEqual(
      String(decoding: UnifiedDiff.render(oldPath: nil, old: [], newPath: "b/e", new: []), as: UTF8.self),
      "--- /dev/null\n+++ b/e\n")
  }

  /// Applying the diff to the old text gives the new text, and the diff is no longer than needed.
  func testPatchesReproduceTheNewText() throws {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<500 {
      let old = (0..<Int.random(in: 0...14, using: &generator)).map { _ in "\(Int.random(in: 0...3, using: &generator))" }
      var new = old
      for _ in 0..<Int.random(in: 0...4, using: &generator) {
        if !new.isEmpty, Bool.random(using: &generator) {
          new.remove(at: Int.random(in: 0..<new.count, using: &generator))
        } else {
          new.insert("x\(Int.random(in: 0...3, using: &generator))", at: Int.random(in: 0...new.count, using: &generator))
        }
      }
      let text = diff(old.map { $0 + "\n" }.joined(), new.map { $0 + "\n" }.joined())
      XCTAssertEqual(try apply(text, to: old), new, "\(old) -> \(new):\n\(text)")
    }
  }

  /// A minimal `patch`: applies unified-diff hunks to `old`.
  private func apply(_ patch: String, to old: [String]) throws -> [String] {
    var result: [String] = []
    var position = 0
    var lines = patch.split(separator: "\n", omittingEmptySubsequences: true).dropFirst(2).makeIterator()
    while let header = lines.next() {
      let fields = header.split(separator: " ")
      XCTAssertEqual(fields.first, "@@")
      let oldField = fields[1].dropFirst().split(separator: ",")
      let start = try XCTUnwrap(Int(oldField[0]))
      let count = oldField.count > 1 ? try XCTUnwrap(Int(oldField[1])) : 1
      let firstIndex = count == 0 ? start : start - 1
      result += old[position..<firstIndex]
      position = firstIndex
      var consumed = 0
      var newCount = 0
      let newField = fields[2].dropFirst().split(separator: ",")
      let expectedNew = newField.count > 1 ? try XCTUnwrap(Int(newField[1])) : 1
      while consumed < count || newCount < expectedNew, let line = lines.next() {
        let body = String(line.dropFirst())
        switch line.first {
        case " ":
          XCTAssertEqual(old[position], body)
          result.append(body); position += 1; consumed += 1; newCount += 1
        case "-":
          XCTAssertEqual(old[position], body)
          position += 1; consumed += 1
        case "+":
          result.append(body); newCount += 1
        default:
          XCTFail("unexpected line \(line)")
        }
      }
    }
    return result + old[position...]
  }

  func testLargeRewriteStaysBounded() {
    let old = (0..<50_000).map { "a\($0)\n" }.joined()
    let new = (0..<50_000).map { "b\($0)\n" }.joined()
    let text = diff(old, new)
    XCTAssertTrue(text.hasPrefix("--- a/f\n+++ b/f\n@@ -1,50000 +1,50000 @@\n-a0\n"))
  }
}
