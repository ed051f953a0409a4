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

  /// Reading a folder's files relative to it gives what reading each path
  /// gives, in order: bytes, or the same refusal (a link, a FIFO, a folder,
  /// a missing file, a file over the limit).
  func testReadingFilesOfAFolderMatchesReadingEachPath() throws {
    let root = try TemporaryRoot()
    let sizes = [0, 1, 4096, 70_000]
    for size in sizes { try Data(bytes(size)).write(to: URL(fileURLWithPath: root.path + "/f\(size)")) }
    XCTAssertEqual(symlink(root.path + "/f1", root.path + "/link"), 0)
    XCTAssertEqual(mkfifo(root.path + "/fifo", 0o600), 0)
    XCTAssertEqual(mkdir(root.path + "/folder", 0o700), 0)
    let names = sizes.map { "f\($0)" } + ["link", "fifo", "folder", "missing"]
    let together = fileSystem.readFiles(named: names, in: root.path, limit: 65_536)
    XCTAssertEqual(together.count, names.count)
    for (name, result) in zip(names, together) {
      let alone = Result { () throws(FileSystemError) in try fileSystem.readFile(at: root.path + "/" + name, limit: 65_536) }
      XCTAssertEqual(result, alone, name)
    }
    XCTAssertEqual(try together[1].get(), bytes(1))
    for index in 3..<names.count { XCTAssertThrowsError(try together[index].get(), names[index]) }
  }

  func testReadingFilesOfAMissingFolderFailsForEach() {
    let results = fileSystem.readFiles(named: ["a", "b"], in: "/nonexistent-\(getpid())", limit: 100)
    XCTAssertEqual(results.count, 2)
    for result in results { XCTAssertThrowsError(try result.get()) }
  }
}
