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
  var diagnostics: [Diagnostic] = []
  /// Whether to note where each part of the IR came from. Only a second
  /// reading does, after the validator found problems to map back to
  /// ranges: valid documents never pay for it.
  let recordsLocations: Bool
  /// Where each part of the IR came from, in reading order, for mapping
  /// validator problems (when `recordsLocations`).
  var locations: [(path: ModelPath, range: SourceRange)] = []
  /// The name ranges of top-level interfaces, in order (for duplicates; when `recordsLocations`).
  var topLevelNames: [(name: String, range: SourceRange)] = []

  init(path: String, recordsLocations: Bool = false) {
    self.path = path
    self.recordsLocations = recordsLocations
  }

  /// Where an interface sits: it decides which children it may have.
  enum Context {
    case topLevel
    /// A bridge port or a bond slave.
    case nested
  }

  // MARK: Documents

  mutating func read(_ document: XMLDocument) -> [Interface] {
    read(root: document.root)
  }

  /// Reads the interfaces under `root`, the document's root element, and
  /// reports the validator's problems at the ranges they come from.
  mutating func read(root: some ReadableElement) -> [Interface] {
    let interfaces = readInterfaces(root: root)
    let issues = InterfaceValidator.validate(interfaces)
    if !issues.isEmpty {
      // Read again, noting where each value came from: the same reading
      // gives the same interfaces and diagnostics, now with locations.
      var recording = InterfaceXMLReader(path: path, recordsLocations: true)
      _ = recording.readInterfaces(root: root)
      recording.report(issues, root: root)
      self = recording
    }
    diagnostics.sort { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
    return interfaces
  }

  /// The interfaces under `root` with the reader's own diagnostics.
  mutating func readInterfaces(root: some ReadableElement) -> [Interface] {
    var interfaces: [Interface] = []
    switch root.name {
    case "interface":
      if let interface = readInterface(root, context: .topLevel, parentPath: []) { interfaces.append(interface) }
    case "interfaces":
      checkAttributes(root, allowed: AllowedAttributes.none)
      checkText(in: root)
      for child in root.elementChildren {
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
    return interfaces
  }

  // MARK: Interfaces

  mutating func readInterface(_ element: some ReadableElement, context: Context, parentPath: [String]) -> Interface? {
    checkAttributes(element, allowed: AllowedAttributes.interface)
    let name = element.attribute("name")
    if name == nil { missingAttribute("name", of: element) }
    // Paths only matter when locations are recorded.
    let interfacePath = recordsLocations ? parentPath + [name?.value ?? ""] : []
    if recordsLocations, let name {
      record(ModelPath(interfaces: interfacePath, field: .name), name.valueRange)
      if context == .topLevel { topLevelNames.append((name.value, name.valueRange)) }
      if context == .nested {
        record(ModelPath(interfaces: parentPath, field: .port(name: name.value)), element.startTagRange)
      }
    }
    guard let typeAttribute = element.attribute("type") else {
      missingAttribute("type", of: element)
      return nil
    }
    guard let type = Self.interfaceType(typeAttribute.value) else {
      error(
        InterfaceXMLDiagnosticCode.unknownInterfaceType,
        "unknown interface type '\(typeAttribute.value)'; expected "
          + XMLValueSyntax.alternatives(InterfaceType.allCases.map(\.rawValue)), typeAttribute.valueRange)
      return nil
    }

    var interface = Interface(name: name?.value ?? "", kind: .ethernet)
    var seen = SeenElements()
    var body: InterfaceKind?
    checkText(in: element)
    for child in element.elementChildren {
      if context == .nested, Self.isTopLevelOnly(child.name) {
        misplaced(child, "<\(child.name)> is not allowed in a bridge port or bond slave; it belongs to the top-level interface")
        continue
      }
      switch child.name {
      case "start":
        guard once(child, key: .start, in: "<interface>", &seen) else { continue }
        interface.startMode = readStartMode(child)
      case "mac":
        guard type == .ethernet else {
          misplaced(child, "<mac> is not allowed in \(Self.kindName(type)); only ethernet interfaces have a MAC address")
          continue
        }
        guard once(child, key: .mac, in: "<interface>", &seen) else { continue }
        interface.mac = readMAC(child, path: interfacePath)
      case "mtu":
        guard once(child, key: .mtu, in: "<interface>", &seen) else { continue }
        interface.mtu = readMTU(child, path: interfacePath)
      case "link":
        guard once(child, key: .link, in: "<interface>", &seen) else { continue }
        readLink(child)
      case "protocol":
        guard let family = child.attribute("family") else {
          missingAttribute("family", of: child)
          continue
        }
        switch family.value {
        case "ipv4":
          guard once(child, key: .protocolIPv4, in: "<interface>", &seen) else { continue }
          interface.ipv4 = readIPv4(child, path: interfacePath)
        case "ipv6":
          guard once(child, key: .protocolIPv6, in: "<interface>", &seen) else { continue }
          interface.ipv6 = readIPv6(child, path: interfacePath)
        default:
          error(
            InterfaceXMLDiagnosticCode.unknownProtocolFamily,
            "unknown protocol family '\(family.value)'; expected ipv4 or ipv6", family.valueRange)
        }
      case "bridge", "bond", "vlan":
        guard child.name == type.rawValue else {
          misplaced(child, "<\(child.name)> is not allowed in \(Self.kindName(type))")
          continue
        }
        guard once(child, key: SeenElements.Key(type), in: "<interface>", &seen) else { continue }
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
      if !seen.contains(SeenElements.Key(type)) {
        error(
          InterfaceXMLDiagnosticCode.missingElement, "\(Self.kindName(type)) needs a <\(type.rawValue)> element",
          element.startTagRange)
      }
      interface.kind = placeholderKind(type)
    }
    return interface
  }

  /// `InterfaceType(rawValue:)` with the length looked at first: one string
  /// comparison at most.
  static func interfaceType(_ text: String) -> InterfaceType? {
    switch text.utf8.count {
    case 8: text == "ethernet" ? .ethernet : nil
    case 6: text == "bridge" ? .bridge : nil
    case 4: text == "bond" ? .bond : text == "vlan" ? .vlan : nil
    default: nil
    }
  }

  /// The kind of interface, for messages: "an ethernet interface", "a bond interface".
  static func kindName(_ type: InterfaceType) -> String {
    type == .ethernet ? "an ethernet interface" : "a \(type.rawValue) interface"
  }

  /// Children only a top-level interface may have.
  static func isTopLevelOnly(_ name: String) -> Bool {
    switch name {
    case "start", "mtu", "protocol": true
    default: false
    }
  }

  func placeholderKind(_ type: InterfaceType) -> InterfaceKind {
    switch type {
    case .ethernet: .ethernet
    case .bridge: .bridge(Bridge())
    case .bond: .bond(Bond(slaves: [Interface(name: "", kind: .ethernet)]))
    case .vlan: .vlan(VLAN(tag: 0, parent: ""))
    }
  }

  // MARK: Settings

  mutating func readStartMode(_ element: some ReadableElement) -> StartMode? {
    checkAttributes(element, allowed: AllowedAttributes.mode)
    guard let mode = element.attribute("mode") else {
      missingAttribute("mode", of: element)
      return nil
    }
    return enumeration(mode, what: "start mode", StartMode.self)
  }

  mutating func readMAC(_ element: some ReadableElement, path: [String]) -> String? {
    checkAttributes(element, allowed: AllowedAttributes.mac)
    onlyExtensions(in: element)
    guard let address = element.attribute("address") else {
      missingAttribute("address", of: element)
      return nil
    }
    record(ModelPath(interfaces: path, field: .mac), address.valueRange)
    // Normalizing only lowers the case of a valid address: without capitals
    // there is nothing to change.
    guard XMLValueSyntax.hasUpperCaseASCII(address.value) else { return address.value }
    return MACSyntax.normalized(address.value) ?? address.value
  }

  mutating func readMTU(_ element: some ReadableElement, path: [String]) -> Int? {
    checkAttributes(element, allowed: AllowedAttributes.mtu)
    onlyExtensions(in: element)
    guard let size = element.attribute("size") else {
      missingAttribute("size", of: element)
      return nil
    }
    record(ModelPath(interfaces: path, field: .mtu), size.valueRange)
    return number(size, what: "mtu", range: ModelProblem.mtuRange, sharedRange: true)
  }

  mutating func readLink(_ element: some ReadableElement) {
    checkAttributes(element, allowed: AllowedAttributes.link)
    onlyExtensions(in: element)
    if let speed = element.attribute("speed") {
      _ = number(speed, what: "link speed", range: 0...XMLValueSyntax.maximumUnsigned)
    }
    if let state = element.attribute("state") {
      _ = enumeration(state, what: "link state", Vocabulary.linkStates)
    }
  }
}
