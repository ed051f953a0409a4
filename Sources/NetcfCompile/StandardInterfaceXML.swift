import InterfaceXML
import XMLSyntax

/// netcf's interface XML through the InterfaceXML lens.
public struct StandardInterfaceXML: InterfaceDocumentFormat {
  /// The XML front end's limits (depth, attributes, sizes; see `XMLLimits`).
  public var limits: XMLLimits

  public init(limits: XMLLimits = .default) { self.limits = limits }

  public func read(_ source: SourceFile) throws(DiagnosticError) -> DocumentReading {
    let result = try InterfaceXML.read(source.bytes, path: source.path, limits: limits)
    return DocumentReading(interfaces: result.interfaces, warnings: result.warnings)
  }

  public func document(for interfaces: [Interface], wrapper: Bool) throws(DiagnosticError) -> [UInt8] {
    try InterfaceXML.document(interfaces, wrapper: wrapper)
  }
}
