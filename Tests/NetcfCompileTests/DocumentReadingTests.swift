import NetcfCompile
import XCTest

/// Reading documents keeps every interface, and only the documents that
/// diagnostics name (for their excerpts).
final class DocumentReadingTests: XCTestCase {
  private func document(_ path: String, _ text: String) -> SourceFile {
    SourceFile(path: path, bytes: Array(text.utf8))
  }

  private func ethernet(_ name: String, extra: String = "") -> String {
    "<interface type=\"ethernet\" name=\"\(name)\"><start mode=\"onboot\"/>\(extra)</interface>\n"
  }

  func testOnlyDocumentsWithDiagnosticsAreKept() {
    let compiler = NetcfCompiler(dialect: RedHatDialect())
    let reading = compiler.read(
      documents: [
        document("a.xml", ethernet("eth0")), document("b.xml", ethernet("eth1", extra: "<extension/>")),
        document("c.xml", ethernet("eth2")),
      ], format: StandardInterfaceXML())
    XCTAssertEqual(reading.interfaces.map(\.name), ["eth0", "eth1", "eth2"])
    XCTAssertTrue(reading.problems.isEmpty, "\(reading.problems)")
    XCTAssertFalse(reading.warnings.isEmpty)
    XCTAssertEqual(reading.sources.map(\.path), ["b.xml"])
  }

  func testADocumentWithAnErrorIsKeptWithItsProblems() {
    let compiler = NetcfCompiler(dialect: RedHatDialect())
    let reading = compiler.read(
      documents: [document("a.xml", ethernet("eth0")), document("bad.xml", "<interface type=\"ethernet\">")],
      format: StandardInterfaceXML())
    XCTAssertFalse(reading.problems.isEmpty)
    XCTAssertEqual(reading.sources.map(\.path), ["bad.xml"])
    XCTAssertThrowsError(try compiler.toNative(reading, root: "/nonexistent-root"))
  }
}
