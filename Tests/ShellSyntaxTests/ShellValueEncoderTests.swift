import Diagnostics
import ShellSyntax
import XCTest

/// Every quote style x value class combination of the encoder.
final class ShellValueEncoderTests: XCTestCase {
  private func encoded(_ value: String, _ quote: ShellQuote) throws -> String {
    String(decoding: try ShellValueEncoder.encode(value, preferring: quote).bytes, as: UTF8.self)
  }

  private func encoded(_ value: String, inStyleOf style: ShellQuoteStyle, _ quote: ShellQuote) throws
    -> String
  {
    String(
      decoding: try ShellValueEncoder.encode(Array(value.utf8), inStyleOf: style, preferring: quote).bytes,
      as: UTF8.self)
  }

  /// value class -> (preferring double, preferring single)
  private let table: [(value: String, double: String, single: String)] = [
    ("eth0", "eth0", "eth0"),
    ("10.0.0.1/24", "10.0.0.1/24", "10.0.0.1/24"),
    ("a_b.c:d@e%f+g,h=i-j", "a_b.c:d@e%f+g,h=i-j", "a_b.c:d@e%f+g,h=i-j"),
    ("", "\"\"", "''"),
    ("a b", "\"a b\"", "'a b'"),
    ("mode=1 miimon=100", "\"mode=1 miimon=100\"", "'mode=1 miimon=100'"),
    ("~x", "\"~x\"", "'~x'"),
    ("a#b;c", "\"a#b;c\"", "'a#b;c'"),
    ("\u{00e9}", "\"\u{00e9}\"", "'\u{00e9}'"),
    ("it's", "\"it's\"", "\"it's\""),
    ("a$b", "'a$b'", "'a$b'"),
    ("say \"hi\"", "'say \"hi\"'", "'say \"hi\"'"),
    ("back\\slash", "'back\\slash'", "'back\\slash'"),
    ("`id`", "'`id`'", "'`id`'"),
    ("it's $5", "\"it's \\$5\"", "\"it's \\$5\""),
    ("'\"\\`$", "\"'\\\"\\\\\\`\\$\"", "\"'\\\"\\\\\\`\\$\""),
  ]

  func testPreferredQuoteTable() throws {
    for row in table {
      XCTAssertEqual(try encoded(row.value, .double), row.double, row.value)
      XCTAssertEqual(try encoded(row.value, .single), row.single, row.value)
    }
  }

  func testAugeasFlagOnlyForEscapes() throws {
    for row in table {
      for quote in ShellQuote.allCases {
        let result = try ShellValueEncoder.encode(row.value, preferring: quote)
        XCTAssertEqual(
          result.augeasReadsDifferently,
          result.bytes.contains(UInt8(ascii: "\\")) && result.style == .double
            && row.value.contains { "$`\"\\".contains($0) }, row.value)
        XCTAssertEqual(
          ShellFile(parsing: Array("X=".utf8) + result.bytes).value(of: "X"), .literal(Array(row.value.utf8)))
      }
    }
  }

  func testRefusesNewlinesAndControlCharacters() {
    for value in ["a\nb", "a\tb", "\r", "\u{7f}", "\u{1b}[0m", "\0"] {
      for quote in ShellQuote.allCases {
        XCTAssertThrowsError(try ShellValueEncoder.encode(value, preferring: quote), value.debugDescription) {
          error in
          XCTAssertEqual((error as? DiagnosticError)?.diagnostics.map(\.code), ["unencodable-value"])
        }
      }
    }
  }

  /// existing style -> new value -> expected word (the file prefers double quotes).
  func testInStyleOfKeepsTheExistingStyleWhenItNeedsNoEscape() throws {
    let cases: [(ShellQuoteStyle, String, String)] = [
      (.bare, "eth1", "eth1"), (.bare, "a b", "\"a b\""), (.bare, "", "\"\""),
      (.single, "eth1", "'eth1'"), (.single, "a$b", "'a$b'"), (.single, "it's", "\"it's\""),
      (.double, "eth1", "\"eth1\""), (.double, "it's", "\"it's\""), (.double, "a$b", "'a$b'"),
      (.ansiC, "eth1", "eth1"), (.ansiC, "a b", "\"a b\""),
      (.mixed, "eth1", "eth1"), (.mixed, "a b", "\"a b\""),
      (.empty, "eth1", "eth1"), (.empty, "a b", "\"a b\""),
    ]
    for (style, value, expected) in cases {
      XCTAssertEqual(try encoded(value, inStyleOf: style, .double), expected, "\(style) \(value)")
    }
    XCTAssertEqual(try encoded("a b", inStyleOf: .bare, .single), "'a b'")
    XCTAssertEqual(try encoded("a$b", inStyleOf: .double, .single), "'a$b'")
    XCTAssertThrowsError(try encoded("a\nb", inStyleOf: .single, .single))
  }
}
