import Diagnostics
import InterfaceModel
import XMLSyntax

/// `<protocol>` elements.
extension InterfaceXMLReader {
  mutating func readIPv4(_ element: some ReadableElement, path: [String]) -> IPv4Protocol {
    checkAttributes(element, allowed: AllowedAttributes.protocolElement)
    var result = IPv4Protocol()
    var seen = SeenElements()
    checkText(in: element)
    for child in element.elementChildren {
      switch child.name {
      case "dhcp":
        guard once(child, key: .dhcp, in: "<protocol>", &seen) else { continue }
        result.dhcp = DHCPv4(peerDNS: readDHCP(child))
      case "ip":
        let index = result.addresses.count
        if let address = readIP(
          child, addressField: .ipv4Address(index: index), prefixField: .ipv4Prefix(index: index), maximumPrefix: 32,
          path: path)
        {
          result.addresses.append(address)
        }
      case "route":
        guard once(child, key: .route, in: "<protocol>", &seen) else { continue }
        result.gateway = readRoute(child, field: .ipv4Gateway, path: path)
      default:
        reportUnexpected(child, in: "<protocol family=\"ipv4\">")
      }
    }
    return result
  }

  mutating func readIPv6(_ element: some ReadableElement, path: [String]) -> IPv6Protocol {
    checkAttributes(element, allowed: AllowedAttributes.protocolElement)
    var result = IPv6Protocol()
    var seen = SeenElements()
    checkText(in: element)
    for child in element.elementChildren {
      switch child.name {
      case "autoconf":
        guard once(child, key: .autoconf, in: "<protocol>", &seen) else { continue }
        checkAttributes(child, allowed: AllowedAttributes.none)
        onlyExtensions(in: child)
        result.autoconf = true
      case "dhcp":
        guard once(child, key: .dhcp, in: "<protocol>", &seen) else { continue }
        _ = readDHCP(child)
        result.dhcp = true
      case "ip":
        let index = result.addresses.count
        if let address = readIP(
          child, addressField: .ipv6Address(index: index), prefixField: .ipv6Prefix(index: index), maximumPrefix: 128,
          path: path)
        {
          result.addresses.append(address)
        }
      case "route":
        guard once(child, key: .route, in: "<protocol>", &seen) else { continue }
        result.gateway = readRoute(child, field: .ipv6Gateway, path: path)
      default:
        reportUnexpected(child, in: "<protocol family=\"ipv6\">")
      }
    }
    return result
  }

  /// `peerdns`, when given and valid.
  mutating func readDHCP(_ element: some ReadableElement) -> Bool? {
    checkAttributes(element, allowed: AllowedAttributes.dhcp)
    onlyExtensions(in: element)
    guard let peerDNS = element.attribute("peerdns") else { return nil }
    return enumeration(peerDNS, what: "peerdns", ["yes", "no"]).map { $0 == "yes" }
  }

  mutating func readIP(
    _ element: some ReadableElement, addressField: ModelPath.Field, prefixField: ModelPath.Field, maximumPrefix: Int,
    path: [String]
  ) -> IPAddress? {
    checkAttributes(element, allowed: AllowedAttributes.ip)
    onlyExtensions(in: element)
    guard let address = element.attribute("address") else {
      missingAttribute("address", of: element)
      return nil
    }
    record(ModelPath(interfaces: path, field: addressField), address.valueRange)
    var result = IPAddress(address.value)
    if let prefix = element.attribute("prefix") {
      record(ModelPath(interfaces: path, field: prefixField), prefix.valueRange)
      result.prefix = number(prefix, what: "prefix", range: 0...maximumPrefix, sharedRange: true)
    }
    return result
  }

  mutating func readRoute(_ element: some ReadableElement, field: ModelPath.Field, path: [String]) -> String? {
    checkAttributes(element, allowed: AllowedAttributes.route)
    onlyExtensions(in: element)
    guard let gateway = element.attribute("gateway") else {
      missingAttribute("gateway", of: element)
      return nil
    }
    record(ModelPath(interfaces: path, field: field), gateway.valueRange)
    return gateway.value
  }
}
