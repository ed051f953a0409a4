import DialectTesting
import Foundation
import RedHatDialect
import ShellSyntax
import XCTest

/// netcf's expected key sets (tests/redhat/schema, kept as fixtures): creating
/// each example must give exactly these files, keys, values and key order.
/// Compared by meaning (decoded values), not bytes.
final class NetcfForestTests: XCTestCase {
  let dialect = RedHatDialect()

  func testCreateGivesNetcfKeySetsInNetcfOrder() throws {
    let folder = TestFiles.fixtures.appendingPathComponent("netcf-schema")
    let forests = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".xml")
    }.sorted()
    XCTAssertEqual(forests.count, 20)
    for forestName in forests {
      let example = String(forestName.dropLast(4))
      guard let forestText = TestFolders.text(folder.appendingPathComponent(forestName)),
        let inputText = TestFolders.text(TestFiles.golden.appendingPathComponent("netcf-\(example)/input.xml"))
      else {
        XCTFail("\(example): missing fixture")
        continue
      }
      let expected = try Self.forest(forestText)
      let interface = try TestFiles.interface(xml: inputText, path: example)
      let created = try dialect.write([interface], into: NativeTree()).tree
      XCTAssertEqual(created.files.keys.sorted(), expected.keys.sorted(), "\(example): files")
      for (fileName, pairs) in expected {
        guard let bytes = created.files[fileName] else { continue }
        let shell = ShellFile(parsing: bytes)
        let written = shell.assignments.map { [$0.key, $0.value.string ?? "<not static>"] }
        XCTAssertEqual(written, pairs.map { [$0.key, $0.value] }, "\(example)/\(fileName)")
        XCTAssertTrue(shell.diagnostics.isEmpty, "\(example)/\(fileName): \(shell.diagnostics)")
      }
    }
  }

  /// File name -> (key, value) pairs in order.
  static func forest(_ text: String) throws -> [String: [(key: String, value: String)]] {
    let root = try TestXMLReader.parse(text)
    var files: [String: [(key: String, value: String)]] = [:]
    for tree in root.all("tree") {
      guard let path = tree.attributes["path"], let name = path.split(separator: "/").last else { continue }
      files[String(name)] = tree.all("node").map {
        (key: $0.attributes["label"] ?? "", value: $0.attributes["value"] ?? "")
      }
    }
    return files
  }
}
