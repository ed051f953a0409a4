import Diagnostics
import XCTest
import XMLSyntax

/// Each construct the parser accepts, with its decoded value.
final class XMLConstructTests: XCTestCase {
  func testXMLDeclarationVariants() throws {
    for declaration in [
      "<?xml version=\"1.0\"?>", "<?xml version='1.0' encoding='utf-8'?>",
      "<?xml version=\"1.1\" encoding=\"UTF-8\" standalone=\"yes\" ?>", "<?xml version = '1.0' standalone='no'?>",
    ] {
      XCTAssertEqual(parse(declaration + "<a/>")?.root.name, "a", declaration)
    }
  }

  func testByteOrderMarkIsSkipped() throws {
    let document = try XMLDocument.parse([0xEF, 0xBB, 0xBF] + Array("<?xml version='1.0'?><a/>".utf8), path: "t.xml")
    XCTAssertEqual(document.root.name, "a")
  }

  func testAttributesWithBothQuoteKinds() throws {
    let root = try XCTUnwrap(parse("<a one=\"it's\" two='say \"hi\"' three = \"x\"/>")).root
    XCTAssertEqual(root.attributes.map(\.value), ["it's", "say \"hi\"", "x"])
  }

  func testAttributeValueNormalization() throws {
    let root = try XCTUnwrap(parse("<a v=\"a\tb\nc\r\nd\re\" r=\"&#9;&#10;&#13;&lt;&amp;&gt;&quot;&apos;\"/>")).root
    XCTAssertEqual(root.value(of: "v"), "a b c d e")
    XCTAssertEqual(root.value(of: "r"), "\t\n\r<&>\"'")
  }

  func testTextLineEndsAreNormalized() throws {
    let root = try XCTUnwrap(parse("<a>x\r\ny\rz&#13;</a>")).root
    XCTAssertEqual(root.text, "x\ny\nz\r")
  }

  func testCharacterReferences() throws {
    let root = try XCTUnwrap(parse("<a>&#65;&#x41;&#X;</a>".replacingOccurrences(of: "&#X;", with: "&#x1F600;&#0000066;"))).root
    XCTAssertEqual(root.text, "AA\u{1F600}B")
  }

  func testUTF8TextAndNames() throws {
    let root = try XCTUnwrap(parse("<größe einheit=\"µm\">ünïcödé 日本 \u{1F600}</größe>")).root
    XCTAssertEqual(root.name, "größe")
    XCTAssertEqual(root.value(of: "einheit"), "µm")
    XCTAssertEqual(root.text, "ünïcödé 日本 \u{1F600}")
  }

  func testCDATAKeepsMarkupAndReferencesLiterally() throws {
    let root = try XCTUnwrap(parse("<a>x<![CDATA[<b>&amp;]]]>y</a>")).root
    XCTAssertEqual(root.children, [.text("x", .at(0)), .cdata("<b>&amp;]", .at(0)), .text("y", .at(0))])
  }

  func testCommentsAndProcessingInstructionsInContent() throws {
    let root = try XCTUnwrap(parse("<a><!-- a - b --><!----><?target some data ?><?bare?></a>")).root
    XCTAssertEqual(root.children, [
      .comment(" a - b ", .at(0)), .comment("", .at(0)),
      .processingInstruction(target: "target", data: "some data ", .at(0)),
      .processingInstruction(target: "bare", data: "", .at(0)),
    ])
  }

  func testTextMayHoldGreaterThanAndSingleBrackets() throws {
    XCTAssertEqual(parse("<a>a > b ]] ] ]>c</a>")?.root.text, "a > b ]] ] ]>c")
  }

  func testPlainDoctypeIsAcceptedAndIgnored() throws {
    let document = try XCTUnwrap(parse("<?xml version='1.0'?>\n<!DOCTYPE interface>\n<interface/>"))
    XCTAssertEqual(document.root.name, "interface")
    XCTAssertTrue(document.prolog.isEmpty)
  }

  func testWhitespaceInTags() throws {
    let root = try XCTUnwrap(parse("<a\n  x = '1'\t\ny='2'  ><b  /></a\n>")).root
    XCTAssertEqual(root.attributes.map(\.name), ["x", "y"])
    XCTAssertEqual(root.childElements.map(\.name), ["b"])
  }

  func testNamesWithPunctuation() throws {
    let root = try XCTUnwrap(parse("<ns:a-b.c_d xmlns:ns='u' _x='1' ns:y.z-0='2'/>")).root
    XCTAssertEqual(root.name, "ns:a-b.c_d")
    XCTAssertEqual(root.attributes.map(\.name), ["xmlns:ns", "_x", "ns:y.z-0"])
  }

  func testTokenizerReportsTokensInOrderWithRanges() throws {
    let bytes = Array("<?xml version='1.0'?><!--c--><a k='v'>t<![CDATA[d]]><b/></a>".utf8)
    let tokens = try XMLTokenizer(bytes: bytes, path: "t.xml").tokens()
    func text(_ range: SourceRange) -> String { XMLDecoding.string(bytes, range) }
    XCTAssertEqual(tokens.count, 7)
    guard tokens.count == 7 else { return }
    guard case .xmlDeclaration(let declaration) = tokens[0] else { return XCTFail("\(tokens[0])") }
    XCTAssertEqual(text(declaration.version), "1.0")
    guard case .comment(let comment) = tokens[1] else { return XCTFail("\(tokens[1])") }
    XCTAssertEqual(text(comment.content), "c")
    XCTAssertEqual(text(comment.range), "<!--c-->")
    guard case .startTag(let start) = tokens[2] else { return XCTFail("\(tokens[2])") }
    XCTAssertEqual(text(start.name), "a")
    XCTAssertEqual(start.attributes.map { text($0.name) + "=" + text($0.value) }, ["k=v"])
    XCTAssertFalse(start.isSelfClosing)
    guard case .text(let characters) = tokens[3] else { return XCTFail("\(tokens[3])") }
    XCTAssertEqual(text(characters.content), "t")
    guard case .cdata(let cdata) = tokens[4] else { return XCTFail("\(tokens[4])") }
    XCTAssertEqual(text(cdata.content), "d")
    guard case .startTag(let empty) = tokens[5] else { return XCTFail("\(tokens[5])") }
    XCTAssertTrue(empty.isSelfClosing)
    guard case .endTag(let name, let range) = tokens[6] else { return XCTFail("\(tokens[6])") }
    XCTAssertEqual(text(name), "a")
    XCTAssertEqual(text(range), "</a>")
  }

  func testDecodingExpandsOnlyWhenNeeded() throws {
    let bytes = Array("<a k='x&amp;y'>p&lt;q</a>".utf8)
    let tokens = try XMLTokenizer(bytes: bytes, path: "t.xml").tokens()
    guard tokens.count == 3, case .startTag(let start) = tokens[0], case .text(let text) = tokens[1] else {
      return XCTFail("\(tokens)")
    }
    XCTAssertEqual(start.attributes.first.map { XMLDecoding.attributeValue(bytes, $0) }, "x&y")
    XCTAssertEqual(XMLDecoding.text(bytes, text), "p<q")
    XCTAssertTrue(text.needsDecoding)
  }
}
