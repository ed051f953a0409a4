/// The options of `netcf-compile lint`, parsed.
public struct LintOptions: Sendable, Hashable {
  /// `auto`, `redhat` or `suse`: `auto` decides per folder.
  public var dialect: String
  /// `text`, `json`, `sarif` or `github`.
  public var format: String
  /// Files and folders to check; empty for the working directory.
  public var paths: [String]
  /// Rule ids from `--disable` (each may hold several, comma-separated).
  public var disabled: [String]
  /// `--roundtrip`.
  public var roundTrip: Bool

  public init(
    dialect: String = "auto", format: String = "text", paths: [String] = [], disabled: [String] = [],
    roundTrip: Bool = false
  ) {
    self.dialect = dialect
    self.format = format
    self.paths = paths
    self.disabled = disabled
    self.roundTrip = roundTrip
  }
}

/// The seam where the lint implementation plugs into the command line:
/// given parsed options it writes findings to standard output and returns
/// the exit status (0 clean, 1 errors found, 2 usage error).
///
/// To build lint in: conform a type to this protocol and return it from
/// `BuiltIn.lint` (CommandEnvironment.swift). Until then `netcf-compile lint`
/// answers "lint is not available yet" with exit status 2.
public protocol LintCommand: Sendable {
  func run(_ options: LintOptions, io: inout some CommandIO, environment: CommandEnvironment) -> Int32
}
