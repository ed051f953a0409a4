import Diagnostics

/// A streaming, SAX-like XML tokenizer over UTF-8 bytes.
///
/// It checks well-formedness as it goes (UTF-8, characters, names, tag
/// balance, unique attributes, defined references, a single root, what may
/// follow it) and hands each construct to an ``XMLTokenHandler`` as byte
/// ranges, without building strings. The first error stops it and is thrown
/// as a ``DiagnosticError`` at the offending bytes.
///
/// Safety: DOCTYPEs with external identifiers or internal subsets are rejected,
/// only the five predefined entities exist, and ``XMLLimits`` bound depth,
/// attribute count, name and attribute value lengths and input size. Nesting
/// is tracked on a heap stack, so depth never touches the call stack.
///
///     var counter = ElementCounter()
///     try XMLTokenizer(bytes: data, path: "a.xml").tokenize(into: &counter)
public struct XMLTokenizer: Sendable {
  public let bytes: [UInt8]
  public let path: String
  public let limits: XMLLimits

  public init(bytes: [UInt8], path: String, limits: XMLLimits = .default) {
    self.bytes = bytes
    self.path = path
    self.limits = limits
  }

  /// Scans the whole document, calling `handler` for each token in order.
  @inlinable
  public func tokenize<Handler: XMLTokenHandler>(into handler: inout Handler) throws(DiagnosticError) {
    if bytes.count > limits.maxInputBytes {
      throw DiagnosticError(
        .error(
          XMLDiagnosticCode.limitExceeded,
          "input is \(bytes.count) bytes, more than \(limits.maxInputBytes) bytes (XMLLimits.maxInputBytes)",
          path: path, range: .at(limits.maxInputBytes)))
    }
    let result: Result<Void, DiagnosticError> = bytes.withUnsafeBufferPointer { buffer in
      XMLCharacters.table.withUnsafeBufferPointer { table in
        guard let base = buffer.baseAddress, let tableBase = table.baseAddress, buffer.count > 0 else {
          return .failure(
            DiagnosticError(.error(XMLDiagnosticCode.syntax, "document is empty", path: path, range: .at(0))))
        }
        var scanner = XMLScanner(base: base, end: buffer.count, table: tableBase, path: path, limits: limits)
        do throws(DiagnosticError) {
          try scanner.run(&handler)
          return .success(())
        } catch {
          return .failure(error)
        }
      }
    }
    try result.get()
  }

  /// The tokens of a whole document, collected into an array (convenient for
  /// tests and small inputs; large inputs should use ``tokenize(into:)``).
  public func tokens() throws(DiagnosticError) -> [XMLToken] {
    var collector = XMLTokenCollector()
    try tokenize(into: &collector)
    return collector.tokens
  }
}

/// Collects every token into an array.
struct XMLTokenCollector: XMLTokenHandler {
  var tokens: [XMLToken] = []

  mutating func handle(_ token: XMLToken) throws(DiagnosticError) { tokens.append(token) }
}
