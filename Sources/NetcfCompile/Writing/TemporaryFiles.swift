/// The names of the writer's temporary files: dot files, which no dialect
/// takes for a configuration file, in the folder of the file they replace.
public enum TemporaryFiles {
  public static let prefix = ".netcf-compile."
  public static let suffix = ".tmp"
  /// The lock file's name, in the folder above the configuration folder.
  public static let lockName = ".netcf-compile.lock"

  /// `.netcf-compile.NAME.tmp`.
  public static func name(for fileName: String) -> String { prefix + fileName + suffix }

  /// Whether `name` is one of the writer's temporary files.
  public static func isTemporary(_ name: String) -> Bool {
    name.hasPrefix(prefix) && name.hasSuffix(suffix) && name.utf8.count > prefix.utf8.count + suffix.utf8.count
  }
}
