import Diagnostics
import XCTest

final class LineTableTests: XCTestCase {
  func testLocationsAreOneBasedAndCountBytes() {
    let table = LineTable(Array("ab\ncd\r\nef".utf8))
    XCTAssertEqual(table.location(of: 0), SourceLocation(line: 1, column: 1))
    XCTAssertEqual(table.location(of: 2), SourceLocation(line: 1, column: 3))
    XCTAssertEqual(table.location(of: 3), SourceLocation(line: 2, column: 1))
    XCTAssertEqual(table.location(of: 5), SourceLocation(line: 2, column: 3))
    XCTAssertEqual(table.location(of: 7), SourceLocation(line: 3, column: 1))
    XCTAssertEqual(table.location(of: 99), SourceLocation(line: 3, column: 3))
    XCTAssertEqual(table.lineCount, 3)
  }

  func testLineRangeExcludesTerminators() {
    let bytes = Array("ab\ncd\r\nef".utf8)
    let table = LineTable(bytes)
    XCTAssertEqual(table.rangeOfLine(2, in: bytes), 3..<5)
    XCTAssertEqual(table.rangeOfLine(3, in: bytes), 7..<9)
    XCTAssertEqual(table.rangeOfLine(9, in: bytes), 9..<9)
  }

  func testRendererPrintsHeaderExcerptAndCaret() {
    let source = SourceFile(path: "ifcfg-eth0", text: "DEVICE=eth0\nIPADDR=a b\n")
    let diagnostic = Diagnostic.error("unquoted-space", "bash would run `b`", path: "ifcfg-eth0", range: .at(21))
    let text = DiagnosticRenderer(sources: [source]).render(diagnostic)
    XCTAssertEqual(text, "ifcfg-eth0:2:10: error: bash would run `b`\n  IPADDR=a b\n           ^")
  }
}
