import Diagnostics
import XCTest
import XMLSyntax

/// The scanner's tight loops and word-wise comparisons, and the name table,
/// at the edges where they hand over to the general code.
final class XMLScannerFastPathTests: XCTestCase {
  func testEndTagsAreComparedWholeWhateverTheirLength() {
    // Names that differ only past the first eight bytes, or only in their last byte.
    assertError("<abcdefghij></abcdefghik>", code: XMLDiagnosticCode.mismatchedTag, at: "1:15", messageContains: "<abcdefghij>")
    assertError("<abcdefgh></abcdefgx>", code: XMLDiagnosticCode.mismatchedTag, at: "1:13", messageContains: "<abcdefgh>")
    assertError(
      "<a-very-long-element-name-1></a-very-long-element-name-2>", code: XMLDiagnosticCode.mismatchedTag, at: "1:31",
      messageContains: "</a-very-long-element-name-2>")
    XCTAssertEqual(parse("<abcdefghijklmnopq><x/></abcdefghijklmnopq>")?.root.name, "abcdefghijklmnopq")
  }

  func testNamesMixingASCIIAndOtherCharacters() {
    let document = parse("<abcé-x attré-b=\"1\" b=\"2\"><ééé/></abcé-x>")
    XCTAssertEqual(document?.root.name, "abcé-x")
    XCTAssertEqual(document?.root.attributes.map(\.name), ["attré-b", "b"])
    XCTAssertEqual(document?.root.children.count, 1)
  }

  func testValuesAndTextSwitchBetweenPlainRunsAndSpecialBytes() {
    let document = parse("<a v=\"plain run &amp; more\tplain é end\">text run &lt; more\r\nline é ]x</a>")
    XCTAssertEqual(document?.root.attributes.first?.value, "plain run & more plain é end")
    if case .text(let text, _) = document?.root.children.first {
      XCTAssertEqual(text, "text run < more\nline é ]x")
    } else {
      XCTFail("no text")
    }
    assertError("<a v=\"plain run < more\"/>", code: XMLDiagnosticCode.syntax, at: "1:17", messageContains: "'<'")
    assertError("<a>plain run ]]> more</a>", code: XMLDiagnosticCode.syntax, at: "1:14", messageContains: "']]>'")
    assertError("<a v=\"plain run", code: XMLDiagnosticCode.syntax, at: "1:6", messageContains: "unterminated")
  }

  /// Every distinct name comes back right, however many there are, however
  /// long, and however they share the cache's slots.
  func testNameTableReturnsEveryNameExactly() {
    var names: [String] = []
    for index in 0..<600 {
      let stem = ["a", "interface", "x-very-long-attribute-name-", "é", "n"][index % 5]
      names.append(stem + String(index))
    }
    let text = names.joined(separator: " ")
    let bytes = Array(text.utf8)
    var ranges: [SourceRange] = []
    var start = 0
    for name in names {
      ranges.append(SourceRange(start: start, end: start + name.utf8.count))
      start += name.utf8.count + 1
    }
    var table = XMLNameTable()
    for _ in 0..<2 {
      for (name, range) in zip(names, ranges) { XCTAssertEqual(table.name(bytes, range), name) }
      for (name, range) in zip(names, ranges).reversed() { XCTAssertEqual(table.name(bytes, range), name) }
    }
    XCTAssertEqual(table.name(bytes, SourceRange(start: 3, end: 3)), "")
  }
}
