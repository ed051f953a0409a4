import Foundation
import XCTest

@testable import Lint

/// Escaping and shape of the output formats, on findings with awkward text.
final class OutputTests: XCTestCase {
  private let awkward = LintReport(
    findings: [
      LintFinding(
        path: "hosts/a b/ifcfg-x,y:z", line: 3, column: 7, severity: .error, rule: "invalid-value",
        message: "bad \"quote\" \\ tab\t newline\n percent% \u{1}"),
      LintFinding(path: "a", line: 1, column: 1, severity: .warning, rule: "unknown-key", message: "é"),
    ], fileCount: 2)

  func testJSONIsValidAndRoundTripsTheText() throws {
    let text = LintFormat.json.render(awkward, toolVersion: "1.2.3")
    let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    XCTAssertEqual(object["version"] as? Int, 1)
    let summary = try XCTUnwrap(object["summary"] as? [String: Int])
    XCTAssertEqual(summary, ["errors": 1, "warnings": 1, "files": 2])
    let findings = try XCTUnwrap(object["findings"] as? [[String: Any]])
    XCTAssertEqual(findings.map { $0["path"] as? String }, ["a", "hosts/a b/ifcfg-x,y:z"])
    XCTAssertEqual(findings.last?["message"] as? String, "bad \"quote\" \\ tab\t newline\n percent% \u{1}")
    XCTAssertEqual(findings.first?["message"] as? String, "é")
  }

  func testSARIFIsValidJSONWithEveryRule() throws {
    let text = LintFormat.sarif.render(awkward, toolVersion: "1.2.3")
    let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    XCTAssertEqual(object["version"] as? String, "2.1.0")
    let run = try XCTUnwrap((object["runs"] as? [[String: Any]])?.first)
    let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    XCTAssertEqual((driver["rules"] as? [Any])?.count, LintRules.all.count)
    let results = try XCTUnwrap(run["results"] as? [[String: Any]])
    let location = try XCTUnwrap((results.last?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
    XCTAssertEqual((location["artifactLocation"] as? [String: Any])?["uri"] as? String, "hosts/a%20b/ifcfg-x%2Cy%3Az")
    XCTAssertEqual((location["region"] as? [String: Int])?["startColumn"], 7)
  }

  func testGitHubAnnotationsEscapeDataAndProperties() {
    let text = LintFormat.github.render(awkward, toolVersion: "1")
    XCTAssertEqual(
      text,
      "::warning file=a,line=1,col=1,title=unknown-key::é\n"
        + "::error file=hosts/a b/ifcfg-x%2Cy%3Az,line=3,col=7,title=invalid-value::bad \"quote\" \\ tab\t newline%0A percent%25 \u{1}\n")
  }

  func testTextSummaryCountsAndPlurals() {
    XCTAssertTrue(LintFormat.text.render(awkward, toolVersion: "1").hasSuffix("\n1 error, 1 warning in 2 files\n"))
    XCTAssertEqual(LintFormat.text.render(LintReport(findings: [], fileCount: 0), toolVersion: "1"), "0 errors, 0 warnings in 0 files\n")
  }
}
