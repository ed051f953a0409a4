import Foundation
import XCTest

/// Hostile ifcfg files under a root, read by `from-native` and edited by
/// `to-native`: nothing in them is ever run, every construct is reported
/// against its file and line, and a rejected run changes nothing.
final class HostileIfcfgTests: XCTestCase {
  private let config = TemporaryFolder.redHatConfig
  private let marker = "/tmp/PWNED-" + UUID().uuidString

  override func tearDown() {
    unlink(marker)
    super.tearDown()
  }

  /// The file every case starts from; the hostile line goes on line 3 (and
  /// is the only assignment of its key).
  private func ifcfg(line3: String, newline: String = "\n") -> [UInt8] {
    var lines = ["DEVICE=eth0", "ONBOOT=yes", line3, "BOOTPROTO=none"]
    if !line3.hasPrefix("IPADDR=") { lines.append("IPADDR=10.0.0.1") }
    if !line3.hasPrefix("NETMASK=") { lines.append("PREFIX=24") }
    return Array((lines + [""]).joined(separator: newline).utf8)
  }

  /// An edit of eth0 for to-native.
  private let edit = """
    <interface type='ethernet' name='eth0'>
      <start mode='onboot'/>
      <protocol family='ipv4'>
        <ip address='10.0.0.2' prefix='24'/>
      </protocol>
    </interface>

    """

  /// Lines whose values bash would run or expand: each would create `marker`.
  private var payloads: [(line: String, modelled: Bool)] {
    [
      ("IPADDR=$(touch \(marker))", true),
      ("IPADDR=`touch \(marker)`", true),
      ("NETMASK=${X:-$(touch \(marker))}", true),
      ("GATEWAY=\"$(touch \(marker))\"", true),
      ("ETHTOOL_OPTS=$(touch \(marker))", false),
      ("ZONE=`touch \(marker)`", false),
      ("USERCTL=${X:-`touch \(marker)`}", false),
      ("X=(a $(touch \(marker)))", false),
      ("X=a touch \(marker)", false),
      ("touch \(marker)", false),
      (". \(marker).sh", false),
    ]
  }

  /// The payloads are live: bash sourcing the file would create the marker.
  func testBashWouldRunThePayloads() throws {
    let folder = try TemporaryFolder()
    try folder.write("\(marker.dropFirst(5)).sh", "touch \(marker)\n")
    for payload in payloads {
      unlink(marker)
      let script = payload.line.replacingOccurrences(of: ". \(marker).sh", with: ". \(folder.path)/\(marker.dropFirst(5)).sh")
      try folder.write("ifcfg-eth0", ifcfg(line3: script))
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/bash")
      process.arguments = ["-c", ". \"$1\" 2>/dev/null", "bash", folder.path + "/ifcfg-eth0"]
      try process.run()
      process.waitUntilExit()
      XCTAssertTrue(FileManager.default.fileExists(atPath: marker), "bash did not run: \(payload.line)")
    }
    unlink(marker)
  }

  func testExpansionsAndCommandsAreNeverRunAndAlwaysReported() throws {
    for payload in payloads {
      let root = try TemporaryFolder()
      try root.write(config + "/ifcfg-eth0", ifcfg(line3: payload.line))
      let path = root.path + "/" + config + "/ifcfg-eth0"
      let before = Snapshot(of: root.path)

      let read = runCommand(["from-native", "--root", root.path])
      let reported = errorLines(read.error) + diagnosticLines(read.error, severity: "warning")
      XCTAssertTrue(reported.contains { $0.path == path && $0.line == 3 }, "\(payload.line): \(read.error)")
      if payload.modelled {
        assertRejected(read, path: path, line: 3)
      } else {
        XCTAssertNotEqual(read.status, 2, payload.line)
      }

      let documents = try TemporaryFolder()
      try documents.write("eth0.xml", edit)
      let write = runCommand(["to-native", "--root", root.path, "eth0.xml"], currentDirectory: documents.path)
      if payload.modelled {
        assertRejected(write, path: path, line: 3)
        XCTAssertEqual(Snapshot(of: root.path), before, payload.line)
      } else if write.status == 0 {
        // Edited: the hostile line is kept byte for byte, never rewritten into something else.
        let after = String(decoding: root.read(config + "/ifcfg-eth0") ?? [], as: UTF8.self)
        XCTAssertTrue(after.contains(payload.line + "\n"), "\(payload.line): \(after)")
        XCTAssertTrue(after.contains("IPADDR=10.0.0.2\n"), after)
      } else {
        assertRejected(write, path: path, line: 3)
        XCTAssertEqual(Snapshot(of: root.path), before, payload.line)
      }
      XCTAssertFalse(FileManager.default.fileExists(atPath: marker), "ran: \(payload.line)")
    }
  }

  /// Lines that break the shell syntax of a modelled key: rejected at their line.
  func testBrokenModelledLinesAreRejectedAtTheirLine() throws {
    let cases = [
      "IPADDR=\"10.0.0.1",
      "IPADDR='10.0.0.1",
      "IPADDR=10.0.0.1 10.0.0.2",
      "IPADDR=$'10.0.0.1",
      "IPADDR=10.0.0.1\u{0}",
    ]
    for line in cases {
      let root = try TemporaryFolder()
      try root.write(config + "/ifcfg-eth0", ifcfg(line3: line))
      let path = root.path + "/" + config + "/ifcfg-eth0"
      let before = Snapshot(of: root.path)
      assertRejected(runCommand(["from-native", "--root", root.path]), path: path, line: 3)
      let documents = try TemporaryFolder()
      try documents.write("eth0.xml", edit)
      assertRejected(
        runCommand(["to-native", "--root", root.path, "eth0.xml"], currentDirectory: documents.path), path: path,
        line: 3)
      XCTAssertEqual(Snapshot(of: root.path), before, line)
    }
  }

  /// CRLF line ends are read (with a warning at file:line) and kept when editing.
  func testCRLFFileIsReportedAndKeptCRLF() throws {
    let root = try TemporaryFolder()
    try root.write(config + "/ifcfg-eth0", ifcfg(line3: "NAME=eth0", newline: "\r\n"))
    let path = root.path + "/" + config + "/ifcfg-eth0"
    let read = runCommand(["from-native", "--root", root.path, "eth0"])
    XCTAssertEqual(read.status, 0, read.error)
    XCTAssertTrue(diagnosticLines(read.error, severity: "warning").contains { $0.path == path }, read.error)
    XCTAssertTrue(read.output.contains("10.0.0.1"), read.output)
    let documents = try TemporaryFolder()
    try documents.write("eth0.xml", edit)
    let write = runCommand(["to-native", "--root", root.path, "eth0.xml"], currentDirectory: documents.path)
    XCTAssertEqual(write.status, 0, write.error)
    let after = root.read(config + "/ifcfg-eth0") ?? []
    XCTAssertTrue(String(decoding: after, as: UTF8.self).contains("IPADDR=10.0.0.2\r\n"))
    XCTAssertFalse(String(decoding: after, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "").contains("\n"))
  }

  /// A 1 MB line and binary garbage: bounded time, reported at file:line, nothing written.
  func testHugeLineAndBinaryGarbage() throws {
    var random = SystemRandomNumberGenerator()
    let garbage = (0..<65536).map { _ in UInt8.random(in: 0...255, using: &random) }
    let cases: [(String, [UInt8], Int?)] = [
      ("1 MB modelled value", ifcfg(line3: "IPADDR=" + String(repeating: "1", count: 1 << 20)), 3),
      ("1 MB unquoted words", ifcfg(line3: "IPADDR=" + String(repeating: "a ", count: 1 << 19)), 3),
      ("1 MB open quote", ifcfg(line3: "IPADDR=\"" + String(repeating: "x", count: 1 << 20)), 3),
      ("garbage", Array("DEVICE=eth0\n".utf8) + [0] + garbage, nil),
    ]
    for (name, bytes, line) in cases {
      let root = try TemporaryFolder()
      try root.write(config + "/ifcfg-eth0", bytes)
      let path = root.path + "/" + config + "/ifcfg-eth0"
      let before = Snapshot(of: root.path)
      let read = runCommand(["from-native", "--root", root.path])
      assertRejected(read, path: path, line: line, seconds: 60)
      let documents = try TemporaryFolder()
      try documents.write("eth0.xml", edit)
      let write = runCommand(["to-native", "--root", root.path, "eth0.xml"], currentDirectory: documents.path)
      assertRejected(write, path: path, line: line, seconds: 60)
      XCTAssertEqual(Snapshot(of: root.path), before, name)
    }
  }
}
