import Foundation
import XCTest

/// Hostile interface XML given to `to-native`: each is rejected with exit 1
/// and a `path:line:col: error:` message, in bounded time and memory, and
/// nothing under the root changes.
final class HostileXMLTests: XCTestCase {
  private let valid = """
    <interface type='ethernet' name='eth1'>
      <start mode='onboot'/>
      <protocol family='ipv4'>
        <ip address='192.168.0.5' prefix='24'/>
      </protocol>
    </interface>

    """

  /// A root holding one existing file, the document in a folder of its own.
  @discardableResult
  private func toNative(
    _ document: [UInt8], extra: [String] = [], path: String? = nil, line: Int? = nil, message: String? = nil,
    file: StaticString = #filePath, callerLine: UInt = #line
  ) throws -> CommandResult {
    let root = try TemporaryFolder()
    try root.write(TemporaryFolder.redHatConfig + "/ifcfg-eth0", "DEVICE=eth0\nONBOOT=yes\nBOOTPROTO=dhcp\n")
    let documents = try TemporaryFolder()
    try documents.write("in.xml", document)
    let before = Snapshot(of: root.path)
    let result = runCommand(
      ["to-native", "--root", root.path] + extra + ["in.xml"], currentDirectory: documents.path)
    assertRejected(result, path: path ?? "in.xml", line: line, message: message, file: file, callerLine: callerLine)
    XCTAssertEqual(Snapshot(of: root.path), before, "the root changed", file: file, line: callerLine)
    return result
  }

  func testTheValidDocumentIsAccepted() throws {
    // The cases below differ from this document only in what makes them hostile.
    let root = try TemporaryFolder()
    let documents = try TemporaryFolder()
    try documents.write("in.xml", valid)
    let result = runCommand(["to-native", "--root", root.path, "in.xml"], currentDirectory: documents.path)
    XCTAssertEqual(result.status, 0, result.error)
    XCTAssertNotNil(root.read(TemporaryFolder.redHatConfig + "/ifcfg-eth1"))
  }

  func testBillionLaughs() throws {
    var document = "<?xml version='1.0'?>\n<!DOCTYPE interface [\n  <!ENTITY lol \"lol\">\n"
    for level in 1...9 {
      let previous = level == 1 ? "lol" : "lol\(level - 1)"
      document += "  <!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
    }
    document += "]>\n<interface type='ethernet' name='eth1'>&lol9;</interface>\n"
    try toNative(Array(document.utf8), line: 2, seconds: 30)
  }

  func testExternalEntityIsNeverRead() throws {
    let document = """
      <?xml version="1.0"?>
      <!DOCTYPE interface [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
      <interface type='ethernet' name='eth1'><mac address='&xxe;'/></interface>

      """
    let result = try toNative(Array(document.utf8), line: 2)
    XCTAssertFalse(result.error.contains("root:"), result.error)
    XCTAssertFalse(result.output.contains("root:"), result.output)
  }

  func testExternalEntityInAnUndeclaredReference() throws {
    let document = "<interface type='ethernet' name='&xxe;'/>\n"
    try toNative(Array(document.utf8), line: 1)
  }

  func testTwoHundredThousandNestedElements() throws {
    let depth = 200_000
    var document = Array("<interface type='ethernet' name='eth1'>".utf8)
    document.reserveCapacity(depth * 7 + 64)
    for _ in 0..<depth { document += Array("<a>".utf8) }
    for _ in 0..<depth { document += Array("</a>".utf8) }
    document += Array("</interface>\n".utf8)
    try toNative(document, line: 1, message: "nested deeper than")
  }

  func testFiftyMegabyteAttribute() throws {
    var document = Array("<interface type='ethernet' name='".utf8)
    document += [UInt8](repeating: UInt8(ascii: "a"), count: 50 << 20)
    document += Array("'/>\n".utf8)
    // Refused by the file size limit first...
    _ = try toNative(document, message: "larger than the limit")
    // ...and, with that limit raised, by the XML attribute limit.
    try toNative(document, extra: ["--max-file-size", "\(64 << 20)"], line: 1, message: "attribute value")
  }

  func testInvalidUTF8() throws {
    for bad: [UInt8] in [[0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82]] {
      let document = Array("<interface type='ethernet' name='eth".utf8) + bad + Array("'/>\n".utf8)
      try toNative(document, line: 1)
    }
  }

  func testNULBytes() throws {
    var document = Array(valid.utf8)
    document.insert(0, at: 20)
    try toNative(document, line: 1)
    try toNative(Array(valid.utf8) + [0])
  }

  func testTruncatedDocuments() throws {
    let bytes = Array(valid.utf8)
    for length in [0, 1, 10, 39, 60, 100, bytes.count - 14, bytes.count - 2] where length < bytes.count {
      try toNative(Array(bytes.prefix(length)))
    }
  }

  func testNonXMLBytes() throws {
    try toNative(Array("DEVICE=eth0\nONBOOT=yes\n".utf8), line: 1)
    var random = SystemRandomNumberGenerator()
    let garbage = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) }
    try toNative([0x7F, 0x45, 0x4C, 0x46] + garbage)
    try toNative(Array("{\"interface\": \"eth0\"}\n".utf8), line: 1)
  }

  func testUnknownRootElementOrInterfaceType() throws {
    try toNative(Array("<network><name>default</name></network>\n".utf8), line: 1)
    try toNative(Array("<interface type='wifi' name='wlan0'/>\n".utf8), line: 1, message: "wifi")
    try toNative(Array("<interfaces><interface type='tun' name='tun0'/></interfaces>\n".utf8), line: 1)
  }

  func testInterfaceNamesThatAreNotFileNames() throws {
    let marker = "netcf-escape-" + UUID().uuidString
    let names = ["../../../tmp/\(marker)", "a/b", "..", ".", "", "eth0/../../x", "sixteen-bytes-xx", String(repeating: "x", count: 300)]
    for name in names {
      let document = valid.replacingOccurrences(of: "name='eth1'", with: "name='\(name)'")
      try toNative(Array(document.utf8), line: 1)
      XCTAssertFalse(FileManager.default.fileExists(atPath: "/tmp/" + marker), name)
    }
  }
}

extension HostileXMLTests {
  @discardableResult
  fileprivate func toNative(
    _ document: [UInt8], line: Int, seconds: Double, file: StaticString = #filePath, callerLine: UInt = #line
  ) throws -> CommandResult {
    let result = try toNative(document, line: line, file: file, callerLine: callerLine)
    XCTAssertLessThan(result.seconds, seconds, file: file, line: callerLine)
    return result
  }
}
