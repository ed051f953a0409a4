import Diagnostics
import DialectSupport
import InterfaceModel
import ShellSyntax

/// What one ifcfg file contributes to the checks across its folder.
struct InterfaceSummary: Sendable {
  var fileName: String
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
///
/// The file is lexed once; every assignment's key is looked up once, by its
/// bytes, in the dialect's ``KeyIndex``, and that one pass gives the key
/// checks, the values the value checks read and the folder summary.
struct IfcfgChecker {
  let dialect: LintDialect
  let disabled: Set<String>
  private let keyIndex: KeyIndex

  init(dialect: LintDialect, disabled: Set<String>) {
    self.dialect = dialect
    self.disabled = disabled
    keyIndex = KeyIndex.of(dialect)
  }

  /// One assignment of the file, its key looked up.
  struct KeyedAssignment {
    /// Its index in the file's lines.
    var line: Int
    var keyStart: Int
    var keyEnd: Int
    var keyHash: UInt64
    var match: KeyIndex.Match
  }

  /// The file's assignments, keyed, and the last assignment of each single-key role.
  struct Keyed {
    var assignments: [KeyedAssignment] = []
    /// Per role, the position in `assignments` of its last assignment + 1 (0: none).
    private var lastPositions = SIMD16<Int32>()

    mutating func append(_ assignment: KeyedAssignment) {
      let role = assignment.match.role
      if role != .none, role != .address, role != .bondingSlave, Int(role.rawValue) < lastPositions.scalarCount {
        lastPositions[Int(role.rawValue)] = Int32(truncatingIfNeeded: assignments.count + 1)
      }
      assignments.append(assignment)
    }

    /// The position in `assignments` of the last assignment with `role` (single-key roles only).
    func last(_ role: KeyIndex.Role) -> Int? {
      let slot = Int(role.rawValue)
      guard slot < lastPositions.scalarCount, lastPositions[slot] > 0 else { return nil }
      return Int(lastPositions[slot]) - 1
    }

    /// Whether no later assignment has the same key as the one at `position`.
    func isLast(_ position: Int, in bytes: [UInt8]) -> Bool {
      guard position < assignments.count else { return false }
      let this = assignments[position]
      let key = bytes[this.keyStart..<this.keyEnd]
      for later in assignments[(position + 1)...]
      where later.keyHash == this.keyHash && later.keyEnd - later.keyStart == key.count
        && bytes[later.keyStart..<later.keyEnd].elementsEqual(key)
      {
        return false
      }
      return true
    }
  }

  func check(fileName: String, path: String, bytes: [UInt8]) -> (findings: [LintFinding], summary: InterfaceSummary) {
    check(fileName: fileName, place: FindingPath(path), bytes: bytes)
  }

  /// Checks the file `fileName` at `place`. The parse is given no path (only
  /// the codes, messages and ranges of its diagnostics are used), so a clean
  /// file never has its path built.
  func check(fileName: String, place: FindingPath, bytes: [UInt8]) -> (findings: [LintFinding], summary: InterfaceSummary) {
    let shell = ShellFile(parsing: bytes, path: "")
    var suppressions = Suppressions()
    var keyed = Keyed()
    keyed.assignments.reserveCapacity(shell.lines.count)
    let lines = shell.lines
    bytes.withUnsafeBufferPointer { buffer in
      for index in lines.indices {
        switch lines[index] {
        case .comment(let comment):
          let range = comment.range
          let start = max(0, min(range.start, bytes.count))
          suppressions.scan(bytes[start..<max(start, min(range.end, bytes.count))])
        case .assignment(let assignment):
          let range = assignment.keyRange
          guard range.start >= 0, range.start <= range.end, range.end <= buffer.count else { continue }
          let key = UnsafeBufferPointer(rebasing: buffer[range.start..<range.end])
          let hash = KeyIndex.hash(key)
          let match = keyIndex.match(key, hash: hash)
          keyed.append(
            KeyedAssignment(line: index, keyStart: range.start, keyEnd: range.end, keyHash: hash, match: match))
        case .blank, .unparsed:
          continue
        }
      }
    }
    let locator = Locator(place: place, bytes: bytes, suppressions: suppressions, disabled: disabled)
    var findings: [LintFinding] = []
    syntax(shell, locator, into: &findings)
    if fileName != "ifcfg-lo" { keys(keyed, bytes: bytes, locator, into: &findings) }
    // The dialect reads the same parse; only ranges and messages of its findings are used.
    let file = IfcfgFile(fileName: fileName, path: "", shell: shell)
    let device = keyed.last(.device).flatMap { assignment(keyed, $0, lines) }
    let bootProtocol = keyed.last(.bootProtocol).flatMap { assignment(keyed, $0, lines) }
    switch dialect {
    case .redHat:
      findings += RedHatValueCheck.findings(file: file, device: device, bootProtocol: bootProtocol, locator: locator)
    case .suse: findings += SUSEValueCheck.findings(file: file, bootProtocol: bootProtocol, locator: locator)
    }
    let summary = summarize(fileName: fileName, keyed: keyed, lines: lines, bytes: bytes, locator: locator)
    return (findings, summary)
  }

  private func assignment(_ keyed: Keyed, _ position: Int, _ lines: ShellLines) -> ShellAssignment? {
    guard position < keyed.assignments.count else { return nil }
    let line = keyed.assignments[position].line
    guard line < lines.count, case .assignment(let assignment) = lines[line] else { return nil }
    return assignment
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

  private func syntax(_ shell: ShellFile, _ locator: Locator, into findings: inout [LintFinding]) {
    guard !shell.diagnostics.isEmpty else { return }
    let assignments = shell.assignments
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

  private func keys(_ keyed: Keyed, bytes: [UInt8], _ locator: Locator, into findings: inout [LintFinding]) {
    for assignment in keyed.assignments {
      if let entry = keyIndex.row(assignment.match) {
        guard entry.status == .deprecated else { continue }
        let key = String(decoding: bytes[assignment.keyStart..<assignment.keyEnd], as: UTF8.self)
        let note = entry.note.isEmpty ? "" : ": \(entry.note)"
        if let finding = locator.finding(LintRules.deprecatedKey, "deprecated key \(key)\(note)", at: assignment.keyStart) {
          findings.append(finding)
        }
        continue
      }
      let key = String(decoding: bytes[assignment.keyStart..<assignment.keyEnd], as: UTF8.self)
      if let finding = locator.finding(LintRules.unknownKey, unknownKeyMessage(key), at: assignment.keyStart) {
        findings.append(finding)
      }
    }
  }

  private func unknownKeyMessage(_ key: String) -> String {
    let table = dialect.knownKeys
    var message = "unknown key \(key)"
    let upper = key.uppercased()
    if upper != key, table.entry(for: upper) != nil {
      message += " (did you mean \(upper)?)"
    } else if let suggestion = table.suggestion(for: key) {
      message += " (did you mean \(suggestion)?)"
    } else if let other = LintDialect.allCases.first(where: { $0 != dialect && $0.knownKeys.entry(for: key) != nil }) {
      message += " (a \(other.displayName) key)"
    }
    return message
  }

  // MARK: - Summary for the folder

  private func summarize(
    fileName: String, keyed: Keyed, lines: ShellLines, bytes: [UInt8], locator: Locator
  ) -> InterfaceSummary {
    func located(_ assignment: ShellAssignment, _ keyed: KeyedAssignment, _ value: String) -> LocatedValue {
      let location = locator.location(assignment.valueRange.start)
      let key = keyed.match.role.key ?? String(decoding: bytes[keyed.keyStart..<keyed.keyEnd], as: UTF8.self)
      return LocatedValue(value: value, line: location.line, column: location.column, key: key)
    }
    /// The last assignment of a single-key role, when its value is non-empty text.
    func text(_ role: KeyIndex.Role) -> (ShellAssignment, KeyedAssignment, String)? {
      guard let position = keyed.last(role), let assignment = assignment(keyed, position, lines),
        let value = assignment.string, !value.isEmpty
      else { return nil }
      return (assignment, keyed.assignments[position], value)
    }
    let suffix = IfcfgName.suffix(of: fileName)
    var summary = InterfaceSummary(
      fileName: fileName, name: suffix, nameLocation: LocatedValue(value: suffix, line: 1, column: 1, key: ""),
      suppressions: locator.suppressions)
    switch dialect {
    case .redHat:
      if let (assignment, key, device) = text(.device) {
        summary.name = device
        summary.nameLocation = located(assignment, key, device)
      }
      for role in [KeyIndex.Role.master, .bridge, .teamMaster] {
        if let (assignment, key, master) = text(role) { summary.masters.append(located(assignment, key, master)) }
      }
      let type = text(.type).map { TextBytes.lowercased($0.2) }
      let vlanFlag = text(.vlan).flatMap { IfcfgBoolean.parse($0.2) } ?? false
      if type == "vlan" || vlanFlag {
        if let (assignment, key, parent) = text(.physicalDevice) {
          summary.vlanParent = located(assignment, key, parent)
        } else if let dot = summary.name.lastIndex(of: "."), dot != summary.name.startIndex {
          var parent = summary.nameLocation
          parent.value = String(summary.name[..<dot])
          summary.vlanParent = parent
        }
      }
      for (position, item) in keyed.assignments.enumerated()
      where item.match.role == .address && keyed.isLast(position, in: bytes) {
        if let assignment = assignment(keyed, position, lines), let value = assignment.string, IPv4Syntax.isValid(value) {
          summary.addresses.append(located(assignment, item, value))
        }
      }
      for role in [KeyIndex.Role.ipv6Address, .ipv6Secondaries] {
        guard let (assignment, key, value) = text(role) else { continue }
        for address in TextBytes.items(value, cutAtSlash: true) where IPv6Syntax.isValid(address) {
          summary.addresses.append(located(assignment, key, TextBytes.lowercased(address)))
        }
      }
    case .suse:
      if let (assignment, key, ports) = text(.bridgePorts) {
        for port in TextBytes.items(ports, cutAtSlash: false) {
          summary.members.append(located(assignment, key, port))
        }
      }
      for (position, item) in keyed.assignments.enumerated()
      where item.match.role == .bondingSlave && keyed.isLast(position, in: bytes) {
        if let assignment = assignment(keyed, position, lines), let slave = assignment.string, !slave.isEmpty {
          summary.members.append(located(assignment, item, slave))
        }
      }
      if let (assignment, key, parent) = text(.etherDevice) { summary.vlanParent = located(assignment, key, parent) }
      for (position, item) in keyed.assignments.enumerated()
      where item.match.role == .address && keyed.isLast(position, in: bytes) {
        guard let assignment = assignment(keyed, position, lines), let value = assignment.string else { continue }
        let address = TextBytes.beforeSlash(value)
        if IPv4Syntax.isValid(address) || IPv6Syntax.isValid(address) {
          summary.addresses.append(located(assignment, item, TextBytes.lowercased(address)))
        }
      }
    }
    return summary
  }
}
