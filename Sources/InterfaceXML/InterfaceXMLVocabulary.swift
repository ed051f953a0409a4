import XMLSyntax

/// The names interface XML gives a meaning to, and the one order in which
/// the writer puts an element's children (netcf's: start, mac, mtu,
/// protocols, then the body of the interface's type).
enum Vocabulary {
  /// Every element name the format defines. Any other element is an
  /// extension: kept, warned about, never interpreted.
  static let knownElements: Set<String> = [
    "interfaces", "interface", "start", "mtu", "mac", "link", "protocol", "dhcp", "autoconf", "ip", "route",
    "bridge", "bond", "miimon", "arpmon", "vlan",
  ]

  /// The link states libvirt reports in `<link state="...">`.
  static let linkStates = ["unknown", "notpresent", "down", "lowerlayerdown", "testing", "dormant", "up"]

  /// The position of a child of `<interface>` in the written order, or nil
  /// for extension elements (which stay where they are).
  static func interfaceChildRank(_ element: XMLElement) -> Int? {
    switch element.name {
    case "start": 0
    case "mac": 1
    case "mtu": 2
    case "protocol": element.value(of: "family") == "ipv6" ? 4 : 3
    case "link": 5
    case "bridge", "bond", "vlan": 6
    default: nil
    }
  }

  /// The position of a child of `<protocol>` in the written order.
  static func protocolChildRank(_ element: XMLElement) -> Int? {
    switch element.name {
    case "autoconf": 0
    case "dhcp": 1
    case "ip": 2
    case "route": 3
    default: nil
    }
  }

  /// The position of a child of `<bond>` in the written order.
  static func bondChildRank(_ element: XMLElement) -> Int? {
    switch element.name {
    case "miimon", "arpmon": 0
    case "interface": 1
    default: nil
    }
  }

  /// Children of `<bridge>` and `<vlan>`: their interfaces only.
  static func interfaceListRank(_ element: XMLElement) -> Int? {
    element.name == "interface" ? 0 : nil
  }
}

/// The attributes each element may have (any other is kept and warned
/// about), built once rather than at every element.
enum AllowedAttributes {
  static let none: [String] = []
  static let protocolElement: [String] = ["family"]
  static let dhcp: [String] = ["peerdns"]
  static let ip: [String] = ["address", "prefix"]
  static let route: [String] = ["gateway"]
  static let bridge: [String] = ["stp", "delay"]
  static let mode: [String] = ["mode"]
  static let miimon: [String] = ["freq", "downdelay", "updelay", "carrier"]
  static let arpmon: [String] = ["interval", "target", "validate"]
  static let vlan: [String] = ["tag"]
  static let vlanParent: [String] = ["name"]
  static let interface: [String] = ["type", "name"]
  static let mac: [String] = ["address"]
  static let mtu: [String] = ["size"]
  static let link: [String] = ["speed", "state"]
}
