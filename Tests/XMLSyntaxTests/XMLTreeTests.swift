import Diagnostics
import XCTest
import XMLSyntax

final class XMLTreeTests: XCTestCase {
  func testElementsAttributesAndText() throws {
    let source = "<?xml version=\"1.0\" encoding='UTF-8'?>\n<interface type=\"ethernet\" name='eth0'>\n  <mtu size=\"1500\"/>\n  <x>a &amp; b &lt; &#65;&#x42;</x>\n</interface>\n"
    let document = try XCTUnwrap(parse(source))
    let root = document.root
    XCTAssertEqual(root.name, "interface")
    XCTAssertEqual(root.attributes.map(\.name), ["type", "name"])
    XCTAssertEqual(root.value(of: "name"), "eth0")
    XCTAssertEqual(root.childElements.map(\.name), ["mtu", "x"])
    XCTAssertEqual(root.firstChild(named: "mtu")?.value(of: "size"), "1500")
    XCTAssertEqual(root.firstChild(named: "x")?.text, "a & b < AB")
    XCTAssertEqual(root.children.count, 5)
    XCTAssertEqual(root.children.first, .text("\n  ", .at(0)))
  }

  func testRangesPointIntoTheSource() throws {
    let source = "<a>\n  <b k=\"v\">t</b>\n</a>"
    let bytes = Array(source.utf8)
    let root = try XCTUnwrap(parse(source)).root
    func text(_ range: SourceRange?) -> String {
      guard let range else { return "nil" }
      return String(decoding: bytes[range.start..<range.end], as: UTF8.self)
    }
    XCTAssertEqual(text(root.range), source)
    XCTAssertEqual(text(root.nameRange), "a")
    XCTAssertEqual(text(root.startTagRange), "<a>")
    XCTAssertEqual(text(root.endTagRange), "</a>")
    let b = try XCTUnwrap(root.firstChild(named: "b"))
    XCTAssertEqual(text(b.range), "<b k=\"v\">t</b>")
    XCTAssertEqual(text(b.attributes.first?.nameRange), "k")
    XCTAssertEqual(text(b.attributes.first?.valueRange), "v")
    XCTAssertEqual(LineTable(bytes).location(of: b.nameRange.start), SourceLocation(line: 2, column: 4))
    XCTAssertEqual(text(b.children.first?.range), "t")
  }

  func testEqualityIgnoresRanges() throws {
    let first = try XCTUnwrap(parse("<a x='1'><b/></a>"))
    let second = try XCTUnwrap(parse("<a   x=\"1\"  ><b></b></a   >"))
    XCTAssertNotEqual(first.root.range, second.root.range)
    XCTAssertEqual(first, second)
    XCTAssertEqual(first.hashValue, second.hashValue)
    let built = XMLDocument(root: XMLElement(name: "a", attributes: [XMLAttribute(name: "x", value: "1")],
                                             children: [.element(XMLElement(name: "b"))]))
    XCTAssertEqual(first, built)
    let different = try XCTUnwrap(parse("<a x='1'><c/></a>"))
    XCTAssertNotEqual(first, different)
  }

  func testEditingAttributes() throws {
    var root = try XCTUnwrap(parse("<a x='1' y='2'/>")).root
    root.setAttribute("x", "3")
    root.setAttribute("z", "4")
    XCTAssertTrue(root.removeAttribute("y"))
    XCTAssertFalse(root.removeAttribute("nope"))
    XCTAssertEqual(root.attributes.map(\.name), ["x", "z"])
    XCTAssertEqual(root.value(of: "x"), "3")
    XCTAssertEqual(String(decoding: XMLWriter.write(root), as: UTF8.self), "<a x=\"3\" z=\"4\"/>")
  }

  func testPrologAndEpilogKeepCommentsAndInstructions() throws {
    let document = try XCTUnwrap(parse("<!-- c1 --><?pi data?>\n<!DOCTYPE a>\n<a/>\n<!--end--><?done?>\n"))
    XCTAssertEqual(document.prolog, [.comment(" c1 ", .at(0)), .processingInstruction(target: "pi", data: "data", .at(0))])
    XCTAssertEqual(document.epilog, [.comment("end", .at(0)), .processingInstruction(target: "done", data: "", .at(0))])
  }
}
