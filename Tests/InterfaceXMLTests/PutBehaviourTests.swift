import Diagnostics
import InterfaceModel
import InterfaceXML
import XCTest
import XMLSyntax

/// What `put` keeps and what it changes, on exact documents.
final class PutBehaviourTests: XCTestCase {
  private func put(_ source: String, _ edit: (inout [Interface]) -> Void) throws -> String {
    let document = try XMLDocument.parse(Array(source.utf8), path: "in.xml")
    var view = try InterfaceXML.lens.get(document)
    edit(&view)
    let result = try InterfaceXML.put(view, into: document)
    XCTAssertEqual(try InterfaceXML.lens.get(result), view)
    let bytes = XMLWriter.write(result, declaration: false)
    SchemaValidator.assertAccepted(bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  private func modify(_ view: inout [Interface], _ change: (inout Interface) -> Void) {
    guard !view.isEmpty else { return XCTFail("no interface") }
    change(&view[0])
  }

  func testChangingTheMTUKeepsCommentsOrderAndExtensions() throws {
    let source = """
      <interface name='eth0' type='ethernet'>
        <!-- the uplink -->
        <protocol family='ipv4'>
          <dhcp/>  <!-- from the router -->
        </protocol>
        <mtu size='1500'/>
        <link state='up' speed='1000'/>
        <x-vendor opt="1"><y/></x-vendor>
        <start mode='onboot' x-note="kept"/>
      </interface>
      """
    let result = try put(source) { view in modify(&view) { $0.mtu = 9000 } }
    // XMLWriter writes every attribute value in double quotes.
    let expected = source.replacingOccurrences(of: "1500", with: "9000").replacingOccurrences(of: "'", with: "\"")
    XCTAssertEqual(result, expected + "\n")
  }

  func testAnUnchangedUpperCaseMACStaysAsWritten() throws {
    let source = """
      <interface type="ethernet" name="eth0">
        <mac address="AA:BB:CC:DD:EE:FF"/>
      </interface>
      """
    XCTAssertEqual(try put(source) { _ in }, source + "\n")
    let changed = try put(source) { view in modify(&view) { $0.mac = "aa:bb:cc:dd:ee:00" } }
    XCTAssertEqual(changed, source.replacingOccurrences(of: "AA:BB:CC:DD:EE:FF", with: "aa:bb:cc:dd:ee:00") + "\n")
  }

  func testNewElementsGoToTheirPlaceWithTheSiblingsIndentation() throws {
    let source = """
      <interface type="ethernet" name="eth1">
          <start mode="onboot"/>
          <protocol family="ipv4">
              <ip address="192.168.0.5" prefix="24"/>
          </protocol>
      </interface>
      """
    let result = try put(source) { view in
      modify(&view) {
        $0.mtu = 1400
        $0.ipv4?.gateway = "192.168.0.1"
        $0.ipv4?.dhcp = DHCPv4()
      }
    }
    XCTAssertEqual(
      result,
      """
      <interface type="ethernet" name="eth1">
          <start mode="onboot"/>
          <mtu size="1400"/>
          <protocol family="ipv4">
              <dhcp/>
              <ip address="192.168.0.5" prefix="24"/>
              <route gateway="192.168.0.1"/>
          </protocol>
      </interface>

      """)
  }

  func testRemovingAnElementTakesItsLineWithIt() throws {
    let source = """
      <interface type="ethernet" name="eth1">
        <start mode="onboot"/>
        <mtu size="1500"/>
        <protocol family="ipv4">
          <ip address="192.168.0.5" prefix="24"/>
          <route gateway="192.168.0.1"/>
        </protocol>
      </interface>
      """
    let result = try put(source) { view in
      modify(&view) {
        $0.mtu = nil
        $0.ipv4?.gateway = nil
      }
    }
    XCTAssertEqual(
      result,
      """
      <interface type="ethernet" name="eth1">
        <start mode="onboot"/>
        <protocol family="ipv4">
          <ip address="192.168.0.5" prefix="24"/>
        </protocol>
      </interface>

      """)
  }

  func testPortsAreMatchedByNameAndKeepWhatTheyCarry() throws {
    let source = """
      <interface type='bridge' name='br0'>
        <bridge stp='off'>
          <interface type='ethernet' name='eth0'>
            <link speed='1000' state='up'/>
            <mac address='ab:bb:cc:dd:ee:ff'/>
          </interface>
          <!-- second port -->
          <interface type='ethernet' name='eth1'>
          </interface>
        </bridge>
      </interface>
      """
    let result = try put(source) { view in
      modify(&view) { interface in
        guard case .bridge(var bridge) = interface.kind else { return XCTFail("not a bridge") }
        bridge.ports.reverse()
        bridge.ports.append(Interface(name: "eth2", kind: .ethernet))
        interface.kind = .bridge(bridge)
      }
    }
    XCTAssertEqual(
      result,
      """
      <interface type='bridge' name='br0'>
        <bridge stp='off'>
          <interface type='ethernet' name='eth1'>
          </interface>
          <!-- second port -->
          <interface type='ethernet' name='eth0'>
            <link speed='1000' state='up'/>
            <mac address='ab:bb:cc:dd:ee:ff'/>
          </interface>
          <interface type="ethernet" name="eth2"/>
        </bridge>
      </interface>

      """.replacingOccurrences(of: "'", with: "\""))
  }

  func testAddingPortsToAnEmptyBridge() throws {
    let source = """
      <interface type="bridge" name="br0">
        <start mode="onboot"/>
        <bridge stp="off"/>
      </interface>
      """
    let result = try put(source) { view in
      modify(&view) {
        $0.kind = .bridge(
          Bridge(
            stp: false,
            ports: [Interface(name: "bond0", kind: .bond(Bond(slaves: [Interface(name: "eth0", kind: .ethernet)])))]))
      }
    }
    XCTAssertEqual(
      result,
      """
      <interface type="bridge" name="br0">
        <start mode="onboot"/>
        <bridge stp="off">
          <interface type="bond" name="bond0">
            <bond>
              <interface type="ethernet" name="eth0"/>
            </bond>
          </interface>
        </bridge>
      </interface>

      """)
  }

  func testOneInterfaceBecomesAWrapperKeepingItsLayout() throws {
    let source = """
      <!-- managed by hand -->
      <interface type="ethernet" name="eth0">
        <start mode="onboot"/> <!-- always -->
      </interface>
      """
    let result = try put(source) { view in view.append(Interface(name: "eth1", kind: .ethernet)) }
    XCTAssertEqual(
      result,
      """
      <!-- managed by hand -->
      <interfaces>
        <interface type="ethernet" name="eth0">
          <start mode="onboot"/> <!-- always -->
        </interface>
        <interface type="ethernet" name="eth1"/>
      </interfaces>

      """)
  }

  func testInterfacesInAWrapperAreMatchedByName() throws {
    let source = """
      <interfaces>
        <interface type="ethernet" name="eth0"><mtu size="1500"/></interface>
        <!-- between -->
        <interface type="ethernet" name="eth1"><mtu size="9000"/></interface>
      </interfaces>
      """
    let result = try put(source) { view in
      view.removeFirst()
      view.append(Interface(name: "eth2", kind: .ethernet, startMode: .hotplug))
    }
    XCTAssertEqual(
      result,
      """
      <interfaces>
        <interface type="ethernet" name="eth1"><mtu size="9000"/></interface>
        <!-- between -->
        <interface type="ethernet" name="eth2">
          <start mode="hotplug"/>
        </interface>
      </interfaces>

      """)
  }

  func testChangingTheTypeReplacesTheBody() throws {
    let source = """
      <interface type="ethernet" name="eth0">
        <mac address="aa:bb:cc:dd:ee:ff"/>
        <protocol family="ipv6"><autoconf/></protocol>
      </interface>
      """
    let result = try put(source) { view in
      modify(&view) {
        $0.kind = .vlan(VLAN(tag: 42, parent: "eth1"))
        $0.mac = nil
      }
    }
    XCTAssertEqual(
      result,
      """
      <interface type="vlan" name="eth0">
        <protocol family="ipv6"><autoconf/></protocol>
        <vlan tag="42">
          <interface name="eth1"/>
        </vlan>
      </interface>

      """)
  }

  func testAViewThatCannotBeWrittenIsRefused() throws {
    let document = try XMLDocument.parse(Array(#"<interface type="ethernet" name="eth0"/>"#.utf8), path: "x")
    let bridgeWithMAC = Interface(name: "br0", kind: .bridge(Bridge()), mac: "aa:bb:cc:dd:ee:ff")
    XCTAssertThrowsError(try InterfaceXML.put([bridgeWithMAC], into: document)) { error in
      XCTAssertEqual(
        describe(error),
        ["br0: a bridge interface cannot have a MAC address in interface XML; only ethernet interfaces have one"])
    }
    let badVLAN = Interface(name: "v", kind: .vlan(VLAN(tag: 5000, parent: "eth0")))
    XCTAssertThrowsError(try InterfaceXML.document([badVLAN])) { error in
      XCTAssertEqual(describe(error), ["v: vlan tag 5000 is out of range 0...4095"])
    }
    let portWithMTU = Interface(
      name: "br0", kind: .bridge(Bridge(ports: [Interface(name: "eth0", kind: .ethernet, mtu: 1500)])))
    XCTAssertThrowsError(try InterfaceXML.document([portWithMTU])) { error in
      XCTAssertEqual(describe(error), ["br0/eth0: a bridge port or bond slave cannot have its own mtu in interface XML"])
    }
  }

  private func describe(_ error: Error) -> [String] {
    (error as? DiagnosticError)?.diagnostics.map(\.message) ?? ["\(error)"]
  }
}
