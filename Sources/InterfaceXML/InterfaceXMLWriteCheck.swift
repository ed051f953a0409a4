import Diagnostics
import InterfaceModel

/// Why an interface value cannot be written as interface XML: either it is
/// invalid in every format (``InterfaceValidator``), or it holds something
/// libvirt's and netcf's grammars have no place for.
public enum InterfaceXMLWriteProblem: Sendable, Hashable, CustomStringConvertible {
  /// A problem every format shares.
  case model(ModelIssue)
  /// A MAC address on a bridge, bond or vlan: only ethernet interfaces have one.
  case macOnNonEthernet(path: [String], type: InterfaceType)
  /// A start mode, mtu or addressing on a bridge port or bond slave: they
  /// belong to the top-level interface.
  case settingOnNestedInterface(path: [String], setting: String)
  /// A `<miimon>` without `freq`, an `<arpmon>` without `interval` or `target`.
  case incompleteMonitor(path: [String], missing: String)
  /// A time larger than the grammar's nine digits.
  case timeOutOfRange(path: [String], what: String, value: Int)

  public var description: String {
    switch self {
    case .model(let issue):
      "\(Self.name(issue.path.interfaces)): \(issue.problem)"
    case .macOnNonEthernet(let path, let type):
      "\(Self.name(path)): a \(type.rawValue) interface cannot have a MAC address in interface XML; only ethernet interfaces have one"
    case .settingOnNestedInterface(let path, let setting):
      "\(Self.name(path)): a bridge port or bond slave cannot have its own \(setting) in interface XML"
    case .incompleteMonitor(let path, let missing):
      "\(Self.name(path)): the bond's link monitor needs \(missing) to be written as interface XML"
    case .timeOutOfRange(let path, let what, let value):
      "\(Self.name(path)): \(what) \(value) is out of range 0...\(XMLValueSyntax.maximumUnsigned)"
    }
  }

  public var code: String {
    switch self {
    case .model(let issue): InterfaceXMLDiagnosticCode.code(of: issue.problem)
    default: InterfaceXMLDiagnosticCode.unrepresentable
    }
  }

  private static func name(_ path: [String]) -> String { path.joined(separator: "/") }
}

/// Checks that interfaces can be written as interface XML that this tool,
/// Schemas/interface.rng and libvirt's and netcf's grammars all accept.
public enum InterfaceXMLWriteCheck {
  /// Every reason the interfaces cannot be written; empty when they can.
  public static func problems(_ interfaces: [Interface]) -> [InterfaceXMLWriteProblem] {
    var problems = InterfaceValidator.validate(interfaces).map(InterfaceXMLWriteProblem.model)
    for interface in interfaces { check(interface, path: [interface.name], nested: false, into: &problems) }
    return problems
  }

  /// Notes about documents that are valid here and under libvirt's grammar
  /// but not under netcf's, which requires every top-level interface to
  /// have a `<start>` element (`virsh iface-define` on a host whose
  /// libvirt uses netcf would refuse them). Writing still succeeds: the IR
  /// says nothing about when such an interface starts, and the writer does
  /// not invent it.
  public static func portabilityNotes(_ interfaces: [Interface]) -> [String] {
    interfaces.filter { $0.startMode == nil }.map { interface in
      "\(interface.name): no start mode; netcf's grammar requires <start mode=\"onboot|none|hotplug\"/>"
    }
  }

  /// The problems as diagnostics reported against `path` (a view has no source bytes).
  static func diagnostics(_ problems: [InterfaceXMLWriteProblem], path: String) -> [Diagnostic] {
    problems.map { .error($0.code, $0.description, path: path, range: .at(0)) }
  }

  private static func check(
    _ interface: Interface, path: [String], nested: Bool, into problems: inout [InterfaceXMLWriteProblem]
  ) {
    if interface.mac != nil, interface.type != .ethernet {
      problems.append(.macOnNonEthernet(path: path, type: interface.type))
    }
    if nested {
      let settings: [(String, Bool)] = [
        ("start mode", interface.startMode != nil), ("mtu", interface.mtu != nil),
        ("IPv4 addressing", interface.ipv4 != nil), ("IPv6 addressing", interface.ipv6 != nil),
      ]
      for (setting, present) in settings where present {
        problems.append(.settingOnNestedInterface(path: path, setting: setting))
      }
    }
    switch interface.kind {
    case .ethernet, .vlan:
      break
    case .bridge(let bridge):
      for port in bridge.ports { check(port, path: path + [port.name], nested: true, into: &problems) }
    case .bond(let bond):
      checkMonitor(bond.monitor, path: path, into: &problems)
      for slave in bond.slaves { check(slave, path: path + [slave.name], nested: true, into: &problems) }
    }
  }

  private static func checkMonitor(
    _ monitor: BondMonitor?, path: [String], into problems: inout [InterfaceXMLWriteProblem]
  ) {
    var times: [(String, Int?)] = []
    switch monitor {
    case .mii(let mii):
      if mii.frequency == nil { problems.append(.incompleteMonitor(path: path, missing: "a frequency (freq)")) }
      times = [("miimon freq", mii.frequency), ("miimon downdelay", mii.downdelay), ("miimon updelay", mii.updelay)]
    case .arp(let arp):
      if arp.interval == nil { problems.append(.incompleteMonitor(path: path, missing: "an interval")) }
      if arp.target == nil { problems.append(.incompleteMonitor(path: path, missing: "a target")) }
      times = [("arpmon interval", arp.interval)]
    case nil:
      break
    }
    for (what, value) in times {
      if let value, value > XMLValueSyntax.maximumUnsigned {
        problems.append(.timeOutOfRange(path: path, what: what, value: value))
      }
    }
  }
}
