import Diagnostics
import DialectSupport
import SUSEDialect
import ShellSyntax

/// Value checks for one SUSE ifcfg file, through the SUSE dialect's own
/// reader, so lint and `from-native` agree on what a value means. The file
/// is read alone (SUSE members are named by their masters, so every file
/// reads as an interface of its own); references between files are checked
/// separately.
enum SUSEValueCheck {
  static let dialect = SUSEDialect()
  /// The BOOTPROTO words wicked accepts (joined with `+`).
  static let bootProtocols = WordList(["static", "dhcp", "dhcp4", "dhcp6", "autoip", "none", "auto6", "6to4", "ibft"])

  /// Whether `name` is an ifcfg file the SUSE dialect reads (not a backup, not a routes file).
  static func isIfcfg(_ name: String) -> Bool { name.hasPrefix("ifcfg-") && dialect.isConfigFile(named: name) }

  /// `bootProtocol` is the file's last `BOOTPROTO` assignment.
  static func findings(file: IfcfgFile, bootProtocol: ShellAssignment?, locator: Locator) -> [LintFinding] {
    let diagnostics = dialect.diagnostics(of: file)
    var findings: [LintFinding] = []
    for diagnostic in diagnostics where diagnostic.code == "invalid-value" {
      if let finding = locator.finding(LintRules.invalidValue, diagnostic.message, at: diagnostic.range.start) {
        findings.append(finding)
      }
    }
    if let assignment = bootProtocol, let value = assignment.string,
      !value.isEmpty,
      !bootProtocols.containsEveryPart(value),
      let finding = locator.finding(
        LintRules.invalidValue, "BOOTPROTO: '\(value)' is not static, dhcp, dhcp4, dhcp6, autoip, none or a +auto6 combination",
        at: assignment.valueRange.start)
    {
      findings.append(finding)
    }
    return findings
  }
}
