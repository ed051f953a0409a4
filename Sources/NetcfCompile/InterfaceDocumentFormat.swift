/// Interface XML as the compiler needs it: parse documents into top-level
/// interfaces and print them back. The InterfaceXML lens provides the real
/// one; tests may pass a small format of their own.
public protocol InterfaceDocumentFormat: Sendable {
  /// The top-level interfaces of an `<interface>` or `<interfaces>` document.
  /// - Throws: `DiagnosticError` against `source.path`.
  func parse(_ source: SourceFile) throws(DiagnosticError) -> [Interface]
  /// An `<interface>` document.
  func document(for interface: Interface) -> [UInt8]
  /// An `<interfaces>` document holding `interfaces` in the given order.
  func document(for interfaces: [Interface]) -> [UInt8]
}
