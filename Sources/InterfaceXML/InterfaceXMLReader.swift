import Diagnostics
import InterfaceModel
import XMLSyntax

/// Reads interface XML trees into the IR, collecting every error and
/// warning with the byte range of the element or attribute at fault.
///
/// Syntax (which elements go where, the types of attribute values) is
/// checked here; the rules every format shares (name syntax, ranges,
/// addresses) are left to ``InterfaceValidator``, whose problems are mapped
/// back to the ranges this reader records, so messages match across formats.
struct InterfaceXMLReader {
  let path: String
  private(set) var diagnostics: [Diagnostic] = []
  /// Where each part of the IR came from, for mapping validator problems.
  private var locations: [ModelPath: [SourceRange]] = [:]
  /// The name ranges of top-level interfaces, in order (for duplicates).
  private var topLevelNames: [(name: String, range: SourceRange)] = []

  init(path: String) { self.path = path }

  /// Where an interface sits: it decides which children it may have.
  enum Context {
    case topLevel
    /// A bridge port or a bond slave.
    case nested
  }

  // MARK: Documents

  mutating func read(_ document: XMLDocument) -> [Interface] {
    let root = document.root
    var interfaces: [Interface] = []
    switch root.name {
    case "interface":
      if let interface = readInterface(root, context: .topLevel, parentPath: []) { interfaces.append(interface) }
    case "interfaces":
      checkAttributes(root, allowed: [])
      for child in elementChildren(of: root) {
        if child.name == "interface" {
          if let interface = readInterface(child, context: .topLevel, parentPath: []) { interfaces.append(interface) }
        } else {
          reportUnexpected(child, in: "<interfaces>")
        }
      }
    default:
      error(
        InterfaceXMLDiagnosticCode.unknownRootElement,
        "unknown root element <\(root.name)>; expected <interface> or <interfaces>", root.startTagRange)
    }
    validate(interfaces)
    diagnostics.sort { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
    return interfaces
  }

  // MARK: Interfaces

  private mutating func readInterface(_ element: XMLElement, context: Context, parentPath: [String]) -> Interface? {
    checkAttributes(element, allowed: ["type", "name"])
    let name = element.attribute("name")
    if name == nil { missingAttribute("name", of: element) }
    let interfacePath = parentPath + [name?.value ?? ""]
    if let name {
      record(ModelPath(interfaces: interfacePath, field: .name), name.valueRange)
      if context == .topLevel { topLevelNames.append((name.value, name.valueRange)) }
    }
    if context == .nested, let name {
      record(ModelPath(interfaces: parentPath, field: .port(name: name.value)), element.startTagRange)
    }
    guard let typeAttribute = element.attribute("type") else {
      missingAttribute("type", of: element)
      return nil
    }
    guard let type = InterfaceType(rawValue: typeAttribute.value) else {
      error(
        InterfaceXMLDiagnosticCode.unknownInterfaceType,
        "unknown interface type '\(typeAttribute.value)'; expected "
          + XMLValueSyntax.alternatives(InterfaceType.allCases.map(\.rawValue)), typeAttribute.valueRange)
      return nil
    }

    var interface = Interface(name: name?.value ?? "", kind: .ethernet)
    var seen = Set<String>()
    var body: InterfaceKind?
    let kindName = type == .ethernet ? "an ethernet interface" : "a \(type.rawValue) interface"
    for child in elementChildren(of: element) {
      let topLevelOnly = ["start", "mtu", "protocol"].contains(child.name)
      if topLevelOnly, context == .nested {
        misplaced(child, "<\(child.name)> is not allowed in a bridge port or bond slave; it belongs to the top-level interface")
        continue
      }
      switch child.name {
      case "start":
        guard once(child, in: "<interface>", &seen) else { continue }
        interface.startMode = readStartMode(child)
      case "mac":
        guard type == .ethernet else {
          misplaced(child, "<mac> is not allowed in \(kindName); only ethernet interfaces have a MAC address")
          continue
        }
        guard once(child, in: "<interface>", &seen) else { continue }
        interface.mac = readMAC(child, path: interfacePath)
      case "mtu":
        guard once(child, in: "<interface>", &seen) else { continue }
        interface.mtu = readMTU(child, path: interfacePath)
      case "link":
        guard once(child, in: "<interface>", &seen) else { continue }
        readLink(child)
      case "protocol":
        guard let family = child.attribute("family") else {
          missingAttribute("family", of: child)
          continue
        }
        switch family.value {
        case "ipv4":
          guard once(child, key: "protocol ipv4", in: "<interface>", &seen) else { continue }
          interface.ipv4 = readIPv4(child, path: interfacePath)
        case "ipv6":
          guard once(child, key: "protocol ipv6", in: "<interface>", &seen) else { continue }
          interface.ipv6 = readIPv6(child, path: interfacePath)
        default:
          error(
            InterfaceXMLDiagnosticCode.unknownProtocolFamily,
            "unknown protocol family '\(family.value)'; expected ipv4 or ipv6", family.valueRange)
        }
      case "bridge", "bond", "vlan":
        guard child.name == type.rawValue else {
          misplaced(child, "<\(child.name)> is not allowed in \(kindName)")
          continue
        }
        guard once(child, in: "<interface>", &seen) else { continue }
        switch type {
        case .bridge: body = .bridge(readBridge(child, path: interfacePath))
        case .bond: body = .bond(readBond(child, path: interfacePath))
        case .vlan: body = .vlan(readVLAN(child, path: interfacePath))
        case .ethernet: break
        }
      default:
        reportUnexpected(child, in: "<interface>")
      }
    }
    if type == .ethernet {
      interface.kind = .ethernet
    } else if let body {
      interface.kind = body
    } else {
      if !seen.contains(type.rawValue) {
        error(
          InterfaceXMLDiagnosticCode.missingElement, "\(kindName) needs a <\(type.rawValue)> element",
          element.startTagRange)
      }
      interface.kind = placeholderKind(type)
    }
    return interface
  }

  private func placeholderKind(_ type: InterfaceType) -> InterfaceKind {
    switch type {
    case .ethernet: .ethernet
    case .bridge: .bridge(Bridge())
    case .bond: .bond(Bond(slaves: [Interface(name: "", kind: .ethernet)]))
    case .vlan: .vlan(VLAN(tag: 0, parent: ""))
    }
  }

  // MARK: Settings

  private mutating func readStartMode(_ element: XMLElement) -> StartMode? {
    checkAttributes(element, allowed: ["mode"])
    guard let mode = element.attribute("mode") else {
      missingAttribute("mode", of: element)
      return nil
    }
    return enumeration(mode, what: "start mode", StartMode.allCases.map(\.rawValue)).flatMap(StartMode.init(rawValue:))
  }

  private mutating func readMAC(_ element: XMLElement, path: [String]) -> String? {
    checkAttributes(element, allowed: ["address"])
    onlyExtensions(in: element)
    guard let address = element.attribute("address") else {
      missingAttribute("address", of: element)
      return nil
    }
    record(ModelPath(interfaces: path, field: .mac), address.valueRange)
    return MACSyntax.normalized(address.value) ?? address.value
  }

  private mutating func readMTU(_ element: XMLElement, path: [String]) -> Int? {
    checkAttributes(element, allowed: ["size"])
    onlyExtensions(in: element)
    guard let size = element.attribute("size") else {
      missingAttribute("size", of: element)
      return nil
    }
    record(ModelPath(interfaces: path, field: .mtu), size.valueRange)
    return number(size, what: "mtu", range: ModelProblem.mtuRange)
  }

  private mutating func readLink(_ element: XMLElement) {
    checkAttributes(element, allowed: ["speed", "state"])
    onlyExtensions(in: element)
    if let speed = element.attribute("speed") {
      _ = number(speed, what: "link speed", range: 0...XMLValueSyntax.maximumUnsigned)
    }
    if let state = element.attribute("state") {
      _ = enumeration(state, what: "link state", Vocabulary.linkStates)
    }
  }

  // MARK: Addressing

  private mutating func readIPv4(_ element: XMLElement, path: [String]) -> IPv4Protocol {
    checkAttributes(element, allowed: ["family"])
    var result = IPv4Protocol()
    var seen = Set<String>()
    for child in elementChildren(of: element) {
      switch child.name {
      case "dhcp":
        guard once(child, in: "<protocol>", &seen) else { continue }
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
        guard once(child, in: "<protocol>", &seen) else { continue }
        result.gateway = readRoute(child, field: .ipv4Gateway, path: path)
      default:
        reportUnexpected(child, in: "<protocol family=\"ipv4\">")
      }
    }
    return result
  }

  private mutating func readIPv6(_ element: XMLElement, path: [String]) -> IPv6Protocol {
    checkAttributes(element, allowed: ["family"])
    var result = IPv6Protocol()
    var seen = Set<String>()
    for child in elementChildren(of: element) {
      switch child.name {
      case "autoconf":
        guard once(child, in: "<protocol>", &seen) else { continue }
        checkAttributes(child, allowed: [])
        onlyExtensions(in: child)
        result.autoconf = true
      case "dhcp":
        guard once(child, in: "<protocol>", &seen) else { continue }
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
        guard once(child, in: "<protocol>", &seen) else { continue }
        result.gateway = readRoute(child, field: .ipv6Gateway, path: path)
      default:
        reportUnexpected(child, in: "<protocol family=\"ipv6\">")
      }
    }
    return result
  }

  /// `peerdns`, when given and valid.
  private mutating func readDHCP(_ element: XMLElement) -> Bool? {
    checkAttributes(element, allowed: ["peerdns"])
    onlyExtensions(in: element)
    guard let peerDNS = element.attribute("peerdns") else { return nil }
    return enumeration(peerDNS, what: "peerdns", ["yes", "no"]).map { $0 == "yes" }
  }

  private mutating func readIP(
    _ element: XMLElement, addressField: ModelPath.Field, prefixField: ModelPath.Field, maximumPrefix: Int,
    path: [String]
  ) -> IPAddress? {
    checkAttributes(element, allowed: ["address", "prefix"])
    onlyExtensions(in: element)
    guard let address = element.attribute("address") else {
      missingAttribute("address", of: element)
      return nil
    }
    record(ModelPath(interfaces: path, field: addressField), address.valueRange)
    var result = IPAddress(address.value)
    if let prefix = element.attribute("prefix") {
      record(ModelPath(interfaces: path, field: prefixField), prefix.valueRange)
      result.prefix = number(prefix, what: "prefix", range: 0...maximumPrefix)
    }
    return result
  }

  private mutating func readRoute(_ element: XMLElement, field: ModelPath.Field, path: [String]) -> String? {
    checkAttributes(element, allowed: ["gateway"])
    onlyExtensions(in: element)
    guard let gateway = element.attribute("gateway") else {
      missingAttribute("gateway", of: element)
      return nil
    }
    record(ModelPath(interfaces: path, field: field), gateway.valueRange)
    return gateway.value
  }

  // MARK: Bodies

  private mutating func readBridge(_ element: XMLElement, path: [String]) -> Bridge {
    checkAttributes(element, allowed: ["stp", "delay"])
    var bridge = Bridge()
    if let stp = element.attribute("stp") {
      bridge.stp = enumeration(stp, what: "bridge stp", ["on", "off"]).map { $0 == "on" }
    }
    if let delay = element.attribute("delay") {
      record(ModelPath(interfaces: path, field: .bridgeDelay), delay.valueRange)
      bridge.delay = delay.value
    }
    for child in elementChildren(of: element) {
      if child.name == "interface" {
        if let port = readInterface(child, context: .nested, parentPath: path) { bridge.ports.append(port) }
      } else {
        reportUnexpected(child, in: "<bridge>")
      }
    }
    return bridge
  }

  private mutating func readBond(_ element: XMLElement, path: [String]) -> Bond {
    checkAttributes(element, allowed: ["mode"])
    var bond = Bond()
    if let mode = element.attribute("mode") {
      bond.mode = enumeration(mode, what: "bond mode", BondMode.allCases.map(\.rawValue)).flatMap(BondMode.init(rawValue:))
    }
    record(ModelPath(interfaces: path, field: .bondSlaves), element.startTagRange)
    var seen = Set<String>()
    for child in elementChildren(of: element) {
      switch child.name {
      case "miimon":
        guard once(child, key: "monitor", in: "<bond>", &seen) else { continue }
        bond.monitor = readMIIMonitor(child).map(BondMonitor.mii)
      case "arpmon":
        guard once(child, key: "monitor", in: "<bond>", &seen) else { continue }
        bond.monitor = readARPMonitor(child, path: path).map(BondMonitor.arp)
      case "interface":
        if let slave = readInterface(child, context: .nested, parentPath: path) { bond.slaves.append(slave) }
      default:
        reportUnexpected(child, in: "<bond>")
      }
    }
    return bond
  }

  private mutating func readMIIMonitor(_ element: XMLElement) -> MIIMonitor? {
    checkAttributes(element, allowed: ["freq", "downdelay", "updelay", "carrier"])
    onlyExtensions(in: element)
    var monitor = MIIMonitor()
    if let frequency = element.attribute("freq") {
      monitor.frequency = number(frequency, what: "miimon freq", range: 0...XMLValueSyntax.maximumUnsigned)
    } else {
      missingAttribute("freq", of: element)
    }
    if let downdelay = element.attribute("downdelay") {
      monitor.downdelay = number(downdelay, what: "miimon downdelay", range: 0...XMLValueSyntax.maximumUnsigned)
    }
    if let updelay = element.attribute("updelay") {
      monitor.updelay = number(updelay, what: "miimon updelay", range: 0...XMLValueSyntax.maximumUnsigned)
    }
    if let carrier = element.attribute("carrier") {
      monitor.carrier = enumeration(carrier, what: "miimon carrier", CarrierMode.allCases.map(\.rawValue))
        .flatMap(CarrierMode.init(rawValue:))
    }
    return monitor
  }

  private mutating func readARPMonitor(_ element: XMLElement, path: [String]) -> ARPMonitor? {
    checkAttributes(element, allowed: ["interval", "target", "validate"])
    onlyExtensions(in: element)
    var monitor = ARPMonitor()
    if let interval = element.attribute("interval") {
      monitor.interval = number(interval, what: "arpmon interval", range: 0...XMLValueSyntax.maximumUnsigned)
    } else {
      missingAttribute("interval", of: element)
    }
    if let target = element.attribute("target") {
      record(ModelPath(interfaces: path, field: .arpTarget), target.valueRange)
      monitor.target = target.value
    } else {
      missingAttribute("target", of: element)
    }
    if let validate = element.attribute("validate") {
      monitor.validate = enumeration(validate, what: "arpmon validate", ARPValidate.allCases.map(\.rawValue))
        .flatMap(ARPValidate.init(rawValue:))
    }
    return monitor
  }

  private mutating func readVLAN(_ element: XMLElement, path: [String]) -> VLAN {
    checkAttributes(element, allowed: ["tag"])
    var vlan = VLAN(tag: 0, parent: "")
    if let tag = element.attribute("tag") {
      record(ModelPath(interfaces: path, field: .vlanTag), tag.valueRange)
      vlan.tag = number(tag, what: "vlan tag", range: ModelProblem.vlanTagRange) ?? 0
    } else {
      missingAttribute("tag", of: element)
    }
    var seen = Set<String>()
    for child in elementChildren(of: element) {
      guard child.name == "interface" else {
        reportUnexpected(child, in: "<vlan>")
        continue
      }
      guard once(child, in: "<vlan>", &seen) else { continue }
      checkAttributes(child, allowed: ["name"])
      onlyExtensions(in: child)
      if let parent = child.attribute("name") {
        record(ModelPath(interfaces: path, field: .vlanParent), parent.valueRange)
        vlan.parent = parent.value
      } else {
        missingAttribute("name", of: child)
      }
    }
    if seen.isEmpty {
      error(
        InterfaceXMLDiagnosticCode.missingElement,
        "<vlan> needs an <interface name=\"...\"/> naming the interface it runs on", element.startTagRange)
    }
    return vlan
  }

  // MARK: Values

  /// A decimal attribute in `range`. Out-of-range values are returned (the
  /// validator reports them with the shared message) as long as they fit.
  private mutating func number(_ attribute: XMLAttribute, what: String, range: ClosedRange<Int>) -> Int? {
    switch XMLValueSyntax.decimal(attribute.value) {
    case .value(let value):
      if !range.contains(value), !validatorChecks(what) {
        error(
          InterfaceXMLDiagnosticCode.invalidValue,
          "\(what) \(value) is out of range \(range.lowerBound)...\(range.upperBound)", attribute.valueRange)
        return nil
      }
      return value
    case .tooLarge:
      error(
        InterfaceXMLDiagnosticCode.invalidValue,
        "\(what) \(attribute.value) is out of range \(range.lowerBound)...\(range.upperBound)", attribute.valueRange)
      return nil
    case .malformed:
      error(
        InterfaceXMLDiagnosticCode.invalidValue,
        "\(what) '\(attribute.value)' is not a decimal number (digits, no sign, no leading zeros)",
        attribute.valueRange)
      return nil
    }
  }

  /// Whether the validator reports ranges for this value (mtu, vlan tag, prefixes).
  private func validatorChecks(_ what: String) -> Bool {
    what == "mtu" || what == "vlan tag" || what == "prefix"
  }

  /// The value when it is one of `allowed`, exactly as written.
  private mutating func enumeration(_ attribute: XMLAttribute, what: String, _ allowed: [String]) -> String? {
    if allowed.contains(attribute.value) { return attribute.value }
    error(
      InterfaceXMLDiagnosticCode.invalidValue,
      "\(what) '\(attribute.value)' is not \(XMLValueSyntax.alternatives(allowed))", attribute.valueRange)
    return nil
  }

  // MARK: Structure checks

  /// The element children of `element`; reports text that is not
  /// whitespace (interface XML elements hold elements only).
  private mutating func elementChildren(of element: XMLElement) -> [XMLElement] {
    var result: [XMLElement] = []
    for node in element.children {
      switch node {
      case .element(let child):
        result.append(child)
      case .text(let text, let range), .cdata(let text, let range):
        if !text.utf8.allSatisfy(XMLWhitespace.isWhitespace) {
          error(InterfaceXMLDiagnosticCode.unexpectedText, "unexpected text in <\(element.name)>", Self.trimmed(text, range))
        }
      case .comment, .processingInstruction:
        break
      }
    }
    return result
  }

  /// The range of `text` without its leading whitespace, so that the
  /// diagnostic points at the first offending character. (Leading whitespace
  /// is counted in the decoded text; CR LF line ends before the text, which
  /// decoding shortens, are allowed for by never leaving the range.)
  private static func trimmed(_ text: String, _ range: SourceRange) -> SourceRange {
    let leading = text.utf8.prefix(while: XMLWhitespace.isWhitespace).count
    return SourceRange(start: min(range.start + leading, range.end), end: range.end)
  }

  /// For leaf elements: reports text and known elements inside them; warns about extensions.
  private mutating func onlyExtensions(in element: XMLElement) {
    for child in elementChildren(of: element) { reportUnexpected(child, in: "<\(element.name)>") }
  }

  /// A child no rule above accepted: known names are errors, others are
  /// kept extensions and only warned about.
  private mutating func reportUnexpected(_ element: XMLElement, in parent: String) {
    if Vocabulary.knownElements.contains(element.name) {
      misplaced(element, "<\(element.name)> is not allowed in \(parent)")
    } else {
      warning(
        InterfaceXMLDiagnosticCode.unknownElement,
        "unknown element <\(element.name)> in \(parent) is kept but not interpreted", element.startTagRange)
    }
  }

  /// Reports a second element of one kind; returns whether this is the first.
  private mutating func once(
    _ element: XMLElement, key: String? = nil, in parent: String, _ seen: inout Set<String>
  ) -> Bool {
    let key = key ?? element.name
    if seen.insert(key).inserted { return true }
    let what = key == "monitor" ? "link monitor (<miimon> or <arpmon>)" : "<\(element.name)>"
    error(
      InterfaceXMLDiagnosticCode.duplicateElement, "a second \(what) in \(parent); at most one is allowed",
      element.startTagRange)
    return false
  }

  /// Warns about attributes outside `allowed` (namespace declarations aside).
  private mutating func checkAttributes(_ element: XMLElement, allowed: Set<String>) {
    checkNamespace(element)
    for attribute in element.attributes where !allowed.contains(attribute.name) {
      if attribute.name == "xmlns" || attribute.name.hasPrefix("xmlns:") { continue }
      warning(
        InterfaceXMLDiagnosticCode.unknownAttribute,
        "unknown attribute '\(attribute.name)' on <\(element.name)> is kept but not interpreted", attribute.nameRange)
    }
  }

  /// Interface XML elements are in no namespace; a default namespace
  /// declaration would move them into another one.
  private mutating func checkNamespace(_ element: XMLElement) {
    if let namespace = element.attribute("xmlns"), !namespace.value.isEmpty {
      error(
        InterfaceXMLDiagnosticCode.invalidValue,
        "<\(element.name)> is put in namespace '\(namespace.value)'; interface XML elements are in no namespace",
        namespace.valueRange)
    }
  }

  // MARK: Reporting

  private mutating func record(_ path: ModelPath, _ range: SourceRange) {
    locations[path, default: []].append(range)
  }

  private mutating func validate(_ interfaces: [Interface]) {
    var duplicatesSeen: [String: Int] = [:]
    for issue in InterfaceValidator.validate(interfaces) {
      let range: SourceRange?
      switch issue.problem {
      case .duplicateInterface(let name):
        let occurrence = duplicatesSeen[name, default: 0] + 1
        duplicatesSeen[name] = occurrence
        let ranges = topLevelNames.filter { $0.name == name }.map(\.range)
        range = occurrence < ranges.count ? ranges[occurrence] : ranges.last
      case .slaveInTwoBonds, .portInTwoBridges:
        range = locations[issue.path]?.last
      default:
        range = locations[issue.path]?.first
      }
      // Problems with no recorded range concern values already reported as syntax errors.
      guard let range else { continue }
      error(InterfaceXMLDiagnosticCode.code(of: issue.problem), issue.problem.description, range)
    }
  }

  private mutating func missingAttribute(_ name: String, of element: XMLElement) {
    error(
      InterfaceXMLDiagnosticCode.missingAttribute, "<\(element.name)> is missing the required attribute '\(name)'",
      element.startTagRange)
  }

  private mutating func misplaced(_ element: XMLElement, _ message: String) {
    error(InterfaceXMLDiagnosticCode.misplacedElement, message, element.startTagRange)
  }

  private mutating func error(_ code: String, _ message: String, _ range: SourceRange) {
    diagnostics.append(.error(code, message, path: path, range: range))
  }

  private mutating func warning(_ code: String, _ message: String, _ range: SourceRange) {
    diagnostics.append(.warning(code, message, path: path, range: range))
  }
}

/// XML's whitespace: space, tab, carriage return, line feed.
enum XMLWhitespace {
  static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
  }
}
