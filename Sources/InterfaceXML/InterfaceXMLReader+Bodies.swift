import Diagnostics
import InterfaceModel
import XMLSyntax

/// `<bridge>`, `<bond>` and `<vlan>` elements.
extension InterfaceXMLReader {
  mutating func readBridge(_ element: some ReadableElement, path: [String]) -> Bridge {
    checkAttributes(element, allowed: AllowedAttributes.bridge)
    var bridge = Bridge()
    if let stp = element.attribute("stp") {
      bridge.stp = enumeration(stp, what: "bridge stp", ["on", "off"]).map { $0 == "on" }
    }
    if let delay = element.attribute("delay") {
      record(ModelPath(interfaces: path, field: .bridgeDelay), delay.valueRange)
      bridge.delay = delay.value
    }
    checkText(in: element)
    for child in element.elementChildren {
      if child.name == "interface" {
        if let port = readInterface(child, context: .nested, parentPath: path) { bridge.ports.append(port) }
      } else {
        reportUnexpected(child, in: "<bridge>")
      }
    }
    return bridge
  }

  mutating func readBond(_ element: some ReadableElement, path: [String]) -> Bond {
    checkAttributes(element, allowed: AllowedAttributes.mode)
    var bond = Bond()
    if let mode = element.attribute("mode") {
      bond.mode = enumeration(mode, what: "bond mode", BondMode.self)
    }
    record(ModelPath(interfaces: path, field: .bondSlaves), element.startTagRange)
    var seen = SeenElements()
    checkText(in: element)
    for child in element.elementChildren {
      switch child.name {
      case "miimon":
        guard once(child, key: .monitor, in: "<bond>", &seen) else { continue }
        bond.monitor = readMIIMonitor(child).map(BondMonitor.mii)
      case "arpmon":
        guard once(child, key: .monitor, in: "<bond>", &seen) else { continue }
        bond.monitor = readARPMonitor(child, path: path).map(BondMonitor.arp)
      case "interface":
        if let slave = readInterface(child, context: .nested, parentPath: path) { bond.slaves.append(slave) }
      default:
        reportUnexpected(child, in: "<bond>")
      }
    }
    return bond
  }

  mutating func readMIIMonitor(_ element: some ReadableElement) -> MIIMonitor? {
    checkAttributes(element, allowed: AllowedAttributes.miimon)
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
      monitor.carrier = enumeration(carrier, what: "miimon carrier", CarrierMode.self)
    }
    return monitor
  }

  mutating func readARPMonitor(_ element: some ReadableElement, path: [String]) -> ARPMonitor? {
    checkAttributes(element, allowed: AllowedAttributes.arpmon)
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
      monitor.validate = enumeration(validate, what: "arpmon validate", ARPValidate.self)
    }
    return monitor
  }

  mutating func readVLAN(_ element: some ReadableElement, path: [String]) -> VLAN {
    checkAttributes(element, allowed: AllowedAttributes.vlan)
    var vlan = VLAN(tag: 0, parent: "")
    if let tag = element.attribute("tag") {
      record(ModelPath(interfaces: path, field: .vlanTag), tag.valueRange)
      vlan.tag = number(tag, what: "vlan tag", range: ModelProblem.vlanTagRange, sharedRange: true) ?? 0
    } else {
      missingAttribute("tag", of: element)
    }
    var seen = SeenElements()
    checkText(in: element)
    for child in element.elementChildren {
      guard child.name == "interface" else {
        reportUnexpected(child, in: "<vlan>")
        continue
      }
      guard once(child, key: .interface, in: "<vlan>", &seen) else { continue }
      checkAttributes(child, allowed: AllowedAttributes.vlanParent)
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
}
