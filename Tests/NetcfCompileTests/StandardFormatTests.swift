import Foundation
import NetcfCompile
import NetcfCompileCLI
import XCTest

/// The command with the built-in Red Hat dialect and interface XML.
final class StandardFormatTests: XCTestCase {
  private let bridge = """
    <interface type="bridge" name="br0">
      <start mode="onboot"/>
      <mtu size="1500"/>
      <protocol family="ipv4">
        <ip address="192.168.0.2" prefix="24"/>
        <route gateway="192.168.0.1"/>
      </protocol>
      <bridge stp="off" delay="0.01">
        <interface type="ethernet" name="eth0">
          <mac address="ab:bb:cc:dd:ee:ff"/>
        </interface>
        <interface type="ethernet" name="eth1"/>
      </bridge>
    </interface>

    """

  private func standard(_ arguments: [String], input: String = "") -> (status: Int32, output: String, error: String) {
    var io = BufferedIO(input: Array(input.utf8))
    let status = NetcfCompileCLI.run(arguments: arguments, io: &io, environment: .standard)
    return (status, io.outputText, io.errorText)
  }

  func testRoundTripThroughNativeFiles() throws {
    let root = try TemporaryRoot()
    try root.writeConfig("ifcfg-eth0", "# NIC on the left\nDEVICE=eth0\nNM_CONTROLLED=no\n")
    let written = standard(["to-native", "--root", root.path, "-"], input: bridge)
    XCTAssertEqual(written.status, 0, written.error)
    let eth0 = try XCTUnwrap(root.readConfig("ifcfg-eth0"))
    XCTAssertTrue(eth0.hasPrefix("# NIC on the left\nDEVICE=eth0\n"), eth0)
    XCTAssertTrue(eth0.hasSuffix("NM_CONTROLLED=no\n"), eth0)
    XCTAssertTrue(eth0.contains("BRIDGE=br0"), eth0)
    XCTAssertNotNil(root.readConfig("ifcfg-br0"))

    let read = standard(["from-native", "--root", root.path, "br0"])
    XCTAssertEqual(read.status, 0, read.error)
    XCTAssertTrue(read.output.hasPrefix("<interface type=\"bridge\" name=\"br0\">"), read.output)
    let original = try InterfaceXMLParsing.interfaces(bridge)
    let roundTripped = try InterfaceXMLParsing.interfaces(read.output)
    XCTAssertEqual(roundTripped.canonical, original.canonical)

    // Putting back what was read changes nothing.
    let again = standard(["to-native", "--root", root.path, "--diff"], input: read.output)
    XCTAssertEqual(again.status, 0, again.error)
    XCTAssertEqual(again.output, "")

    let all = standard(["from-native", "--root", root.path])
    XCTAssertTrue(all.output.hasPrefix("<interfaces>"), all.output)
  }

  func testBadXMLIsRejectedWithItsPosition() throws {
    let root = try TemporaryRoot()
    let result = standard(["to-native", "--root", root.path], input: "<interface type=\"ethernet\" name=\"eth0\">\n  <mtu size=\"9\"/>\n</interface>\n")
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.error.hasPrefix("<stdin>:2:"), result.error)
    let broken = standard(["to-native", "--root", root.path], input: "<interface")
    XCTAssertEqual(broken.status, 1)
    XCTAssertTrue(broken.error.hasPrefix("<stdin>:1:"), broken.error)
    XCTAssertEqual(root.configNames(), [])
  }
}

/// Reads interface XML through the built-in format.
enum InterfaceXMLParsing {
  static func interfaces(_ text: String) throws -> [Interface] {
    try StandardInterfaceXML().read(SourceFile(path: "<test>", text: text)).interfaces
  }
}
