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
    var parents: [String] = []
    for interface in interfaces { check(interface, parents: &parents, nested: false, into: &problems) }
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

  /// - Parameter parents: the names above `interface`, a stack shared by the
  ///   whole walk; a path is built only when there is something to report.
  private static func check(
    _ interface: Interface, parents: inout [String], nested: Bool, into problems: inout [InterfaceXMLWriteProblem]
  ) {
    if interface.mac != nil, interface.type != .ethernet {
      problems.append(.macOnNonEthernet(path: parents + [interface.name], type: interface.type))
    }
    if nested {
      if interface.startMode != nil {
        problems.append(.settingOnNestedInterface(path: parents + [interface.name], setting: "start mode"))
      }
      if interface.mtu != nil { problems.append(.settingOnNestedInterface(path: parents + [interface.name], setting: "mtu")) }
      if interface.ipv4 != nil {
        problems.append(.settingOnNestedInterface(path: parents + [interface.name], setting: "IPv4 addressing"))
      }
      if interface.ipv6 != nil {
        problems.append(.settingOnNestedInterface(path: parents + [interface.name], setting: "IPv6 addressing"))
      }
    }
    switch interface.kind {
    case .ethernet, .vlan:
      break
    case .bridge(let bridge):
      parents.append(interface.name)
      for port in bridge.ports { check(port, parents: &parents, nested: true, into: &problems) }
      parents.removeLast()
    case .bond(let bond):
      parents.append(interface.name)
      if let monitor = bond.monitor { checkMonitor(monitor, path: parents, into: &problems) }
      for slave in bond.slaves { check(slave, parents: &parents, nested: true, into: &problems) }
      parents.removeLast()
    }
  }

  private static func checkMonitor(
    _ monitor: BondMonitor, path: [String], into problems: inout [InterfaceXMLWriteProblem]
  ) {
    switch monitor {
    case .mii(let mii):
      if mii.frequency == nil { problems.append(.incompleteMonitor(path: path, missing: "a frequency (freq)")) }
      checkTime("miimon freq", mii.frequency, path: path, into: &problems)
      checkTime("miimon downdelay", mii.downdelay, path: path, into: &problems)
      checkTime("miimon updelay", mii.updelay, path: path, into: &problems)
    case .arp(let arp):
      if arp.interval == nil { problems.append(.incompleteMonitor(path: path, missing: "an interval")) }
      if arp.target == nil { problems.append(.incompleteMonitor(path: path, missing: "a target")) }
      checkTime("arpmon interval", arp.interval, path: path, into: &problems)
    }
  }

  private static func checkTime(
    _ what: String, _ value: Int?, path: [String], into problems: inout [InterfaceXMLWriteProblem]
  ) {
    if let value, value > XMLValueSyntax.maximumUnsigned {
      problems.append(.timeOutOfRange(path: path, what: what, value: value))
    }
  }
}
