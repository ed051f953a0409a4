import InterfaceModel
import InterfaceTesting
import InterfaceXML
import PropertyTesting
import XCTest
import XMLSyntax

/// `InterfaceXML.document` writes bytes straight from the IR: they must be
/// the bytes of the element tree `create` builds, written by `XMLWriter`.
final class ByteWriterTests: XCTestCase {
  private func treeBytes(_ interfaces: [Interface], wrapper: Bool) throws -> [UInt8] {
    XMLWriter.write(try InterfaceXML.create(interfaces, wrapper: wrapper), declaration: false)
  }

  func testDocumentsMatchTheWrittenElementTree() {
    XCTAssertProperty(InterfaceGenerators.interfaces, count: 300) { interfaces in
      do {
        for wrapper in [false, true] {
          let direct = try InterfaceXML.document(interfaces, wrapper: wrapper)
          let tree = try treeBytes(interfaces, wrapper: wrapper)
          if direct != tree {
            return "wrapper \(wrapper): wrote\n\(String(decoding: direct, as: UTF8.self))\nexpected\n"
              + String(decoding: tree, as: UTF8.self)
          }
        }
        return nil
      } catch {
        return "\(error)"
      }
    }
  }

  func testSingleInterfacesMatchTheWrittenElementTree() {
    XCTAssertProperty(InterfaceGenerators.interface, count: 300) { interface in
      do {
        let direct = try InterfaceXML.document([interface])
        let tree = try treeBytes([interface], wrapper: false)
        return direct == tree ? nil : "wrote\n\(String(decoding: direct, as: UTF8.self))"
      } catch {
        return "\(error)"
      }
    }
  }

  func testNoInterfacesGiveAnEmptyWrapper() throws {
    XCTAssertEqual(String(decoding: try InterfaceXML.document([]), as: UTF8.self), "<interfaces/>\n")
    XCTAssertEqual(try InterfaceXML.document([]), try treeBytes([], wrapper: false))
  }

  /// The pieces a caller joins (possibly written on several threads) give the document.
  func testWrapperDocumentsCanBeWrittenInPieces() {
    XCTAssertProperty(InterfaceGenerators.interfaces, count: 200) { interfaces in
      guard !interfaces.isEmpty else { return nil }
      do {
        let expected = try InterfaceXML.document(interfaces, wrapper: true)
        let middle = interfaces.count / 2
        var first: [UInt8] = []
        var second: [UInt8] = []
        for interface in interfaces[..<middle] { InterfaceXML.appendWrapperMember(interface, into: &first) }
        for interface in interfaces[middle...] { InterfaceXML.appendWrapperMember(interface, into: &second) }
        let joined = Array("<interfaces>".utf8) + first + second + Array("\n</interfaces>\n".utf8)
        return joined == expected ? nil : "joined pieces differ:\n\(String(decoding: joined, as: UTF8.self))"
      } catch {
        return "\(error)"
      }
    }
  }

  func testAppendElementWritesTheRootElementWithoutNewlines() throws {
    let bridge = Interface(
      name: "br0", kind: .bridge(Bridge(stp: false, ports: [Interface(name: "eth0", kind: .ethernet, mac: "aa:bb:cc:dd:ee:ff")])),
      startMode: .onboot)
    var output = Array("prefix".utf8)
    InterfaceXML.appendElement(bridge, into: &output)
    let document = try InterfaceXML.document([bridge])
    XCTAssertEqual(output, Array("prefix".utf8) + document.dropLast())
    XCTAssertEqual(
      String(decoding: document, as: UTF8.self),
      """
      <interface type="bridge" name="br0">
        <start mode="onboot"/>
        <bridge stp="off">
          <interface type="ethernet" name="eth0">
            <mac address="aa:bb:cc:dd:ee:ff"/>
          </interface>
        </bridge>
      </interface>

      """)
  }

  func testAppendElementIndentsForItsLevel() throws {
    let vlan = Interface(name: "vlan42", kind: .vlan(VLAN(tag: 42, parent: "eth0")))
    var output: [UInt8] = []
    InterfaceXML.appendElement(vlan, level: 2, into: &output)
    XCTAssertEqual(
      String(decoding: output, as: UTF8.self),
      """
      <interface type="vlan" name="vlan42">
            <vlan tag="42">
              <interface name="eth0"/>
            </vlan>
          </interface>
      """)
  }

  /// Values are escaped as XMLWriter escapes attribute values, so even
  /// unchecked values give well-formed XML that reads back the same.
  func testUncheckedValuesAreEscaped() throws {
    let odd = Interface(
      name: "a&b<\"c\t\n\r>'", kind: .ethernet, mtu: -12,
      ipv4: IPv4Protocol(addresses: [IPAddress("1&2", prefix: Int.min)], gateway: "<gw>"))
    var output: [UInt8] = []
    InterfaceXML.appendElement(odd, into: &output)
    let text = String(decoding: output, as: UTF8.self)
    XCTAssertTrue(text.hasPrefix(#"<interface type="ethernet" name="a&amp;b&lt;&quot;c&#9;&#10;&#13;>'">"#), text)
    XCTAssertTrue(text.contains(#"<mtu size="-12"/>"#), text)
    XCTAssertTrue(text.contains(#"<ip address="1&amp;2" prefix="\#(Int.min)"/>"#), text)
    XCTAssertTrue(text.contains(#"<route gateway="&lt;gw>"/>"#), text)
    let root = try XMLDocument.parse(output, path: "odd.xml").root
    XCTAssertEqual(root.attributes.last?.value, odd.name)
  }
}
