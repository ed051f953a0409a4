import DialectTesting
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
    let cases = try GoldenCase.all(in: TestFiles.golden)
    XCTAssertGreaterThanOrEqual(cases.count, 55)
    var editCases = 0
    var examples = 0
    for golden in cases {
      let name = golden.name
      guard let xml = golden.inputXML else {
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
      if golden.isEdit { editCases += 1 } else { examples += 1 }
      let before = golden.before
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
      guard try golden.check(written: written.files, before: before) else { continue }
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
    XCTAssertGreaterThanOrEqual(editCases, TestFolders.recording ? 0 : 15)
  }
}
