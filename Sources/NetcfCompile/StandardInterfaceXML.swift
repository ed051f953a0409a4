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

  /// The `<interface>` elements of `interfaces` as an `<interfaces>` document holds them.
  public func part(for interfaces: [Interface]) throws(DiagnosticError) -> DocumentPart {
    DocumentPart(
      count: interfaces.count, bytes: try InterfaceXML.wrapperMembers(interfaces),
      interfaces: interfaces.count == 1 ? interfaces : [])
  }

  public func documentPieces(joining parts: [DocumentPart], wrapper: Bool) throws(DiagnosticError) -> [[UInt8]] {
    let count = parts.reduce(0) { $0 + $1.count }
    if count == 0 || (count == 1 && !wrapper) {
      return [try document(for: parts.flatMap(\.interfaces), wrapper: wrapper)]
    }
    return [InterfaceXML.wrapperStart] + parts.map(\.bytes) + [InterfaceXML.wrapperEnd]
  }
}
