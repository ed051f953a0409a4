import Foundation
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
      for (fileName, bytes) in TestFiles.readFolder(expected).sorted(by: { $0.key < $1.key }) {
        let shell = ShellFile(parsing: bytes)
        // bash keeps the CR of a CRLF file in every value; the dialect warns about that instead.
        guard !bytes.contains(0x0D) else { continue }
        let values = Dictionary(
          shell.assignments.compactMap { a in a.value.string.map { (a.key, $0) } },
          uniquingKeysWith: { _, last in last })
        let keys = values.keys.sorted()
        let bash = try Self.bashValues(of: expected.appendingPathComponent(fileName), keys: keys)
        for key in keys {
          XCTAssertEqual(bash[key], values[key], "\(name)/\(fileName): \(key)")
          checkedKeys += 1
        }
        checkedFiles += 1
      }
    }
    XCTAssertGreaterThan(checkedFiles, 80)
    XCTAssertGreaterThan(checkedKeys, 400)
  }

  /// The values bash assigns to `keys` when it sources `file` (no expansion runs: `set -f`, empty environment).
  static func bashValues(of file: URL, keys: [String]) throws -> [String: String] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    let script =
      "set -f; . \"$0\" >/dev/null 2>&1; for k in \"$@\"; do printf '%s=%s\\0' \"$k\" \"${!k}\"; done"
    process.arguments =
      ["-i", "PATH=/usr/bin:/bin", "bash", "--norc", "--noprofile", "-c", script, file.path] + keys
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    var result: [String: String] = [:]
    for record in data.split(separator: 0) {
      let text = String(decoding: record, as: UTF8.self)
      guard let equals = text.firstIndex(of: "=") else { continue }
      result[String(text[..<equals])] = String(text[text.index(after: equals)...])
    }
    return result
  }
}
