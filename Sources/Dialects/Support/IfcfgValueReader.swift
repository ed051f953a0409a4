import ShellSyntax

/// The values of ifcfg files as a dialect's reader takes them, with the
/// diagnostics of reading them: invalid values are errors naming the key and
/// pointing at the value, and each file's lexer findings are reported once.
public struct IfcfgValueReader: Sendable {
  /// Everything reported so far, in order.
  public var diagnostics: [Diagnostic] = []
  private var reportedFiles: Set<String> = []
  private let isModelled: @Sendable (String) -> Bool
  private let booleanSpellings: String

  /// - Parameters:
  ///   - isModelled: whether the dialect reads a key (for the lexer findings' severity).
  ///   - booleanSpellings: the spellings named when a boolean is invalid (`on/off, yes/no`).
  public init(isModelled: @escaping @Sendable (String) -> Bool, booleanSpellings: String) {
    self.isModelled = isModelled
    self.booleanSpellings = booleanSpellings
  }

  /// The boolean value of `key`; nil when absent, empty or invalid (reported).
  public mutating func boolean(_ file: IfcfgFile, _ key: String) -> Bool? {
    guard let text = file.nonEmpty(key) else { return nil }
    guard let value = IfcfgBoolean.parse(text) else {
      invalid(file, key, "'\(text)' is not a boolean (\(booleanSpellings))")
      return nil
    }
    return value
  }

  /// The decimal value of `key` within `range`; nil when absent, empty or invalid (reported).
  public mutating func integer(_ file: IfcfgFile, _ key: String, in range: ClosedRange<Int>) -> Int? {
    guard let text = file.nonEmpty(key) else { return nil }
    guard let value = DecimalSyntax.integer(text, in: range) else {
      invalid(file, key, "'\(text)' is not a number in \(range.lowerBound)...\(range.upperBound)")
      return nil
    }
    return value
  }

  /// Reports an `invalid-value` error at the value of `key`.
  public mutating func invalid(_ file: IfcfgFile, _ key: String, _ message: String) {
    diagnostics.append(
      .error("invalid-value", "\(key): \(message)", path: file.path, range: file.valueRange(key)))
  }

  /// Reports a warning at the value of `key`, or at the start of the file; nothing when there is no file.
  public mutating func warn(_ file: IfcfgFile?, _ code: String, _ message: String, key: String? = nil) {
    guard let file else { return }
    diagnostics.append(.warning(code, message, path: file.path, range: key.map(file.valueRange) ?? .at(0)))
  }

  /// The lexer's findings for a file that is read, once.
  public mutating func reportFileDiagnostics(_ file: IfcfgFile) {
    guard reportedFiles.insert(file.fileName).inserted else { return }
    diagnostics += IfcfgLexerFindings.diagnostics(of: file, isModelled: isModelled)
  }
}
