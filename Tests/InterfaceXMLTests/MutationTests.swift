import Diagnostics
import InterfaceModel
import InterfaceXML
import PropertyTesting
import XCTest
import XMLSyntax

/// Documents made by mutating the examples line by line: the reader never
/// traps, what it accepts obeys GetPut, and it agrees with the grammar.
final class MutationTests: XCTestCase {
  /// Lines a mutation may insert: valid in some places, wrong in others.
  private let snippets = [
    #"<start mode="none"/>"#, #"<mtu size="9000"/>"#, #"<mtu size="9"/>"#, #"<mac address="52:54:00:00:00:01"/>"#,
    #"<link state="up"/>"#, #"<protocol family="ipv4"><dhcp/></protocol>"#, #"<protocol family="ipv6"/>"#,
    #"<dhcp/>"#, #"<ip address="10.1.1.1" prefix="16"/>"#, #"<ip address="fe80::2"/>"#, #"<route gateway="10.0.0.9"/>"#,
    #"<autoconf/>"#, #"<interface type="ethernet" name="eth9"/>"#, #"<interface type="vlan" name="v9"/>"#,
    #"<miimon freq="10"/>"#, #"<arpmon interval="1" target="1.1.1.1"/>"#, #"<bridge/>"#, #"<x-ext a="1"/>"#,
    "text", "<!-- note -->", #"<vlan tag="3"><interface name="eth1"/></vlan>"#,
  ]

  private func mutate(_ lines: [String], _ rng: inout SplitMix64) -> [String] {
    var lines = lines
    guard lines.count > 2 else { return lines }
    let index = 1 + Int(rng.next() % UInt64(lines.count - 2))
    switch rng.next() % 4 {
    case 0: lines.insert("  " + snippets[Int(rng.next() % UInt64(snippets.count))], at: index)
    case 1: lines.remove(at: index)
    case 2: lines.insert(lines[index], at: index)
    default:
      let replacements = [("\"", "\"1"), ("=\"", "=\"x"), ("eth", "et/h"), ("on", "no"), ("4", "44444")]
      let (from, to) = replacements[Int(rng.next() % UInt64(replacements.count))]
      if let range = lines[index].range(of: from) { lines[index].replaceSubrange(range, with: to) }
    }
    return lines
  }

  func testMutatedExamplesNeverTrapAndAgreeWithTheGrammar() throws {
    var rng = SplitMix64(seed: PropertyCheck().seed)
    var documents: [(name: String, bytes: [UInt8])] = []
    var toolRejects: [String: Bool] = [:]
    var identityOnly = Set<String>()
    let identityCodes: Set<String> = ["duplicate-interface", "slave-in-two-bonds", "port-in-two-bridges"]
    var accepted = 0
    for file in GoldenFiles.examples + GoldenFiles.extraValid {
      let text = String(decoding: try GoldenFiles.bytes(file), as: UTF8.self)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      for round in 0..<30 {
        var mutated = mutate(lines, &rng)
        if round % 2 == 0 { mutated = mutate(mutated, &rng) }
        let bytes = Array(mutated.joined(separator: "\n").utf8)
        let name = "\(file.lastPathComponent)-\(round)"
        guard (try? XMLDocument.parse(bytes, path: name)) != nil else { continue }
        documents.append((name, bytes))
        switch readDocument(bytes, name: name) {
        case .success(let document):
          toolRejects[name] = false
          accepted += 1
          XCTAssertLaw(LensLaws.getPut(InterfaceXML.lens, document).map { "\(name): \($0)" })
        case .failure(let error):
          toolRejects[name] = true
          let codes = Set(error.diagnostics.filter { $0.severity == .error }.map(\.code))
          if !codes.isEmpty, codes.isSubset(of: identityCodes) { identityOnly.insert(name) }
        }
      }
    }
    let schemaRejects = try SchemaValidator.rejected(documents)
    var disagreements: [String] = []
    for (name, bytes) in documents where !identityOnly.contains(name) && toolRejects[name] != (schemaRejects[name] != nil) {
      let tool = toolRejects[name] == true ? "rejects" : "accepts"
      disagreements.append("tool \(tool) \(name):\n\(String(decoding: bytes, as: UTF8.self))\n\(schemaRejects[name] ?? "")")
    }
    XCTAssertEqual(disagreements.count, 0, disagreements.prefix(3).joined(separator: "\n\n"))
    print(
      "mutation agreement: \(documents.count) well-formed mutants, \(accepted) accepted by both, "
        + "\(documents.count - accepted - identityOnly.count) rejected by both, \(identityOnly.count) tool-only identity errors")
    XCTAssertGreaterThan(documents.count, 700)
  }

  private func readDocument(_ bytes: [UInt8], name: String) -> Result<XMLDocument, DiagnosticError> {
    Result { () throws(DiagnosticError) -> XMLDocument in
      let document = try XMLDocument.parse(bytes, path: name)
      _ = try InterfaceXML.read(document, path: name)
      return document
    }
  }

  func testRandomBytesNeverTrap() {
    var rng = SplitMix64(seed: PropertyCheck().seed)
    let examples = (GoldenFiles.examples + GoldenFiles.extraValid).compactMap { try? GoldenFiles.bytes($0) }
    var checked = 0
    for _ in 0..<2_000 {
      guard var bytes = examples.isEmpty ? nil : examples[Int(rng.next() % UInt64(examples.count))] else { break }
      for _ in 0..<(1 + Int(rng.next() % 4)) where !bytes.isEmpty {
        let index = Int(rng.next() % UInt64(bytes.count))
        switch rng.next() % 3 {
        case 0: bytes[index] = UInt8(truncatingIfNeeded: rng.next())
        case 1: bytes.removeSubrange(index..<min(bytes.count, index + Int(rng.next() % 8)))
        default: bytes.insert(contentsOf: Array("<\"'&/>=".utf8).shuffled(using: &rng).prefix(2), at: index)
        }
      }
      if let result = try? InterfaceXML.read(bytes, path: "fuzz.xml") {
        XCTAssertNoThrow(try InterfaceXML.document(result.interfaces))
      }
      checked += 1
    }
    XCTAssertEqual(checked, 2_000)
  }
}
