import Foundation
import XCTest

/// One golden case folder: `input.xml` written into `before/` (or an empty
/// folder) must give exactly `expected/`, and for an edit case the change
/// must be exactly `expected.diff`; `links.txt` (`NAME MAC` lines) holds the
/// host's link addresses.
public struct GoldenCase: Sendable {
  /// The folder's name.
  public let name: String
  public let folder: URL

  /// Every case folder of `golden`, in name order.
  public static func all(in golden: URL) throws -> [GoldenCase] {
    try FileManager.default.contentsOfDirectory(atPath: golden.path).sorted().map {
      GoldenCase(name: $0, folder: golden.appendingPathComponent($0))
    }
  }

  /// The text of `input.xml`, nil when there is none.
  public var inputXML: String? { TestFolders.text(folder.appendingPathComponent("input.xml")) }

  /// Whether the case edits existing files (it has a `before/` folder).
  public var isEdit: Bool { FileManager.default.fileExists(atPath: folder.appendingPathComponent("before").path) }

  /// The files written into: `before/`, or none.
  public var before: [String: [UInt8]] {
    isEdit ? TestFolders.readFolder(folder.appendingPathComponent("before")) : [:]
  }

  /// The host's link addresses from `links.txt` (MACs in lower case); empty without the file.
  public var links: [String: String] {
    guard let text = TestFolders.text(folder.appendingPathComponent("links.txt")) else { return [:] }
    var links: [String: String] = [:]
    for line in text.split(separator: "\n") {
      let parts = line.split(separator: " ")
      if parts.count == 2 { links[String(parts[0])] = parts[1].lowercased() }
    }
    return links
  }

  /// Checks the files written into `before` against `expected/` and, for an
  /// edit case, their diff against `expected.diff`; with `NETCF_RECORD=1`
  /// rewrites those instead and returns false (nothing was checked).
  @discardableResult
  public func check(
    written: [String: [UInt8]], before: [String: [UInt8]], file: StaticString = #filePath, line: UInt = #line
  ) throws -> Bool {
    let diff = UnifiedDiff.folders(before, written)
    if TestFolders.recording {
      try TestFolders.writeFolder(written, to: folder.appendingPathComponent("expected"))
      if isEdit { try Data(diff.utf8).write(to: folder.appendingPathComponent("expected.diff")) }
      return false
    }
    let expected = TestFolders.readFolder(folder.appendingPathComponent("expected"))
    XCTAssertEqual(written.keys.sorted(), expected.keys.sorted(), "\(name): files", file: file, line: line)
    for (fileName, bytes) in expected where written[fileName] != bytes {
      XCTFail(
        "\(name)/\(fileName): differs\n" + UnifiedDiff.file(name: fileName, bytes, written[fileName]),
        file: file, line: line)
    }
    if isEdit {
      XCTAssertEqual(
        diff, TestFolders.text(folder.appendingPathComponent("expected.diff")) ?? "", "\(name): diff",
        file: file, line: line)
    }
    return true
  }
}
