import Diagnostics
import ShellSyntax
import XCTest

/// Editing a line that does not parse, or adding one after a quote that
/// never closes, is refused: the edit would keep the broken part around
/// the new value (`IPADDR=10.0.0.2 10.0.0.2` would still run a command).
final class ShellEditRefusalTests: XCTestCase {
  private func file(_ text: String) -> ShellFile { ShellFile(parsing: Array(text.utf8), path: "ifcfg-eth0") }

  func testSetValueOnALineWithExtraWordsIsRefused() {
    var shell = file("DEVICE=eth0\nIPADDR=10.0.0.1 10.0.0.2\n")
    XCTAssertThrowsError(try shell.setValue("10.0.0.3", for: "IPADDR", preferring: .double)) { error in
      let diagnostics = (error as? DiagnosticError)?.diagnostics ?? []
      XCTAssertEqual(diagnostics.map(\.code), [ShellDiagnosticCode.unquotedSpace.rawValue])
    }
    XCTAssertEqual(shell.bytes, Array("DEVICE=eth0\nIPADDR=10.0.0.1 10.0.0.2\n".utf8))
  }

  func testSetValueOnALineWithANULIsRefused() {
    var shell = file("IPADDR=10.0.0.1\u{0}\n")
    XCTAssertThrowsError(try shell.setValue("10.0.0.3", for: "IPADDR", preferring: .double))
  }

  func testAddingAfterAnOpenQuoteIsRefused() {
    var shell = file("DEVICE=eth0\nNAME=\"eth0\nONBOOT=yes\n")
    XCTAssertThrowsError(try shell.setValue("10.0.0.3", for: "IPADDR", preferring: .double)) { error in
      let diagnostics = (error as? DiagnosticError)?.diagnostics ?? []
      XCTAssertEqual(diagnostics.map(\.code), [ShellDiagnosticCode.unterminatedQuote.rawValue])
    }
    // Before the open quote is still fine.
    XCTAssertNoThrow(try shell.insert(key: "IPADDR", value: Array("10.0.0.3".utf8), at: 0, preferring: .double))
  }

  func testWellFormedLinesStillEdit() throws {
    var shell = file("DEVICE=eth0\nIPADDR=10.0.0.1 # the old one\n")
    try shell.setValue("10.0.0.3", for: "IPADDR", preferring: .double)
    XCTAssertEqual(shell.bytes, Array("DEVICE=eth0\nIPADDR=10.0.0.3 # the old one\n".utf8))
  }
}
