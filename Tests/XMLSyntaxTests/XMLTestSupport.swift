import Diagnostics
import XCTest
import XMLSyntax

/// Parses `text`, failing the test on error.
func parse(_ text: String, limits: XMLLimits = .default, file: StaticString = #filePath, line: UInt = #line) -> XMLDocument? {
  do {
    return try XMLDocument.parse(Array(text.utf8), path: "t.xml", limits: limits)
  } catch {
    XCTFail("unexpected error: \(error.diagnostics.map(\.message))", file: file, line: line)
    return nil
  }
}

/// The single diagnostic parsing `bytes` throws, or nil (and a failure) when it parses.
func parseError(_ bytes: [UInt8], limits: XMLLimits = .default, file: StaticString = #filePath, line: UInt = #line)
  -> Diagnostic?
{
  do {
    _ = try XMLDocument.parse(bytes, path: "t.xml", limits: limits)
    XCTFail("expected an error", file: file, line: line)
    return nil
  } catch {
    XCTAssertEqual(error.diagnostics.count, 1, file: file, line: line)
    return error.diagnostics.first
  }
}

/// Asserts that `text` fails with `code` at `location` ("line:col").
func assertError(
  _ text: String, code: String, at location: String, messageContains fragment: String = "",
  limits: XMLLimits = .default, file: StaticString = #filePath, line: UInt = #line
) {
  let bytes = Array(text.utf8)
  guard let diagnostic = parseError(bytes, limits: limits, file: file, line: line) else { return }
  XCTAssertEqual(diagnostic.code, code, "message: \(diagnostic.message)", file: file, line: line)
  XCTAssertEqual(diagnostic.severity, .error, file: file, line: line)
  XCTAssertEqual(diagnostic.path, "t.xml", file: file, line: line)
  XCTAssertEqual(LineTable(bytes).location(of: diagnostic.range.start).description, location,
                 "message: \(diagnostic.message)", file: file, line: line)
  if !fragment.isEmpty {
    XCTAssertTrue(diagnostic.message.contains(fragment), "message '\(diagnostic.message)' lacks '\(fragment)'",
                  file: file, line: line)
  }
}

extension XMLDocument {
  /// The written document as a string.
  func written(declaration: Bool = false) -> String {
    String(decoding: XMLWriter.write(self, declaration: declaration), as: UTF8.self)
  }
}
