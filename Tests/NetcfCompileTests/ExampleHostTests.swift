import Foundation
import NetcfCompile
import NetcfCompileCLI
import Oracles
import XCTest

/// The example host the README's first command reads: its native files in
/// both dialects and the interface XML they mean (Golden/example-host).
final class ExampleHostTests: XCTestCase {
  private let exampleRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Golden/example-host")

  private func run(_ arguments: [String]) -> (status: Int32, output: String, error: String) {
    var io = BufferedIO(input: [])
    let status = NetcfCompileCLI.run(arguments: arguments, io: &io, environment: .standard)
    return (status, io.outputText, io.errorText)
  }

  private func expectedInterfaces() throws -> [Interface] {
    let folder = exampleRoot.appendingPathComponent("xml")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xml") }.sorted()
    XCTAssertFalse(names.isEmpty)
    return try names.flatMap { name in
      try InterfaceXMLParsing.interfaces(String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self))
    }
  }

  func testFromNativeReadsTheExampleHostAsItsXML() throws {
    for dialect in BuiltInDialects.all.map(\.name) {
      let result = run(["from-native", "--dialect", dialect, "--root", exampleRoot.path])
      XCTAssertEqual(result.status, 0, "\(dialect): \(result.error)")
      SchemaValidator.assertAccepted(Array(result.output.utf8))
      let read = try InterfaceXMLParsing.interfaces(result.output)
      var expected = try expectedInterfaces()
      if dialect == "suse" {
        // SUSE files cannot say `dhcp peerdns`: DNS is netconfig's global policy there.
        for index in expected.indices where expected[index].ipv4?.dhcp != nil {
          expected[index].ipv4?.dhcp?.peerDNS = nil
        }
      }
      XCTAssertEqual(read.canonical, expected.canonical, dialect)
    }
  }

  func testPuttingTheXMLBackChangesNothing() throws {
    for dialect in BuiltInDialects.all.map(\.name) {
      let result = run(["to-native", "--dialect", dialect, "--root", exampleRoot.path, "--diff", exampleRoot.appendingPathComponent("xml").path])
      XCTAssertEqual(result.status, 0, "\(dialect): \(result.error)")
      XCTAssertEqual(result.output, "", dialect)
    }
  }
}
