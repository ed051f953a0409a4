import Diagnostics
import PropertyTesting
import ShellSyntax
import XCTest

/// Printing the tree gives the input back, byte for byte, whatever the input.
final class ShellRoundTripTests: XCTestCase {
  /// nil when `bytes` round-trips and the tree is consistent with them, else what is wrong.
  static func check(_ bytes: [UInt8]) -> String? {
    let file = ShellFile(parsing: bytes, path: "f")
    let printed = file.bytes
    if printed != bytes { return "printed \(printed.count) bytes for \(bytes.count): \(printed) vs \(bytes)" }
    var offset = 0
    for line in file.lines {
      guard line.range.start == offset, line.range.end > line.range.start else {
        return "line ranges do not tile the input at \(offset): \(line)"
      }
      if Array(bytes[line.range.start..<line.range.end]) != line.bytes {
        return "line bytes differ from its range: \(line)"
      }
      if let assignment = line.assignment {
        let value = assignment.valueRange
        guard value.start >= line.range.start, value.end <= line.range.end,
          Array(bytes[value.start..<value.end]) == assignment.rawValue
        else { return "value range does not hold the raw value: \(assignment)" }
      }
      offset = line.range.end
    }
    if offset != bytes.count { return "lines cover \(offset) of \(bytes.count) bytes" }
    for diagnostic in file.diagnostics where diagnostic.range.start < 0 || diagnostic.range.end > bytes.count
    {
      return "diagnostic outside the file: \(diagnostic)"
    }
    return nil
  }

  func testRandomBytesRoundTrip() {
    XCTAssertProperty(.bytes(length: 0...200), count: 2_000) { Self.check($0) }
  }

  func testRandomShellishBytesRoundTrip() {
    let alphabet = Array("X=a'\"$`\\#; \t\r\n(){}~e".utf8) + [0, 0xC3, 0xFF]
    XCTAssertProperty(.bytes(length: 0...80, alphabet: alphabet), count: 5_000) { Self.check($0) }
  }

  func testRealisticFilesRoundTrip() {
    let files = Gen<([[UInt8]], Bool)>(
      generate: { rng in (ShellGenerators.file.generate(&rng), rng.next() & 1 == 0) },
      shrink: { value in ShellGenerators.file.shrink(value.0).map { ($0, value.1) } })
    XCTAssertProperty(files, count: 2_000) { lines, dropFinalNewline in
      Self.check(ShellGenerators.render(lines, dropFinalNewline: dropFinalNewline))
    }
  }

  func testEdgeCasesRoundTrip() {
    let cases: [[UInt8]] = [
      [], [0x0A], [0x0D], [0x0D, 0x0A], [0x0D, 0x0D, 0x0A], [0], [0xFF, 0xFE],
      Array("X=1".utf8), Array("X=\"a\r\nb\"\r\n".utf8), Array("X=a\\".utf8), Array("X=a\\\r\n".utf8),
      Array("X='".utf8), Array("X=$'\\".utf8), Array("export".utf8), Array("export ".utf8),
      Array("X=\"\\".utf8), Array("X=${".utf8), Array("X=$(\"".utf8), Array("X=`\\".utf8),
      Array("X=a\\\nb\\\n".utf8), Array("  \t".utf8), Array("#".utf8),
    ]
    for bytes in cases { XCTAssertNil(Self.check(bytes), "\(bytes)") }
  }

  func testOneMegabyteLineRoundTrips() {
    var bytes = Array("X=".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 1 << 20) + [0x0A]
    XCTAssertNil(Self.check(bytes))
    XCTAssertEqual(ShellFile(parsing: bytes).value(of: "X")?.bytes?.count, 1 << 20)
    bytes = [UInt8(ascii: "\"")] + [UInt8](repeating: 0x0A, count: 1 << 20)
    XCTAssertNil(Self.check(bytes))
  }
}
