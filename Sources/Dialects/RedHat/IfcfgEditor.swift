import ShellSyntax

/// Edits one ifcfg file key by key, touching a line only when its meaning must change.
///
/// In `creating` mode (a new file) every key netcf writes is written; when
/// editing, a key whose absence already means the wanted value stays absent.
/// New keys go after the last modelled key, in the order they are added,
/// so that a new file lists its keys in netcf's order.
struct IfcfgEditor {
  var file: IfcfgFile
  let creating: Bool
  private(set) var errors: [Diagnostic] = []

  init(file: IfcfgFile, creating: Bool) {
    self.file = file
    self.creating = creating
  }

  func current(_ key: String) -> String? { file.string(key) }
  func has(_ key: String) -> Bool { file.has(key) }
  func boolean(_ key: String) -> Bool? { file.boolean(key) }

  /// Makes `key` mean `value`: keeps an existing value for which `same` holds,
  /// rewrites the value bash reads (the last assignment), or adds the key
  /// when `addIfMissing`.
  mutating func ensure(_ key: String, _ value: String, addIfMissing: Bool = true, same: ((String) -> Bool)? = nil) {
    if file.has(key) {
      if let current = file.string(key), same?(current) ?? (current == value) { return }
      do {
        try file.shell.setValue(value, for: key, preferring: .double)
      } catch {
        errors += error.diagnostics
      }
      return
    }
    guard addIfMissing else { return }
    let position = insertionPoint
    do {
      try file.shell.insert(key: key, value: value, at: position, preferring: .double)
    } catch {
      errors += error.diagnostics
    }
  }

  /// Makes `key` mean the boolean `value` (written `yes`/`no`).
  mutating func ensure(_ key: String, boolean value: Bool, addIfMissing: Bool = true) {
    ensure(key, IfcfgBoolean.yesNo(value), addIfMissing: addIfMissing) { IfcfgBoolean.parse($0) == value }
  }

  /// Removes every line assigning `key`.
  mutating func remove(_ key: String) { file.shell.removeAssignments(of: key) }

  /// After the last modelled assignment, or at the end.
  private var insertionPoint: Int {
    let lines = file.shell.lines
    if let last = lines.lastIndex(where: { $0.assignment.map { RedHatKey.isModelled($0.key) } ?? false }) {
      return last + 1
    }
    // A file of comments only: keep a trailing comment block at the end but add below it.
    return lines.count
  }
}
