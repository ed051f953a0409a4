import Diagnostics
import InterfaceModel
import InterfaceXML
import XCTest
import XMLSyntax

/// The writer's one canonical form, and the diagnostics readers see.
final class WriterTests: XCTestCase {
  /// netcf's examples are written in the writer's order and indentation:
  /// writing what they mean gives them back byte for byte, except where they
  /// hold comments or odd spacing.
  func testWritingNetcfExamplesGivesThemBack() throws {
    let notCanonical: Set<String> = [
      "netcf-bridge.xml", "netcf-bridge-no-address.xml", "netcf-ethernet-dhcp.xml", "netcf-vlan.xml",  // comments
      "netcf-bridge-vlan.xml",  // `<interface  name="eth0"/>`
    ]
    var identical = 0
    for file in GoldenFiles.examples where file.lastPathComponent.hasPrefix("netcf-") {
      let bytes = try GoldenFiles.bytes(file)
      let written = try InterfaceXML.document(InterfaceXML.parse(bytes, path: file.lastPathComponent))
      if notCanonical.contains(file.lastPathComponent) { continue }
      XCTAssertEqual(String(decoding: written, as: UTF8.self), String(decoding: bytes, as: UTF8.self), file.lastPathComponent)
      identical += 1
    }
    XCTAssertEqual(identical, 16)
  }

  func testCanonicalOrderWhateverTheInputOrder() throws {
    let source = """
      <interface name="eth0" type="ethernet">
        <protocol family="ipv6"><dhcp/><autoconf/></protocol>
        <protocol family="ipv4"><route gateway="10.0.0.1"/><ip prefix="8" address="10.0.0.2"/><dhcp peerdns="yes"/></protocol>
        <mtu size="1500"/>
        <mac address="AA:BB:CC:DD:EE:FF"/>
        <start mode="onboot"/>
      </interface>
      """
    let written = try InterfaceXML.document(InterfaceXML.parse(Array(source.utf8), path: "x"))
    SchemaValidator.assertAccepted(written)
    XCTAssertEqual(
      String(decoding: written, as: UTF8.self),
      """
      <interface type="ethernet" name="eth0">
        <start mode="onboot"/>
        <mac address="aa:bb:cc:dd:ee:ff"/>
        <mtu size="1500"/>
        <protocol family="ipv4">
          <dhcp peerdns="yes"/>
          <ip address="10.0.0.2" prefix="8"/>
          <route gateway="10.0.0.1"/>
        </protocol>
        <protocol family="ipv6">
          <autoconf/>
          <dhcp/>
        </protocol>
      </interface>

      """)
  }

  func testSeveralInterfacesGetAWrapper() throws {
    let eth0 = Interface(name: "eth0", kind: .ethernet, startMode: .onboot)
    let vlan = Interface(name: "eth0.7", kind: .vlan(VLAN(tag: 7, parent: "eth0")), startMode: StartMode.none)
    XCTAssertEqual(
      String(decoding: try InterfaceXML.document([eth0, vlan]), as: UTF8.self),
      """
      <interfaces>
        <interface type="ethernet" name="eth0">
          <start mode="onboot"/>
        </interface>
        <interface type="vlan" name="eth0.7">
          <start mode="none"/>
          <vlan tag="7">
            <interface name="eth0"/>
          </vlan>
        </interface>
      </interfaces>

      """)
    XCTAssertEqual(String(decoding: try InterfaceXML.document([], wrapper: false), as: UTF8.self), "<interfaces/>\n")
    SchemaValidator.assertAccepted(try InterfaceXML.document([eth0, vlan]))
    SchemaValidator.assertAccepted(try InterfaceXML.document([]))
    let wrapped = try InterfaceXML.document([eth0], wrapper: true)
    XCTAssertTrue(String(decoding: wrapped, as: UTF8.self).hasPrefix("<interfaces>\n  <interface"))
    XCTAssertEqual(try InterfaceXML.parse(wrapped, path: "x"), [eth0])
  }

  func testPortabilityNotes() {
    let interfaces = [Interface(name: "eth0", kind: .ethernet), Interface(name: "eth1", kind: .ethernet, startMode: .onboot)]
    XCTAssertEqual(
      InterfaceXMLWriteCheck.portabilityNotes(interfaces),
      [#"eth0: no start mode; netcf's grammar requires <start mode="onboot|none|hotplug"/>"#])
  }

  func testEveryErrorIsReportedInDocumentOrderWithACaret() throws {
    let source = """
      <interface type="bond" name="bond0">
        <mtu size="20"/>
        <bond mode="active-backup">
          <miimon freq="100"/>
        </bond>
        <vlan tag="5000"/>
        <x-extra/>
      </interface>
      """
    XCTAssertThrowsError(try InterfaceXML.read(Array(source.utf8), path: "bond0.xml")) { error in
      let diagnostics = (error as? DiagnosticError)?.diagnostics ?? []
      let renderer = DiagnosticRenderer(sources: [SourceFile(path: "bond0.xml", text: source)])
      XCTAssertEqual(
        diagnostics.map(renderer.header),
        [
          "bond0.xml:2:14: error: mtu 20 is out of range 68...65535",
          "bond0.xml:3:3: error: a bond needs at least one slave interface",
          "bond0.xml:6:3: error: <vlan> is not allowed in a bond interface",
          "bond0.xml:7:3: warning: unknown element <x-extra> in <interface> is kept but not interpreted",
        ])
      XCTAssertEqual(
        diagnostics.first.map(renderer.render),
        """
        bond0.xml:2:14: error: mtu 20 is out of range 68...65535
            <mtu size="20"/>
                       ^
        """)
      XCTAssertEqual(diagnostics.map(\.code), ["mtu-out-of-range", "bond-without-slaves", "misplaced-element", "unknown-element"])
    }
  }

  func testWarningsForExtensions() throws {
    let source = #"<interface type="ethernet" name="eth0" x-a="1"><start mode="none" x-b="2"/><x-c/></interface>"#
    let result = try InterfaceXML.read(Array(source.utf8), path: "w.xml")
    XCTAssertEqual(
      result.warnings.map(\.message),
      [
        "unknown attribute 'x-a' on <interface> is kept but not interpreted",
        "unknown attribute 'x-b' on <start> is kept but not interpreted",
        "unknown element <x-c> in <interface> is kept but not interpreted",
      ])
    XCTAssertEqual(result.interfaces, [Interface(name: "eth0", kind: .ethernet, startMode: StartMode.none)])
  }

  func testXMLSyntaxErrorsComeFromTheXMLReader() {
    XCTAssertThrowsError(try InterfaceXML.read(Array("<interface type='ethernet' name='e'>".utf8), path: "t.xml")) { error in
      XCTAssertEqual((error as? DiagnosticError)?.diagnostics.first?.code.hasPrefix("xml-"), true)
    }
  }
}
