import Diagnostics
import PropertyTesting
import XCTest

@testable import ShellSyntax

/// The parse is records of offsets, nodes are views built on access, and lookups
/// read the records directly: each lookup must say what the nodes say.
final class ShellCompactParseTests: XCTestCase {
  /// nil when every lookup of `file` agrees with a plain scan of its nodes, else what differs.
  static func checkLookups(_ bytes: [UInt8]) -> String? {
    let file = ShellFile(parsing: bytes, path: "f")
    let lines = Array(file.lines)
    let present = lines.compactMap { $0.assignment?.key }
    for key in Set(present + ShellGenerators.keys + ["", "X", "DEVICEX", "DEVIC"]) {
      let expected = lines.lastIndex { $0.assignment?.key == key }
      let assignment = expected.flatMap { lines[$0].assignment }
      if file.lastAssignmentIndex(of: key) != expected {
        return "\(key): index \(String(describing: expected))"
      }
      if file.assignment(of: key) != assignment { return "\(key): assignment differs" }
      if file.value(of: key) != assignment?.value { return "\(key): value differs" }
      if file.string(of: key) != assignment?.value.string { return "\(key): string differs" }
      let all = lines.indices.filter { lines[$0].assignment?.key == key }
      if file.assignmentIndices(of: key) != all { return "\(key): indices \(all)" }
    }
    var seen = Set<String>()
    let keys = present.reversed().filter { seen.insert($0).inserted }.reversed()
    if file.keys != Array(keys) { return "keys \(file.keys), expected \(Array(keys))" }
    for prefix in ["", "I", "IPADDR", "DEVICEX", "_", "\u{00e9}"] {
      let expected = Array(keys).filter { $0.utf8.starts(with: prefix.utf8) }
      if file.keys(withPrefix: prefix) != expected {
        return "keys with prefix \(prefix): \(file.keys(withPrefix: prefix))"
      }
    }
    let replaced = lines.indices.compactMap { index -> SourceRange? in
      guard let assignment = lines[index].assignment else { return nil }
      let isLast = !lines[(index + 1)...].contains { $0.assignment?.key == assignment.key }
      return isLast ? nil : assignment.keyRange
    }
    let reported = file.diagnostics.filter { $0.code == ShellDiagnosticCode.duplicateKey.rawValue }.map(
      \.range)
    if reported != replaced { return "duplicate-key at \(reported), expected \(replaced)" }
    for assignment in file.assignments {
      if assignment.string != assignment.value.string { return "\(assignment.key): string vs value" }
      if let bytes = assignment.value.bytes {
        if !assignment.hasValue(bytes) { return "\(assignment.key): hasValue of its own value" }
        if assignment.hasValue(bytes + [0x61]) { return "\(assignment.key): hasValue of a longer value" }
      } else if assignment.hasValue([]) {
        return "\(assignment.key): a value that is not static has an empty value"
      }
      if !assignment.hasKey(assignment.key) || assignment.hasKey(assignment.key + "_") {
        return "\(assignment.key): hasKey"
      }
    }
    return nil
  }

  func testLookupsAgreeWithTheNodesOnRealisticFiles() {
    let files = Gen<([[UInt8]], Bool)>(
      generate: { rng in (ShellGenerators.file.generate(&rng), rng.next() & 1 == 0) },
      shrink: { value in ShellGenerators.file.shrink(value.0).map { ($0, value.1) } })
    XCTAssertProperty(files, count: 1_000) { lines, dropFinalNewline in
      Self.checkLookups(ShellGenerators.render(lines, dropFinalNewline: dropFinalNewline))
    }
  }

  /// Longer files, with more keys assigned again.
  func testLookupsAgreeWithTheNodesOnLongerFiles() {
    let files = Gen<[[UInt8]]>(
      generate: { rng in (0..<4).flatMap { _ in ShellGenerators.file.generate(&rng) } },
      shrink: { ShellGenerators.file.shrink($0) })
    XCTAssertProperty(files, count: 500) { lines in
      Self.checkLookups(ShellGenerators.render(lines, dropFinalNewline: false))
    }
  }

  func testLookupsAgreeWithTheNodesOnShellishBytes() {
    let alphabet = Array("XYa=a'\"$`\\#; \t\r\n(){}~e".utf8) + [0, 0xC3, 0xA9, 0xFF]
    XCTAssertProperty(.bytes(length: 0...80, alphabet: alphabet), count: 3_000) { Self.checkLookups($0) }
  }

  /// The shortcut for simple words reads each word it takes as the scanner does.
  func testSimpleWordsReadAsTheScannerReadsThem() {
    let alphabet = Array("ab#=~:'\"$`\\; \t\r\n(){}".utf8) + [0, 0xC3, 0xFF]
    var matched = 0
    XCTAssertProperty(.bytes(length: 0...12, alphabet: alphabet), count: 20_000) { bytes in
      guard let match = ShellSimpleWord.match(bytes, from: 0) else { return nil }
      matched += 1
      let scan = ShellWordScanner.scan(bytes, from: 0)
      let scanned = scan.decodedRun.map { Array(bytes[$0]) } ?? scan.decoded
      if scan.unterminated != nil || !scan.isStatic { return "the scanner does not read a static word" }
      if match.end != scan.end { return "ends at \(match.end), the scanner at \(scan.end)" }
      if match.style != scan.style { return "style \(match.style), the scanner \(scan.style)" }
      if Array(bytes[match.run]) != scanned {
        return "reads \(Array(bytes[match.run])), the scanner \(scanned)"
      }
      if match.isASCII != bytes[match.run].allSatisfy({ $0 < 0x80 }) { return "isASCII \(match.isASCII)" }
      return nil
    }
    XCTAssertGreaterThan(matched, 2_000, "the shortcut takes a good share of the words")
    for text in ["abc", "'a b'", "\"a b\"", "", "a;", "''", "\"\"\r\n", "a\tb"] {
      XCTAssertNotNil(ShellSimpleWord.match(Array(text.utf8), from: 0), text)
    }
    for text in ["a\\ b", "'a'b", "\"a\\\"\"", "$a", "~", "a~", "a\r", "'a", "\"a$b\"", "`a`"] {
      XCTAssertNil(ShellSimpleWord.match(Array(text.utf8), from: 0), text)
    }
  }

  /// Values that are not one run of their own bytes are decoded again on access.
  func testValuesRebuiltFromEscapesAndParts() {
    let cases: [(String, String, ShellQuoteStyle)] = [
      ("X=a\\ b", "a b", .bare), ("X='a'\"b\"", "ab", .mixed), ("X=$'a\\tb'", "a\tb", .ansiC),
      ("X=\"a\\\"b\"", "a\"b", .double), ("X=''''''''abc", "abc", .mixed), ("X=abc''''''''", "abc", .mixed),
      ("X=''''''abc''", "abc", .mixed), ("X=\"\"\"\"", "", .mixed), ("X=\\\nabc", "abc", .bare),
      ("X=$'\\xc3\\xa9'", "\u{00e9}", .ansiC),
    ]
    for (text, value, style) in cases {
      let file = ShellFile(parsing: Array(text.utf8))
      XCTAssertEqual(file.string(of: "X"), value, text)
      XCTAssertEqual(file.value(of: "X"), .literal(Array(value.utf8)), text)
      XCTAssertEqual(file.assignment(of: "X")?.hasValue(Array(value.utf8)), true, text)
      XCTAssertEqual(file.assignment(of: "X")?.quoteStyle, style, text)
    }
    let invalid = ShellFile(parsing: Array("X=$'\\xff'\nY='a'\\\u{00e9}".utf8))
    XCTAssertEqual(invalid.value(of: "X"), .literal([0xFF]))
    XCTAssertNil(invalid.string(of: "X"), "a rebuilt value that is not UTF-8 has no text")
    XCTAssertEqual(invalid.string(of: "Y"), "a\u{00e9}")
    XCTAssertEqual(invalid.diagnostics.map(\.code), ["invalid-utf8"])
  }

  /// Past 65,535 lines the key table is not built and lookups scan the records.
  func testLookupsInAFileOfMoreLinesThanTheKeyTableNumbers() {
    var text = ""
    for index in 0..<70_000 { text += "K\(index % 50_000)=v\(index)\n" }
    text += "LAST='x y'\n"
    let file = ShellFile(parsing: Array(text.utf8))
    XCTAssertEqual(file.lines.count, 70_001)
    XCTAssertEqual(file.string(of: "K7"), "v50007")
    XCTAssertEqual(file.lastAssignmentIndex(of: "K49999"), 49_999)
    XCTAssertEqual(file.string(of: "LAST"), "x y")
    XCTAssertNil(file.lastAssignmentIndex(of: "K50000"))
    XCTAssertEqual(file.keys.count, 50_001)
    XCTAssertEqual(file.keys.first, "K20000")
    XCTAssertEqual(file.keys.last, "LAST")
  }

  /// An input too long for 32-bit offsets is one unparsed line, printed back unchanged
  /// (shown with a lower limit: nobody has 4 GiB to spare in a test).
  func testAnInputTooLongForTheOffsetsIsOneUnparsedLine() {
    let bytes = Array("A=1\nB=2\n# c\r\nC='x".utf8)
    let file = ShellFile(parsing: bytes, path: "big", offsetLimit: bytes.count)
    XCTAssertEqual(file.bytes, bytes)
    XCTAssertEqual(file.lines.count, 1)
    guard case .unparsed(let line) = file.lines.first else { return XCTFail("\(file.lines)") }
    XCTAssertEqual(line.text, bytes)
    XCTAssertEqual(line.range, SourceRange(start: 0, end: bytes.count))
    XCTAssertEqual(line.newline, ShellNewline.none)
    XCTAssertNil(file.lastAssignmentIndex(of: "A"))
    XCTAssertEqual(file.keys, [])
    XCTAssertEqual(file.diagnostics.map(\.code), ["unparsed-line"])
    XCTAssertEqual(file.diagnostics.first?.range, SourceRange(start: 0, end: bytes.count))
    XCTAssertEqual(ShellRoundTripTests.check(bytes), nil)
    let fits = ShellFile(parsing: bytes, path: "big", offsetLimit: bytes.count + 1)
    XCTAssertEqual(fits.lines.count, 4)
    XCTAssertEqual(fits.string(of: "B"), "2")
  }

  /// The bitmap that classifies key bytes says what `[A-Za-z0-9_]` says, for every byte.
  func testNameBytes() {
    let name = Set(Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_".utf8))
    for byte in UInt8.min...UInt8.max {
      XCTAssertEqual(ShellBytes.isNameContinuation(byte), name.contains(byte), "\(byte)")
    }
  }

  /// A line of the parse stays small: offsets, not slices, copies or references.
  func testALineRecordIsTwentyEightBytes() {
    XCTAssertLessThanOrEqual(MemoryLayout<ShellLineRecord>.stride, 28)
  }

  /// Nodes compare by their bytes and place, whichever file they come from.
  func testNodesOfEqualFilesAreEqual() {
    let bytes = Array("# c\nA=1\nB='x'\n".utf8)
    let first = ShellFile(parsing: bytes)
    let second = ShellFile(parsing: Array(bytes))
    XCTAssertEqual(first, second)
    XCTAssertEqual(first.lines, second.lines)
    XCTAssertEqual(Array(first.lines), Array(second.lines))
    XCTAssertEqual(Set(Array(first.lines) + Array(second.lines)).count, 3)
    let other = ShellFile(parsing: Array("# c\nA=2\nB='x'\n".utf8))
    XCTAssertNotEqual(first.lines[1], other.lines[1])
    XCTAssertEqual(first.lines[2], other.lines[2])
    XCTAssertNotEqual(first, other)
  }
}
