import Foundation
import XCTest

/// A root whose configuration folder, or one of its files, is a symbolic
/// link out of the root: refused, and nothing outside is ever written.
final class SymbolicLinkTests: XCTestCase {
  private let config = TemporaryFolder.redHatConfig
  private let edit = """
    <interface type='ethernet' name='eth0'>
      <start mode='onboot'/>
      <protocol family='ipv4'><dhcp/></protocol>
    </interface>

    """

  private func toNative(root: TemporaryFolder) throws -> CommandResult {
    let documents = try TemporaryFolder()
    try documents.write("eth0.xml", edit)
    return runCommand(["to-native", "--root", root.path, "eth0.xml"], currentDirectory: documents.path)
  }

  func testConfigurationFolderLinkedOutOfTheRoot() throws {
    let outside = try TemporaryFolder()
    try outside.write("ifcfg-eth0", "DEVICE=eth0\nONBOOT=no\nBOOTPROTO=none\n")
    let root = try TemporaryFolder()
    try FileManager.default.createDirectory(atPath: root.path + "/etc/sysconfig", withIntermediateDirectories: true)
    XCTAssertEqual(symlink(outside.path, root.path + "/" + config), 0)
    let outsideBefore = Snapshot(of: outside.path)
    let rootBefore = Snapshot(of: root.path)
    assertRejected(try toNative(root: root), message: "symbolic link")
    assertRejected(runCommand(["from-native", "--root", root.path]), message: "symbolic link")
    XCTAssertEqual(Snapshot(of: outside.path), outsideBefore)
    XCTAssertEqual(Snapshot(of: root.path), rootBefore)
  }

  func testFolderAboveLinkedOutOfTheRoot() throws {
    let outside = try TemporaryFolder()
    try outside.write("sysconfig/network-scripts/ifcfg-eth0", "DEVICE=eth0\nONBOOT=no\nBOOTPROTO=none\n")
    let root = try TemporaryFolder()
    XCTAssertEqual(symlink(outside.path, root.path + "/etc"), 0)
    let outsideBefore = Snapshot(of: outside.path)
    assertRejected(try toNative(root: root), message: "symbolic link")
    XCTAssertEqual(Snapshot(of: outside.path), outsideBefore)
  }

  func testConfigurationFileLinkedOutOfTheRoot() throws {
    let outside = try TemporaryFolder()
    try outside.write("target", "DEVICE=eth0\nONBOOT=no\nBOOTPROTO=none\n")
    let root = try TemporaryFolder()
    try FileManager.default.createDirectory(atPath: root.path + "/" + config, withIntermediateDirectories: true)
    XCTAssertEqual(symlink(outside.path + "/target", root.path + "/" + config + "/ifcfg-eth0"), 0)
    let outsideBefore = Snapshot(of: outside.path)
    let rootBefore = Snapshot(of: root.path)
    assertRejected(try toNative(root: root), path: root.path + "/" + config + "/ifcfg-eth0", message: "symbolic link")
    assertRejected(runCommand(["from-native", "--root", root.path]), message: "symbolic link")
    assertRejected(runCommand(["remove", "--root", root.path, "eth0"]), message: "symbolic link")
    XCTAssertEqual(Snapshot(of: outside.path), outsideBefore)
    XCTAssertEqual(Snapshot(of: root.path), rootBefore)
  }

  /// A dangling link where a new file would go: never created through.
  func testDanglingLinkWhereANewFileGoes() throws {
    let outside = try TemporaryFolder()
    let root = try TemporaryFolder()
    try root.write(config + "/ifcfg-eth1", "DEVICE=eth1\nONBOOT=no\n")
    XCTAssertEqual(symlink(outside.path + "/created", root.path + "/" + config + "/ifcfg-eth0"), 0)
    let rootBefore = Snapshot(of: root.path)
    assertRejected(try toNative(root: root), message: "symbolic link")
    XCTAssertFalse(outside.exists("created"))
    XCTAssertEqual(Snapshot(of: root.path), rootBefore)
  }
}
