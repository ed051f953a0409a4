import Diagnostics
import DialectSupport
import InterfaceModel
import ShellSyntax

/// What one ifcfg file contributes to the checks across its folder.
struct InterfaceSummary: Sendable {
  var fileName: String
  var path: String
  /// The interface the file describes (Red Hat: `DEVICE`, else the file name's suffix).
  var name: String
  /// Where `DEVICE` is, or 1:1.
  var nameLocation: LocatedValue
  /// Red Hat `MASTER`, `BRIDGE`, `TEAM_MASTER`: the masters this interface names.
  var masters: [LocatedValue] = []
  /// SUSE `BRIDGE_PORTS` items and `BONDING_SLAVE*`: the members this interface names.
  var members: [LocatedValue] = []
  var vlanParent: LocatedValue?
  /// Static addresses, without their prefix.
  var addresses: [LocatedValue] = []
  var suppressions: Suppressions
}

/// The per-file checks of one ifcfg file: syntax, keys and values.
struct IfcfgChecker {
  let dialect: LintDialect
  let disabled: Set<String>

  func check(fileName: String, path: String, bytes: [UInt8]) -> (findings: [LintFinding], summary: InterfaceSummary) {
    let shell = ShellFile(parsing: bytes, path: path)
    let assignments = shell.assignments
    var lastIndex: [String: Int] = [:]
    lastIndex.reserveCapacity(assignments.count)
    for (index, assignment) in assignments.enumerated() { lastIndex[assignment.key] = index }
    var suppressions = Suppressions()
    for line in shell.lines {
      if case .comment(let comment) = line { suppressions.scan(comment.text[...]) }
    }
    let locator = Locator(path: path, bytes: bytes, suppressions: suppressions, disabled: disabled)
    var findings: [LintFinding] = []
    syntax(shell, assignments, locator, into: &findings)
    let isLoopback = fileName == "ifcfg-lo"
    if !isLoopback { keys(assignments, locator, into: &findings) }
    // The dialect reads the same parse; only ranges and messages of its findings are used.
    let file = IfcfgFile(fileName: fileName, path: path, shell: shell)
    switch dialect {
    case .redHat: findings += RedHatValueCheck.findings(file: file, assignments: assignments, locator: locator)
    case .suse: findings += SUSEValueCheck.findings(file: file, assignments: assignments, locator: locator)
    }
    let summary = summarize(fileName: fileName, assignments: assignments, lastIndex: lastIndex, locator: locator)
    return (findings, summary)
  }

  // MARK: - Syntax

  static let syntaxRules: [String: LintRule] = [
    ShellDiagnosticCode.unterminatedQuote.rawValue: LintRules.unterminatedQuote,
    ShellDiagnosticCode.unquotedSpace.rawValue: LintRules.unquotedSpace,
    ShellDiagnosticCode.expansion.rawValue: LintRules.expansion,
    ShellDiagnosticCode.unparsedLine.rawValue: LintRules.unparsedLine,
    ShellDiagnosticCode.invalidKey.rawValue: LintRules.unparsedLine,
    ShellDiagnosticCode.invalidUTF8.rawValue: LintRules.invalidUTF8,
    ShellDiagnosticCode.crlfLineEnd.rawValue: LintRules.crlfLineEnd,
    ShellDiagnosticCode.nulByte.rawValue: LintRules.nulByte,
    ShellDiagnosticCode.duplicateKey.rawValue: LintRules.duplicateKey,
  ]

  private func syntax(
    _ shell: ShellFile, _ assignments: [ShellAssignment], _ locator: Locator, into findings: inout [LintFinding]
  ) {
    for diagnostic in shell.diagnostics {
      let rule = Self.syntaxRules[diagnostic.code] ?? LintRules.unparsedLine
      var message = diagnostic.message
      if rule == LintRules.expansion, let key = Self.key(at: diagnostic.range.start, in: assignments) {
        message = "the value of \(key) holds an expansion that bash would run at boot; write a static value"
      }
      if let finding = locator.finding(rule, message, at: diagnostic.range.start) { findings.append(finding) }
    }
  }

  private static func key(at offset: Int, in assignments: [ShellAssignment]) -> String? {
    assignments.first { $0.range.start <= offset && offset < $0.range.end }?.key
  }

  // MARK: - Keys

  private func keys(_ assignments: [ShellAssignment], _ locator: Locator, into findings: inout [LintFinding]) {
    let table = dialect.knownKeys
    for assignment in assignments {
      let key = assignment.key
      let offset = assignment.keyRange.start
      if let entry = table.entry(for: key) {
        if entry.status == .deprecated {
          let note = entry.note.isEmpty ? "" : ": \(entry.note)"
          if let finding = locator.finding(LintRules.deprecatedKey, "deprecated key \(key)\(note)", at: offset) {
            findings.append(finding)
          }
        }
        continue
      }
      var message = "unknown key \(key)"
      let upper = key.uppercased()
      if upper != key, table.entry(for: upper) != nil {
        message += " (did you mean \(upper)?)"
      } else if let suggestion = table.suggestion(for: key) {
        message += " (did you mean \(suggestion)?)"
      } else if let other = LintDialect.allCases.first(where: { $0 != dialect && $0.knownKeys.entry(for: key) != nil }) {
        message += " (a \(other.displayName) key)"
      }
      if let finding = locator.finding(LintRules.unknownKey, message, at: offset) { findings.append(finding) }
    }
  }

  // MARK: - Summary for the folder

  private func summarize(
    fileName: String, assignments: [ShellAssignment], lastIndex: [String: Int], locator: Locator
  ) -> InterfaceSummary {
    func located(_ assignment: ShellAssignment, _ value: String) -> LocatedValue {
      let location = locator.location(assignment.valueRange.start)
      return LocatedValue(value: value, line: location.line, column: location.column, key: assignment.key)
    }
    func text(_ key: String) -> (ShellAssignment, String)? {
      guard let index = lastIndex[key], index < assignments.count else { return nil }
      let assignment = assignments[index]
      guard let value = assignment.value.string, !value.isEmpty else { return nil }
      return (assignment, value)
    }
    func isLast(_ index: Int, _ assignment: ShellAssignment) -> Bool { lastIndex[assignment.key] == index }
    let suffix = String(fileName.dropFirst("ifcfg-".count))
    var summary = InterfaceSummary(
      fileName: fileName, path: locator.path, name: suffix,
      nameLocation: LocatedValue(value: suffix, line: 1, column: 1, key: ""), suppressions: locator.suppressions)
    switch dialect {
    case .redHat:
      if let (assignment, device) = text("DEVICE") {
        summary.name = device
        summary.nameLocation = located(assignment, device)
      }
      for key in ["MASTER", "BRIDGE", "TEAM_MASTER"] {
        if let (assignment, master) = text(key) { summary.masters.append(located(assignment, master)) }
      }
      let type = text("TYPE")?.1.lowercased()
      let vlanFlag = text("VLAN").flatMap { IfcfgBoolean.parse($0.1) } ?? false
      if type == "vlan" || vlanFlag {
        if let (assignment, parent) = text("PHYSDEV") {
          summary.vlanParent = located(assignment, parent)
        } else if let dot = summary.name.lastIndex(of: "."), dot != summary.name.startIndex {
          var parent = summary.nameLocation
          parent.value = String(summary.name[..<dot])
          summary.vlanParent = parent
        }
      }
      for (index, assignment) in assignments.enumerated()
      where Self.isIPv4AddressKey(assignment.key) && isLast(index, assignment) {
        if let value = assignment.value.string, IPv4Syntax.isValid(value) {
          summary.addresses.append(located(assignment, value))
        }
      }
      for key in ["IPV6ADDR", "IPV6ADDR_SECONDARIES"] {
        guard let (assignment, value) = text(key) else { continue }
        for item in value.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
          let address = String(item.prefix { $0 != "/" })
          if IPv6Syntax.isValid(address) { summary.addresses.append(located(assignment, address.lowercased())) }
        }
      }
    case .suse:
      if let (assignment, ports) = text("BRIDGE_PORTS") {
        for port in ports.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
          summary.members.append(located(assignment, String(port)))
        }
      }
      for (index, assignment) in assignments.enumerated()
      where assignment.key.hasPrefix("BONDING_SLAVE") && isLast(index, assignment) {
        if let slave = assignment.value.string, !slave.isEmpty { summary.members.append(located(assignment, slave)) }
      }
      if let (assignment, parent) = text("ETHERDEVICE") { summary.vlanParent = located(assignment, parent) }
      for (index, assignment) in assignments.enumerated()
      where (assignment.key == "IPADDR" || assignment.key.hasPrefix("IPADDR_")) && isLast(index, assignment) {
        guard let value = assignment.value.string else { continue }
        let address = String(value.prefix { $0 != "/" })
        if IPv4Syntax.isValid(address) || IPv6Syntax.isValid(address) {
          summary.addresses.append(located(assignment, address.lowercased()))
        }
      }
    }
    return summary
  }

  /// `IPADDR`, `IPADDR0`, `IPADDR1`, ...
  static func isIPv4AddressKey(_ key: String) -> Bool {
    guard key.hasPrefix("IPADDR") else { return false }
    return key.utf8.dropFirst(6).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
  }
}
