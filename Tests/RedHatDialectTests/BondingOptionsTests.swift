import DialectSupport
import PropertyTesting
import XCTest

/// `BondingOptions.value` reads the last `key=value` token of a key, exactly
/// as splitting each token at its first `=` (a Character) would.
final class BondingOptionsTests: XCTestCase {
  private static let keys = ["mode", "miimon", "arp_ip_target", "primary", "m", "mode="]
  private static let pieces = ["mode", "miimon", "=", "==", "1", "active-backup", "é", "\u{301}", "+", "a,b", "m", ""]

  private static let tokenLists = Gen<[String]>(generate: { rng in
    (0..<Int(rng.next() % 6)).map { _ in
      (0..<Int(rng.next() % 4)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
    }
  })

  /// The reference: split at the first `=` Character, compare the name.
  private static func expected(_ key: String, _ tokens: [String]) -> String? {
    for token in tokens.reversed() {
      guard let equals = token.firstIndex(of: "=") else { continue }
      if String(token[..<equals]) == key { return String(token[token.index(after: equals)...]) }
    }
    return nil
  }

  func testValueIsTheLastTokenOfTheKey() {
    XCTAssertProperty(Self.tokenLists, count: 2000) { tokens in
      let options = BondingOptions(tokens: tokens)
      for key in Self.keys where options.value(key) != Self.expected(key, tokens) {
        return "\(key): \(String(describing: options.value(key))) in \(tokens)"
      }
      return nil
    }
  }

  func testExamples() {
    let options = BondingOptions("mode=1 miimon=100 mode=active-backup arp_ip_target=+10.0.0.1,10.0.0.2")
    XCTAssertEqual(options.value("mode"), "active-backup")
    XCTAssertEqual(options.value("miimon"), "100")
    XCTAssertEqual(options.value("arp_ip_target"), "+10.0.0.1,10.0.0.2")
    XCTAssertNil(options.value("primary"))
    XCTAssertNil(options.value("mod"))
  }
}
