import Foundation
import NetcfCompile
import XCTest

/// `POSIXFileSystem.readFile` returns exactly the file's bytes at every size
/// around its buffer and limit boundaries, and refuses files over the limit.
final class POSIXFileSystemReadTests: XCTestCase {
  private let fileSystem = POSIXFileSystem()

  private func bytes(_ count: Int) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) } }

  func testReadsExactBytesAtSizesAroundBoundaries() throws {
    let root = try TemporaryRoot()
    for size in [0, 1, 2, 255, 4095, 4096, 4097, 65535, 65536, 65537, 200_000] {
      let content = bytes(size)
      try Data(content).write(to: URL(fileURLWithPath: root.path + "/f\(size)"))
      let read = try fileSystem.readFile(at: root.path + "/f\(size)", limit: 1 << 20)
      XCTAssertEqual(read, content, "size \(size)")
    }
  }

  func testLimitIsInclusive() throws {
    let root = try TemporaryRoot()
    try Data(bytes(100)).write(to: URL(fileURLWithPath: root.path + "/f"))
    XCTAssertEqual(try fileSystem.readFile(at: root.path + "/f", limit: 100).count, 100)
    XCTAssertThrowsError(try fileSystem.readFile(at: root.path + "/f", limit: 99)) { error in
      XCTAssertTrue("\(error)".contains("larger than the limit of 99 bytes"), "\(error)")
    }
  }

  /// Files under /proc report size 0 but have content: the reader must grow
  /// past the size `fstat` gave, and still stop at the limit.
  func testFileLargerThanItsReportedSizeIsReadWhole() throws {
    let path = "/proc/self/maps"
    guard let expected = FileManager.default.contents(atPath: path), expected.count > 10 else {
      throw XCTSkip("\(path) is not readable here")
    }
    let read = try fileSystem.readFile(at: path, limit: 1 << 24)
    // The map changes as the process runs; its first line (the executable) does not.
    let firstLine = { (bytes: [UInt8]) in bytes.prefix { $0 != UInt8(ascii: "\n") } }
    XCTAssertEqual(Array(firstLine(read)), Array(firstLine([UInt8](expected))))
    XCTAssertGreaterThan(read.count, 10)
    XCTAssertThrowsError(try fileSystem.readFile(at: path, limit: 10))
  }
}
