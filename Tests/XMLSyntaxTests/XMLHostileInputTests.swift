import Diagnostics
import XCTest
import XMLSyntax

/// Inputs built to exhaust time, memory or the stack fail cleanly.
final class XMLHostileInputTests: XCTestCase {
  let limit = XMLDiagnosticCode.limitExceeded

  func testDefaultLimitsAreTheDocumentedOnes() {
    let limits = XMLLimits.default
    XCTAssertEqual(limits.maxDepth, 256)
    XCTAssertEqual(limits.maxAttributes, 256)
    XCTAssertEqual(limits.maxNameLength, 1_000)
    XCTAssertEqual(limits.maxAttributeValueLength, 1_048_576)
    XCTAssertEqual(limits.maxInputBytes, 67_108_864)
  }

  func testBillionLaughsIsRejectedBeforeAnyExpansion() {
    var laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n  <!ENTITY lol \"lol\">\n"
    for level in 1...9 {
      let previous = level == 1 ? "lol" : "lol\(level - 1)"
      laughs += "  <!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
    }
    laughs += "]>\n<lolz>&lol9;</lolz>\n"
    assertError(laughs, code: XMLDiagnosticCode.doctypeRejected, at: "2:16", messageContains: "entity")
  }

  func testExternalEntityIsNeverRead() {
    assertError(
      "<?xml version=\"1.0\"?>\n<!DOCTYPE foo [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n<foo>&xxe;</foo>",
      code: XMLDiagnosticCode.doctypeRejected, at: "2:15")
    assertError("<foo>&xxe;</foo>", code: XMLDiagnosticCode.undefinedEntity, at: "1:6")
  }

  func testDeepNestingIsALimitErrorNotAStackOverflow() {
    let depth = 200_000
    let bytes = Array(String(repeating: "<a>", count: depth).utf8) + Array(String(repeating: "</a>", count: depth).utf8)
    guard let diagnostic = parseError(bytes) else { return }
    XCTAssertEqual(diagnostic.code, limit)
    XCTAssertTrue(diagnostic.message.contains("256"), diagnostic.message)
    XCTAssertEqual(diagnostic.range.start, 256 * 3)
  }

  func testDeepNestingWithRaisedLimitStreamsWithoutRecursion() throws {
    struct DepthTracker: XMLTokenHandler {
      var depth = 0
      var deepest = 0
      mutating func handle(_ token: XMLToken) throws(DiagnosticError) {
        switch token {
        case .startTag:
          depth += 1
          deepest = max(deepest, depth)
        case .endTag: depth -= 1
        default: break
        }
      }
    }
    let depth = 200_000
    let bytes = Array(String(repeating: "<a>", count: depth).utf8) + Array(String(repeating: "</a>", count: depth).utf8)
    var tracker = DepthTracker()
    try XMLTokenizer(bytes: bytes, path: "deep.xml", limits: XMLLimits(maxDepth: depth)).tokenize(into: &tracker)
    XCTAssertEqual(tracker.deepest, depth)
    XCTAssertEqual(tracker.depth, 0)
  }

  func testTreeDepthHasACeilingWhateverTheLimits() throws {
    let deep = XMLDocument.maxTreeDepth
    let fits = Array(String(repeating: "<a>", count: deep).utf8) + Array(String(repeating: "</a>", count: deep).utf8)
    let document = try XMLDocument.parse(fits, path: "t.xml", limits: XMLLimits(maxDepth: 1_000_000))
    XCTAssertEqual(document, document)
    XCTAssertEqual(XMLWriter.write(document, declaration: false).count, fits.count - (3 + 4) + 4 + 1)
    let tooDeep = Array("<r>".utf8) + fits + Array("</r>".utf8)
    guard let diagnostic = parseError(tooDeep, limits: XMLLimits(maxDepth: 1_000_000)) else { return }
    XCTAssertEqual(diagnostic.code, limit)
  }

  func testHugeAttributeValueStopsAtTheLimit() {
    func document(valueBytes: Int) -> [UInt8] {
      Array("<a v=\"".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: valueBytes) + Array("\"/>".utf8)
    }
    guard let diagnostic = parseError(document(valueBytes: 50 << 20)) else { return }
    XCTAssertEqual(diagnostic.code, limit)
    XCTAssertEqual(diagnostic.range.start, 6)
    XCTAssertTrue(diagnostic.message.contains("maxAttributeValueLength"), diagnostic.message)
    // Raised, a value above the default is accepted.
    let raised = XMLLimits(maxAttributeValueLength: 4 << 20)
    let accepted = try? XMLDocument.parse(document(valueBytes: 2 << 20), path: "t.xml", limits: raised)
    XCTAssertEqual(accepted?.root.value(of: "v")?.utf8.count, 2 << 20)
    XCTAssertNotNil(parseError(document(valueBytes: 2 << 20)))
  }

  func testInputSizeLimit() {
    let bytes = Array("<a>".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 100) + Array("</a>".utf8)
    guard let diagnostic = parseError(bytes, limits: XMLLimits(maxInputBytes: 50)) else { return }
    XCTAssertEqual(diagnostic.code, limit)
    XCTAssertTrue(diagnostic.message.contains("maxInputBytes"), diagnostic.message)
    XCTAssertNoThrow(try XMLDocument.parse(bytes, path: "t.xml", limits: XMLLimits(maxInputBytes: 107)))
  }

  func testAttributeCountLimit() {
    let attributes = (0..<257).map { "a\($0)='v'" }.joined(separator: " ")
    let text = "<a \(attributes)/>"
    guard let diagnostic = parseError(Array(text.utf8)) else { return }
    XCTAssertEqual(diagnostic.code, limit)
    XCTAssertTrue(diagnostic.message.contains("256"), diagnostic.message)
    XCTAssertNoThrow(try XMLDocument.parse(Array(text.utf8), path: "t.xml", limits: XMLLimits(maxAttributes: 257)))
  }

  func testNameLengthLimit() {
    let long = String(repeating: "n", count: 1_001)
    assertError("<\(long)/>", code: limit, at: "1:2", messageContains: "maxNameLength")
    assertError("<a \(long)='1'/>", code: limit, at: "1:4", messageContains: "maxNameLength")
    XCTAssertNotNil(parse("<\(String(repeating: "n", count: 1_000))/>"))
  }

  func testManyAttributesOnManyElementsStayLinear() throws {
    // 256 distinct attributes on each of 400 elements: duplicate checks are hashed.
    let attributes = (0..<256).map { "attribute\($0)='v'" }.joined(separator: " ")
    let text = "<r>" + String(repeating: "<e \(attributes)/>", count: 400) + "</r>"
    let document = try XMLDocument.parse(Array(text.utf8), path: "t.xml", limits: XMLLimits(maxInputBytes: 64 << 20))
    XCTAssertEqual(document.root.children.count, 400)
  }
}
