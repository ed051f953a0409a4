import Diagnostics
import PropertyTesting
import ShellSyntax
import XCTest

/// bash is the ground truth: what our decoder reads, and what our encoder writes,
/// must be what bash assigns. Each batch costs one bash process.
final class ShellBashGroundTruthTests: XCTestCase {
  override func setUpWithError() throws {
    try XCTSkipUnless(BashOracle.isAvailable, "bash is not installed at \(BashOracle.path)")
  }

  private static func hex(_ bytes: [UInt8]) -> String {
    String(decoding: bytes, as: UTF8.self).debugDescription + " "
      + bytes.map { String($0, radix: 16) }.joined(separator: " ")
  }

  /// Lexes `file`, refusing (before bash ever sees it) anything that is not a
  /// plain static assignment, then compares each decoded value with bash's.
  private static func compareWithBash(_ file: [UInt8], names: [String], describe: (Int) -> String) -> String?
  {
    let parsed = ShellFile(parsing: file)
    let assignments = parsed.assignments
    guard parsed.lines.count == names.count, assignments.count == names.count else {
      return
        "expected \(names.count) assignments, lexed \(parsed.lines.count) lines: \(parsed.lines.filter { $0.assignment == nil })"
    }
    let errors = parsed.diagnostics.filter { $0.severity == .error || $0.code == "expansion" }
    if !errors.isEmpty { return "not static or in error, bash not run: \(errors)" }
    let bashValues: [[UInt8]]
    do {
      bashValues = try BashOracle.values(of: names, sourcing: file)
    } catch {
      return "bash failed: \(error)"
    }
    for (index, assignment) in assignments.enumerated() {
      guard assignment.key == names[index] else { return "key \(assignment.key) for \(names[index])" }
      let ours = assignment.value.bytes ?? []
      if ours != bashValues[index] {
        return "\(describe(index)): decoded \(hex(ours)), bash \(hex(bashValues[index]))"
      }
    }
    return nil
  }

  /// Random static words in every quoting, concatenated, with trailing `;` and comments.
  func testDecodedValuesMatchBash() {
    let batch = Gen<[GeneratedWord]>.array(of: ShellGenerators.word, length: 2_000...2_500)
    var checked = 0
    XCTAssertProperty(batch, count: 5) { words in
      var file: [UInt8] = []
      var names: [String] = []
      for (index, word) in words.enumerated() {
        let name = "V\(index)"
        names.append(name)
        file += Array(name.utf8) + [UInt8(ascii: "=")] + word.rendered + [0x0A]
      }
      let failure = Self.compareWithBash(file, names: names) { "word \(words[$0])" }
      if failure == nil { checked += words.count }
      return failure
    }
    XCTAssertGreaterThanOrEqual(checked, 2_000 * PropertyCheck(count: 5).count)
  }

  /// At least 10,000 random values: each is encoded, bash sources the result and
  /// must assign the same bytes; our own decoder must read them back too.
  func testEncodedValuesReadBackInBash() {
    let batch = Gen<[[UInt8]]>.array(of: ShellGenerators.value, length: 2_500...2_500)
    var checked = 0
    XCTAssertProperty(batch, count: 4) { values in
      var file: [UInt8] = []
      var names: [String] = []
      for (index, value) in values.enumerated() {
        let quote: ShellQuote = index % 2 == 0 ? .double : .single
        let encoded: EncodedShellValue
        do {
          encoded = try ShellValueEncoder.encode(value, preferring: quote)
        } catch {
          return "refused \(Self.hex(value)): \(error)"
        }
        let name = "V\(index)"
        names.append(name)
        file += Array(name.utf8) + [UInt8(ascii: "=")] + encoded.bytes + [0x0A]
      }
      let failure = Self.compareWithBash(file, names: names) { "value \(Self.hex(values[$0]))" }
      if failure == nil { checked += values.count }
      let decoded = ShellFile(parsing: file).assignments.map { $0.value.bytes ?? [] }
      if failure == nil, decoded != values { return "our decoder reads encoded values differently" }
      return failure
    }
    XCTAssertGreaterThanOrEqual(checked, 2_500 * PropertyCheck(count: 4).count)
  }

  /// Hand-picked lines: the documented behaviours and the corners of each quoting.
  func testHandPickedLines() {
    let values = [
      "abc # c", "a;", "\"a\\\"b\"", "$'a\\tb'", "\"abc\"def", "", "''", "a#b", "#b", "a\\\nb",
      "\"a\\\nb\"", "$'a\\0b'c", "\"a$\"", "a$", "$\"ab\"", "a\\\\", "'a'\\\\", "$'\\cA\\c?\\c\\\\'",
      "$'\\x41\\x4g\\xq\\101\\1012\\8\\777'", "$'\\u00e9\\u41\\U0001F600'", "\"\\a\\$\\`\\\"\"", "a:b=c",
      "$'=\\c\\''", "$'\\c'",
    ]
    var lines = values.enumerated().map { "V\($0.offset)=\($0.element)" }
    lines.append("export V\(values.count)=1")
    let file = Array(lines.joined(separator: "\n").utf8) + [0x0A]
    XCTAssertNil(Self.compareWithBash(file, names: lines.indices.map { "V\($0)" }) { lines[$0] })
  }
}
