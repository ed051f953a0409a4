import DialectTesting
import Foundation
import InterfaceTesting
import RedHatDialect
import XCTest

/// Every case of Golden/redhat: `input.xml` written into `before/` (or an
/// empty folder) must give exactly `expected/`, and for edit cases the
/// change must be exactly `expected.diff`. `NETCF_RECORD=1` rewrites the
/// expectations.
final class GoldenTests: XCTestCase {
  let dialect = RedHatDialect()

  func testEveryGoldenCase() throws {
    let cases = try GoldenCase.all(in: TestFiles.golden)
    XCTAssertGreaterThanOrEqual(cases.count, 40)
    var editCases = 0
    for golden in cases {
      let name = golden.name
      guard let xml = golden.inputXML else {
        XCTFail("\(name): no input.xml")
        continue
      }
      let interface: Interface
      do {
        interface = try TestFiles.interface(xml: xml, path: "\(name)/input.xml")
      } catch {
        XCTFail("\(name): \(error)")
        continue
      }
      if golden.isEdit { editCases += 1 }
      let before = golden.before
      let written: NativeTree
      do {
        written = try dialect.write([interface], into: NativeTree(files: before, linkAddresses: golden.links)).tree
      } catch {
        XCTFail("\(name): write threw \(error.diagnostics.map(\.message))")
        continue
      }
      guard try golden.check(written: written.files, before: before) else { continue }
      // What was written reads back as the input.
      do {
        let back = try dialect.read(written).interfaces
        let mine = back.first { $0.name == interface.name }
        XCTAssertEqual(mine?.canonical, MemberNormalization.normalized(interface).canonical, "\(name): read back")
      } catch {
        XCTFail("\(name): read back threw \(error.diagnostics.map(\.message))")
      }
    }
    XCTAssertGreaterThanOrEqual(editCases, TestFolders.recording ? 0 : 15)
  }
}
