import InterfaceModel
import XMLSyntax

/// Puts interface values into existing interface XML, changing only what
/// differs: an attribute whose value means the same is left as written
/// (`AA:BB:..` stays upper case when the MAC is unchanged), and comments,
/// whitespace, element order, `<link>` and extension elements and
/// attributes stay where they are. Interfaces and addresses in lists are
/// matched by key (name, address), not by position; the result follows the
/// view's order, each item moving with what it keeps.
///
/// The values must have passed ``InterfaceXMLWriteCheck``.
enum InterfaceXMLEditor {
  static func put(_ interfaces: [Interface], into document: XMLDocument) -> XMLDocument {
    var result = document
    let root = document.root
    if root.name == "interfaces" {
      var editor = XMLChildEditor(root, indent: "")
      putList(
        interfaces, into: &editor, where: { $0.name == "interface" }, rank: Vocabulary.interfaceListRank,
        key: { $0.name }, sourceKey: { $0.value(of: "name") },
        put: { interface, element, indent in put(interface, into: element, nested: false, indent: indent) },
        create: { InterfaceXMLBuilder.element($0, nested: false) })
      result.root = editor.element
    } else if interfaces.count == 1, let only = interfaces.first {
      result.root = put(only, into: root, nested: false, indent: "")
    } else {
      // One interface becomes several: wrap them, keeping the old one's layout.
      var kept = false
      let children = interfaces.map { interface -> XMLNode in
        if !kept, interface.name == root.value(of: "name") {
          kept = true
          return .element(put(interface, into: root, nested: false, indent: "").indented(by: "  "))
        }
        return .element(InterfaceXMLBuilder.element(interface, nested: false))
      }
      result.root = XMLElement(name: "interfaces", children: children)
    }
    return result
  }

  // MARK: Interfaces

  static func put(_ interface: Interface, into element: XMLElement, nested: Bool, indent: String) -> XMLElement {
    var element = element
    set(&element, "type", interface.type.rawValue)
    set(&element, "name", interface.name)
    var editor = XMLChildEditor(element, indent: indent)
    let rank = Vocabulary.interfaceChildRank
    if !nested {
      putSingle(
        interface.startMode, into: &editor, where: { $0.name == "start" }, rank: rank,
        put: { mode, element, _ in
          var element = element
          set(&element, "mode", mode.rawValue)
          return element
        },
        create: InterfaceXMLBuilder.start)
    }
    putSingle(
      interface.mac, into: &editor, where: { $0.name == "mac" }, rank: rank,
      put: { mac, element, _ in
        var element = element
        set(&element, "address", mac) { MACSyntax.normalized($0) == mac }
        return element
      },
      create: InterfaceXMLBuilder.mac)
    if !nested {
      putSingle(
        interface.mtu, into: &editor, where: { $0.name == "mtu" }, rank: rank,
        put: { size, element, _ in
          var element = element
          set(&element, "size", size)
          return element
        },
        create: InterfaceXMLBuilder.mtu)
      putSingle(
        interface.ipv4, into: &editor, where: { isProtocol($0, "ipv4") }, rank: rank, put: putIPv4,
        create: InterfaceXMLBuilder.protocolElement)
      putSingle(
        interface.ipv6, into: &editor, where: { isProtocol($0, "ipv6") }, rank: rank, put: putIPv6,
        create: InterfaceXMLBuilder.protocolElement)
    }
    var bridge: Bridge?
    var bond: Bond?
    var vlan: VLAN?
    switch interface.kind {
    case .ethernet: break
    case .bridge(let value): bridge = value
    case .bond(let value): bond = value
    case .vlan(let value): vlan = value
    }
    putSingle(
      bridge, into: &editor, where: { $0.name == "bridge" }, rank: rank, put: putBridge,
      create: InterfaceXMLBuilder.bridgeElement)
    putSingle(
      bond, into: &editor, where: { $0.name == "bond" }, rank: rank, put: putBond,
      create: InterfaceXMLBuilder.bondElement)
    putSingle(
      vlan, into: &editor, where: { $0.name == "vlan" }, rank: rank, put: putVLAN,
      create: InterfaceXMLBuilder.vlanElement)
    return editor.element
  }

  private static func isProtocol(_ element: XMLElement, _ family: String) -> Bool {
    element.name == "protocol" && element.value(of: "family") == family
  }

  // MARK: Addressing

  static func putIPv4(_ ipv4: IPv4Protocol, into element: XMLElement, indent: String) -> XMLElement {
    var editor = XMLChildEditor(element, indent: indent)
    let rank = Vocabulary.protocolChildRank
    putSingle(
      ipv4.dhcp, into: &editor, where: { $0.name == "dhcp" }, rank: rank,
      put: { dhcp, element, _ in
        var element = element
        set(&element, "peerdns", dhcp.peerDNS.map { $0 ? "yes" : "no" })
        return element
      },
      create: { InterfaceXMLBuilder.dhcpElement(peerDNS: $0.peerDNS) })
    putAddresses(ipv4.addresses, into: &editor)
    putGateway(ipv4.gateway, into: &editor)
    return editor.element
  }

  static func putIPv6(_ ipv6: IPv6Protocol, into element: XMLElement, indent: String) -> XMLElement {
    var editor = XMLChildEditor(element, indent: indent)
    let rank = Vocabulary.protocolChildRank
    putSingle(
      ipv6.autoconf ? true : nil, into: &editor, where: { $0.name == "autoconf" }, rank: rank,
      put: { _, element, _ in element }, create: { _ in InterfaceXMLBuilder.autoconf() })
    putSingle(
      ipv6.dhcp ? true : nil, into: &editor, where: { $0.name == "dhcp" }, rank: rank,
      put: { _, element, _ in element }, create: { _ in InterfaceXMLBuilder.dhcpElement(peerDNS: nil) })
    putAddresses(ipv6.addresses, into: &editor)
    putGateway(ipv6.gateway, into: &editor)
    return editor.element
  }

  private static func putAddresses(_ addresses: [IPAddress], into editor: inout XMLChildEditor) {
    putList(
      addresses, into: &editor, where: { $0.name == "ip" }, rank: Vocabulary.protocolChildRank,
      key: { $0.address }, sourceKey: { $0.value(of: "address") },
      put: { address, element, _ in
        var element = element
        set(&element, "address", address.address)
        set(&element, "prefix", address.prefix)
        return element
      },
      create: InterfaceXMLBuilder.ip)
  }

  private static func putGateway(_ gateway: String?, into editor: inout XMLChildEditor) {
    putSingle(
      gateway, into: &editor, where: { $0.name == "route" }, rank: Vocabulary.protocolChildRank,
      put: { gateway, element, _ in
        var element = element
        set(&element, "gateway", gateway)
        return element
      },
      create: InterfaceXMLBuilder.route)
  }

  // MARK: Bodies

  static func putBridge(_ bridge: Bridge, into element: XMLElement, indent: String) -> XMLElement {
    var element = element
    set(&element, "stp", bridge.stp.map { $0 ? "on" : "off" })
    set(&element, "delay", bridge.delay)
    var editor = XMLChildEditor(element, indent: indent)
    putInterfaces(bridge.ports, into: &editor, rank: Vocabulary.interfaceListRank)
    return editor.element
  }

  static func putBond(_ bond: Bond, into element: XMLElement, indent: String) -> XMLElement {
    var element = element
    set(&element, "mode", bond.mode?.rawValue)
    var editor = XMLChildEditor(element, indent: indent)
    let monitorName: String? =
      switch bond.monitor {
      case .mii: "miimon"
      case .arp: "arpmon"
      case nil: nil
      }
    // A monitor of the other kind is replaced, not edited.
    for index in editor.indices(where: { ($0.name == "miimon" || $0.name == "arpmon") && $0.name != monitorName })
      .reversed()
    {
      editor.remove(at: index)
    }
    putSingle(
      bond.monitor, into: &editor, where: { $0.name == monitorName }, rank: Vocabulary.bondChildRank,
      put: { monitor, element, _ in putMonitor(monitor, into: element) },
      create: InterfaceXMLBuilder.monitorElement)
    putInterfaces(bond.slaves, into: &editor, rank: Vocabulary.bondChildRank)
    return editor.element
  }

  private static func putMonitor(_ monitor: BondMonitor, into element: XMLElement) -> XMLElement {
    var element = element
    switch monitor {
    case .mii(let mii):
      set(&element, "freq", mii.frequency)
      set(&element, "downdelay", mii.downdelay)
      set(&element, "updelay", mii.updelay)
      set(&element, "carrier", mii.carrier?.rawValue)
    case .arp(let arp):
      set(&element, "interval", arp.interval)
      set(&element, "target", arp.target)
      set(&element, "validate", arp.validate?.rawValue)
    }
    return element
  }

  static func putVLAN(_ vlan: VLAN, into element: XMLElement, indent: String) -> XMLElement {
    var element = element
    set(&element, "tag", vlan.tag)
    var editor = XMLChildEditor(element, indent: indent)
    putSingle(
      vlan.parent, into: &editor, where: { $0.name == "interface" }, rank: Vocabulary.interfaceListRank,
      put: { parent, element, _ in
        var element = element
        set(&element, "name", parent)
        return element
      },
      create: { XMLElement(name: "interface", attributes: [XMLAttribute(name: "name", value: $0)]) })
    return editor.element
  }

  private static func putInterfaces(
    _ interfaces: [Interface], into editor: inout XMLChildEditor, rank: @escaping XMLChildEditor.Rank
  ) {
    putList(
      interfaces, into: &editor, where: { $0.name == "interface" }, rank: rank, key: { $0.name },
      sourceKey: { $0.value(of: "name") },
      put: { interface, element, indent in put(interface, into: element, nested: true, indent: indent) },
      create: { InterfaceXMLBuilder.element($0, nested: true) })
  }

  // MARK: Children

  /// Puts an optional value into the (at most one) child matching `predicate`:
  /// edits it, removes it, or creates it at its place in the written order.
  private static func putSingle<Value>(
    _ value: Value?, into editor: inout XMLChildEditor, where predicate: (XMLElement) -> Bool,
    rank: XMLChildEditor.Rank,
    put: (Value, XMLElement, String) -> XMLElement, create: (Value) -> XMLElement
  ) {
    let existing = editor.indices(where: predicate)
    if let value {
      if let index = existing.first, let element = editor.child(at: index) {
        editor.replace(at: index, with: put(value, element, editor.indentation(ofChildAt: index)))
        for extra in existing.dropFirst().reversed() { editor.remove(at: extra) }
      } else {
        editor.insert(create(value), rank: rank)
      }
    } else {
      for index in existing.reversed() { editor.remove(at: index) }
    }
  }

  /// Puts a list into the children matching `predicate`, matching items by
  /// key: the k-th matching child (its slot) receives the k-th item, put
  /// into the child it was matched with (wherever that was) or created.
  /// Extra slots are removed; extra items go after the last slot.
  private static func putList<Item, Key: Hashable>(
    _ items: [Item], into editor: inout XMLChildEditor, where predicate: (XMLElement) -> Bool,
    rank: XMLChildEditor.Rank, key: (Item) -> Key, sourceKey: (XMLElement) -> Key?,
    put: (Item, XMLElement, String) -> XMLElement, create: (Item) -> XMLElement
  ) {
    let slots = editor.indices(where: predicate)
    var unmatched: [Key: [Int]] = [:]
    for (position, index) in slots.enumerated() {
      if let element = editor.child(at: index), let itemKey = sourceKey(element) {
        unmatched[itemKey, default: []].append(position)
      }
    }
    var newChildren: [XMLElement] = []
    for item in items {
      let itemKey = key(item)
      if let position = unmatched[itemKey]?.first, let element = editor.child(at: slots[position]) {
        unmatched[itemKey]?.removeFirst()
        newChildren.append(put(item, element, editor.indentation(ofChildAt: slots[position])))
      } else {
        newChildren.append(create(item))
      }
    }
    for (slot, child) in zip(slots, newChildren) { editor.replace(at: slot, with: child) }
    if slots.count > newChildren.count {
      for slot in slots[newChildren.count...].reversed() { editor.remove(at: slot) }
    } else if newChildren.count > slots.count {
      var last = slots.last
      for child in newChildren[slots.count...] {
        last = if let previous = last { editor.insert(child, after: previous) } else { editor.insert(child, rank: rank) }
      }
    }
  }

  // MARK: Attributes

  /// Sets or removes an attribute, leaving it as written when `same` says
  /// the written value already means `value`.
  private static func set(
    _ element: inout XMLElement, _ name: String, _ value: String?, same: ((String) -> Bool)? = nil
  ) {
    guard let value else {
      element.removeAttribute(name)
      return
    }
    if let old = element.value(of: name), same?(old) ?? (old == value) { return }
    element.setAttribute(name, value)
  }

  /// Sets or removes a decimal attribute, leaving it as written when it
  /// already holds the same number.
  private static func set(_ element: inout XMLElement, _ name: String, _ value: Int?) {
    set(&element, name, value.map(String.init)) { old in
      if let value, case .value(let number) = XMLValueSyntax.decimal(old) { return number == value }
      return false
    }
  }
}
