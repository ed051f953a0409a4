import Lenses
import PropertyTesting
import XCTest

/// A toy concrete format: `key=value # note` items, where the note is what
/// the view does not model and `put` must keep.
private struct Line: Equatable, Sendable {
  var key: String
  var value: Int
  var note: String
}

private struct Entry: Equatable, Sendable {
  var key: String
  var value: Int
}

private let line = Lens<Line, Entry>(
  get: { Entry(key: $0.key, value: $0.value) },
  put: { entry, old in Line(key: entry.key, value: entry.value, note: old.note) },
  create: { Line(key: $0.key, value: $0.value, note: "") })

private let lines = Lens<[Line], [Entry]>.keyed(line, sourceKey: { $0.key }, viewKey: { $0.key })

final class KeyedListLensTests: XCTestCase {
  func testPutMatchesItemsByKeyNotPosition() throws {
    let source = [Line(key: "a", value: 1, note: "first"), Line(key: "b", value: 2, note: "second")]
    let edited = [Entry(key: "b", value: 20), Entry(key: "a", value: 1), Entry(key: "c", value: 3)]
    let result = try lines.put(edited, source)
    XCTAssertEqual(
      result,
      [Line(key: "b", value: 20, note: "second"), Line(key: "a", value: 1, note: "first"), Line(key: "c", value: 3, note: "")])
  }

  func testLawsOnGeneratedLists() {
    let keys = Gen<String>.element(of: ["a", "b", "c", "d", "e"])
    let values = Gen<Int>.int(in: 0...9)
    let notes = Gen<String>.element(of: ["", "x", "y"])
    let lineGen = Gen<Line>(generate: { rng in
      Line(key: keys.generate(&rng), value: values.generate(&rng), note: notes.generate(&rng))
    })
    // Keys are unique in a well-formed source (the keyed lens matches by them).
    let unique = Gen<[Line]>.array(of: lineGen, length: 0...5).map { list in
      var seen = Set<String>()
      return list.filter { seen.insert($0.key).inserted }
    }
    XCTAssertProperty(unique) { source in LensLaws.getPut(lines, source) }
    XCTAssertProperty(unique) { source in
      var rng = SplitMix64(seed: UInt64(source.count))
      let view = unique.generate(&rng).map { Entry(key: $0.key, value: $0.value) }
      return LensLaws.putGet(lines, view, source) ?? LensLaws.createGet(lines, view)
    }
  }

  func testComposeAndMapThroughConversion() throws {
    let doubled = Conversion<Entry, Int>(apply: { $0.value * 2 }, unapply: { Entry(key: "k", value: $0 / 2) })
    let composed = line.map(doubled)
    let source = Line(key: "k", value: 4, note: "kept")
    XCTAssertEqual(try composed.get(source), 8)
    XCTAssertEqual(try composed.put(10, source), Line(key: "k", value: 5, note: "kept"))
    XCTAssertLaw(LensLaws.getPut(composed, source))
    XCTAssertLaw(LensLaws.createGet(composed, 6))
  }
}

final class PropertyCheckTests: XCTestCase {
  func testShrinksToASmallestCounterexample() {
    let check = PropertyCheck(count: 100, seed: 7)
    let failure = check.run(Gen<[Int]>.array(of: .int(in: 0...1000), length: 0...20)) { list in
      list.contains { $0 >= 500 } ? "has a big element" : nil
    }
    XCTAssertEqual(failure?.shrunk, [500])
    XCTAssertEqual(failure?.seed, 7)
  }

  func testSameSeedSameSequence() {
    var a = SplitMix64(seed: 42)
    var b = SplitMix64(seed: 42)
    XCTAssertEqual((0..<10).map { _ in a.next() }, (0..<10).map { _ in b.next() })
  }
}
