import Diagnostics
import InterfaceModel
import InterfaceTesting
import InterfaceXML
import Oracles
import PropertyTesting
import XCTest
import XMLSyntax

/// GetPut, PutGet and CreateGet for ``InterfaceXML/lens`` on every golden
/// example and on generated interfaces. Each test counts the cases it
/// checked, prints the count and fails if it checked fewer than expected.
/// Every document the tests produce is also checked with xmllint against
/// Schemas/interface.rng, and written and parsed again.
final class LensLawTests: XCTestCase {
  private let lens = InterfaceXML.lens

  private func examples() throws -> [(name: String, document: XMLDocument)] {
    try (GoldenFiles.examples + GoldenFiles.extraValid).map { file in
      (file.lastPathComponent, try XMLDocument.parse(GoldenFiles.bytes(file), path: file.lastPathComponent))
    }
  }

  func testGetPutOnEveryExample() throws {
    var checked = 0
    for (name, document) in try examples() {
      XCTAssertLaw(LensLaws.getPut(lens, document).map { "\(name): \($0)" })
      // The written bytes round-trip as well.
      let view = try lens.get(document)
      let written = XMLWriter.write(try lens.put(view, document), declaration: false)
      XCTAssertEqual(try InterfaceXML.parse(written, path: name), view, name)
      checked += 1
    }
    report("GetPut on examples", checked, atLeast: 40)
  }

  func testCreateGetOnEveryExample() throws {
    var checked = 0
    var produced: [(String, [UInt8])] = []
    for (name, document) in try examples() {
      let view = try lens.get(document)
      XCTAssertLaw(LensLaws.createGet(lens, view).map { "\(name): \($0)" })
      produced.append((name, try InterfaceXML.document(view)))
      checked += 1
    }
    try assertValid(produced)
    report("CreateGet on examples", checked, atLeast: 40)
  }

  func testPutGetOnEveryExampleWithEditedViews() throws {
    var checked = 0
    var produced: [(String, [UInt8])] = []
    var rng = SplitMix64(seed: PropertyCheck().seed)
    for (name, document) in try examples() {
      let original = try lens.get(document)
      for round in 0..<25 {
        let view = InterfaceEdits.edit(original, &rng)
        XCTAssertEqual(InterfaceXMLWriteCheck.problems(view), [], "edit made an invalid view")
        XCTAssertLaw(LensLaws.putGet(lens, view, document).map { "\(name) round \(round): \($0)" })
        let written = XMLWriter.write(try lens.put(view, document), declaration: false)
        XCTAssertEqual(try InterfaceXML.parse(written, path: name), view, "\(name) round \(round), written")
        produced.append(("\(name)-\(round)", written))
        checked += 1
      }
    }
    try assertValid(produced)
    report("PutGet on examples with edited views", checked, atLeast: 1000)
  }

  func testPutGetOnEveryExampleWithUnrelatedViews() {
    var checked = 0
    let seed = PropertyCheck().seed
    for (index, (name, document)) in ((try? examples()) ?? []).enumerated() {
      XCTAssertProperty(InterfaceGenerators.interfaces, count: 20, seed: seed &+ UInt64(index)) { view in
        checked += 1
        return LensLaws.putGet(lens, view, document).map { "\(name): \($0)" }
      }
    }
    report("PutGet on examples with generated views", checked, atLeast: 800)
  }

  func testLawsOnGeneratedInterfaces() throws {
    var checked = (createGet: 0, getPut: 0, putGet: 0)
    var produced: [(String, [UInt8])] = []
    XCTAssertProperty(InterfaceGenerators.interfaces, count: 300) { view in
      checked.createGet += 1
      if let failure = LensLaws.createGet(lens, view) { return failure }
      guard let created = try? lens.create(view) else { return "create threw" }
      checked.getPut += 1
      if let failure = LensLaws.getPut(lens, created) { return failure }
      // An edited view put back into the created document, then GetPut on the result.
      var rng = SplitMix64(seed: UInt64(view.count) &* 7919 &+ UInt64(view.first?.name.utf8.count ?? 0))
      let edited = InterfaceEdits.edit(view, &rng)
      checked.putGet += 1
      if let failure = LensLaws.putGet(lens, edited, created) { return failure }
      guard let put = try? lens.put(edited, created) else { return "put threw" }
      checked.getPut += 1
      if let failure = LensLaws.getPut(lens, put) { return failure }
      produced.append(("created-\(produced.count)", XMLWriter.write(created, declaration: false)))
      produced.append(("put-\(produced.count)", XMLWriter.write(put, declaration: false)))
      return nil
    }
    try assertValid(produced)
    report("CreateGet on generated interfaces", checked.createGet, atLeast: 300)
    report("GetPut on generated documents", checked.getPut, atLeast: 600)
    report("PutGet on generated documents with edited views", checked.putGet, atLeast: 300)
  }

  func testWrittenDocumentsAreAFixpointOfParseAndWrite() throws {
    var checked = 0
    XCTAssertProperty(InterfaceGenerators.interfaces, count: 200) { view in
      checked += 1
      guard let bytes = try? InterfaceXML.document(view) else { return "document threw" }
      guard let parsed = try? XMLDocument.parse(bytes, path: "x") else {
        return "written document does not parse:\n" + String(decoding: bytes, as: UTF8.self)
      }
      let again = XMLWriter.write(parsed, declaration: false)
      return again == bytes ? nil : "parse then write changed the bytes:\n" + String(decoding: again, as: UTF8.self)
    }
    report("write/parse round trips", checked, atLeast: 200)
  }

  // MARK: Helpers

  private func assertValid(_ documents: [(String, [UInt8])], file: StaticString = #filePath, line: UInt = #line) throws {
    let rejected = try SchemaValidator.rejected(documents.map { (name: $0.0, bytes: $0.1) })
    print("law cases: documents checked with xmllint: \(documents.count)")
    for (name, messages) in rejected.sorted(by: { $0.key < $1.key }).prefix(5) {
      let text = documents.first { $0.0 == name }.map { String(decoding: $0.1, as: UTF8.self) } ?? ""
      XCTFail("Schemas/interface.rng rejects \(name):\n\(messages)\n\(text)", file: file, line: line)
    }
  }

  private func report(_ law: String, _ count: Int, atLeast minimum: Int, line: UInt = #line) {
    print("law cases: \(law): \(count)")
    XCTAssertGreaterThanOrEqual(count, minimum, "\(law) was checked on too few cases", line: line)
  }
}
