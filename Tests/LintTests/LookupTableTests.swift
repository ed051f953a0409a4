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
