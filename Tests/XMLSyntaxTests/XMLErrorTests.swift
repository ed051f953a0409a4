import Diagnostics
import XCTest
import XMLSyntax

/// Every well-formedness error, at its offending line and column.
final class XMLErrorTests: XCTestCase {
  let syntax = XMLDiagnosticCode.syntax

  func testDocumentStructure() {
    assertError("", code: syntax, at: "1:1", messageContains: "empty")
    assertError("  \n ", code: syntax, at: "2:2", messageContains: "no root element")
    assertError("<!-- only -->", code: syntax, at: "1:14", messageContains: "no root element")
    assertError("hello<a/>", code: syntax, at: "1:1", messageContains: "outside")
    assertError("<a/>\n<b/>", code: syntax, at: "2:1", messageContains: "after the root element")
    assertError("<a/>\ntext", code: syntax, at: "2:1", messageContains: "after the root element")
    assertError("<a/><![CDATA[x]]>", code: syntax, at: "1:5", messageContains: "after the root element")
    assertError("<a>\n<b>\n</b>", code: syntax, at: "3:5", messageContains: "<a> is not closed")
    assertError("<a", code: syntax, at: "1:3", messageContains: "start tag")
    assertError("<a>x<", code: syntax, at: "1:6", messageContains: "not closed")
  }

  func testXMLDeclarationErrors() {
    assertError(" <?xml version='1.0'?><a/>", code: syntax, at: "1:4", messageContains: "reserved")
    assertError("<a/><?xml version='1.0'?>", code: syntax, at: "1:7", messageContains: "reserved")
    assertError("<?XML version='1.0'?><a/>", code: syntax, at: "1:3", messageContains: "reserved")
    assertError("<?xml encoding='UTF-8'?><a/>", code: syntax, at: "1:7", messageContains: "version")
    assertError("<?xml version='2.0'?><a/>", code: syntax, at: "1:16", messageContains: "version")
    assertError("<?xml version='1.0' encoding='ISO-8859-1'?><a/>", code: XMLDiagnosticCode.unsupportedEncoding, at: "1:31")
    assertError("<?xml version='1.0' standalone='maybe'?><a/>", code: syntax, at: "1:33", messageContains: "yes")
    assertError("<?xml version='1.0'encoding='UTF-8'?><a/>", code: syntax, at: "1:20", messageContains: "?>")
    assertError("<?xml version='1.0' standalone='yes' encoding='UTF-8'?><a/>", code: syntax, at: "1:38")
    assertError("<?xml version=\"1.0'?><a/>", code: syntax, at: "1:16", messageContains: "malformed")
  }

  func testTagErrors() {
    assertError("<a></b>", code: XMLDiagnosticCode.mismatchedTag, at: "1:6", messageContains: "<a>")
    assertError("<a>\n  <b>\n  </a>", code: XMLDiagnosticCode.mismatchedTag, at: "3:5", messageContains: "</a>")
    assertError("<1a/>", code: syntax, at: "1:2", messageContains: "element name")
    assertError("< a/>", code: syntax, at: "1:2", messageContains: "element name")
    assertError("<a></ a>", code: syntax, at: "1:6", messageContains: "element name")
    assertError("<a></a x>", code: syntax, at: "1:8", messageContains: "'>'")
    assertError("<a/ >", code: syntax, at: "1:4", messageContains: "'>' after '/'")
    assertError("<a x='1'y='2'/>", code: syntax, at: "1:9", messageContains: "whitespace")
    assertError("<a x/>", code: syntax, at: "1:5", messageContains: "'='")
    assertError("<a x=1/>", code: syntax, at: "1:6", messageContains: "quoted")
    assertError("<a x='1/>", code: syntax, at: "1:6", messageContains: "unterminated")
    assertError("<a><!x></a>", code: syntax, at: "1:4", messageContains: "<!")
  }

  func testAttributeErrors() {
    assertError("<a x='1' y='2' x='3'/>", code: XMLDiagnosticCode.duplicateAttribute, at: "1:16", messageContains: "'x'")
    let many = (0..<20).map { "a\($0)='v'" }.joined(separator: " ")
    assertError("<a \(many) a13='w'/>", code: XMLDiagnosticCode.duplicateAttribute, at: "1:\(4 + many.utf8.count + 1)")
    assertError("<a x='a<b'/>", code: syntax, at: "1:8", messageContains: "'<'")
    assertError("<a x='&foo;'/>", code: XMLDiagnosticCode.undefinedEntity, at: "1:7", messageContains: "&foo;")
    assertError("<a x='a & b'/>", code: syntax, at: "1:9", messageContains: "&amp;")
  }

  func testTextErrors() {
    assertError("<a>x ]]> y</a>", code: syntax, at: "1:6", messageContains: "]]>")
    assertError("<a>\n &nbsp;</a>", code: XMLDiagnosticCode.undefinedEntity, at: "2:2", messageContains: "&nbsp;")
    assertError("<a>&amp</a>", code: syntax, at: "1:8", messageContains: "';'")
    assertError("<a>AT&T</a>", code: syntax, at: "1:8", messageContains: "';'")
    assertError("<a>& </a>", code: syntax, at: "1:4", messageContains: "reference")
  }

  func testCharacterReferenceErrors() {
    let code = XMLDiagnosticCode.invalidCharacterReference
    assertError("<a>&#0;</a>", code: code, at: "1:4")
    assertError("<a>&#x0;</a>", code: code, at: "1:4")
    assertError("<a>&#xD800;</a>", code: code, at: "1:4", messageContains: "not an allowed")
    assertError("<a>&#xDFFF;</a>", code: code, at: "1:4")
    assertError("<a>&#xFFFE;</a>", code: code, at: "1:4")
    assertError("<a>&#x110000;</a>", code: code, at: "1:4")
    assertError("<a>&#99999999999999999999;</a>", code: code, at: "1:4")
    assertError("<a>&#8;</a>", code: code, at: "1:4")
    assertError("<a>&#;</a>", code: code, at: "1:4", messageContains: "malformed")
    assertError("<a>&#x;</a>", code: code, at: "1:4", messageContains: "malformed")
    assertError("<a>&#12a;</a>", code: code, at: "1:4", messageContains: "malformed")
    assertError("<a x='&#0;'/>", code: code, at: "1:7")
  }

  func testCommentCDATAAndInstructionErrors() {
    assertError("<a><!-- a -- b --></a>", code: syntax, at: "1:11", messageContains: "'--'")
    assertError("<a><!-- a ---></a>", code: syntax, at: "1:11", messageContains: "'--'")
    assertError("<a><!-- open", code: syntax, at: "1:4", messageContains: "unterminated comment")
    assertError("<a><![CDATA[ open", code: syntax, at: "1:4", messageContains: "unterminated CDATA")
    assertError("<a><?pi open", code: syntax, at: "1:4", messageContains: "unterminated processing")
    assertError("<a><??></a>", code: syntax, at: "1:6", messageContains: "target")
    assertError("<a><?pi-x?y?></a>", code: syntax, at: "1:10", messageContains: "whitespace")
    assertError("<![CDATA[x]]><a/>", code: syntax, at: "1:1", messageContains: "outside")
  }

  func testDoctypeErrors() {
    let code = XMLDiagnosticCode.doctypeRejected
    let laughs = """
      <?xml version="1.0"?>
      <!DOCTYPE lolz [
        <!ENTITY lol "lol">
        <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
      ]>
      <lolz>&lol2;</lolz>
      """
    assertError(laughs, code: code, at: "2:16", messageContains: "entity declarations")
    assertError("<!DOCTYPE a SYSTEM \"file:///etc/passwd\"><a>&x;</a>", code: code, at: "1:13", messageContains: "SYSTEM")
    assertError("<!DOCTYPE a PUBLIC \"-//x//y\" \"http://example.com/a.dtd\"><a/>", code: code, at: "1:13")
    assertError("<!DOCTYPE a [<!ELEMENT a ANY>]><a/>", code: code, at: "1:13", messageContains: "internal subset")
    assertError("<!DOCTYPE a><!DOCTYPE a><a/>", code: syntax, at: "1:13", messageContains: "only one")
    assertError("<a/><!DOCTYPE a>", code: syntax, at: "1:5")
    assertError("<!DOCTYPE>", code: syntax, at: "1:10", messageContains: "whitespace")
    assertError("<!DOCTYPE a x><a/>", code: syntax, at: "1:13", messageContains: "'>'")
  }

  func testEncodingAndCharacterErrors() {
    func check(_ bytes: [UInt8], _ code: String, _ location: String, line: UInt = #line) {
      guard let diagnostic = parseError(bytes, line: line) else { return }
      XCTAssertEqual(diagnostic.code, code, diagnostic.message, line: line)
      XCTAssertEqual(LineTable(bytes).location(of: diagnostic.range.start).description, location, line: line)
    }
    let open = Array("<a>\nx".utf8)
    let close = Array("</a>".utf8)
    check(open + [0xFF] + close, XMLDiagnosticCode.invalidUTF8, "2:2")
    check(open + [0xC0, 0x80] + close, XMLDiagnosticCode.invalidUTF8, "2:2")  // overlong
    check(open + [0xE0, 0x80, 0x80] + close, XMLDiagnosticCode.invalidUTF8, "2:2")  // overlong
    check(open + [0xED, 0xA0, 0x80] + close, XMLDiagnosticCode.invalidUTF8, "2:2")  // surrogate
    check(open + [0xF4, 0x90, 0x80, 0x80] + close, XMLDiagnosticCode.invalidUTF8, "2:2")  // > U+10FFFF
    check(open + [0xE2, 0x82] + close, XMLDiagnosticCode.invalidUTF8, "2:2")  // truncated
    check(open + [0x80] + close, XMLDiagnosticCode.invalidUTF8, "2:2")  // stray continuation
    check(open + [0xEF, 0xBF, 0xBF] + close, XMLDiagnosticCode.invalidCharacter, "2:2")  // U+FFFF
    check(open + [0x00] + close, XMLDiagnosticCode.invalidCharacter, "2:2")
    check(open + [0x1B] + close, XMLDiagnosticCode.invalidCharacter, "2:2")
    check(Array("<a x='".utf8) + [0x01] + Array("'/>".utf8), XMLDiagnosticCode.invalidCharacter, "1:7")
    check(Array("<a x='".utf8) + [0xFE] + Array("'/>".utf8), XMLDiagnosticCode.invalidUTF8, "1:7")
    check(Array("<a><!--".utf8) + [0x02] + Array("--></a>".utf8), XMLDiagnosticCode.invalidCharacter, "1:8")
    check(Array("<a><![CDATA[".utf8) + [0xC3] + Array("]]></a>".utf8), XMLDiagnosticCode.invalidUTF8, "1:13")
    check(Array("<a".utf8) + [0xC3, 0xA9, 0xFF] + Array("/>".utf8), XMLDiagnosticCode.invalidUTF8, "1:5")
    check(Array("<a/>".utf8) + [0xFF], XMLDiagnosticCode.syntax, "1:5")
    // U+00D7 (multiplication sign) is not a name character.
    check(Array("<a".utf8) + [0xC3, 0x97] + Array("/>".utf8), XMLDiagnosticCode.syntax, "1:3")
  }

  func testRenderedDiagnosticNamesPathLineAndColumn() {
    let bytes = Array("<a>\n  <b></c>\n</a>".utf8)
    guard let diagnostic = parseError(bytes) else { return }
    let renderer = DiagnosticRenderer(sources: [SourceFile(path: "t.xml", bytes: bytes)])
    XCTAssertEqual(
      renderer.header(diagnostic), "t.xml:2:8: error: end tag </c> does not match the open element <b>")
  }
}
