import Diagnostics
import Foundation
import Oracles
import PropertyTesting
import XCTest
import XMLSyntax

/// Our accept/reject verdict must equal libxml2's (`xmllint --noout`) on
/// hand-written and generated documents. xmllint is required: CI installs it.
final class XMLDifferentialTests: XCTestCase {
  func testVerdictsMatchXmllint() throws {
    let documents = DifferentialDocuments.handWritten + DifferentialDocuments.generated(count: 500, seed: PropertyCheck().seed)
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("xml-differential-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let names = documents.indices.map { String(format: "f%04d.xml", $0) }
    for (name, bytes) in zip(names, documents) {
      try Data(bytes).write(to: directory.appendingPathComponent(name))
    }
    let rejectedByXmllint = try Xmllint.rejectedFiles(names, in: directory)
    var mismatches: [String] = []
    var accepted = 0
    var excused: [String] = []
    for (name, bytes) in zip(names, documents) {
      var ours = true
      var diagnostic: Diagnostic?
      do {
        _ = try XMLDocument.parse(bytes, path: name)
        accepted += 1
      } catch {
        ours = false
        diagnostic = error.diagnostics.first
      }
      let theirs = !rejectedByXmllint.contains(name)
      if !ours && theirs, let diagnostic, let quirk = Self.knownLibxml2Leniency(bytes, diagnostic) {
        excused.append("\(name): \(quirk)")
        continue
      }
      if ours != theirs {
        mismatches.append("\(name): ours \(ours ? "accepts" : "rejects"), xmllint \(theirs ? "accepts" : "rejects"): "
          + String(decoding: bytes, as: UTF8.self).debugDescription)
      }
    }
    print("differential (NETCF_SEED=\(PropertyCheck().seed)): \(documents.count) documents, \(accepted) accepted, xmllint rejected \(rejectedByXmllint.count), excused \(excused)")
    XCTAssertEqual(mismatches, [], mismatches.prefix(20).joined(separator: "\n"))
    // Both verdicts must be well represented, or the comparison says little.
    XCTAssertGreaterThan(accepted, documents.count / 4)
    XCTAssertGreaterThan(documents.count - accepted, documents.count / 4)
  }

  /// Where libxml2 2.9 accepts what XML 1.0 forbids, and we follow the
  /// specification: a NUL byte after the root element (libxml2 stops reading
  /// there) and a missing space between the encoding declaration and
  /// `standalone` in the XML declaration. Documents declaring another
  /// encoding than UTF-8 are out of scope (libxml2 may accept unknown names).
  /// Returns a description when `bytes`
  /// were rejected for one of these reasons.
  static func knownLibxml2Leniency(_ bytes: [UInt8], _ diagnostic: Diagnostic) -> String? {
    if diagnostic.code == XMLDiagnosticCode.unsupportedEncoding {
      return "declares an encoding other than UTF-8, which is out of scope"
    }
    let start = diagnostic.range.start
    if start < bytes.count, bytes[start] == 0, diagnostic.message.contains("after the root element") {
      return "NUL byte after the root element"
    }
    let text = String(decoding: bytes.prefix(200), as: UTF8.self)
    if text.hasPrefix("<?xml"), text.contains("\"standalone") || text.contains("'standalone"),
      diagnostic.message.contains("'?>'")
    {
      return "no space before standalone"
    }
    return nil
  }
}
