import Foundation
import InterfaceXML
import SUSEDialect
import XCTest

/// Every case of Golden/suse: `input.xml` written into `before/` (or an
/// empty folder) must give exactly `expected/`, and for edit cases the
/// change must be exactly `expected.diff`. What was written reads back as
/// the input except for what SUSE files cannot say, and write warns about
/// exactly that. `NETCF_RECORD=1` rewrites the expectations.
final class GoldenTests: XCTestCase {
  let dialect = SUSEDialect()

  func testEveryGoldenCase() throws {
    let cases = try FileManager.default.contentsOfDirectory(atPath: TestFiles.golden.path).sorted()
    XCTAssertGreaterThanOrEqual(cases.count, 55)
    var editCases = 0
    var examples = 0
    for name in cases {
      let folder = TestFiles.golden.appendingPathComponent(name)
      guard let xml = TestFiles.text(folder.appendingPathComponent("input.xml")) else {
        XCTFail("\(name): no input.xml")
        continue
      }
      let interfaces: [Interface]
      do {
        interfaces = try SUSEExpectations.interfaces(xml: xml)
      } catch {
        XCTFail("\(name): \(error)")
        continue
      }
      let beforeURL = folder.appendingPathComponent("before")
      let isEdit = FileManager.default.fileExists(atPath: beforeURL.path)
      if isEdit { editCases += 1 } else { examples += 1 }
      let before = isEdit ? TestFiles.readFolder(beforeURL) : [:]
      let writing: DialectWriting
      do {
        writing = try dialect.write(interfaces, into: NativeTree(files: before))
      } catch {
        XCTFail("\(name): write threw \(error.diagnostics.map(\.message))")
        continue
      }
      let written = writing.tree
      XCTAssertEqual(
        writing.warnings.count, interfaces.map(SUSEExpectations.losses).reduce(0, +),
        "\(name): warnings \(writing.warnings.map(\.message))")
      XCTAssertTrue(
        writing.warnings.allSatisfy { $0.code == "not-expressible" && $0.severity == .warning }, name)
      let diff = UnifiedDiff.folders(before, written.files)
      if TestFiles.recording {
        try TestFiles.writeFolder(written.files, to: folder.appendingPathComponent("expected"))
        if isEdit { try Data(diff.utf8).write(to: folder.appendingPathComponent("expected.diff")) }
        continue
      }
      let expected = TestFiles.readFolder(folder.appendingPathComponent("expected"))
      XCTAssertEqual(written.files.keys.sorted(), expected.keys.sorted(), "\(name): files")
      for (file, bytes) in expected where written.files[file] != bytes {
        XCTFail("\(name)/\(file): differs\n" + UnifiedDiff.file(name: file, bytes, written.files[file]))
      }
      if isEdit {
        XCTAssertEqual(
          diff, TestFiles.text(folder.appendingPathComponent("expected.diff")) ?? "", "\(name): diff")
      }
      do {
        let back = try dialect.read(written).interfaces
        for interface in interfaces {
          let mine = back.first { $0.name == interface.name }
          XCTAssertEqual(
            mine?.canonical, SUSEExpectations.readBack(interface).canonical, "\(name): read back")
          // XML -> SUSE -> XML: the document written from what was read means the input, less the losses.
          if let mine {
            let document = try InterfaceXML.document([mine])
            let again = try InterfaceXML.parse(document, path: "\(name).xml")
            XCTAssertEqual(
              again.canonical, [SUSEExpectations.readBack(interface)].canonical, "\(name): XML again")
          }
        }
      } catch {
        XCTFail("\(name): read back threw \(error.diagnostics.map(\.message))")
      }
    }
    XCTAssertEqual(examples, 40)
    XCTAssertGreaterThanOrEqual(editCases, TestFiles.recording ? 0 : 15)
  }
}
