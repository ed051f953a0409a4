import Diagnostics
import DialectSupport
import RedHatDialect
import ShellSyntax

/// Value checks for one Red Hat ifcfg file, through the Red Hat dialect's
/// own reader, so lint and `from-native` agree on what a value means.
///
/// The file is read alone, as a top-level interface, so that the reader
/// checks every key of a port or slave too. References between files are
/// checked separately.
enum RedHatValueCheck {
  static let dialect = RedHatDialect()
  /// The BOOTPROTO values initscripts or NetworkManager accept.
  static let bootProtocols = WordList(["", "none", "static", "dhcp", "bootp", "autoip", "ibft", "shared"])

  /// `device` and `bootProtocol` are the file's last `DEVICE` and `BOOTPROTO` assignments.
  static func findings(
    file: IfcfgFile, device: ShellAssignment?, bootProtocol: ShellAssignment?, locator: Locator
  ) -> [LintFinding] {
    let diagnostics = dialect.diagnostics(of: file)
    var findings: [LintFinding] = []
    for diagnostic in diagnostics {
      let message: String
      switch diagnostic.code {
      case "invalid-value", "incomplete-vlan":
        message = diagnostic.message
      case "invalid-interface-name":
        message = "DEVICE: '\(device?.string ?? "")' is not a valid interface name"
      default:
        continue
      }
      if let finding = locator.finding(LintRules.invalidValue, message, at: diagnostic.range.start) {
        findings.append(finding)
      }
    }
    if let assignment = bootProtocol, let value = assignment.string,
      !bootProtocols.contains(value),
      let finding = locator.finding(
        LintRules.invalidValue, "BOOTPROTO: '\(value)' is not none, static, dhcp, bootp, autoip, ibft or shared",
        at: assignment.valueRange.start)
    {
      findings.append(finding)
    }
    return findings
  }
}
