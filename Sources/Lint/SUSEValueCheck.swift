import InterfaceModel
import ShellSyntax

/// Value checks for one SUSE ifcfg file with InterfaceModel's syntax
/// checkers, for the keys the IR models (the SUSE dialect's reader is to
/// take these over once it is public).
enum SUSEValueCheck {
  static let startModes: Set<String> = ["auto", "hotplug", "manual", "off", "nfsroot", "ifplugd", "onboot", "boot"]
  static let bootProtocols: Set<String> = ["static", "dhcp", "dhcp4", "dhcp6", "autoip", "none", "auto6", "6to4", "ibft"]
  static let switches: Set<String> = ["on", "off", "yes", "no"]

  static func findings(assignments: [ShellAssignment], lastIndex: [String: Int], locator: Locator) -> [LintFinding] {
    var findings: [LintFinding] = []
    for (index, assignment) in assignments.enumerated() where lastIndex[assignment.key] == index {
      let key = assignment.key
      guard let value = assignment.value.string, !value.isEmpty, let problem = problem(key: key, value: value) else {
        continue
      }
      if let finding = locator.finding(LintRules.invalidValue, "\(key): \(problem)", at: assignment.valueRange.start) {
        findings.append(finding)
      }
    }
    return findings
  }

  /// What is wrong with `value` as the value of `key`, or nil.
  static func problem(key: String, value: String) -> String? {
    switch key {
    case "STARTMODE":
      return startModes.contains(value) ? nil : "'\(value)' is not auto, hotplug, manual, off, nfsroot or ifplugd"
    case "BOOTPROTO":
      let parts = value.split(separator: "+", omittingEmptySubsequences: false)
      return parts.allSatisfy({ bootProtocols.contains(String($0)) })
        ? nil : "'\(value)' is not static, dhcp, dhcp4, dhcp6, autoip, none or a +auto6 combination"
    case "LLADDR":
      return MACSyntax.normalized(value) == nil ? "'\(value)' is not a MAC address (aa:bb:cc:dd:ee:ff)" : nil
    case "MTU":
      return DecimalSyntax.integer(value, in: ModelProblem.mtuRange) == nil
        ? "'\(value)' is not a number in \(ModelProblem.mtuRange.lowerBound)...\(ModelProblem.mtuRange.upperBound)" : nil
    case "VLAN_ID":
      return DecimalSyntax.integer(value, in: ModelProblem.vlanTagRange) == nil ? "'\(value)' is not a vlan tag 0...4095" : nil
    case "PREFIXLEN":
      return DecimalSyntax.integer(value, in: 0...128) == nil ? "'\(value)' is not a prefix length 0...128" : nil
    case "BRIDGE_FORWARDDELAY":
      return ForwardDelaySyntax.isValid(value) ? nil : "'\(value)' is not a forward delay in seconds"
    case "BRIDGE_STP", "BRIDGE", "BONDING_MASTER":
      return switches.contains(value.lowercased()) ? nil : "'\(value)' is not on/off or yes/no"
    default:
      break
    }
    if key == "NETMASK" || key.hasPrefix("NETMASK_") {
      return IPv4Syntax.prefix(netmask: value) == nil ? "'\(value)' is not a netmask" : nil
    }
    if key == "IPADDR" || key.hasPrefix("IPADDR_") {
      let parts = value.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
      let address = String(parts.first ?? "")
      let maximum: Int
      if IPv4Syntax.isValid(address) {
        maximum = 32
      } else if IPv6Syntax.isValid(address) {
        maximum = 128
      } else {
        return "'\(value)' is not an IPv4 or IPv6 address with an optional /prefix"
      }
      if parts.count == 2, DecimalSyntax.integer(parts[1], in: 0...maximum) == nil {
        return "'\(value)': the prefix is not in 0...\(maximum)"
      }
    }
    return nil
  }
}
