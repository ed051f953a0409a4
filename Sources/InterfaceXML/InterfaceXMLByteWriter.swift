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
    var output: [UInt8] = []
    output.reserveCapacity(estimatedSize(interfaces))
    if interfaces.count == 1, !wrapper, let only = interfaces.first {
      append(only, level: 0, nested: false, into: &output)
    } else if interfaces.isEmpty {
      literal("<interfaces/>", into: &output)
    } else {
      literal("<interfaces>", into: &output)
      for index in interfaces.indices { appendMember(interfaces[index], into: &output) }
      literal("\n</interfaces>", into: &output)
    }
    output.append(0x0A)
    return output
  }

  /// What one interface adds to an `<interfaces>` document: a newline, two
  /// spaces and its element at level 1.
  static func appendMember(_ interface: Interface, into output: inout [UInt8]) {
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
  static func append(_ interface: Interface, level: Int, nested: Bool, into output: inout [UInt8]) {
    literal("<interface type=\"", into: &output)
    literal(typeName(interface.type), into: &output)
    literal("\" name=\"", into: &output)
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
      literal("<mtu size=\"", into: &output)
      appendDecimal(mtu, into: &output)
      literal("\"/>", into: &output)
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

  static func append(_ ipv4: IPv4Protocol, level: Int, into output: inout [UInt8]) {
    literal("<protocol family=\"ipv4\"", into: &output)
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

  static func append(_ ipv6: IPv6Protocol, level: Int, into output: inout [UInt8]) {
    literal("<protocol family=\"ipv6\"", into: &output)
    let inner = level + 1
    var open = false
    if ipv6.autoconf {
      child(&open, inner, &output)
      literal("<autoconf/>", into: &output)
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

  static func appendDHCP(peerDNS: Bool?, into output: inout [UInt8]) {
    switch peerDNS {
    case .some(true): literal("<dhcp peerdns=\"yes\"/>", into: &output)
    case .some(false): literal("<dhcp peerdns=\"no\"/>", into: &output)
    case nil: literal("<dhcp/>", into: &output)
    }
  }

  static func append(_ address: IPAddress, into output: inout [UInt8]) {
    literal("<ip address=\"", into: &output)
    appendEscaped(address.address, into: &output)
    output.append(UInt8(ascii: "\""))
    if let prefix = address.prefix {
      literal(" prefix=\"", into: &output)
      appendDecimal(prefix, into: &output)
      output.append(UInt8(ascii: "\""))
    }
    literal("/>", into: &output)
  }

  // MARK: Bodies

  static func append(_ bridge: Bridge, level: Int, into output: inout [UInt8]) {
    literal("<bridge", into: &output)
    if let stp = bridge.stp { literal(stp ? " stp=\"on\"" : " stp=\"off\"", into: &output) }
    if let delay = bridge.delay { attribute("delay", delay, into: &output) }
    let inner = level + 1
    var open = false
    for index in bridge.ports.indices {
      child(&open, inner, &output)
      append(bridge.ports[index], level: inner, nested: true, into: &output)
    }
    close("bridge", open: open, level: level, into: &output)
  }

  static func append(_ bond: Bond, level: Int, into output: inout [UInt8]) {
    literal("<bond", into: &output)
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

  static func append(_ monitor: BondMonitor, into output: inout [UInt8]) {
    switch monitor {
    case .mii(let mii):
      literal("<miimon", into: &output)
      if let frequency = mii.frequency { decimalAttribute("freq", frequency, into: &output) }
      if let downdelay = mii.downdelay { decimalAttribute("downdelay", downdelay, into: &output) }
      if let updelay = mii.updelay { decimalAttribute("updelay", updelay, into: &output) }
      if let carrier = mii.carrier { attribute("carrier", carrier.rawValue, into: &output) }
    case .arp(let arp):
      literal("<arpmon", into: &output)
      if let interval = arp.interval { decimalAttribute("interval", interval, into: &output) }
      if let target = arp.target { attribute("target", target, into: &output) }
      if let validate = arp.validate { attribute("validate", validate.rawValue, into: &output) }
    }
    literal("/>", into: &output)
  }

  static func append(_ vlan: VLAN, level: Int, into output: inout [UInt8]) {
    literal("<vlan tag=\"", into: &output)
    appendDecimal(vlan.tag, into: &output)
    literal("\">", into: &output)
    newline(level: level + 1, into: &output)
    leaf("interface", "name", vlan.parent, into: &output)
    newline(level: level, into: &output)
    literal("</vlan>", into: &output)
  }

  // MARK: Layout

  /// Before a child: ends the parent's start tag at the first one, then
  /// starts the child's line.
  @inline(__always)
  static func child(_ open: inout Bool, _ level: Int, _ output: inout [UInt8]) {
    if !open {
      output.append(UInt8(ascii: ">"))
      open = true
    }
    newline(level: level, into: &output)
  }

  /// Ends an element whose start tag is still open: `/>` when it had no
  /// child, else its end tag on a line of its own.
  static func close(_ name: StaticString, open: Bool, level: Int, into output: inout [UInt8]) {
    guard open else {
      literal("/>", into: &output)
      return
    }
    newline(level: level, into: &output)
    literal("</", into: &output)
    name.withUTF8Buffer { output.append(contentsOf: $0) }
    output.append(UInt8(ascii: ">"))
  }

  /// Appends the bytes of a literal.
  @inline(__always)
  static func literal(_ text: StaticString, into output: inout [UInt8]) {
    text.withUTF8Buffer { output.append(contentsOf: $0) }
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

  static func newline(level: Int, into output: inout [UInt8]) {
    output.append(0x0A)
    for _ in 0..<(2 * max(0, level)) { output.append(UInt8(ascii: " ")) }
  }

  /// `<name attribute="value"/>`.
  static func leaf(_ name: StaticString, _ attribute: StaticString, _ value: String, into output: inout [UInt8]) {
    output.append(UInt8(ascii: "<"))
    name.withUTF8Buffer { output.append(contentsOf: $0) }
    self.attribute(attribute, value, into: &output)
    literal("/>", into: &output)
  }

  /// ` name="value"`, the value escaped.
  static func attribute(_ name: StaticString, _ value: String, into output: inout [UInt8]) {
    output.append(UInt8(ascii: " "))
    name.withUTF8Buffer { output.append(contentsOf: $0) }
    literal("=\"", into: &output)
    appendEscaped(value, into: &output)
    output.append(UInt8(ascii: "\""))
  }

  /// ` name="123"`.
  static func decimalAttribute(_ name: StaticString, _ value: Int, into output: inout [UInt8]) {
    output.append(UInt8(ascii: " "))
    name.withUTF8Buffer { output.append(contentsOf: $0) }
    literal("=\"", into: &output)
    appendDecimal(value, into: &output)
    output.append(UInt8(ascii: "\""))
  }

  // MARK: Values

  /// `value` as `String(value)` spells it.
  static func appendDecimal(_ value: Int, into output: inout [UInt8]) {
    if value < 0 { output.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                 UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
      (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      repeat {
        buffer[19 - count] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
        magnitude /= 10
        count += 1
      } while magnitude > 0 && count < 20
      output.append(contentsOf: buffer[(20 - count)...])
    }
  }

  /// `value` with `&amp; &lt; &quot;` and `&#9; &#10; &#13;` escaped, as
  /// ``XMLWriter`` writes attribute values; runs between escapes are copied whole.
  static func appendEscaped(_ value: String, into output: inout [UInt8]) {
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
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        replacement.withUTF8Buffer { output.append(contentsOf: $0) }
        runStart = index + 1
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
  }
}
