import Foundation
import NetcfCompile
import XCTest

/// The README's "Using it from another Swift package" example, as a test.
final class LibraryUsageTests: XCTestCase {
  func testReadmeExample() throws {
    let source = try TemporaryRoot()
    try source.writeConfig("ifcfg-br0", "# bridge\nDEVICE=br0\nTYPE=Bridge\nONBOOT=yes\nBOOTPROTO=dhcp\n")
    let target = try TemporaryRoot()

    let compiler = NetcfCompiler(dialect: RedHatDialect())
    let reading = try compiler.fromNative(root: source.path, names: ["br0"])
    let changes = try compiler.toNative(reading.interfaces, root: target.path)
    XCTAssertTrue(String(decoding: changes.unifiedDiff, as: UTF8.self).contains("+++ b/etc/sysconfig/network-scripts/ifcfg-br0"))
    try compiler.apply(changes)

    XCTAssertEqual(try compiler.fromNative(root: target.path).interfaces, reading.interfaces)
  }
}
