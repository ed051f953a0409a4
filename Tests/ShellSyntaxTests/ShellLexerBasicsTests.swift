import Diagnostics
import ShellSyntax
import XCTest

final class ShellLexerBasicsTests: XCTestCase {
  private func parse(_ text: String) -> ShellFile { ShellFile(parsing: Array(text.utf8), path: "ifcfg-eth0") }

  func testClassifiesEachKindOfLine() {
    let file = parse("# comment\n\nDEVICE=eth0\necho hi\n")
    XCTAssertEqual(file.lines.count, 4)
    guard case .comment = file.lines[0], case .blank = file.lines[1], case .assignment(let device) = file.lines[2],
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
