/// The checks across the ifcfg files of one configuration folder (one host):
/// references to masters and vlan parents, interfaces enslaved twice, two
/// files for one interface, one static address on two interfaces.
///
/// Files are added in name order, a chunk at a time, and only a compact
/// index is kept: the names of interfaces, members and static addresses in
/// packed byte tables (``ByteKeyTable``) mapping them to their first file,
/// where `DEVICE` is for the few files whose interface is not named by the
/// file, and the references to check once every file is known. Interface
/// names and addresses are compared as bytes.
struct FolderChecker {
  let dialect: LintDialect
  let disabled: Set<String>
  /// The folder as findings name it.
  let display: String

  /// The folder's file list (shared with the caller, not copied); files are
  /// named by their index in it.
  private let fileNames: [String]
  private var count = 0
  /// Interface names that differ from the file name's suffix, with where
  /// their `DEVICE` value is (only such files can be a second file for a name).
  private var nameExceptions: [Int32: (name: String, line: Int, column: Int)] = [:]
  private var suppressions: [Int32: Suppressions] = [:]
  /// Interface name -> the first file (in name order) that describes it.
  private var nameOwners: ByteKeyTable
  /// Interface name -> the further files that describe it.
  private var extraFiles: [String: [Int32]] = [:]
  /// SUSE member -> the file of the master that names it first.
  private var memberOwners = ByteKeyTable()
  /// Static address -> the first file that has it.
  private var addressOwners = ByteKeyTable()
  private var references: [Reference] = []
  private(set) var findings: [LintFinding] = []

  /// A name that must be described by some file of the folder.
  private struct Reference {
    enum Kind {
      case master
      case vlanParent
    }
    var kind: Kind
    var file: Int32
    var line: Int32
    var column: Int32
    var key: String
    var value: String
  }

  init(dialect: LintDialect, disabled: Set<String>, display: String, fileNames: [String]) {
    self.dialect = dialect
    self.disabled = disabled
    self.display = display
    self.fileNames = fileNames
    // Sized once: growing a large table holds the old and the new one at the same time.
    nameOwners = ByteKeyTable(expected: fileNames.count)
  }

  var isEmpty: Bool { count == 0 }

  private func name(of file: Int32) -> String {
    if let exception = nameExceptions[file] { return exception.name }
    guard Int(file) < fileNames.count else { return "" }
    return IfcfgName.suffix(of: fileNames[Int(file)])
  }

  private mutating func report(_ rule: LintRule, file: Int32, line: Int, column: Int, _ message: String) {
    guard !disabled.contains(rule.id), suppressions[file]?.contains(rule.id) != true, Int(file) < fileNames.count else {
      return
    }
    findings.append(
      LintFinding(
        path: LintRun.join(display, fileNames[Int(file)]), line: line, column: column, severity: rule.severity,
        rule: rule.id, message: message))
  }

  private mutating func report(_ rule: LintRule, file: Int32, at value: LocatedValue, _ message: String) {
    report(rule, file: file, line: value.line, column: value.column, message)
  }

  /// Adds the next file, `entry` being its index in the folder's list (files must come in name order).
  mutating func add(_ summary: InterfaceSummary, entry: Int) {
    guard entry < fileNames.count, fileNames[entry] == summary.fileName else { return }
    let file = Int32(truncatingIfNeeded: entry)
    count += 1
    if !IfcfgName.isSuffix(summary.name, of: summary.fileName) {
      nameExceptions[file] = (summary.name, summary.nameLocation.line, summary.nameLocation.column)
    }
    if !summary.suppressions.isEmpty { suppressions[file] = summary.suppressions }
    if nameOwners.insertIfAbsent(summary.name, file) != nil {
      extraFiles[summary.name, default: []].append(file)
    }

    var seen: String?
    for master in summary.masters {
      // Files come in name order, so most names referred to are known already; keep only the others.
      if nameOwners[master.value] == nil {
        references.append(Reference(kind: .master, file: file, line: Int32(clamping: master.line), column: Int32(clamping: master.column), key: master.key, value: master.value))
      }
      if let first = seen, first != master.value {
        report(LintRules.twoMasters, file: file, at: master, "\(summary.name) is enslaved to both \(first) and \(master.value)")
      }
      if seen == nil { seen = master.value }
    }
    for member in summary.members {
      if let owner = memberOwners.insertIfAbsent(member.value, file), owner != file {
        let ownerName = name(of: owner)
        let ownerFile = Int(owner) < fileNames.count ? fileNames[Int(owner)] : ""
        report(
          LintRules.twoMasters, file: file, at: member,
          "\(member.value) is enslaved to both \(ownerName) (\(ownerFile)) and \(summary.name)")
      }
    }
    if let parent = summary.vlanParent, nameOwners[parent.value] == nil {
      references.append(Reference(kind: .vlanParent, file: file, line: Int32(clamping: parent.line), column: Int32(clamping: parent.column), key: parent.key, value: parent.value))
    }
    if summary.name != "lo" {
      for address in summary.addresses {
        if let owner = addressOwners.insertIfAbsent(address.value, file) {
          let ownerName = name(of: owner)
          if ownerName != summary.name {
            report(LintRules.duplicateAddress, file: file, at: address, "\(address.value) is also a static address of \(ownerName)")
          }
        }
      }
    }
  }

  /// The checks that need every file: references, and files describing one interface.
  mutating func finish() -> [LintFinding] {
    for (interface, extras) in extraFiles.sorted(by: { $0.key < $1.key }) {
      guard let owner = nameOwners[interface] else { continue }
      let all = [owner] + extras
      let own = all.first { Int($0) < fileNames.count && fileNames[Int($0)] == "ifcfg-" + interface }
      let read = own ?? all.last ?? owner
      let readName = Int(read) < fileNames.count ? fileNames[Int(read)] : ""
      for file in all where file != read && Int(file) < fileNames.count {
        let position = nameExceptions[file] ?? (interface, 1, 1)
        report(
          LintRules.duplicateDevice, file: file, line: position.line, column: position.column,
          "\(fileNames[Int(file)]) and \(readName) both describe \(interface); only \(readName) is read")
      }
    }
    for reference in references where nameOwners[reference.value] == nil {
      switch reference.kind {
      case .master:
        report(
          LintRules.missingMaster, file: reference.file, line: Int(reference.line), column: Int(reference.column),
          "\(reference.key)=\(reference.value) names an interface no file in this folder describes")
      case .vlanParent:
        report(
          LintRules.missingVLANParent, file: reference.file, line: Int(reference.line), column: Int(reference.column),
          "the parent \(reference.value) of vlan \(name(of: reference.file)) is described by no file in this folder")
      }
    }
    return findings
  }
}
