import PropertyTesting
import XCTest

@testable import Lint

/// The byte-level tables lint's hot paths use agree with the `String`-level
/// definitions they stand for.
final class LookupTableTests: XCTestCase {
  func testNameSortGivesStringOrder() {
    var random = SplitMix64(seed: 0x5EED)
    let alphabet = Array("ab-._09AZz".utf8)
    for _ in 0..<300 {
      let count = Int.random(in: 0...40, using: &random)
      var names: Set<String> = []
      for _ in 0..<count {
        let length = Int.random(in: 0...24, using: &random)
        let bytes = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }
        names.insert("ifcfg-" + String(decoding: bytes, as: UTF8.self))
      }
      XCTAssertEqual(NameSort.sorted(Array(names)), names.sorted())
    }
    let mixed = ["ifcfg-\u{E9}", "ifcfg-e", "ifcfg-z", "ifcfg-\u{E9}x", "ifcfg-e\u{301}y"]
    XCTAssertEqual(NameSort.sorted(mixed), mixed.sorted())
    let long = ["ifcfg-abcdefghijk2", "ifcfg-abcdefghijk10", "ifcfg-abcdefghijk", "ifcfg-abcdefghij"]
    XCTAssertEqual(NameSort.sorted(long), long.sorted())
  }

  func testByteKeyTableKeepsTheFirstValueOfEachKey() {
    var random = SplitMix64(seed: 0xB17E)
    var table = ByteKeyTable(expected: 3)
    var reference: [String: Int32] = [:]
    for value in 0..<5_000 {
      let key = "k\(Int.random(in: 0..<1_500, using: &random))" + (value % 7 == 0 ? "-a-longer-key-past-15-bytes" : "")
      let previous = table.insertIfAbsent(key, Int32(value))
      XCTAssertEqual(previous, reference[key])
      if reference[key] == nil { reference[key] = Int32(value) }
    }
    XCTAssertEqual(table.count, reference.count)
    for (key, value) in reference { XCTAssertEqual(table[key], value) }
    XCTAssertNil(table["absent"])
    XCTAssertNil(table[""])
    table.insertIfAbsent("", 9)
    XCTAssertEqual(table[""], 9)
  }

  func testKeyIndexFindsTheRowsKnownKeysFinds() {
    for dialect in LintDialect.allCases {
      let index = KeyIndex.of(dialect)
      let table = dialect.knownKeys
      var keys = table.entries.map(\.key).filter { !$0.hasSuffix(">") }
      for entry in table.entries where entry.key.hasSuffix(">") {
        let prefix = String(entry.key.dropLast(3))
        keys += [prefix, prefix + "0", prefix + "12", prefix + "x", prefix + "_1", prefix + "A_b9", prefix + "-"]
      }
      keys += ["ONBOT", "onboot", "DEVICE", "IPADDR", "IPADDR_", "IPADDR_0", "IPADDR1", "BONDING_SLAVE", "X", ""]
      for key in keys {
        let bytes = Array(key.utf8)[...]
        let match = index.match(bytes, hash: KeyIndex.hash(bytes))
        XCTAssertEqual(index.row(match), table.entry(for: key), "\(dialect) \(key)")
      }
    }
  }
}

/// The fast suffix of an ifcfg file name is the character-wise one.
final class IfcfgNameTests: XCTestCase {
  func testSuffixIsTheNameWithoutItsFirstSixCharacters() {
    let names = [
      "ifcfg-eth0", "ifcfg-", "ifcfg", "", "ifcfg-\u{301}x", "ifcfg-\u{E9}th", "ifcfg-a.b", "ifcfg\u{301}-x",
      "ifcfg-\r\nx", "xfcfg-eth0", "ifcfg-eth12345.100", "ifcfg-\u{1F600}",
    ]
    for name in names { XCTAssertEqual(IfcfgName.suffix(of: name), String(name.dropFirst(6)), name) }
  }
}

/// The byte-level value helpers give what the character-level code gives.
final class TextBytesTests: XCTestCase {
  private static let pieces = ["a", "B", "f", "0", ":", "/", " ", "\t", "\r\n", "\u{301}", "\u{E9}", "Z", ".", "\u{130}", "\u{212A}"]

  private func strings(_ count: Int, seed: UInt64) -> [String] {
    var random = SplitMix64(seed: seed)
    return (0..<count).map { _ in
      (0..<Int.random(in: 0...12, using: &random)).map { _ in Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &random)] }
        .joined()
    }
  }

  func testItemsBeforeSlashAndLowercasedMatchTheCharacterLevelCode() {
    for value in strings(2_000, seed: 0x7E57) + ["", " ", "a/b c/d", "fe80::1/64 2001:DB8::2", "/x", "x/"] {
      let words = value.split(whereSeparator: { $0 == " " || $0 == "\t" })
      XCTAssertEqual(TextBytes.items(value, cutAtSlash: false), words.map(String.init), value)
      XCTAssertEqual(TextBytes.items(value, cutAtSlash: true), words.map { String($0.prefix { $0 != "/" }) }, value)
      XCTAssertEqual(TextBytes.beforeSlash(value), String(value.prefix { $0 != "/" }), value)
      XCTAssertEqual(TextBytes.lowercased(value), value.lowercased(), value)
      for fileName in ["ifcfg-" + value, "ifcfg-x" + value, value] {
        XCTAssertEqual(IfcfgName.isSuffix(value, of: fileName), value == String(fileName.dropFirst(6)), fileName)
        XCTAssertEqual(IfcfgName.suffix(of: fileName), String(fileName.dropFirst(6)), fileName)
      }
    }
  }
}

/// Boot protocol words match as the lowercased `Set` lookups they replace.
final class WordListTests: XCTestCase {
  func testMatchesTheLowercasedSetLookup() {
    let words: Set<String> = ["", "none", "static", "dhcp", "dhcp4", "auto6", "6to4", "ibft", "k"]
    let list = WordList(words)
    let pieces = ["dhcp", "DHCP", "+", "4", "none", "\u{212A}", "K", "auto6", "6TO4", "\u{130}", "st", "atic", "", " "]
    var random = SplitMix64(seed: 0xB007)
    for _ in 0..<3_000 {
      let value = (0..<Int.random(in: 0...4, using: &random)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }
        .joined()
      XCTAssertEqual(list.contains(value), words.contains(value.lowercased()), value)
      let everyPart = value.lowercased().split(separator: "+", omittingEmptySubsequences: false).allSatisfy {
        words.contains(String($0))
      }
      XCTAssertEqual(list.containsEveryPart(value), everyPart, value)
    }
  }
}
