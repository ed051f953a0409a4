import Foundation
import NetcfCompile
import NetcfCompileCLI
import PropertyTesting
import XCTest

/// No argument list and no input makes the command crash, hang, or answer
/// outside its three exit statuses.
final class RobustnessTests: XCTestCase {
  private static let tokens = [
    "from-native", "to-native", "remove", "lint", "--help", "--version", "--dialect", "redhat", "suse", "auto",
    "--root", "ROOT", "--out", "OUT", "--diff", "--format", "json", "--max-file-size", "--max-files", "0", "10",
    "-", "--", "eth0", "br0", "eth1", "../x", "", "--root=", "--diff=1", "-x", "ifcfg-eth0", "a b",
  ]

  func testRandomCommandLinesGiveAKnownStatus() throws {
    let root = try TemporaryRoot()
    let out = try TemporaryRoot()
    try root.writeConfig("ifcfg-eth0", "DEVICE=eth0\nBRIDGE=br0\n")
    try root.writeConfig("ifcfg-br0", "DEVICE=br0\nTYPE=Bridge\n")
    let arguments = Gen<[String]>.array(of: .element(of: Self.tokens), length: 0...7)
    XCTAssertProperty(arguments, count: 400) { words in
      let resolved = words.map { $0 == "ROOT" ? root.path : $0 == "OUT" ? out.path : $0 }
      let result = runCommand(resolved, input: "interface eth0 ethernet\n")
      guard [0, 1, 2].contains(result.status) else { return "status \(result.status)" }
      if result.status != 0 && !result.output.isEmpty { return "output on failure: \(result.output)" }
      if result.status == 2 && !words.isEmpty && !result.error.hasPrefix("netcf-compile: error: ") {
        return "usage error without a one-line message: \(result.error)"
      }
      return nil
    }
  }

  func testArbitraryBytesAsInterfaceXML() throws {
    let root = try TemporaryRoot()
    let fragments = ["<interface", " type=\"ethernet\"", " name=\"eth0\"", ">", "</interface>", "<interfaces>",
      "</interfaces>", "<mtu size=\"1500\"/>", "<!--", "-->", "&amp;", "&#0;", "\u{0}", "\u{FF}", "<?xml version=\"1.0\"?>",
      "<!DOCTYPE x [<!ENTITY a \"b\">]>", "\"", "'", "=", "\n"]
    let documents = Gen<[String]>.array(of: .element(of: fragments), length: 0...14)
    XCTAssertProperty(documents, count: 300) { parts in
      var io = BufferedIO(input: Array(parts.joined().utf8))
      let status = NetcfCompileCLI.run(arguments: ["to-native", "--root", root.path, "--diff"], io: &io, environment: .standard)
      guard status == 0 || status == 1 else { return "status \(status): \(io.errorText)" }
      if status == 1 && !io.errorText.hasPrefix("<stdin>:") { return "error not located: \(io.errorText)" }
      return nil
    }
  }
}
