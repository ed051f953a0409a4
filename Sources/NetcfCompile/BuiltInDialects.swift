import RedHatDialect

/// The dialects built into the library, the default (`redhat`) first.
public enum BuiltInDialects {
  /// Every built-in dialect; SUSE joins when its dialect lands.
  public static var all: [any Dialect] { [RedHatDialect()] }

  /// The built-in dialect named `name`.
  public static func named(_ name: String) -> (any Dialect)? { all.first { $0.name == name } }
}
