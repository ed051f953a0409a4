import XMLSyntax

/// Edits the children of one element while keeping its layout: the
/// whitespace, comments and extension elements around the children it
/// touches stay as they are, and new children get the indentation of their
/// siblings.
///
/// An element built in code (not ``XMLElement/keepsSourceLayout``, no text
/// children) is laid out by ``XMLWriter``; then no whitespace is added.
struct XMLChildEditor {
  private(set) var element: XMLElement
  /// The indentation of the element's own line.
  let indent: String

  init(_ element: XMLElement, indent: String) {
    self.element = element
    self.indent = indent
  }

  /// A function that places a child in the written order; nil for
  /// children whose place is not prescribed (extensions).
  typealias Rank = (XMLElement) -> Int?

  private var keepsLayout: Bool {
    element.keepsSourceLayout || element.children.contains(where: \.isCharacterData)
  }

  // MARK: Queries

  /// The node indices of the element children that satisfy `predicate`.
  func indices(where predicate: (XMLElement) -> Bool) -> [Int] {
    element.children.indices.filter { index in element.children[index].element.map(predicate) ?? false }
  }

  func child(at index: Int) -> XMLElement? { element.children[index].element }

  /// The indentation of the child at `index`: the whitespace after the last
  /// line break before it, or one level deeper than the element.
  func indentation(ofChildAt index: Int) -> String {
    if index > 0, case .text(let text, _) = element.children[index - 1], let indentation = Self.lastLineIndentation(text) {
      return indentation
    }
    return childIndent
  }

  /// The indentation of the first indented element child, or the element's plus two spaces.
  private var childIndent: String {
    for index in element.children.indices where element.children[index].element != nil && index > 0 {
      if case .text(let text, _) = element.children[index - 1], let indentation = Self.lastLineIndentation(text) {
        return indentation
      }
    }
    return indent + "  "
  }

  private static func lastLineIndentation(_ text: String) -> String? {
    guard text.utf8.allSatisfy(XMLWhitespace.isWhitespace), let newline = text.lastIndex(of: "\n") else { return nil }
    return String(text[text.index(after: newline)...])
  }

  // MARK: Edits

  mutating func replace(at index: Int, with child: XMLElement) {
    element.children[index] = .element(child)
  }

  /// Removes the child at `index` with the indentation in front of it.
  mutating func remove(at index: Int) {
    element.children.remove(at: index)
    if index > 0, case .text(let text, _) = element.children[index - 1], text.utf8.allSatisfy(XMLWhitespace.isWhitespace) {
      element.children.remove(at: index - 1)
    }
    mergeAdjacentText()
  }

  /// Inserts `child` on its own line after the child at `index`; returns the new child's index.
  @discardableResult
  mutating func insert(_ child: XMLElement, after index: Int) -> Int {
    guard keepsLayout else {
      element.children.insert(.element(child), at: index + 1)
      return index + 1
    }
    let indentation = indentation(ofChildAt: index)
    element.children.insert(contentsOf: [.text("\n" + indentation, .at(0)), .element(child)], at: index + 1)
    return mergeAdjacentText(keeping: index + 2)
  }

  /// Inserts `child` on its own line before the child at `index`; returns the new child's index.
  @discardableResult
  mutating func insert(_ child: XMLElement, before index: Int) -> Int {
    guard keepsLayout else {
      element.children.insert(.element(child), at: index)
      return index
    }
    let indentation = indentation(ofChildAt: index)
    element.children.insert(contentsOf: [.element(child), .text("\n" + indentation, .at(0))], at: index)
    return mergeAdjacentText(keeping: index)
  }

  /// Inserts `child` where `rank` puts it: after the last ranked child that
  /// comes before or with it, else before the first that comes after it,
  /// else after the last child element, else as the only one.
  @discardableResult
  mutating func insert(_ child: XMLElement, rank: Rank) -> Int {
    let newRank = rank(child) ?? Int.max
    let ranked = element.children.indices.compactMap { index -> (Int, Int)? in
      guard let existing = element.children[index].element, let existingRank = rank(existing) else { return nil }
      return (index, existingRank)
    }
    if let (index, _) = ranked.last(where: { $0.1 <= newRank }) { return insert(child, after: index) }
    if let (index, _) = ranked.first(where: { $0.1 > newRank }) { return insert(child, before: index) }
    if let last = indices(where: { _ in true }).last { return insert(child, after: last) }
    return insertAsFirstElement(child)
  }

  private mutating func insertAsFirstElement(_ child: XMLElement) -> Int {
    guard keepsLayout else {
      element.children.append(.element(child))
      return element.children.count - 1
    }
    let opening = XMLNode.text("\n" + childIndent, .at(0))
    if case .text(let text, _) = element.children.last, text.utf8.allSatisfy(XMLWhitespace.isWhitespace),
      text.contains("\n")
    {
      let position = element.children.count - 1
      element.children.insert(contentsOf: [opening, .element(child)], at: position)
      return mergeAdjacentText(keeping: position + 1)
    }
    element.children.append(contentsOf: [opening, .element(child), .text("\n" + indent, .at(0))])
    return mergeAdjacentText(keeping: element.children.count - 2)
  }

  /// Joins neighbouring text nodes (as parsing the written document would);
  /// returns where the node at `keeping` ended up.
  @discardableResult
  private mutating func mergeAdjacentText(keeping position: Int = 0) -> Int {
    var merged: [XMLNode] = []
    var newPosition = position
    for (index, node) in element.children.enumerated() {
      if case .text(let text, let range) = node, case .text(let previous, let previousRange)? = merged.last {
        merged[merged.count - 1] = .text(previous + text, previousRange.start == 0 ? range : previousRange)
        if index <= position { newPosition -= 1 }
      } else {
        merged.append(node)
      }
    }
    element.children = merged
    return newPosition
  }
}

extension XMLElement {
  /// A copy whose line breaks in whitespace-only text are followed by
  /// `extra` more indentation, at every depth: the element moved one level
  /// deeper keeps its layout.
  func indented(by extra: String) -> XMLElement {
    var copy = self
    copy.children = children.map { node in
      switch node {
      case .text(let text, let range) where text.utf8.allSatisfy(XMLWhitespace.isWhitespace):
        return .text(text.replacingOccurrences(of: "\n", with: "\n" + extra), range)
      case .element(let child):
        return .element(child.indented(by: extra))
      default:
        return node
      }
    }
    return copy
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: Character, with replacement: String) -> String {
    var result = ""
    for character in self {
      if character == target { result += replacement } else { result.append(character) }
    }
    return result
  }
}
