import DialectTesting
import Foundation
import Oracles
import RedHatDialect
import ShellSyntax
import XCTest

/// bash is the ground truth for what an ifcfg value means: every file the
/// golden cases expect (created or edited) must give, when bash sources it,
/// the values the dialect reads from it.
final class BashAgreementTests: XCTestCase {
  func testBashReadsTheValuesTheDialectReads() throws {
    let cases = try FileManager.default.contentsOfDirectory(atPath: TestFiles.golden.path).sorted()
    var checkedFiles = 0
    var checkedKeys = 0
    for name in cases {
      let expected = TestFiles.golden.appendingPathComponent(name).appendingPathComponent("expected")
      for (fileName, bytes) in TestFolders.readFolder(expected).sorted(by: { $0.key < $1.key }) {
        let shell = ShellFile(parsing: bytes)
        // bash keeps the CR of a CRLF file in every value; the dialect warns about that instead.
        guard !bytes.contains(0x0D) else { continue }
        let values = Dictionary(
          shell.assignments.compactMap { a in a.value.string.map { (a.key, $0) } },
          uniquingKeysWith: { _, last in last })
        let keys = values.keys.sorted()
        let bash = try BashOracle.values(of: keys, sourcing: bytes)
        for (key, bashValue) in zip(keys, bash) {
          XCTAssertEqual(String(decoding: bashValue, as: UTF8.self), values[key], "\(name)/\(fileName): \(key)")
          checkedKeys += 1
        }
        checkedFiles += 1
      }
    }
    XCTAssertGreaterThan(checkedFiles, 80)
    XCTAssertGreaterThan(checkedKeys, 400)
  }
}
