import Diagnostics

/// A child of an element, or a node before or after the root element.
///
/// Equality and hashing ignore source ranges (see ``XMLElement``).
public enum XMLNode: Sendable, Hashable {
  case element(XMLElement)
  /// Character data, references expanded and line ends normalized.
  case text(String, SourceRange)
  /// A comment's content, without `<!--` and `-->`.
  case comment(String, SourceRange)
  /// A CDATA section's content, without `<![CDATA[` and `]]>`.
  case cdata(String, SourceRange)
  case processingInstruction(target: String, data: String, SourceRange)

  /// The whole construct in the source (for an element: start tag to end tag).
  public var range: SourceRange {
    switch self {
    case .element(let element): element.range
    case .text(_, let range), .comment(_, let range), .cdata(_, let range): range
    case .processingInstruction(_, _, let range): range
    }
  }

  /// The element, when this node is one.
  public var element: XMLElement? {
    if case .element(let element) = self { return element }
    return nil
  }

  /// Whether this node is character data (text or CDATA).
  public var isCharacterData: Bool {
    switch self {
    case .text, .cdata: true
    default: false
    }
  }

  public static func == (lhs: XMLNode, rhs: XMLNode) -> Bool {
    switch (lhs, rhs) {
    case (.element(let left), .element(let right)): left == right
    case (.text(let left, _), .text(let right, _)): left == right
    case (.comment(let left, _), .comment(let right, _)): left == right
    case (.cdata(let left, _), .cdata(let right, _)): left == right
    case (.processingInstruction(let leftTarget, let leftData, _), .processingInstruction(let rightTarget, let rightData, _)):
      leftTarget == rightTarget && leftData == rightData
    default: false
    }
  }

  public func hash(into hasher: inout Hasher) {
    switch self {
    case .element(let element):
      hasher.combine(0)
      hasher.combine(element)
    default:
      hashShallow(into: &hasher)
    }
  }

  /// Hashes a non-element node, or only an element's kind; used by the
  /// element's own iterative hash.
  func hashShallow(into hasher: inout Hasher) {
    switch self {
    case .element: hasher.combine(0)
    case .text(let text, _):
      hasher.combine(1)
      hasher.combine(text)
    case .comment(let text, _):
      hasher.combine(2)
      hasher.combine(text)
    case .cdata(let text, _):
      hasher.combine(3)
      hasher.combine(text)
    case .processingInstruction(let target, let data, _):
      hasher.combine(4)
      hasher.combine(target)
      hasher.combine(data)
    }
  }

  /// Equality of non-element nodes; for two elements, only that both are elements.
  func equalsShallow(_ other: XMLNode) -> Bool {
    if case .element = self, case .element = other { return true }
    return self == other
  }
}
