/// Which files of the folder are ifcfg files.
enum RedHatFiles {
  static let prefix = IfcfgFile.prefix
  static let backupSuffixes = ["~", ".bak", ".orig", ".rpmnew", ".rpmorig", ".rpmsave"]
  static let routePrefixes = ["route-", "route6-", "rule-", "rule6-"]

  /// Whether `name` is a backup copy initscripts ignores.
  static func isBackup(_ name: String) -> Bool { FileNameBytes.hasSuffix(name, anyOf: backupSuffixes) }

  /// `ifcfg-NAME`, not a backup.
  static func isConfig(_ name: String) -> Bool {
    FileNameBytes.hasPrefix(name, prefix) && name.utf8.count > prefix.utf8.count && !isBackup(name)
  }

  /// Whether `file` describes a bridge (`TYPE=Bridge`, any case): the only
  /// way initscripts makes one.
  static func isBridge(_ file: IfcfgFile) -> Bool {
    file.nonEmpty(RedHatKey.type)?.lowercased() == "bridge"
  }

  /// `route-NAME`, `route6-NAME`, `rule-NAME`: static routes and policy rules.
  static func isRoute(_ name: String) -> Bool {
    routePrefixes.contains { FileNameBytes.hasPrefix(name, $0) } && !isBackup(name)
  }

  /// The file netcf-compile creates for interface `name`.
  static func fileName(for name: String) -> String { prefix + name }
}
