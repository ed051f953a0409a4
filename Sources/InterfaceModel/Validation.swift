/// Where in an interface tree a problem lies: the chain of interface names
/// from the top level down, and the field.
public struct ModelPath: Sendable, Hashable, CustomStringConvertible {
  public var interfaces: [String]
  public var field: Field

  public init(interfaces: [String], field: Field) {
    self.interfaces = interfaces
    self.field = field
  }

  /// The part of an interface a problem is about.
  public enum Field: Sendable, Hashable {
    case name
    case mtu
    case mac
    case ipv4Address(index: Int)
    case ipv4Prefix(index: Int)
    case ipv4Gateway
    case ipv6Address(index: Int)
    case ipv6Prefix(index: Int)
    case ipv6Gateway
    case bridgeDelay
    case bondSlaves
    case bondMonitor
    case arpTarget
    case vlanTag
    case vlanParent
    case port(name: String)
  }

  public var description: String { interfaces.joined(separator: "/") + " \(field)" }
}

/// A typed reason why an interface tree is invalid.
public enum ModelProblem: Sendable, Hashable, CustomStringConvertible {
  case invalidName(String, reason: String)
  case mtuOutOfRange(Int)
  case invalidMAC(String)
  case invalidIPv4Address(String)
  case invalidIPv6Address(String)
  case prefixOutOfRange(Int, maximum: Int)
  case invalidForwardDelay(String)
  case vlanTagOutOfRange(Int)
  case bondWithoutSlaves
  case invalidPortKind(InterfaceType)
  case invalidSlaveKind(InterfaceType)
  case slaveInTwoBonds(String)
  case portInTwoBridges(String)
  case duplicateInterface(String)
  case negativeTime(Int)

  public static let mtuRange = 68...65535
  public static let vlanTagRange = 0...4095

  public var description: String {
    switch self {
    case .invalidName(let name, let reason): "invalid interface name '\(name)': \(reason)"
    case .mtuOutOfRange(let mtu): "mtu \(mtu) is out of range \(Self.mtuRange.lowerBound)...\(Self.mtuRange.upperBound)"
    case .invalidMAC(let mac): "'\(mac)' is not a MAC address (aa:bb:cc:dd:ee:ff)"
    case .invalidIPv4Address(let text): "'\(text)' is not an IPv4 address"
    case .invalidIPv6Address(let text): "'\(text)' is not an IPv6 address"
    case .prefixOutOfRange(let prefix, let maximum): "prefix \(prefix) is out of range 0...\(maximum)"
    case .invalidForwardDelay(let text): "forward delay '\(text)' is not a number of seconds"
    case .vlanTagOutOfRange(let tag): "vlan tag \(tag) is out of range 0...4095"
    case .bondWithoutSlaves: "a bond needs at least one slave interface"
    case .invalidPortKind(let type): "a bridge port cannot be of type \(type.rawValue)"
    case .invalidSlaveKind(let type): "a bond slave must be an ethernet interface, not \(type.rawValue)"
    case .slaveInTwoBonds(let name): "interface '\(name)' is a slave of two bonds"
    case .portInTwoBridges(let name): "interface '\(name)' is a port of two bridges"
    case .duplicateInterface(let name): "interface '\(name)' is defined twice"
    case .negativeTime(let value): "time \(value) must not be negative"
    }
  }
}

/// One problem found by ``InterfaceValidator``.
public struct ModelIssue: Sendable, Hashable, CustomStringConvertible {
  public var path: ModelPath
  public var problem: ModelProblem

  public init(path: ModelPath, problem: ModelProblem) {
    self.path = path
    self.problem = problem
  }

  public var description: String { problem.description }
}

/// Checks interface trees against the rules every format shares.
public enum InterfaceValidator {
  /// Every problem in a set of top-level interfaces, in tree order.
  public static func validate(_ interfaces: [Interface]) -> [ModelIssue] {
    var issues: [ModelIssue] = []
    var topLevel = Set<String>()
    topLevel.reserveCapacity(interfaces.count)
    var slaves = Set<String>()
    var ports = Set<String>()
    var parents: [String] = []
    for interface in interfaces {
      if !topLevel.insert(interface.name).inserted {
        issues.append(ModelIssue(path: ModelPath(interfaces: [interface.name], field: .name), problem: .duplicateInterface(interface.name)))
      }
      validate(interface, parents: &parents, into: &issues)
      if !interface.members.isEmpty {
        collectMembership(interface, path: [interface.name], slaves: &slaves, ports: &ports, into: &issues)
      }
    }
    return issues
  }

  /// Every problem in one top-level interface.
  public static func validate(_ interface: Interface) -> [ModelIssue] { validate([interface]) }

  /// - Parameter parents: the names above `interface`, a stack shared by the
  ///   whole walk; a path is built only when there is something to report.
  private static func validate(_ interface: Interface, parents: inout [String], into issues: inout [ModelIssue]) {
    func report(_ field: ModelPath.Field, _ problem: ModelProblem, _ parents: [String]) {
      issues.append(ModelIssue(path: ModelPath(interfaces: parents + [interface.name], field: field), problem: problem))
    }
    if let reason = InterfaceName.problem(interface.name) {
      report(.name, .invalidName(interface.name, reason: reason), parents)
    }
    if let mtu = interface.mtu, !ModelProblem.mtuRange.contains(mtu) { report(.mtu, .mtuOutOfRange(mtu), parents) }
    if let mac = interface.mac, !MACSyntax.isValid(mac) { report(.mac, .invalidMAC(mac), parents) }
    if let ipv4 = interface.ipv4 {
      for (index, address) in ipv4.addresses.enumerated() {
        if !IPv4Syntax.isValid(address.address) {
          report(.ipv4Address(index: index), .invalidIPv4Address(address.address), parents)
        }
        if let prefix = address.prefix, !(0...32).contains(prefix) {
          report(.ipv4Prefix(index: index), .prefixOutOfRange(prefix, maximum: 32), parents)
        }
      }
      if let gateway = ipv4.gateway, !IPv4Syntax.isValid(gateway) {
        report(.ipv4Gateway, .invalidIPv4Address(gateway), parents)
      }
    }
    if let ipv6 = interface.ipv6 {
      for (index, address) in ipv6.addresses.enumerated() {
        if !IPv6Syntax.isValid(address.address) {
          report(.ipv6Address(index: index), .invalidIPv6Address(address.address), parents)
        }
        if let prefix = address.prefix, !(0...128).contains(prefix) {
          report(.ipv6Prefix(index: index), .prefixOutOfRange(prefix, maximum: 128), parents)
        }
      }
      if let gateway = ipv6.gateway, !IPv6Syntax.isValid(gateway) {
        report(.ipv6Gateway, .invalidIPv6Address(gateway), parents)
      }
    }
    switch interface.kind {
    case .ethernet:
      break
    case .bridge(let bridge):
      if let delay = bridge.delay, !ForwardDelaySyntax.isValid(delay) {
        report(.bridgeDelay, .invalidForwardDelay(delay), parents)
      }
      parents.append(interface.name)
      for index in bridge.ports.indices {
        let port = bridge.ports[index]
        if port.type == .bridge {
          issues.append(
            ModelIssue(path: ModelPath(interfaces: parents, field: .port(name: port.name)), problem: .invalidPortKind(port.type)))
        }
        validate(port, parents: &parents, into: &issues)
      }
      parents.removeLast()
    case .bond(let bond):
      if bond.slaves.isEmpty { report(.bondSlaves, .bondWithoutSlaves, parents) }
      switch bond.monitor {
      case .mii(let mii):
        if let time = mii.frequency, time < 0 { report(.bondMonitor, .negativeTime(time), parents) }
        if let time = mii.downdelay, time < 0 { report(.bondMonitor, .negativeTime(time), parents) }
        if let time = mii.updelay, time < 0 { report(.bondMonitor, .negativeTime(time), parents) }
      case .arp(let arp):
        if let interval = arp.interval, interval < 0 { report(.bondMonitor, .negativeTime(interval), parents) }
        if let target = arp.target, !IPv4Syntax.isValid(target) {
          report(.arpTarget, .invalidIPv4Address(target), parents)
        }
      case nil:
        break
      }
      parents.append(interface.name)
      for index in bond.slaves.indices {
        let slave = bond.slaves[index]
        if slave.type != .ethernet {
          issues.append(
            ModelIssue(path: ModelPath(interfaces: parents, field: .port(name: slave.name)), problem: .invalidSlaveKind(slave.type)))
        }
        validate(slave, parents: &parents, into: &issues)
      }
      parents.removeLast()
    case .vlan(let vlan):
      if !ModelProblem.vlanTagRange.contains(vlan.tag) { report(.vlanTag, .vlanTagOutOfRange(vlan.tag), parents) }
      if let reason = InterfaceName.problem(vlan.parent) {
        report(.vlanParent, .invalidName(vlan.parent, reason: reason), parents)
      }
    }
  }

  private static func collectMembership(
    _ interface: Interface, path: [String], slaves: inout Set<String>, ports: inout Set<String>,
    into issues: inout [ModelIssue]
  ) {
    switch interface.kind {
    case .bridge(let bridge):
      for port in bridge.ports {
        if !ports.insert(port.name).inserted {
          issues.append(ModelIssue(path: ModelPath(interfaces: path, field: .port(name: port.name)), problem: .portInTwoBridges(port.name)))
        }
        if !port.members.isEmpty {
          collectMembership(port, path: path + [port.name], slaves: &slaves, ports: &ports, into: &issues)
        }
      }
    case .bond(let bond):
      for slave in bond.slaves where !slaves.insert(slave.name).inserted {
        issues.append(ModelIssue(path: ModelPath(interfaces: path, field: .port(name: slave.name)), problem: .slaveInTwoBonds(slave.name)))
      }
    case .ethernet, .vlan:
      break
    }
  }
}
