/// What every dialect's batched read shares (`Dialect.read(_:names:transform:)`,
/// ``UnchangedInterfaces``).
public enum InterfaceBatches {
  /// Top-level interfaces read per batch: enough work per task to outweigh scheduling it.
  public static let size = 32

  /// The top-level names to read: `topLevel` (in name order), only those in `names` when given.
  public static func wanted(_ topLevel: [String], names: Set<String>?) -> [String] {
    names.map { names in topLevel.filter(names.contains) } ?? topLevel
  }

  /// The reading of a folder: the errors among `diagnostics` thrown when
  /// there are any, else the outputs with every warning and the files they name.
  public static func reading<Output: Sendable>(
    outputs: [Output], diagnostics: [Diagnostic], sources: @autoclosure () -> [String: [UInt8]]
  ) throws(DiagnosticError) -> BatchReading<Output> {
    if diagnostics.containsErrors { throw DiagnosticError(diagnostics.filter { $0.severity == .error }) }
    return BatchReading(outputs: outputs, warnings: diagnostics, sources: sources())
  }
}
