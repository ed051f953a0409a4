/// The checks across the ifcfg files of one configuration folder (one host):
/// references to masters and vlan parents, interfaces enslaved twice, two
/// files for one interface, one static address on two interfaces.
struct FolderChecker {
  let dialect: LintDialect
  let disabled: Set<String>

  func check(_ summaries: [InterfaceSummary]) -> [LintFinding] {
    let files = summaries.sorted { $0.fileName < $1.fileName }
    var findings: [LintFinding] = []
    func report(_ rule: LintRule, _ summary: InterfaceSummary, _ at: LocatedValue, _ message: String) {
      guard !disabled.contains(rule.id), !summary.suppressions.contains(rule.id) else { return }
      findings.append(
        LintFinding(
          path: summary.path, line: at.line, column: at.column, severity: rule.severity, rule: rule.id, message: message))
    }
    var filesByName: [String: [Int]] = [:]
    for (index, summary) in files.enumerated() { filesByName[summary.name, default: []].append(index) }

    // Two files, one interface.
    for (name, indices) in filesByName where indices.count > 1 {
      let own = indices.first { files[$0].fileName == "ifcfg-" + name }
      let read = own ?? indices.last ?? 0
      for index in indices where index != read {
        report(
          LintRules.duplicateDevice, files[index], files[index].nameLocation,
          "\(files[index].fileName) and \(files[read].fileName) both describe \(name); only \(files[read].fileName) is read")
      }
    }

    // Masters named by their members (Red Hat) and members named by their masters (SUSE).
    var ownerOf: [String: (master: String, file: String)] = [:]
    for summary in files {
      var seen: [String] = []
      for master in summary.masters {
        if filesByName[master.value] == nil {
          report(
            LintRules.missingMaster, summary, master, "\(master.key)=\(master.value) names an interface no file in this folder describes")
        }
        if let first = seen.first, first != master.value {
          report(LintRules.twoMasters, summary, master, "\(summary.name) is enslaved to both \(first) and \(master.value)")
        }
        seen.append(master.value)
      }
      for member in summary.members {
        if let owner = ownerOf[member.value], owner.master != summary.name {
          report(
            LintRules.twoMasters, summary, member,
            "\(member.value) is enslaved to both \(owner.master) (\(owner.file)) and \(summary.name)")
        } else {
          ownerOf[member.value] = (summary.name, summary.fileName)
        }
      }
      if let parent = summary.vlanParent, filesByName[parent.value] == nil {
        report(
          LintRules.missingVLANParent, summary, parent,
          "the parent \(parent.value) of vlan \(summary.name) is described by no file in this folder")
      }
    }

    // One static address on two interfaces.
    var addressOwner: [String: String] = [:]
    for summary in files where summary.name != "lo" {
      for address in summary.addresses {
        if let owner = addressOwner[address.value] {
          if owner != summary.name {
            report(LintRules.duplicateAddress, summary, address, "\(address.value) is also a static address of \(owner)")
          }
        } else {
          addressOwner[address.value] = summary.name
        }
      }
    }
    return findings
  }
}
