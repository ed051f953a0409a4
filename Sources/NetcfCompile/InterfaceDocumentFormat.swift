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
  /// Consecutive interfaces of a larger document, written on their own.
  func part(for interfaces: [Interface]) throws(DiagnosticError) -> DocumentPart
  /// The document of every interface of `parts`, in order, as pieces to
  /// write one after another (not copied into one buffer): together, the
  /// bytes ``document(for:wrapper:)`` gives for all of them.
  func documentPieces(joining parts: [DocumentPart], wrapper: Bool) throws(DiagnosticError) -> [[UInt8]]
}

/// Some consecutive interfaces of a document, written on their own (on any
/// core) and joined by ``InterfaceDocumentFormat/documentPieces(joining:wrapper:)``.
public struct DocumentPart: Sendable, Hashable {
  /// How many top-level interfaces the part holds.
  public var count: Int
  /// The interfaces as they appear inside a wrapper document (the format's own encoding).
  public var bytes: [UInt8]
  /// The interfaces whose values the format still needs when joining: a
  /// lone interface (its document may have no wrapper), or every one for a
  /// format that writes them only then.
  public var interfaces: [Interface]

  public init(count: Int, bytes: [UInt8], interfaces: [Interface]) {
    self.count = count
    self.bytes = bytes
    self.interfaces = interfaces
  }
}

extension InterfaceDocumentFormat {
  /// A part that keeps its interfaces and writes them when joined.
  public func part(for interfaces: [Interface]) throws(DiagnosticError) -> DocumentPart {
    DocumentPart(count: interfaces.count, bytes: [], interfaces: interfaces)
  }

  /// ``document(for:wrapper:)`` of the parts' interfaces, in one piece.
  public func documentPieces(joining parts: [DocumentPart], wrapper: Bool) throws(DiagnosticError) -> [[UInt8]] {
    [try document(for: parts.flatMap(\.interfaces), wrapper: wrapper)]
  }
}
