import InterfaceModel
import XMLSyntax

/// Builds interface XML elements from the IR in the one order the writer
/// uses (netcf's): `<start>`, `<mac>`, `<mtu>`, `<protocol family="ipv4">`,
/// `<protocol family="ipv6">`, then `<bridge>`, `<bond>` or `<vlan>`.
/// Attributes come in the order netcf's examples write them (`type` before
/// `name`). The elements are built in code, so ``XMLWriter`` indents them
/// two spaces per level.
///
/// The values must have passed ``InterfaceXMLWriteCheck``; this type only
/// arranges them.
enum InterfaceXMLBuilder {
  static func document(_ interfaces: [Interface], wrapper: Bool) -> XMLDocument {
    if interfaces.count == 1, !wrapper, let only = interfaces.first {
      return XMLDocument(root: element(only, nested: false))
    }
    return XMLDocument(
      root: XMLElement(name: "interfaces", children: interfaces.map { .element(element($0, nested: false)) }))
  }

  /// One `<interface>`; a nested one (a port or slave) gets no start mode,
  /// mtu or addressing.
  static func element(_ interface: Interface, nested: Bool) -> XMLElement {
    var element = XMLElement(
      name: "interface",
      attributes: [XMLAttribute(name: "type", value: interface.type.rawValue), XMLAttribute(name: "name", value: interface.name)])
    var children: [XMLElement] = []
    if !nested, let startMode = interface.startMode { children.append(start(startMode)) }
    if let mac = interface.mac { children.append(self.mac(mac)) }
    if !nested, let mtu = interface.mtu { children.append(self.mtu(mtu)) }
    if !nested, let ipv4 = interface.ipv4 { children.append(protocolElement(ipv4)) }
    if !nested, let ipv6 = interface.ipv6 { children.append(protocolElement(ipv6)) }
    if let body = body(interface.kind) { children.append(body) }
    element.children = children.map(XMLNode.element)
    return element
  }

  static func body(_ kind: InterfaceKind) -> XMLElement? {
    switch kind {
    case .ethernet: nil
    case .bridge(let bridge): bridgeElement(bridge)
    case .bond(let bond): bondElement(bond)
    case .vlan(let vlan): vlanElement(vlan)
    }
  }

  // MARK: Settings

  static func start(_ mode: StartMode) -> XMLElement {
    XMLElement(name: "start", attributes: [XMLAttribute(name: "mode", value: mode.rawValue)])
  }

  static func mac(_ address: String) -> XMLElement {
    XMLElement(name: "mac", attributes: [XMLAttribute(name: "address", value: address)])
  }

  static func mtu(_ size: Int) -> XMLElement {
    XMLElement(name: "mtu", attributes: [XMLAttribute(name: "size", value: String(size))])
  }

  // MARK: Addressing

  static func protocolElement(_ ipv4: IPv4Protocol) -> XMLElement {
    var children: [XMLElement] = []
    if let dhcp = ipv4.dhcp { children.append(dhcpElement(peerDNS: dhcp.peerDNS)) }
    children += ipv4.addresses.map(ip)
    if let gateway = ipv4.gateway { children.append(route(gateway)) }
    return XMLElement(
      name: "protocol", attributes: [XMLAttribute(name: "family", value: "ipv4")], children: children.map(XMLNode.element))
  }

  static func protocolElement(_ ipv6: IPv6Protocol) -> XMLElement {
    var children: [XMLElement] = []
    if ipv6.autoconf { children.append(autoconf()) }
    if ipv6.dhcp { children.append(dhcpElement(peerDNS: nil)) }
    children += ipv6.addresses.map(ip)
    if let gateway = ipv6.gateway { children.append(route(gateway)) }
    return XMLElement(
      name: "protocol", attributes: [XMLAttribute(name: "family", value: "ipv6")], children: children.map(XMLNode.element))
  }

  static func autoconf() -> XMLElement { XMLElement(name: "autoconf") }

  static func dhcpElement(peerDNS: Bool?) -> XMLElement {
    var element = XMLElement(name: "dhcp")
    if let peerDNS { element.attributes.append(XMLAttribute(name: "peerdns", value: peerDNS ? "yes" : "no")) }
    return element
  }

  static func ip(_ address: IPAddress) -> XMLElement {
    var element = XMLElement(name: "ip", attributes: [XMLAttribute(name: "address", value: address.address)])
    if let prefix = address.prefix { element.attributes.append(XMLAttribute(name: "prefix", value: String(prefix))) }
    return element
  }

  static func route(_ gateway: String) -> XMLElement {
    XMLElement(name: "route", attributes: [XMLAttribute(name: "gateway", value: gateway)])
  }

  // MARK: Bodies

  static func bridgeElement(_ bridge: Bridge) -> XMLElement {
    var element = XMLElement(name: "bridge")
    if let stp = bridge.stp { element.attributes.append(XMLAttribute(name: "stp", value: stp ? "on" : "off")) }
    if let delay = bridge.delay { element.attributes.append(XMLAttribute(name: "delay", value: delay)) }
    element.children = bridge.ports.map { .element(self.element($0, nested: true)) }
    return element
  }

  static func bondElement(_ bond: Bond) -> XMLElement {
    var element = XMLElement(name: "bond")
    if let mode = bond.mode { element.attributes.append(XMLAttribute(name: "mode", value: mode.rawValue)) }
    var children: [XMLElement] = []
    if let monitor = bond.monitor { children.append(monitorElement(monitor)) }
    children += bond.slaves.map { self.element($0, nested: true) }
    element.children = children.map(XMLNode.element)
    return element
  }

  static func monitorElement(_ monitor: BondMonitor) -> XMLElement {
    switch monitor {
    case .mii(let mii):
      var element = XMLElement(name: "miimon")
      let attributes: [(String, String?)] = [
        ("freq", mii.frequency.map(String.init)), ("downdelay", mii.downdelay.map(String.init)),
        ("updelay", mii.updelay.map(String.init)), ("carrier", mii.carrier?.rawValue),
      ]
      for (name, value) in attributes { if let value { element.attributes.append(XMLAttribute(name: name, value: value)) } }
      return element
    case .arp(let arp):
      var element = XMLElement(name: "arpmon")
      let attributes: [(String, String?)] = [
        ("interval", arp.interval.map(String.init)), ("target", arp.target), ("validate", arp.validate?.rawValue),
      ]
      for (name, value) in attributes { if let value { element.attributes.append(XMLAttribute(name: name, value: value)) } }
      return element
    }
  }

  static func vlanElement(_ vlan: VLAN) -> XMLElement {
    XMLElement(
      name: "vlan", attributes: [XMLAttribute(name: "tag", value: String(vlan.tag))],
      children: [.element(XMLElement(name: "interface", attributes: [XMLAttribute(name: "name", value: vlan.parent)]))])
  }
}
