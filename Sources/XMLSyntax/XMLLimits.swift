/// Upper bounds the XML front end enforces, so that hostile input fails
/// with a clear diagnostic instead of exhausting time, memory or the stack.
///
/// Every limit is checked while scanning; exceeding one throws a diagnostic
/// with code ``XMLDiagnosticCode/limitExceeded`` that names the limit. Raise a
/// limit by building a value: `XMLLimits(maxDepth: 1_000)` or
/// `var limits = XMLLimits.default; limits.maxInputBytes = 1 << 30`.
public struct XMLLimits: Sendable, Hashable {
  /// Most elements open at once (the root counts as depth 1). Default 256.
  public var maxDepth: Int
  /// Most attributes on one element. Default 256.
  public var maxAttributes: Int
  /// Longest element, attribute, entity or processing-instruction target name, in bytes. Default 1,000.
  public var maxNameLength: Int
  /// Longest attribute value as written in the source (between the quotes), in bytes. Default 1 MiB.
  public var maxAttributeValueLength: Int
  /// Largest input, in bytes. Default 64 MiB.
  public var maxInputBytes: Int

  public init(
    maxDepth: Int = 256,
    maxAttributes: Int = 256,
    maxNameLength: Int = 1_000,
    maxAttributeValueLength: Int = 1 << 20,
    maxInputBytes: Int = 64 << 20
  ) {
    self.maxDepth = maxDepth
    self.maxAttributes = maxAttributes
    self.maxNameLength = maxNameLength
    self.maxAttributeValueLength = maxAttributeValueLength
    self.maxInputBytes = maxInputBytes
  }

  /// The documented defaults: depth 256, 256 attributes, names of 1,000 bytes,
  /// attribute values of 1 MiB, inputs of 64 MiB.
  public static let `default` = XMLLimits()
}
