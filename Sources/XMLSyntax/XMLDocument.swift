import Diagnostics

/// A parsed XML document: the root element and the comments and processing
/// instructions around it. The XML declaration and a plain DOCTYPE are not
/// kept; whitespace outside the root element is not kept either.
///
/// Equality and hashing ignore source ranges (see ``XMLElement``).
public struct XMLDocument: Sendable, Hashable {
  /// Comments and processing instructions before the root element.
  public var prolog: [XMLNode]
  public var root: XMLElement
  /// Comments and processing instructions after the root element.
  public var epilog: [XMLNode]

  public init(prolog: [XMLNode] = [], root: XMLElement, epilog: [XMLNode] = []) {
    self.prolog = prolog
    self.root = root
    self.epilog = epilog
  }

  /// The deepest tree ``parse(_:path:limits:)`` builds, whatever `limits.maxDepth`
  /// says: Swift destroys nested values recursively, so a much deeper tree
  /// could exhaust a thread's stack when released. The streaming
  /// ``XMLTokenizer`` has no such ceiling.
  public static let maxTreeDepth = 1_000

  /// Parses UTF-8 `bytes`, reporting errors against `path`.
  ///
  /// Nesting deeper than `min(limits.maxDepth, maxTreeDepth)` is an error.
  ///
  /// Throws the first well-formedness error or exceeded limit as a
  /// ``DiagnosticError`` at the offending bytes (codes in ``XMLDiagnosticCode``).
  public static func parse(_ bytes: [UInt8], path: String, limits: XMLLimits = .default) throws(DiagnosticError)
    -> XMLDocument
  {
    var builder = XMLTreeBuilder(bytes: bytes)
    var treeLimits = limits
    treeLimits.maxDepth = min(limits.maxDepth, maxTreeDepth)
    try XMLTokenizer(bytes: bytes, path: path, limits: treeLimits).tokenize(into: &builder)
    guard let root = builder.root else {
      throw DiagnosticError(.error(XMLDiagnosticCode.syntax, "document has no root element", path: path, range: .at(0)))
    }
    return XMLDocument(prolog: builder.prolog, root: root, epilog: builder.epilog)
  }

  /// Parses a source file.
  public static func parse(_ source: SourceFile, limits: XMLLimits = .default) throws(DiagnosticError) -> XMLDocument {
    try parse(source.bytes, path: source.path, limits: limits)
  }
}
