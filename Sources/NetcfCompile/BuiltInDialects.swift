import RedHatDialect
import SUSEDialect

/// The dialects built into the library, the default (`redhat`) first.
public enum BuiltInDialects {
  /// Every built-in dialect.
  public static var all: [any Dialect] { [RedHatDialect(), SUSEDialect()] }

  /// The built-in dialect named `name`.
  public static func named(_ name: String) -> (any Dialect)? { all.first { $0.name == name } }
}
