import Diagnostics

/// An element: name, attributes in source order, children, and source ranges.
///
/// Equality and hashing compare content only (names, attribute names and
/// values in order, children) and ignore every range and ``keepsSourceLayout``,
/// so a tree that is edited, written and parsed again compares equal to the
/// edited tree. Both are iterative: deep trees never recurse.
public struct XMLElement: Sendable, Hashable {
  public var name: String
  public var attributes: [XMLAttribute]
  public var children: [XMLNode]
  /// The whole element, from `<` of the start tag to `>` of the end tag.
  public var range: SourceRange
  /// The element name in the start tag.
  public var nameRange: SourceRange
  /// The start tag (the whole tag for `<name/>`).
  public var startTagRange: SourceRange
  /// The end tag; nil for self-closing tags and elements built in code.
  public var endTagRange: SourceRange?
  /// True for parsed elements: ``XMLWriter`` then writes the children exactly
  /// as they are instead of indenting them (see ``XMLWriter``).
  public var keepsSourceLayout: Bool

  /// An element built in code; its ranges are empty at offset 0.
  public init(name: String, attributes: [XMLAttribute] = [], children: [XMLNode] = []) {
    self.name = name
    self.attributes = attributes
    self.children = children
    range = .at(0)
    nameRange = .at(0)
    startTagRange = .at(0)
    endTagRange = nil
    keepsSourceLayout = false
  }

  /// The first attribute called `name`.
  public func attribute(_ name: String) -> XMLAttribute? {
    attributes.first { $0.name == name }
  }

  /// The value of the attribute called `name`.
  public func value(of name: String) -> String? {
    attribute(name)?.value
  }

  /// The element children, in order.
  public var childElements: [XMLElement] {
    children.compactMap(\.element)
  }

  /// The child elements called `name`, in order.
  public func childElements(named name: String) -> [XMLElement] {
    children.compactMap { node in node.element.flatMap { $0.name == name ? $0 : nil } }
  }

  /// The first child element called `name`.
  public func firstChild(named name: String) -> XMLElement? {
    for node in children {
      if case .element(let element) = node, element.name == name { return element }
    }
    return nil
  }

  /// The concatenated text and CDATA of the direct children.
  public var text: String {
    var result = ""
    for node in children {
      switch node {
      case .text(let text, _), .cdata(let text, _): result += text
      default: break
      }
    }
    return result
  }

  /// Sets the value of attribute `name`, keeping its position (and ranges)
  /// when it exists, appending it otherwise.
  public mutating func setAttribute(_ name: String, _ value: String) {
    if let index = attributes.firstIndex(where: { $0.name == name }) {
      attributes[index].value = value
    } else {
      attributes.append(XMLAttribute(name: name, value: value))
    }
  }

  /// Removes attribute `name`; returns whether it was present.
  @discardableResult
  public mutating func removeAttribute(_ name: String) -> Bool {
    guard let index = attributes.firstIndex(where: { $0.name == name }) else { return false }
    attributes.remove(at: index)
    return true
  }

  public static func == (lhs: XMLElement, rhs: XMLElement) -> Bool {
    var pending: [(XMLElement, XMLElement)] = [(lhs, rhs)]
    while let (left, right) = pending.popLast() {
      guard left.name == right.name, left.attributes == right.attributes,
        left.children.count == right.children.count
      else { return false }
      for (leftChild, rightChild) in zip(left.children, right.children) {
        if case .element(let leftElement) = leftChild, case .element(let rightElement) = rightChild {
          pending.append((leftElement, rightElement))
        } else if !leftChild.equalsShallow(rightChild) {
          return false
        }
      }
    }
    return true
  }

  public func hash(into hasher: inout Hasher) {
    var pending: [XMLElement] = [self]
    while let element = pending.popLast() {
      hasher.combine(element.name)
      hasher.combine(element.attributes)
      hasher.combine(element.children.count)
      for child in element.children {
        child.hashShallow(into: &hasher)
        if case .element(let childElement) = child { pending.append(childElement) }
      }
    }
  }
}
