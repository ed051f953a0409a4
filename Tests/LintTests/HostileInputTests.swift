import Foundation
import PropertyTesting
import XCTest

@testable import Lint

/// Lint never traps, whatever the bytes, and every finding points inside the file.
final class HostileInputTests: XCTestCase {
  static let shellAlphabet = Array("AB_=\"'$`\\ \t\n\r#;(){}~x0.:/".utf8) + [0x00, 0xC3, 0xFF]
  static let xmlAlphabet = Array("<>/=\"'!?-&;# \n[]abcdefinterfacs".utf8) + [0x00, 0xC3, 0xFF]

  private func findingsPointInside(_ findings: [LintFinding], _ bytes: [UInt8]) -> String? {
    let lines = bytes.count { $0 == 0x0A } + 1
    for finding in findings where finding.line < 1 || finding.line > lines || finding.column < 1 {
      return "finding outside the file: \(finding)"
    }
    return nil
  }

  func testIfcfgFilesOfAnyBytes() {
    for dialect in LintDialect.allCases {
      let checker = IfcfgChecker(dialect: dialect, disabled: [])
      XCTAssertProperty(Gen<[UInt8]>.bytes(length: 0...200, alphabet: Self.shellAlphabet), count: 300) {
        bytes in
        let checked = checker.check(fileName: "ifcfg-x", path: "p/ifcfg-x", bytes: bytes)
        return self.findingsPointInside(checked.findings, bytes)
      }
    }
  }

  func testXMLFilesOfAnyBytes() {
    let checker = XMLChecker(disabled: [], roundTrip: true)
    let prefixed = Gen<[UInt8]>.bytes(length: 0...200, alphabet: Self.xmlAlphabet).map { Array("<interface ".utf8) + $0 }
    XCTAssertProperty(prefixed, count: 300) { bytes in
      self.findingsPointInside(checker.check(path: "x.xml", bytes: bytes), bytes)
    }
  }

  func testManyFindingsInOneLargeFileAreAllReported() {
    var text = ""
    for index in 0..<5_000 { text += "UNKNOWN_\(index)=1\n" }
    let checker = IfcfgChecker(dialect: .redHat, disabled: [])
    let checked = checker.check(fileName: "ifcfg-x", path: "ifcfg-x", bytes: Array(text.utf8))
    XCTAssertEqual(checked.findings.count { $0.rule == "unknown-key" }, 5_000)
    XCTAssertEqual(checked.findings.last?.line, 5_000)
  }
}
