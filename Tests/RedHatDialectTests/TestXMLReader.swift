import InterfaceModel

/// A small reader for the interface XML of the golden cases and fixtures
/// (elements, quoted attributes, comments), so the dialect tests can start
/// from the same input files as the command line.
struct TestXMLElement {
  var name: String
  var attributes: [String: String]
  var children: [TestXMLElement]

  func child(_ name: String) -> TestXMLElement? { children.first { $0.name == name } }
  func all(_ name: String) -> [TestXMLElement] { children.filter { $0.name == name } }
}

enum TestXMLReader {
  struct Failure: Error, CustomStringConvertible { var description: String }

  static func parse(_ text: String) throws -> TestXMLElement {
    let bytes = Array(text.utf8)
    var index = 0
    var stack: [TestXMLElement] = [TestXMLElement(name: "#root", attributes: [:], children: [])]
    func starts(_ s: String) -> Bool { bytes[index...].starts(with: Array(s.utf8)) }
    func skip(past s: String) throws {
      let target = Array(s.utf8)
      while index < bytes.count, !bytes[index...].starts(with: target) { index += 1 }
      guard index < bytes.count else { throw Failure(description: "unterminated \(s)") }
      index += target.count
    }
    while index < bytes.count {
      guard bytes[index] == UInt8(ascii: "<") else {
        index += 1
        continue
      }
      if starts("<!--") {
        try skip(past: "-->")
      } else if starts("<?") {
        try skip(past: "?>")
      } else if starts("</") {
        try skip(past: ">")
        guard stack.count > 1 else { throw Failure(description: "unbalanced end tag") }
        let done = stack.removeLast()
        stack[stack.count - 1].children.append(done)
      } else {
        index += 1
        var name = ""
        while index < bytes.count, ![UInt8(ascii: " "), 0x0A, 0x09, 0x0D, UInt8(ascii: ">"), UInt8(ascii: "/")].contains(bytes[index]) {
          name.append(Character(Unicode.Scalar(bytes[index])))
          index += 1
        }
        var attributes: [String: String] = [:]
        var selfClosing = false
        while index < bytes.count {
          let byte = bytes[index]
          if byte == UInt8(ascii: ">") {
            index += 1
            break
          }
          if byte == UInt8(ascii: "/") {
            selfClosing = true
            index += 1
            continue
          }
          if [UInt8(ascii: " "), 0x0A, 0x09, 0x0D].contains(byte) {
            index += 1
            continue
          }
          var key = ""
          while index < bytes.count, bytes[index] != UInt8(ascii: "=") {
            key.append(Character(Unicode.Scalar(bytes[index])))
            index += 1
          }
          index += 1
          guard index < bytes.count else { throw Failure(description: "bad attribute") }
          let quote = bytes[index]
          index += 1
          var value: [UInt8] = []
          while index < bytes.count, bytes[index] != quote {
            value.append(bytes[index])
            index += 1
          }
          index += 1
          attributes[key] = String(decoding: value, as: UTF8.self)
        }
        let element = TestXMLElement(name: name, attributes: attributes, children: [])
        if selfClosing {
          stack[stack.count - 1].children.append(element)
        } else {
          stack.append(element)
        }
      }
    }
    guard stack.count == 1, let root = stack[0].children.first else { throw Failure(description: "unbalanced document") }
    return root
  }

  /// The interface an `<interface>` element describes.
  static func interface(_ text: String) throws -> Interface { try interface(parse(text)) }

  static func interface(_ element: TestXMLElement) throws -> Interface {
    guard let name = element.attributes["name"] else { throw Failure(description: "interface without name") }
    let type = element.attributes["type"] ?? "ethernet"
    var interface = Interface(name: name, kind: .ethernet)
    interface.startMode = element.child("start").flatMap { $0.attributes["mode"] }.flatMap(StartMode.init(rawValue:))
    interface.mtu = element.child("mtu").flatMap { $0.attributes["size"] }.flatMap { Int($0) }
    interface.mac = element.child("mac").flatMap { $0.attributes["address"] }?.lowercased()
    for proto in element.all("protocol") {
      let ips = proto.all("ip").compactMap { ip in
        ip.attributes["address"].map { IPAddress($0, prefix: ip.attributes["prefix"].flatMap { Int($0) }) }
      }
      let gateway = proto.child("route")?.attributes["gateway"]
      if proto.attributes["family"] == "ipv4" {
        let dhcp = proto.child("dhcp").map { DHCPv4(peerDNS: $0.attributes["peerdns"].map { $0 == "yes" }) }
        interface.ipv4 = IPv4Protocol(dhcp: dhcp, addresses: ips, gateway: gateway)
      } else {
        interface.ipv6 = IPv6Protocol(
          autoconf: proto.child("autoconf") != nil, dhcp: proto.child("dhcp") != nil, addresses: ips, gateway: gateway)
      }
    }
    switch type {
    case "bridge":
      let body = element.child("bridge")
      interface.kind = .bridge(
        Bridge(
          stp: body?.attributes["stp"].map { $0 == "on" }, delay: body?.attributes["delay"],
          ports: try (body?.all("interface") ?? []).map { try Self.interface($0) }))
    case "bond":
      let body = element.child("bond")
      var bond = Bond(mode: body?.attributes["mode"].flatMap(BondMode.init(rawValue:)))
      if let mii = body?.child("miimon") {
        bond.monitor = .mii(
          MIIMonitor(
            frequency: mii.attributes["freq"].flatMap { Int($0) }, downdelay: mii.attributes["downdelay"].flatMap { Int($0) },
            updelay: mii.attributes["updelay"].flatMap { Int($0) }, carrier: mii.attributes["carrier"].flatMap(CarrierMode.init(rawValue:))))
      } else if let arp = body?.child("arpmon") {
        bond.monitor = .arp(
          ARPMonitor(
            interval: arp.attributes["interval"].flatMap { Int($0) }, target: arp.attributes["target"],
            validate: arp.attributes["validate"].flatMap(ARPValidate.init(rawValue:))))
      }
      bond.slaves = try (body?.all("interface") ?? []).map { try Self.interface($0) }
      interface.kind = .bond(bond)
    case "vlan":
      let body = element.child("vlan")
      guard let tag = body?.attributes["tag"].flatMap({ Int($0) }), let parent = body?.child("interface")?.attributes["name"] else {
        throw Failure(description: "vlan without tag or parent")
      }
      interface.kind = .vlan(VLAN(tag: tag, parent: parent))
    default:
      break
    }
    return interface
  }
}
