import Foundation
import XCTest

/// The documented limits refuse with a clear message, and the flags raise
/// them where a user could need more.
final class LimitTests: XCTestCase {
  private let config = TemporaryFolder.redHatConfig

  func testMaxFileSizeRefusesAndCanBeRaised() throws {
    let root = try TemporaryFolder()
    let padding = "# " + String(repeating: "x", count: 2_000) + "\n"
    try root.write(config + "/ifcfg-eth0", "DEVICE=eth0\nONBOOT=yes\nBOOTPROTO=dhcp\n" + padding)
    let path = root.path + "/" + config + "/ifcfg-eth0"
    assertRejected(runCommand(["from-native", "--root", root.path, "--max-file-size", "1000"]), path: path, message: "limit")
    let raised = runCommand(["from-native", "--root", root.path, "--max-file-size", "3000"])
    XCTAssertEqual(raised.status, 0, raised.error)
  }

  func testMaxFilesRefusesAndCanBeRaised() throws {
    let root = try TemporaryFolder()
    for index in 0..<20 { try root.write(config + "/ifcfg-eth\(index)", "DEVICE=eth\(index)\nONBOOT=no\n") }
    let refused = runCommand(["from-native", "--root", root.path, "--max-files", "10"])
    assertRejected(refused, path: root.path + "/" + config)
    let raised = runCommand(["from-native", "--root", root.path, "--max-files", "20"])
    XCTAssertEqual(raised.status, 0, raised.error)
  }

  /// The XML input limit (64 MiB) follows --max-file-size: a document the
  /// file limit admits is not refused for its size by the XML front end.
  func testXMLInputLimitFollowsMaxFileSize() throws {
    let root = try TemporaryFolder()
    let documents = try TemporaryFolder()
    var document = Array("<interface type='ethernet' name='eth1'><start mode='none'/><!-- ".utf8)
    document += [UInt8](repeating: UInt8(ascii: "x"), count: 65 << 20)
    document += Array(" --></interface>\n".utf8)
    try documents.write("big.xml", document)
    let refused = runCommand(["to-native", "--root", root.path, "big.xml"], currentDirectory: documents.path)
    assertRejected(refused, path: "big.xml", message: "limit")
    let raised = runCommand(
      ["to-native", "--root", root.path, "--max-file-size", "\(80 << 20)", "big.xml"], currentDirectory: documents.path)
    XCTAssertEqual(raised.status, 0, raised.error)
    XCTAssertNotNil(root.read(config + "/ifcfg-eth1"))
  }

  /// Depth, attribute count and attribute size stay fixed: interface XML
  /// needs a handful of levels and attributes.
  func testFixedXMLLimitsNameTheLimit() throws {
    let root = try TemporaryFolder()
    let documents = try TemporaryFolder()
    let attributes = (0..<300).map { " a\($0)='x'" }.joined()
    try documents.write("wide.xml", "<interface type='ethernet' name='eth1'\(attributes)/>\n")
    assertRejected(
      runCommand(["to-native", "--root", root.path, "wide.xml"], currentDirectory: documents.path), path: "wide.xml",
      line: 1, message: "maxAttributes")
    XCTAssertEqual(Snapshot(of: root.path).entries.count, 1)
  }
}
