import ShellSyntax

/// One parsed `ifcfg-*` file of a configuration folder (Red Hat or SUSE).
public struct IfcfgFile: Sendable {
  /// The prefix of every ifcfg file name.
  public static let prefix = "ifcfg-"

  /// The file name within the folder (`ifcfg-eth0`).
  public let fileName: String
  /// The path diagnostics name (`etc/sysconfig/network-scripts/ifcfg-eth0`).
  public let path: String
  public var shell: ShellFile

  public init(fileName: String, directory: String, bytes: [UInt8]) {
    self.fileName = fileName
    self.path = directory.isEmpty ? fileName : directory + "/" + fileName
    self.shell = ShellFile(parsing: bytes, path: path)
  }

  public init(fileName: String, path: String, shell: ShellFile) {
    self.fileName = fileName
    self.path = path
    self.shell = shell
  }

  /// An empty file about to be created.
  public static func new(fileName: String, directory: String) -> IfcfgFile {
    IfcfgFile(fileName: fileName, directory: directory, bytes: [])
  }

  /// Whether `key` is assigned at all.
  public func has(_ key: String) -> Bool { shell.lastAssignmentIndex(of: key) != nil }

  /// The value bash reads for `key` when it is assigned, static and UTF-8; nil otherwise.
  public func string(_ key: String) -> String? { shell.string(of: key) }

  /// The value of `key` when it is assigned and not empty.
  public func nonEmpty(_ key: String) -> String? {
    guard let value = string(key), !value.isEmpty else { return nil }
    return value
  }

  /// The value of `key` read as a boolean (nil when absent or not a boolean).
  public func boolean(_ key: String) -> Bool? { string(key).flatMap(IfcfgBoolean.parse) }

  /// The bytes of the value bash reads for `key`, or of the start of the file.
  public func valueRange(_ key: String) -> SourceRange {
    shell.assignment(of: key)?.valueRange ?? .at(0)
  }

  /// The file name without its `ifcfg-` prefix.
  public var suffix: String {
    FileNameBytes.hasPrefix(fileName, Self.prefix)
      ? String(decoding: fileName.utf8.dropFirst(Self.prefix.utf8.count), as: UTF8.self) : fileName
  }
}
