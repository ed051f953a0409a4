import Diagnostics
import ShellSyntax
import XCTest

final class ShellLexerBasicsTests: XCTestCase {
  private func parse(_ text: String) -> ShellFile { ShellFile(parsing: Array(text.utf8), path: "ifcfg-eth0") }

  func testClassifiesEachKindOfLine() {
    let file = parse("# comment\n\nDEVICE=eth0\necho hi\n")
    XCTAssertEqual(file.lines.count, 4)
    guard case .comment = file.lines[0], case .blank = file.lines[1],
      case .assignment(let device) = file.lines[2],
      case .unparsed = file.lines[3]
    else { return XCTFail("unexpected nodes \(file.lines)") }
    XCTAssertEqual(device.key, "DEVICE")
    XCTAssertEqual(device.value, .literal(Array("eth0".utf8)))
    XCTAssertEqual(device.quoteStyle, .bare)
    XCTAssertEqual(file.diagnostics.map(\.code), ["unparsed-line"])
  }

  func testAssignmentParts() throws {
    let file = parse("  export IPADDR=\"10.0.0.1\" ; # primary\r\n")
    let assignment = try XCTUnwrap(file.lines.first?.assignment)
    XCTAssertEqual(assignment.indent, Array("  ".utf8))
    XCTAssertEqual(assignment.exportKeyword, Array("export ".utf8))
    XCTAssertEqual(assignment.key, "IPADDR")
    XCTAssertEqual(assignment.rawValue, Array("\"10.0.0.1\"".utf8))
    XCTAssertEqual(assignment.quoteStyle, .double)
    XCTAssertEqual(assignment.value.string, "10.0.0.1")
    XCTAssertEqual(assignment.trailing, Array(" ; # primary".utf8))
    XCTAssertEqual(assignment.newline, .crlf)
    XCTAssertEqual(assignment.valueRange, SourceRange(start: 16, end: 26))
    XCTAssertEqual(assignment.keyRange, SourceRange(start: 9, end: 15))
    XCTAssertEqual(file.bytes, Array("  export IPADDR=\"10.0.0.1\" ; # primary\r\n".utf8))
  }

  func testMultiLineQuotedValueIsOneNode() throws {
    let file = parse("X='a\nb'\nY=1")
    XCTAssertEqual(file.lines.count, 2)
    XCTAssertEqual(file.lines.first?.assignment?.value.string, "a\nb")
    XCTAssertEqual(file.lines.last?.newline, ShellNewline.none)
  }
}

final class ShellValueDecodingTests: XCTestCase {
  private func assignment(_ text: String) -> ShellAssignment? {
    ShellFile(parsing: Array(text.utf8)).lines.first?.assignment
  }

  func testQuoteStyles() {
    let cases: [(String, ShellQuoteStyle, String)] = [
      ("X=a", .bare, "a"), ("X=a\\ b", .bare, "a b"), ("X='a'", .single, "a"), ("X=\"a\"", .double, "a"),
      ("X=$\"a\"", .double, "a"), ("X=$'a'", .ansiC, "a"), ("X=a\"b\"'c'", .mixed, "abc"),
      ("X=''\"\"", .mixed, ""),
      ("X=", .empty, ""), ("X=;", .empty, ""), ("X= # c", .empty, ""),
    ]
    for (text, style, value) in cases {
      XCTAssertEqual(assignment(text)?.quoteStyle, style, text)
      XCTAssertEqual(assignment(text)?.value.string, value, text)
    }
  }

  func testCRLFInsideQuotesIsALineEnd() {
    XCTAssertEqual(assignment("X='a\r\nb'\r\n")?.value.string, "a\nb")
    XCTAssertEqual(assignment("X=a\\\r\nb\r\n")?.value.string, "ab")
    XCTAssertEqual(assignment("X=a\rb\n")?.value.string, "a\rb", "a CR not before LF is an ordinary byte")
  }

  func testValueAccessors() {
    let valid = assignment("X='\u{00e9}'")
    XCTAssertEqual(valid?.value.string, "\u{00e9}")
    XCTAssertEqual(valid?.hasValue([0xC3, 0xA9]), true)
    let invalid = ShellFile(parsing: Array("X=".utf8) + [0xFF]).lines.first?.assignment
    XCTAssertEqual(invalid?.value.bytes, [0xFF])
    XCTAssertNil(invalid?.value.string)
    XCTAssertNil(assignment("X=$Y")?.value.string)
    XCTAssertEqual(assignment("X=$Y")?.value.isStatic, false)
    XCTAssertEqual(assignment("X=$Y")?.hasValue([]), false)
  }

  func testInsertAfterClampsTheIndex() throws {
    var file = ShellFile(parsing: Array("A=1\n".utf8))
    try file.insert(key: "B", value: "2", after: Int.max, preferring: .double)
    try file.insert(key: "C", value: "3", after: Int.min, preferring: .double)
    XCTAssertEqual(String(decoding: file.bytes, as: UTF8.self), "C=3\nA=1\nB=2\n")
  }
}
