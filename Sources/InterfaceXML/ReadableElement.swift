import Diagnostics
import XMLSyntax

/// What ``InterfaceXMLReader`` needs of an element. Parsed trees
/// (``XMLElement``) and the compact form read straight from bytes
/// (``CompactXMLElement``) both provide it, so one reader serves both.
protocol ReadableElement {
  associatedtype ElementChildren: Sequence where ElementChildren.Element == Self

  var name: String { get }
  var startTagRange: SourceRange { get }
  /// The first attribute called `name`, its value normalized.
  func attribute(_ name: String) -> XMLAttribute?
  var attributeCount: Int { get }
  /// The name of the attribute at `index` (`0..<attributeCount`) and its range.
  func attributeName(at index: Int) -> (name: String, range: SourceRange)
  /// The element children, in order.
  var elementChildren: ElementChildren { get }
  /// The direct text and CDATA children that are not only whitespace, decoded, in order.
  var nonWhitespaceText: [(text: String, range: SourceRange)] { get }
}

extension XMLElement: ReadableElement {
  var attributeCount: Int { attributes.count }

  func attributeName(at index: Int) -> (name: String, range: SourceRange) {
    (attributes[index].name, attributes[index].nameRange)
  }

  var elementChildren: XMLElementChildren { XMLElementChildren(nodes: children) }

  var nonWhitespaceText: [(text: String, range: SourceRange)] {
    var result: [(text: String, range: SourceRange)] = []
    for node in children {
      switch node {
      case .text(let text, let range), .cdata(let text, let range):
        if !text.utf8.allSatisfy(XMLWhitespace.isWhitespace) { result.append((text, range)) }
      case .element, .comment, .processingInstruction:
        break
      }
    }
    return result
  }
}

/// The element children of an ``XMLElement``, without building an array.
struct XMLElementChildren: Sequence, IteratorProtocol {
  let nodes: [XMLNode]
  var index = 0

  init(nodes: [XMLNode]) { self.nodes = nodes }

  mutating func next() -> XMLElement? {
    while index < nodes.count {
      defer { index += 1 }
      if case .element(let element) = nodes[index] { return element }
    }
    return nil
  }
}
