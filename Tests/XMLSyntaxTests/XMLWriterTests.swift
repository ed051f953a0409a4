import Diagnostics
import XCTest
import PropertyTesting
import XMLSyntax

final class XMLWriterTests: XCTestCase {
  func testBuiltTreeIsIndentedTwoSpaces() {
    let root = XMLElement(
      name: "interface", attributes: [XMLAttribute(name: "type", value: "ethernet"), XMLAttribute(name: "name", value: "eth0")],
      children: [
        .element(XMLElement(name: "start", attributes: [XMLAttribute(name: "mode", value: "onboot")])),
        .comment(" note ", .at(0)),
        .element(XMLElement(name: "protocol", children: [
          .element(XMLElement(name: "dhcp")),
          .element(XMLElement(name: "name", children: [.text("x", .at(0))])),
        ])),
      ])
    let written = XMLDocument(root: root).written(declaration: true)
    XCTAssertEqual(written, """
      <?xml version="1.0"?>
      <interface type="ethernet" name="eth0">
        <start mode="onboot"/>
        <!-- note -->
        <protocol>
          <dhcp/>
          <name>x</name>
        </protocol>
      </interface>

      """)
  }

  func testEscaping() {
    let root = XMLElement(
      name: "a", attributes: [XMLAttribute(name: "v", value: "<&>\"'\t\n\r")],
      children: [.text("<&>\"'\t\n\r]]>", .at(0))])
    XCTAssertEqual(
      String(decoding: XMLWriter.write(root), as: UTF8.self),
      "<a v=\"&lt;&amp;>&quot;'&#9;&#10;&#13;\">&lt;&amp;&gt;\"'\t\n&#13;]]&gt;</a>")
    let reparsed = parse(String(decoding: XMLWriter.write(root), as: UTF8.self))
    XCTAssertEqual(reparsed?.root, root)
  }

  func testMarkupThatWouldEndEarlyIsBrokenUp() throws {
    let root = XMLElement(name: "a", children: [
      .comment("a--b-", .at(0)), .cdata("x]]>y", .at(0)), .processingInstruction(target: "p", data: "1?>2", .at(0)),
    ])
    let written = String(decoding: XMLWriter.write(root), as: UTF8.self)
    let reparsed = try XCTUnwrap(parse(written)).root
    XCTAssertEqual(reparsed.children.count, 4)
    XCTAssertEqual(reparsed.text, "x]]>y")
  }

  func testDocumentWithPrologAndEpilog() throws {
    let document = try XCTUnwrap(parse("<?xml version='1.0' encoding='UTF-8'?><!-- head --><?app x?>\n\n<a/>  <!-- tail -->"))
    XCTAssertEqual(document.written(declaration: true), "<?xml version=\"1.0\"?>\n<!-- head -->\n<?app x?>\n<a/>\n<!-- tail -->\n")
    XCTAssertEqual(document.written(declaration: false), "<!-- head -->\n<?app x?>\n<a/>\n<!-- tail -->\n")
  }

  func testLineEndsInCommentsAndInstructionsAreNormalized() throws {
    let root = try XCTUnwrap(parse("<a><!--x\r\ny--><?p a\rb?><![CDATA[c\r\nd]]></a>")).root
    XCTAssertEqual(root.children, [
      .comment("x\ny", .at(0)), .processingInstruction(target: "p", data: "a\nb", .at(0)), .cdata("c\nd", .at(0)),
    ])
  }

  func testEmptyTextWritesAnEmptyElement() {
    let root = XMLElement(name: "a", children: [.text("", .at(0))])
    XCTAssertEqual(String(decoding: XMLWriter.write(root), as: UTF8.self), "<a/>")
  }

  func testParsedDocumentKeepsItsLayout() throws {
    let source = """
      <interface type="bridge" name="br0">
        <!-- the bridge -->
        <start mode="onboot"/>
        <bridge stp="off"><interface type="ethernet" name="eth0"/></bridge>
      \t<mtu size="1500"></mtu>
      </interface>

      """
    let document = try XCTUnwrap(parse(source))
    XCTAssertEqual(document.written(), source.replacingOccurrences(of: "<mtu size=\"1500\"></mtu>", with: "<mtu size=\"1500\"/>"))
  }

  func testEditedParsedDocumentKeepsCommentsAndFormatting() throws {
    var document = try XCTUnwrap(parse("<a>\n  <!-- keep -->\n  <b x=\"1\"/>\n</a>"))
    guard case .element(var b) = document.root.children[3] else { return XCTFail() }
    b.setAttribute("x", "2")
    b.setAttribute("y", "a&b")
    document.root.children[3] = .element(b)
    XCTAssertEqual(document.written(), "<a>\n  <!-- keep -->\n  <b x=\"2\" y=\"a&amp;b\"/>\n</a>\n")
  }

  func testParseWriteParseIsIdentity() throws {
    let sources = [
      "<a><b/><c>t</c></a>",
      "<?xml version='1.0'?><!--p--><?pi x?>\r\n<a\tk='v&#10;w' j=\"&quot;\">\r\n x&amp;y &#x1F600; <![CDATA[<&>]]><!--c--><?q?></a><!--e-->",
      "<r>\n\t<x a='&#9;'>&#13;\n</x>\n</r>",
    ]
    for source in sources {
      let first = try XCTUnwrap(parse(source))
      let written = first.written(declaration: true)
      let second = try XCTUnwrap(parse(written))
      XCTAssertEqual(first, second, written)
      XCTAssertEqual(written, second.written(declaration: true))
    }
  }

  func testGeneratedTreesSurviveWriteAndParse() {
    XCTAssertProperty(TinyGenerator.elements, count: 300) { root in
      let document = XMLDocument(root: root)
      let written = document.written()
      guard let reparsed = try? XMLDocument.parse(Array(written.utf8), path: "t.xml") else {
        return "written document does not parse: \(written)"
      }
      // Written again, the reparsed tree gives the same bytes, and the tree is the same
      // up to the whitespace the writer added for indentation.
      if reparsed.written() != written { return "second write differs: \(written)" }
      if reparsed.root.strippingIndentation() != root.strippingIndentation() { return "tree differs: \(written)" }
      return nil
    }
  }
}

extension XMLElement {
  /// A copy without whitespace-only text children in elements whose character
  /// data is all whitespace: the indentation the writer adds.
  func strippingIndentation() -> XMLElement {
    var copy = self
    copy.keepsSourceLayout = false
    let onlyWhitespace = children.allSatisfy { child in
      switch child {
      case .text(let text, _): text.allSatisfy(\.isWhitespace)
      case .cdata: false
      default: true
      }
    }
    copy.children = children.compactMap { child in
      switch child {
      case .element(let element): return .element(element.strippingIndentation())
      case .text where onlyWhitespace: return nil
      default: return child
      }
    }
    return copy
  }
}
