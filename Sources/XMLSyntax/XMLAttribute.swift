import Diagnostics

/// One attribute of an ``XMLElement``: its normalized value and where it came from.
///
/// Equality and hashing compare `name` and `value` only; ranges are
/// bookkeeping for diagnostics and never make two attributes differ.
public struct XMLAttribute: Sendable, Hashable {
  public var name: String
  /// The value after reference expansion and attribute-value normalization.
  public var value: String
  /// The name in the source; empty at offset 0 for attributes built in code.
  public var nameRange: SourceRange
  /// The raw value between the quotes in the source; empty at offset 0 for attributes built in code.
  public var valueRange: SourceRange

  public init(name: String, value: String, nameRange: SourceRange = .at(0), valueRange: SourceRange = .at(0)) {
    self.name = name
    self.value = value
    self.nameRange = nameRange
    self.valueRange = valueRange
  }

  public static func == (lhs: XMLAttribute, rhs: XMLAttribute) -> Bool {
    lhs.name == rhs.name && lhs.value == rhs.value
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(name)
    hasher.combine(value)
  }
}
