import Diagnostics
import ShellSyntax
import XCTest

/// Each diagnostic code, where it points (line:col) and what it covers.
final class ShellDiagnosticsTests: XCTestCase {
  /// `code@line:col+length` for every diagnostic, sorted by position.
  private func findings(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return findings(bytes)
  }

  private func findings(_ bytes: [UInt8]) -> [String] {
    let file = ShellFile(parsing: bytes, path: "ifcfg-x")
    let table = LineTable(bytes)
    return file.diagnostics.sorted { ($0.range.start, $0.code) < ($1.range.start, $1.code) }.map {
      "\($0.code)@\(table.location(of: $0.range.start))+\($0.range.length)"
    }
  }

  func testCleanFileHasNoDiagnostics() {
    XCTAssertEqual(findings("# c\n\nA=1\nexport B='x y' # z\nC=\"$'\\\"\";\n"), [])
  }

  func testUnterminatedQuotePointsAtTheOpeningQuote() {
    XCTAssertEqual(findings("A=1\nB=\"abc\n"), ["unterminated-quote@2:3+1"])
    XCTAssertEqual(findings("B=x'abc"), ["unterminated-quote@1:4+1"])
    XCTAssertEqual(findings("B=$'abc"), ["unterminated-quote@1:3+2"])
    XCTAssertEqual(findings("B=$(abc\n"), ["unterminated-quote@1:3+2"])
    XCTAssertEqual(findings("B=`abc\n"), ["unterminated-quote@1:3+1"])
    let file = ShellFile(parsing: Array("B='abc\nC=1\n".utf8))
    guard case .unparsed = file.lines.first else { return XCTFail("an unterminated value is kept verbatim") }
  }

  func testUnquotedSpaceCoversTheExtraWords() {
    XCTAssertEqual(findings("X=a b c # d\n"), ["unquoted-space@1:5+7"])
    XCTAssertEqual(ShellFile(parsing: Array("X=a b\n".utf8)).value(of: "X")?.string, "a")
  }

  func testExpansionsAreWarningsAndNotStatic() {
    for (text, expected) in [
      ("X=$HOME/x", "expansion@1:3+5"), ("X=\"a${B:-c}\"", "expansion@1:5+7"), ("X=$(id)", "expansion@1:3+5"),
      ("X=`id`", "expansion@1:3+4"), ("X=~/x", "expansion@1:3+1"), ("X=a:~/x", "expansion@1:5+1"),
      ("X=\"$1\"", "expansion@1:4+2"),
    ] {
      XCTAssertEqual(findings(text), [expected], text)
      let file = ShellFile(parsing: Array(text.utf8))
      XCTAssertEqual(file.value(of: "X"), .notStatic, text)
      XCTAssertEqual(file.diagnostics.first?.severity, .warning)
    }
    for text in ["X=a~", "X='$HOME'", "X=\\$HOME", "X=\"a$\"", "X=$", "X=a$ b"] {
      XCTAssertEqual(ShellFile(parsing: Array(text.utf8)).value(of: "X")?.isStatic, true, text)
    }
  }

  func testUnparsedLines() {
    XCTAssertEqual(findings("A=1\necho hi\n"), ["unparsed-line@2:1+7"])
    XCTAssertEqual(findings("  . /etc/x\n"), ["unparsed-line@1:3+8"])
    XCTAssertEqual(findings("source /etc/x"), ["unparsed-line@1:1+13"])
    XCTAssertEqual(findings("X=(a b)\n"), ["unparsed-line@1:1+7"])
    XCTAssertEqual(findings("X+=1\n"), ["unparsed-line@1:1+4"])
    XCTAssertEqual(findings("X[1]=1\n"), ["unparsed-line@1:1+6"])
    XCTAssertEqual(findings("X=1; Y=2\n"), ["unparsed-line@1:1+8"])
    XCTAssertEqual(findings("X=1 >f\n"), ["unparsed-line@1:1+6"])
    XCTAssertEqual(findings("X =1\n"), ["unparsed-line@1:1+4"])
    XCTAssertEqual(findings("export X\n"), ["unparsed-line@1:1+8"])
    let messages = ShellFile(parsing: Array(". f\nsource f\nX=(a)\nX+=1\nexport X\nls\n".utf8)).diagnostics
      .map(\.message)
    XCTAssertEqual(Set(messages).count, 6, "each kind of unparsed line says what it is: \(messages)")
  }

  func testDuplicateKeysWarnAtEachEarlierKey() {
    XCTAssertEqual(findings("X=1\n Y=2\nexport X=3\nX=4\n"), ["duplicate-key@1:1+1", "duplicate-key@3:8+1"])
    XCTAssertEqual(ShellFile(parsing: Array("X=1\nX=2\n".utf8)).value(of: "X")?.string, "2")
  }

  func testDiagnosticsComeInFileOrder() {
    let file = ShellFile(parsing: Array("X=1\nls\nX=2\r\n".utf8))
    XCTAssertEqual(file.diagnostics.map(\.code), ["duplicate-key", "unparsed-line", "crlf-line-end"])
  }

  func testInvalidUTF8Values() {
    XCTAssertEqual(findings(Array("A=1\nX='a".utf8) + [0xFF] + Array("'\n".utf8)), ["invalid-utf8@2:3+4"])
    XCTAssertEqual(findings("X=$'\\xff'\n"), ["invalid-utf8@1:3+7"])
    XCTAssertEqual(findings("X=\u{00e9}\n"), [])
  }

  func testCRLFIsReportedOncePerFile() {
    XCTAssertEqual(findings("# c\nA=1\r\nB=2\r\n"), ["crlf-line-end@2:4+1"])
    let file = ShellFile(parsing: Array("A=\"1\" # c\r\n".utf8))
    XCTAssertEqual(file.value(of: "A")?.string, "1")
    XCTAssertEqual(file.lines.first?.newline, .crlf)
    XCTAssertEqual(file.assignment(of: "A")?.trailing, Array(" # c".utf8))
  }

  func testNULBytes() {
    XCTAssertEqual(
      findings([0x58, 0x3D, 0x61, 0x00, 0x62, 0x0A, 0x00, 0x0A]),
      ["nul-byte@1:4+1", "nul-byte@2:1+1", "unparsed-line@2:1+1"])
  }

  func testCodesAreKebabCaseWithTheirSeverity() {
    for code in ShellDiagnosticCode.allCases {
      XCTAssertTrue(code.rawValue.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, code.rawValue)
      let diagnostic = code.diagnostic("m", path: "p", range: .at(0))
      XCTAssertEqual(diagnostic.code, code.rawValue)
      XCTAssertEqual(diagnostic.severity, code.severity)
    }
    XCTAssertEqual(
      Set(ShellDiagnosticCode.allCases.map(\.rawValue)).count, ShellDiagnosticCode.allCases.count)
  }

  func testRendersAsCompilersDo() {
    let source = SourceFile(path: "ifcfg-eth0", text: "A=1\nB=a b\n")
    let file = ShellFile(parsing: source)
    let rendered = DiagnosticRenderer(sources: [source]).render(file.diagnostics[0])
    XCTAssertEqual(
      rendered,
      "ifcfg-eth0:2:5: error: unquoted space: bash would run `b` with this variable set; quote the value\n  B=a b\n      ^"
    )
  }
}
