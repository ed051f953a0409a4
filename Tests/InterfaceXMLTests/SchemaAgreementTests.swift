import Diagnostics
import Foundation
import InterfaceModel
import InterfaceXML
import PropertyTesting
import XCTest

/// The tool and Schemas/interface.rng accept and reject the same documents.
final class SchemaAgreementTests: XCTestCase {
  /// The first line of a test document: `<!-- error L:C: MESSAGE -->`,
  /// `<!-- error: not well-formed XML -->` or `<!-- warnings: N -->`.
  private func header(_ bytes: [UInt8]) -> String {
    let line = bytes.split(separator: UInt8(ascii: "\n"), maxSplits: 1).first.map { String(decoding: $0, as: UTF8.self) } ?? ""
    guard line.hasPrefix("<!-- "), line.hasSuffix(" -->") else { return "" }
    return String(line.dropFirst(5).dropLast(4))
  }

  func testInvalidDocumentsAreRejectedByBothWithTheExpectedFirstError() throws {
    let files = GoldenFiles.invalid
    XCTAssertGreaterThanOrEqual(files.count, 30)
    let verdicts = try SchemaValidator.validate(files)
    for file in files {
      let name = file.lastPathComponent
      let bytes = try GoldenFiles.bytes(file)
      let expected = header(bytes)
      XCTAssertTrue(expected.hasPrefix("error"), "\(name) has no expectation line")
      XCTAssertEqual(verdicts[file]?.valid, false, "\(name) is accepted by Schemas/interface.rng")
      do {
        let result = try InterfaceXML.read(bytes, path: name)
        XCTFail("\(name) is accepted by the tool: \(result.interfaces)")
      } catch {
        guard let first = error.diagnostics.first(where: { $0.severity == .error }) else {
          XCTFail("\(name): no error diagnostic")
          continue
        }
        if expected == "error: not well-formed XML" {
          XCTAssertTrue(first.code.hasPrefix("xml-"), "\(name): \(first.code)")
          continue
        }
        let rendered = DiagnosticRenderer(sources: [SourceFile(path: name, bytes: bytes)]).header(first)
        XCTAssertEqual(rendered, "\(name):\(expected.dropFirst("error ".count).split(separator: ":", maxSplits: 2).prefix(2).joined(separator: ":")): error: \(expected.split(separator: ":", maxSplits: 2).last.map { $0.dropFirst() } ?? "")")
      }
    }
    print("schema agreement: \(files.count) invalid documents rejected by both")
  }

  func testValidDocumentsAreAcceptedByBothWithTheExpectedWarnings() throws {
    let files = GoldenFiles.examples + GoldenFiles.extraValid
    let verdicts = try SchemaValidator.validate(files)
    for file in files {
      let name = file.lastPathComponent
      let bytes = try GoldenFiles.bytes(file)
      XCTAssertEqual(verdicts[file]?.valid, true, "\(name) is rejected by Schemas/interface.rng: \(verdicts[file]?.messages ?? "")")
      do {
        let result = try InterfaceXML.read(bytes, path: name)
        let expected = header(bytes).hasPrefix("warnings: ") ? Int(header(bytes).dropFirst("warnings: ".count)) : 0
        XCTAssertEqual(result.warnings.count, expected, "\(name): \(result.warnings.map(\.message))")
      } catch {
        XCTFail("\(name) is rejected by the tool: \(error.diagnostics.map(\.message))")
      }
    }
    print("schema agreement: \(files.count) valid documents accepted by both")
  }

  /// Identity constraints RELAX NG cannot state: the tool rejects, the grammar accepts.
  func testCrossReferenceRulesAreTheToolsAlone() throws {
    let files = GoldenFiles.invalidToolOnly
    XCTAssertEqual(files.count, 3)
    let verdicts = try SchemaValidator.validate(files)
    for file in files {
      let name = file.lastPathComponent
      let bytes = try GoldenFiles.bytes(file)
      XCTAssertEqual(verdicts[file]?.valid, true, name)
      XCTAssertThrowsError(try InterfaceXML.read(bytes, path: name)) { error in
        let diagnostics = (error as? DiagnosticError)?.diagnostics ?? []
        let rendered = diagnostics.first.map { DiagnosticRenderer(sources: [SourceFile(path: name, bytes: bytes)]).header($0) }
        let expected = header(bytes)
        let location = expected.dropFirst("error ".count).prefix { $0 != " " }.dropLast()
        let message = expected.split(separator: " ", maxSplits: 2).last ?? ""
        XCTAssertEqual(rendered, "\(name):\(location): error: \(message)")
      }
    }
  }

  /// Random attribute values in every typed position: the tool and the
  /// grammar must give the same verdict on each.
  func testRandomValuesGetTheSameVerdict() throws {
    let templates: [(String, [UInt8])] = [
      (#"<interface type="ethernet" name="$"/>"#, Array("abz09_.:-/ ".utf8)),
      (#"<interface type="ethernet" name="e"><mac address="$"/></interface>"#, Array("0aF:g-".utf8)),
      (#"<interface type="ethernet" name="e"><mtu size="$"/></interface>"#, Array("0123456789-+ ".utf8)),
      (#"<interface type="vlan" name="v"><vlan tag="$"><interface name="e"/></vlan></interface>"#, Array("0123456789 x".utf8)),
      (#"<interface type="ethernet" name="e"><protocol family="ipv4"><ip address="$" prefix="8"/></protocol></interface>"#, Array("0125.".utf8)),
      (#"<interface type="ethernet" name="e"><protocol family="ipv4"><ip address="1.2.3.4" prefix="$"/></protocol></interface>"#, Array("01239".utf8)),
      (#"<interface type="ethernet" name="e"><protocol family="ipv6"><ip address="$"/></protocol></interface>"#, Array("0af:.:1".utf8)),
      (#"<interface type="ethernet" name="e"><protocol family="ipv6"><route gateway="$"/></protocol></interface>"#, Array("1::f.2".utf8)),
      (#"<interface type="ethernet" name="e"><protocol family="ipv6"><ip address="::1" prefix="$"/></protocol></interface>"#, Array("012389".utf8)),
      (#"<interface type="bridge" name="b"><bridge delay="$"/></interface>"#, Array("0159.-e".utf8)),
      (#"<interface type="bond" name="b"><bond><miimon freq="$"/><interface type="ethernet" name="e"/></bond></interface>"#, Array("0123456789".utf8)),
    ]
    var rng = SplitMix64(seed: PropertyCheck().seed)
    var documents: [(name: String, bytes: [UInt8])] = []
    var toolRejects: [String: Bool] = [:]
    for (templateIndex, (template, alphabet)) in templates.enumerated() {
      for round in 0..<60 {
        let length = Int(rng.next() % 18)
        var value = (0..<length).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
        if round % 4 == 0 { value = plausible(templateIndex, &rng) }
        let text = template.replacingOccurrences(of: "$", with: String(decoding: value, as: UTF8.self))
        let name = "\(templateIndex)-\(round)"
        documents.append((name, Array(text.utf8)))
        toolRejects[name] = (try? InterfaceXML.read(Array(text.utf8), path: name)) == nil
      }
    }
    let schemaRejects = try SchemaValidator.rejected(documents)
    var disagreements: [String] = []
    for (name, bytes) in documents where toolRejects[name] != (schemaRejects[name] != nil) {
      disagreements.append("\(String(decoding: bytes, as: UTF8.self)): tool rejects \(toolRejects[name] ?? false)")
    }
    XCTAssertEqual(disagreements, [])
    let rejected = toolRejects.values.filter { $0 }.count
    print("schema agreement: \(documents.count) random values, \(rejected) rejected by both, \(documents.count - rejected) accepted by both")
    XCTAssertGreaterThan(rejected, 100)
    XCTAssertGreaterThan(documents.count - rejected, 100)
  }

  /// Values near the boundary of what each position accepts.
  private func plausible(_ template: Int, _ rng: inout SplitMix64) -> [UInt8] {
    let choices: [[String]] = [
      ["eth0", "abcdefghijklmno", "abcdefghijklmnop", ".", "..", "...", "a.b", "a/b"],
      ["aa:bb:cc:dd:ee:ff", "AA:BB:CC:DD:EE:FF", "aa:bb:cc:dd:ee", "aa:bb:cc:dd:ee:ff:00", "aa:bb:cc:dd:ee:fg"],
      ["67", "68", "65535", "65536", "0068", "1500"],
      ["0", "4095", "4096", "00", "42"],
      ["0.0.0.0", "255.255.255.255", "256.1.1.1", "1.2.3", "01.2.3.4", "1.2.3.4."],
      ["0", "32", "33", "08", "9"],
      ["::", "::1", "1::", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9", "1::2::3", "::ffff:1.2.3.4", "1:2:3:4:5:6:7::", "12345::", "::1.2.3"],
      ["fe80::1", ":::", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4"],
      ["0", "128", "129", "010"],
      ["0", "0.01", ".5", "5.", "1.2.3", "15"],
      ["0", "999999999", "1000000000", "007"],
    ]
    let options = choices[template]
    return Array(options[Int(rng.next() % UInt64(options.count))].utf8)
  }
}
