import Foundation
import XCTest

/// Runs the built `netcf-compile` program.
final class BinaryTests: XCTestCase {
  private func binary() throws -> URL {
    let bundle = Bundle(for: BinaryTests.self).bundleURL
    let candidates = [
      bundle.deletingLastPathComponent().appendingPathComponent("netcf-compile"),
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug/netcf-compile"),
    ]
    guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
      throw XCTSkip("netcf-compile is not built next to the tests")
    }
    return found
  }

  private func launch(_ arguments: [String], input: String = "") throws -> (status: Int32, output: String, error: String) {
    let process = Process()
    process.executableURL = try binary()
    process.arguments = arguments
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let error = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: error, as: UTF8.self))
  }

  func testVersionHelpAndUsageErrors() throws {
    let version = try launch(["--version"])
    XCTAssertEqual(version.status, 0)
    XCTAssertTrue(version.output.hasPrefix("netcf-compile "))
    XCTAssertEqual(try launch(["to-native", "--help"]).status, 0)
    let unknown = try launch(["from-native", "--bogus"])
    XCTAssertEqual(unknown.status, 2)
    XCTAssertEqual(unknown.error, "netcf-compile: error: unknown option '--bogus' for from-native (see 'netcf-compile from-native --help')\n")
    XCTAssertEqual(try launch([]).status, 2)
  }

  func testRemoveWithTheRedHatDialect() throws {
    let root = try TemporaryRoot()
    try root.writeConfig("ifcfg-eth0", "DEVICE=eth0\nONBOOT=yes\nBOOTPROTO=dhcp\n")
    let missing = try launch(["remove", "--root", root.path, "eth7"])
    XCTAssertEqual(missing.status, 1)
    XCTAssertTrue(missing.error.contains("no top-level interface named 'eth7'"), missing.error)
    let diff = try launch(["remove", "--root", root.path, "--diff", "eth0"])
    XCTAssertEqual(diff.status, 0, diff.error)
    XCTAssertTrue(diff.output.hasPrefix("--- a/etc/sysconfig/network-scripts/ifcfg-eth0\n+++ /dev/null\n"), diff.output)
    XCTAssertNotNil(root.readConfig("ifcfg-eth0"))
    XCTAssertEqual(try launch(["remove", "--root", root.path, "eth0"]).status, 0)
    XCTAssertNil(root.readConfig("ifcfg-eth0"))
  }
}
