/// What reading one interface XML document gave.
public struct DocumentReading: Sendable, Hashable {
  public var interfaces: [Interface]
  public var warnings: [Diagnostic]

  public init(interfaces: [Interface], warnings: [Diagnostic] = []) {
    self.interfaces = interfaces
    self.warnings = warnings
  }
}

/// Interface XML as the compiler needs it: read documents into top-level
/// interfaces and print them back. ``StandardInterfaceXML`` is the real
/// one; tests may pass a small format of their own.
public protocol InterfaceDocumentFormat: Sendable {
  /// The top-level interfaces of an `<interface>` or `<interfaces>` document.
  /// - Throws: `DiagnosticError` against `source.path`.
  func read(_ source: SourceFile) throws(DiagnosticError) -> DocumentReading
  /// A document: one `<interface>` when `wrapper` is false and there is
  /// exactly one interface, else an `<interfaces>` document.
  func document(for interfaces: [Interface], wrapper: Bool) throws(DiagnosticError) -> [UInt8]
}
