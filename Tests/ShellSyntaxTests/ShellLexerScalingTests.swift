import ShellSyntax
import XCTest

/// Lexing stays linear on inputs built to make a naive lexer rescan the rest of the file.
final class ShellLexerScalingTests: XCTestCase {
  private func assertLinear(_ unit: String, file: StaticString = #filePath, line: UInt = #line) {
    let small = [UInt8](repeating: 0, count: 0) + Array(String(repeating: unit, count: 2_000).utf8)
    let large = Array(String(repeating: unit, count: 20_000).utf8)
    let clock = ContinuousClock()
    let smallTime = clock.measure { _ = ShellFile(parsing: small) }
    let largeTime = clock.measure {
      XCTAssertEqual(ShellFile(parsing: large).bytes, large, file: file, line: line)
    }
    // Ten times the input: a linear lexer takes about ten times as long, a quadratic one a hundred.
    XCTAssertLessThan(
      largeTime, smallTime * 40 + .milliseconds(50), "\(unit.debugDescription)", file: file, line: line)
  }

  func testUnclosedConstructsDoNotRescanTheFile() {
    for unit in ["X=$(\n", "X=${\n", "X=`\n", "X=\"\n", "X='\n", "X=$'\n", "X=\"$(\n", "X=a\\\n", "X=\"`\n"] {
      assertLinear(unit)
    }
  }
}
