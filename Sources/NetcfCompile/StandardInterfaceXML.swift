import InterfaceXML

/// netcf's interface XML through the InterfaceXML lens.
public struct StandardInterfaceXML: InterfaceDocumentFormat {
  public init() {}

  public func read(_ source: SourceFile) throws(DiagnosticError) -> DocumentReading {
    let result = try InterfaceXML.read(source.bytes, path: source.path)
    return DocumentReading(interfaces: result.interfaces, warnings: result.warnings)
  }

  public func document(for interfaces: [Interface], wrapper: Bool) throws(DiagnosticError) -> [UInt8] {
    try InterfaceXML.document(interfaces, wrapper: wrapper)
  }
}
