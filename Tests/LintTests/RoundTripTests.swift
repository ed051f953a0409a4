import XCTest

@testable import DialectSupport
@testable import Lint

/// `--roundtrip`: the detection of files get/put changes, and its first differing line.
final class RoundTripTests: XCTestCase {
  func testFirstDifferingLine() {
    let a = Array("A=1\nB=2\nC=3\n".utf8)
    XCTAssertEqual(RoundTrip.firstDifferingLine(a, Array("A=1\nB=x\nC=3\n".utf8)).number, 2)
    XCTAssertEqual(RoundTrip.firstDifferingLine(a, Array("A=1\nB=x\nC=3\n".utf8)).text, "B=x")
    XCTAssertEqual(RoundTrip.firstDifferingLine(a, Array("A=1\n".utf8)).number, 2)
    XCTAssertEqual(RoundTrip.firstDifferingLine(a, Array("A=1\n".utf8)).text, "(empty line)")
  }

  func testChangedFilesAreReportedInNameOrder() {
    let files: [String: [UInt8]] = ["ifcfg-b": Array("X=1\nY=2\n".utf8), "ifcfg-a": Array("Z=1\n".utf8)]
    let changes = RoundTrip.changes(files) { tree in
      var copy = tree
      copy.files["ifcfg-b"] = Array("X=1\nY=3\n".utf8)
      copy.files["ifcfg-a"] = nil
      return copy
    }
    XCTAssertEqual(changes.map(\.fileName), ["ifcfg-a", "ifcfg-b"])
    XCTAssertEqual(changes.map(\.line), [1, 2])
    XCTAssertEqual(changes.last?.text, "Y=3")
    XCTAssertTrue(RoundTrip.changes(files) { $0 }.isEmpty)
    XCTAssertTrue(RoundTrip.changes(files) { _ in nil }.isEmpty)
  }

  func testRedHatFoldersRoundTrip() {
    let files: [String: [UInt8]] = [
      "ifcfg-br0": Array("DEVICE=br0\nTYPE=Bridge\nMTU=9000\n# keep\nONBOOT=yes\n".utf8),
      "ifcfg-eth0": Array("DEVICE=eth0\nBRIDGE=br0\nNM_CONTROLLED=no\n".utf8),
      "ifcfg-eth1": Array("DEVICE=eth1\r\nBOOTPROTO=dhcp\r\n".utf8),
    ]
    XCTAssertTrue(RoundTrip.redHatChanges(files).isEmpty)
  }

  func testRoundTripOptionChecksXML() throws {
    let report = try LintTestSupport.lint(
      ["xml/eth0.xml": "<interface type=\"ethernet\" name=\"eth0\">\n  <!-- c -->\n  <mtu size=\"1500\"/>\n</interface>\n"],
      configuration: LintConfiguration(roundTrip: true))
    XCTAssertEqual(report.findings, [])
    XCTAssertEqual(report.fileCount, 1)
  }
}
