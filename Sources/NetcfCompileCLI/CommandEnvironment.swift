/// What the commands are built from: the dialects, the interface XML
/// format and the lint implementation. The program uses ``standard``;
/// tests pass their own.
public struct CommandEnvironment: Sendable {
  /// The dialects `--dialect` can name; the first is the default.
  public var dialects: [any Dialect]
  /// Interface XML; `nil` while none is built in.
  public var format: (any InterfaceDocumentFormat)?
  /// The `lint` command; `nil` until it is built in.
  public var lint: (any LintCommand)?
  public var version: String

  public init(
    dialects: [any Dialect], format: (any InterfaceDocumentFormat)?, lint: (any LintCommand)? = nil,
    version: String = NetcfCompileCommand.version
  ) {
    self.dialects = dialects
    self.format = format
    self.lint = lint
    self.version = version
  }

  /// The dialect named `name`.
  public func dialect(named name: String) -> (any Dialect)? { dialects.first { $0.name == name } }

  /// The dialects and formats built into this program.
  public static var standard: CommandEnvironment {
    CommandEnvironment(dialects: BuiltIn.dialects, format: BuiltIn.format, lint: BuiltIn.lint)
  }
}

/// The implementations linked into the program (each layer registers here when it lands).
enum BuiltIn {
  static var dialects: [any Dialect] { BuiltInDialects.all }
  static var format: (any InterfaceDocumentFormat)? { StandardInterfaceXML() }
  static var lint: (any LintCommand)? { StandardLint() }
}
