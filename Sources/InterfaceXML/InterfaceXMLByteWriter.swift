import InterfaceModel

/// Writes the IR as interface XML bytes straight into one buffer: the bytes
/// ``XMLWriter`` gives for ``InterfaceXMLBuilder``'s elements (netcf's order,
/// `type` before `name`, two spaces per level, childless elements as
/// `<name .../>`), without building those elements first.
///
/// Attribute values are escaped as ``XMLWriter`` escapes them, so the output
/// is well-formed whatever the values; it is valid interface XML when the
/// values pass ``InterfaceXMLWriteCheck``.
enum InterfaceXMLByteWriter {
  /// A whole document: one `<interface>`, or an `<interfaces>` wrapper when
  /// there are several, none, or `wrapper` is set; a final newline.
  static func document(_ interfaces: [Interface], wrapper: Bool) -> [UInt8] {
    var output = ByteSink(capacity: estimatedSize(interfaces))
    if interfaces.count == 1, !wrapper, let only = interfaces.first {
      append(only, level: 0, nested: false, into: &output)
    } else if interfaces.isEmpty {
      output.append("<interfaces/>")
    } else {
      output.append("<interfaces>")
      for index in interfaces.indices { appendMember(interfaces[index], into: &output) }
      output.append("\n</interfaces>")
    }
    output.append(0x0A)
    return Array(output.bytes)
  }

  /// Appends `interface` at `level` to an array (see ``append(_:level:nested:into:)``).
  static func append(_ interface: Interface, level: Int, into output: inout [UInt8]) {
    var sink = ByteSink(capacity: estimatedSize([interface]))
    append(interface, level: level, nested: false, into: &sink)
    output.append(contentsOf: sink.bytes)
  }

  /// Appends what `interface` adds to an `<interfaces>` document to an array.
  static func appendMember(_ interface: Interface, into output: inout [UInt8]) {
    var sink = ByteSink(capacity: estimatedSize([interface]))
    appendMember(interface, into: &sink)
    output.append(contentsOf: sink.bytes)
  }

  /// What one interface adds to an `<interfaces>` document: a newline, two
  /// spaces and its element at level 1.
  static func appendMember(_ interface: Interface, into output: inout ByteSink) {
    newline(level: 1, into: &output)
    append(interface, level: 1, nested: false, into: &output)
  }

  /// Room for a typical document of `interfaces`, so that the buffer rarely grows.
  static func estimatedSize(_ interfaces: [Interface]) -> Int {
    var size = 32
    for interface in interfaces { size += 300 + 200 * interface.members.count }
    return size
  }

  // MARK: Interfaces

  /// One `<interface>` whose start tag begins at the current position, with
  /// its lines indented for `level`; a nested one (a port or slave) gets no
  /// start mode, mtu or addressing.
  static func append(_ interface: Interface, level: Int, nested: Bool, into output: inout ByteSink) {
    output.append("<interface type=\"")
    output.append(typeName(interface.type))
    output.append("\" name=\"")
    appendEscaped(interface.name, into: &output)
    output.append(UInt8(ascii: "\""))
    let inner = level + 1
    var open = false
    if !nested, let startMode = interface.startMode {
      child(&open, inner, &output)
      leaf("start", "mode", startMode.rawValue, into: &output)
    }
    if let mac = interface.mac {
      child(&open, inner, &output)
      leaf("mac", "address", mac, into: &output)
    }
    if !nested, let mtu = interface.mtu {
      child(&open, inner, &output)
      output.append("<mtu size=\"")
      appendDecimal(mtu, into: &output)
      output.append("\"/>")
    }
    if !nested, let ipv4 = interface.ipv4 {
      child(&open, inner, &output)
      append(ipv4, level: inner, into: &output)
    }
    if !nested, let ipv6 = interface.ipv6 {
      child(&open, inner, &output)
      append(ipv6, level: inner, into: &output)
    }
    switch interface.kind {
    case .ethernet:
      break
    case .bridge(let bridge):
      child(&open, inner, &output)
      append(bridge, level: inner, into: &output)
    case .bond(let bond):
      child(&open, inner, &output)
      append(bond, level: inner, into: &output)
    case .vlan(let vlan):
      child(&open, inner, &output)
      append(vlan, level: inner, into: &output)
    }
    close("interface", open: open, level: level, into: &output)
  }

  // MARK: Addressing

  static func append(_ ipv4: IPv4Protocol, level: Int, into output: inout ByteSink) {
    output.append("<protocol family=\"ipv4\"")
    let inner = level + 1
    var open = false
    if let dhcp = ipv4.dhcp {
      child(&open, inner, &output)
      appendDHCP(peerDNS: dhcp.peerDNS, into: &output)
    }
    for address in ipv4.addresses {
      child(&open, inner, &output)
      append(address, into: &output)
    }
    if let gateway = ipv4.gateway {
      child(&open, inner, &output)
      leaf("route", "gateway", gateway, into: &output)
    }
    close("protocol", open: open, level: level, into: &output)
  }

  static func append(_ ipv6: IPv6Protocol, level: Int, into output: inout ByteSink) {
    output.append("<protocol family=\"ipv6\"")
    let inner = level + 1
    var open = false
    if ipv6.autoconf {
      child(&open, inner, &output)
      output.append("<autoconf/>")
    }
    if ipv6.dhcp {
      child(&open, inner, &output)
      appendDHCP(peerDNS: nil, into: &output)
    }
    for address in ipv6.addresses {
      child(&open, inner, &output)
      append(address, into: &output)
    }
    if let gateway = ipv6.gateway {
      child(&open, inner, &output)
      leaf("route", "gateway", gateway, into: &output)
    }
    close("protocol", open: open, level: level, into: &output)
  }

  static func appendDHCP(peerDNS: Bool?, into output: inout ByteSink) {
    switch peerDNS {
    case .some(true): output.append("<dhcp peerdns=\"yes\"/>")
    case .some(false): output.append("<dhcp peerdns=\"no\"/>")
    case nil: output.append("<dhcp/>")
    }
  }

  static func append(_ address: IPAddress, into output: inout ByteSink) {
    output.append("<ip address=\"")
    appendEscaped(address.address, into: &output)
    output.append(UInt8(ascii: "\""))
    if let prefix = address.prefix {
      output.append(" prefix=\"")
      appendDecimal(prefix, into: &output)
      output.append(UInt8(ascii: "\""))
    }
    output.append("/>")
  }

  // MARK: Bodies

  static func append(_ bridge: Bridge, level: Int, into output: inout ByteSink) {
    output.append("<bridge")
    if let stp = bridge.stp { output.append(stp ? " stp=\"on\"" : " stp=\"off\"") }
    if let delay = bridge.delay { attribute("delay", delay, into: &output) }
    let inner = level + 1
    var open = false
    for index in bridge.ports.indices {
      child(&open, inner, &output)
      append(bridge.ports[index], level: inner, nested: true, into: &output)
    }
    close("bridge", open: open, level: level, into: &output)
  }

  static func append(_ bond: Bond, level: Int, into output: inout ByteSink) {
    output.append("<bond")
    if let mode = bond.mode { attribute("mode", mode.rawValue, into: &output) }
    let inner = level + 1
    var open = false
    if let monitor = bond.monitor {
      child(&open, inner, &output)
      append(monitor, into: &output)
    }
    for index in bond.slaves.indices {
      child(&open, inner, &output)
      append(bond.slaves[index], level: inner, nested: true, into: &output)
    }
    close("bond", open: open, level: level, into: &output)
  }

  static func append(_ monitor: BondMonitor, into output: inout ByteSink) {
    switch monitor {
    case .mii(let mii):
      output.append("<miimon")
      if let frequency = mii.frequency { decimalAttribute("freq", frequency, into: &output) }
      if let downdelay = mii.downdelay { decimalAttribute("downdelay", downdelay, into: &output) }
      if let updelay = mii.updelay { decimalAttribute("updelay", updelay, into: &output) }
      if let carrier = mii.carrier { attribute("carrier", carrier.rawValue, into: &output) }
    case .arp(let arp):
      output.append("<arpmon")
      if let interval = arp.interval { decimalAttribute("interval", interval, into: &output) }
      if let target = arp.target { attribute("target", target, into: &output) }
      if let validate = arp.validate { attribute("validate", validate.rawValue, into: &output) }
    }
    output.append("/>")
  }

  static func append(_ vlan: VLAN, level: Int, into output: inout ByteSink) {
    output.append("<vlan tag=\"")
    appendDecimal(vlan.tag, into: &output)
    output.append("\">")
    newline(level: level + 1, into: &output)
    leaf("interface", "name", vlan.parent, into: &output)
    newline(level: level, into: &output)
    output.append("</vlan>")
  }

  // MARK: Layout

  /// Before a child: ends the parent's start tag at the first one, then
  /// starts the child's line.
  @inline(__always)
  static func child(_ open: inout Bool, _ level: Int, _ output: inout ByteSink) {
    if !open {
      output.append(UInt8(ascii: ">"))
      open = true
    }
    newline(level: level, into: &output)
  }

  /// Ends an element whose start tag is still open: `/>` when it had no
  /// child, else its end tag on a line of its own.
  static func close(_ name: StaticString, open: Bool, level: Int, into output: inout ByteSink) {
    guard open else {
      output.append("/>")
      return
    }
    newline(level: level, into: &output)
    output.append("</")
    output.append(name)
    output.append(UInt8(ascii: ">"))
  }

  /// The `type` attribute's value.
  static func typeName(_ type: InterfaceType) -> StaticString {
    switch type {
    case .ethernet: "ethernet"
    case .bridge: "bridge"
    case .bond: "bond"
    case .vlan: "vlan"
    }
  }

  static func newline(level: Int, into output: inout ByteSink) {
    output.append(0x0A)
    output.appendSpaces(2 * max(0, level))
  }

  /// `<name attribute="value"/>`.
  static func leaf(_ name: StaticString, _ attribute: StaticString, _ value: String, into output: inout ByteSink) {
    output.append(UInt8(ascii: "<"))
    output.append(name)
    self.attribute(attribute, value, into: &output)
    output.append("/>")
  }

  /// ` name="value"`, the value escaped.
  static func attribute(_ name: StaticString, _ value: String, into output: inout ByteSink) {
    output.append(UInt8(ascii: " "))
    output.append(name)
    output.append("=\"")
    appendEscaped(value, into: &output)
    output.append(UInt8(ascii: "\""))
  }

  /// ` name="123"`.
  static func decimalAttribute(_ name: StaticString, _ value: Int, into output: inout ByteSink) {
    output.append(UInt8(ascii: " "))
    output.append(name)
    output.append("=\"")
    appendDecimal(value, into: &output)
    output.append(UInt8(ascii: "\""))
  }

  // MARK: Values

  static func appendDecimal(_ value: Int, into output: inout ByteSink) { output.appendDecimal(value) }

  /// `value` with `&amp; &lt; &quot;` and `&#9; &#10; &#13;` escaped, as
  /// ``XMLWriter`` writes attribute values; runs between escapes are copied whole.
  static func appendEscaped(_ value: String, into output: inout ByteSink) {
    var value = value
    value.withUTF8 { bytes in
      var runStart = 0
      for index in bytes.indices {
        let byte = bytes[index]
        // Only these bytes are escaped; every one of them is below 0x3D.
        guard byte < 0x3D else { continue }
        let replacement: StaticString
        switch byte {
        case UInt8(ascii: "&"): replacement = "&amp;"
        case UInt8(ascii: "<"): replacement = "&lt;"
        case UInt8(ascii: "\""): replacement = "&quot;"
        case 0x09: replacement = "&#9;"
        case 0x0A: replacement = "&#10;"
        case 0x0D: replacement = "&#13;"
        default: continue
        }
        output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        output.append(replacement)
        runStart = index + 1
      }
      output.append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
  }
}
