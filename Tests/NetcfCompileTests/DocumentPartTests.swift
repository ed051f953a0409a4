import InterfaceTesting
import NetcfCompile
import PropertyTesting
import XCTest

/// A document joined from parts written on their own is the document of all
/// their interfaces, however the interfaces are split.
final class DocumentPartTests: XCTestCase {
  private static let lists = Gen<([Interface], UInt64)>(
    generate: { rng in
      let count = Int(rng.next() % 7)
      let interfaces = (0..<count).flatMap { _ in InterfaceGenerators.interfaces.generate(&rng) }
      return (InterfaceGenerators.uniquelyNamed(interfaces), rng.next())
    })

  /// Splits `interfaces` into runs of random lengths (empty runs included).
  private static func split(_ interfaces: [Interface], seed: UInt64) -> [[Interface]] {
    var rng = SplitMix64(seed: seed)
    var parts: [[Interface]] = []
    var rest = interfaces[...]
    while !rest.isEmpty || parts.isEmpty {
      let length = Int(rng.next() % 4)
      parts.append(Array(rest.prefix(length)))
      rest = rest.dropFirst(length)
    }
    return parts
  }

  func testJoinedPartsAreTheWholeDocument() {
    let format = StandardInterfaceXML()
    XCTAssertProperty(Self.lists, count: 300) { input in
      let (interfaces, seed) = input
      for wrapper in [false, true] {
        do {
          let parts = try Self.split(interfaces, seed: seed).map { batch throws(DiagnosticError) in
            try format.part(for: batch)
          }
          let joined = try format.documentPieces(joining: parts, wrapper: wrapper).flatMap { $0 }
          let whole = try format.document(for: interfaces, wrapper: wrapper)
          if joined != whole {
            return "wrapper \(wrapper): joined\n\(String(decoding: joined, as: UTF8.self))\nwhole\n"
              + String(decoding: whole, as: UTF8.self)
          }
        } catch {
          return "threw \(error)"
        }
      }
      return nil
    }
  }

  func testPartsKeepOnlyALoneInterface() throws {
    let format = StandardInterfaceXML()
    let eth0 = Interface(name: "eth0", kind: .ethernet, startMode: .onboot)
    let eth1 = Interface(name: "eth1", kind: .ethernet, startMode: .onboot)
    XCTAssertEqual(try format.part(for: [eth0]).interfaces, [eth0])
    XCTAssertEqual(try format.part(for: [eth0, eth1]).interfaces, [])
    XCTAssertEqual(try format.part(for: [eth0, eth1]).count, 2)
  }
}
