import ShellSyntax

/// One parsed `ifcfg-*` file of the configuration folder.
struct IfcfgFile: Sendable {
  /// The file name within the folder (`ifcfg-eth0`).
  let fileName: String
  /// The path diagnostics name (`etc/sysconfig/network-scripts/ifcfg-eth0`).
  let path: String
  var shell: ShellFile

  init(fileName: String, directory: String, bytes: [UInt8]) {
    self.fileName = fileName
    self.path = directory.isEmpty ? fileName : directory + "/" + fileName
    self.shell = ShellFile(parsing: bytes, path: path)
  }

  init(fileName: String, path: String, shell: ShellFile) {
    self.fileName = fileName
    self.path = path
    self.shell = shell
  }

  /// Whether `key` is assigned at all.
  func has(_ key: String) -> Bool { shell.lastAssignmentIndex(of: key) != nil }

  /// The value bash reads for `key` when it is assigned, static and UTF-8; nil otherwise.
  func string(_ key: String) -> String? { shell.value(of: key)?.string }

  /// The value of `key` when it is assigned and not empty.
  func nonEmpty(_ key: String) -> String? {
    guard let value = string(key), !value.isEmpty else { return nil }
    return value
  }

  /// The value of `key` read as an initscripts boolean (nil when absent or not a boolean).
  func boolean(_ key: String) -> Bool? { string(key).flatMap(IfcfgBoolean.parse) }

  /// The bytes of the value bash reads for `key`, or of the start of the file.
  func valueRange(_ key: String) -> SourceRange {
    shell.assignment(of: key)?.valueRange ?? .at(0)
  }

  /// The `ifcfg-` suffix of the file name.
  var suffix: String { String(fileName.dropFirst(RedHatFiles.prefix.count)) }
}

/// Which files of the folder are ifcfg files.
enum RedHatFiles {
  static let prefix = "ifcfg-"
  static let backupSuffixes = ["~", ".bak", ".orig", ".rpmnew", ".rpmorig", ".rpmsave"]
  static let routePrefixes = ["route-", "route6-", "rule-", "rule6-"]

  /// Whether `name` is a backup copy initscripts ignores.
  static func isBackup(_ name: String) -> Bool { backupSuffixes.contains { name.hasSuffix($0) } }

  /// `ifcfg-NAME`, not a backup.
  static func isConfig(_ name: String) -> Bool {
    name.hasPrefix(prefix) && name.utf8.count > prefix.utf8.count && !isBackup(name)
  }

  /// `route-NAME`, `route6-NAME`, `rule-NAME`: static routes and policy rules.
  static func isRoute(_ name: String) -> Bool {
    routePrefixes.contains { name.hasPrefix($0) } && !isBackup(name)
  }

  /// The file netcf-compile creates for interface `name`.
  static func fileName(for name: String) -> String { prefix + name }
}
