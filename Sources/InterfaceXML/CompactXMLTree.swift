import Diagnostics
import XMLSyntax

/// A document's elements as flat records over its bytes: names interned,
/// attributes left as byte ranges until asked for, whitespace between
/// elements dropped. Reading interface XML from bytes goes through this
/// instead of a full ``XMLDocument``: far fewer allocations, a fraction of
/// the memory, and nothing nested to release.
final class CompactXMLTree: Sendable {
  struct Record: Sendable {
    var name: String
    var startTag: SourceRange
    var firstAttribute: Int
    var attributeCount: Int
    var firstChild = -1
    var lastChild = -1
    var nextSibling = -1
    /// Text or CDATA children that are not only whitespace, as a list through `oddTexts`.
    var firstOddText = -1
    var lastOddText = -1
  }

  struct OddText: Sendable {
    var text: String
    var range: SourceRange
    var next = -1
  }

  let bytes: [UInt8]
  let records: [Record]
  let attributes: [XMLAttributeToken]
  let attributeNames: [String]
  let oddTexts: [OddText]

  init(bytes: [UInt8], builder: consuming CompactXMLTreeBuilder) {
    self.bytes = bytes
    records = builder.records
    attributes = builder.attributes
    attributeNames = builder.attributeNames
    oddTexts = builder.oddTexts
  }

  /// Parses `bytes` as ``XMLDocument/parse(_:path:limits:)`` does, with the same errors.
  static func parse(_ bytes: [UInt8], path: String, limits: XMLLimits = .default) throws(DiagnosticError)
    -> CompactXMLElement
  {
    var builder = CompactXMLTreeBuilder(bytes: bytes)
    var treeLimits = limits
    treeLimits.maxDepth = min(limits.maxDepth, XMLDocument.maxTreeDepth)
    try XMLTokenizer(bytes: bytes, path: path, limits: treeLimits).tokenize(into: &builder)
    guard !builder.records.isEmpty else {
      throw DiagnosticError(.error(XMLDiagnosticCode.syntax, "document has no root element", path: path, range: .at(0)))
    }
    return CompactXMLElement(tree: CompactXMLTree(bytes: bytes, builder: builder), index: 0)
  }
}

/// Collects the records of a ``CompactXMLTree`` from tokens.
struct CompactXMLTreeBuilder: XMLTokenHandler {
  let bytes: [UInt8]
  var records: [CompactXMLTree.Record] = []
  var attributes: [XMLAttributeToken] = []
  var attributeNames: [String] = []
  var oddTexts: [CompactXMLTree.OddText] = []
  /// Indices of the open elements.
  var open: [Int] = []
  var names = XMLNameTable()

  init(bytes: [UInt8]) {
    self.bytes = bytes
    // Interface XML has an element every 40 bytes or so and an attribute
    // every 30: room for about that many saves growing the arrays as they fill.
    records.reserveCapacity(bytes.count / 40 + 4)
    attributes.reserveCapacity(bytes.count / 30 + 4)
    attributeNames.reserveCapacity(bytes.count / 30 + 4)
  }

  mutating func handle(_ token: XMLToken) throws(DiagnosticError) {
    switch token {
    case .startTag(let tag):
      // Only the root element and its descendants are kept.
      guard !open.isEmpty || records.isEmpty else { return }
      let index = records.count
      records.append(
        CompactXMLTree.Record(
          name: names.name(bytes, tag.name), startTag: tag.range, firstAttribute: attributes.count,
          attributeCount: tag.attributes.count))
      for attribute in tag.attributes {
        attributes.append(attribute)
        attributeNames.append(names.name(bytes, attribute.name))
      }
      if let parent = open.last {
        let previous = records[parent].lastChild
        if previous >= 0 { records[previous].nextSibling = index } else { records[parent].firstChild = index }
        records[parent].lastChild = index
      }
      if !tag.isSelfClosing { open.append(index) }
    case .endTag:
      _ = open.popLast()
    case .text(let data):
      addText(data, expandReferences: true)
    case .cdata(let data):
      addText(data, expandReferences: false)
    case .xmlDeclaration, .doctype, .comment, .processingInstruction:
      break
    }
  }

  /// Keeps text only when it is not all whitespace once decoded.
  mutating func addText(_ data: XMLCharacterData, expandReferences: Bool) {
    guard let owner = open.last else { return }
    let span = data.content
    if span.start >= 0, span.end <= bytes.count, span.start <= span.end,
      bytes[span.start..<span.end].allSatisfy(XMLWhitespace.isWhitespace)
    {
      return
    }
    let text = XMLDecoding.characterData(bytes, data, expandReferences: expandReferences)
    guard !text.utf8.allSatisfy(XMLWhitespace.isWhitespace) else { return }
    let index = oddTexts.count
    oddTexts.append(CompactXMLTree.OddText(text: text, range: data.range))
    let previous = records[owner].lastOddText
    if previous >= 0 { oddTexts[previous].next = index } else { records[owner].firstOddText = index }
    records[owner].lastOddText = index
  }
}

/// One element of a ``CompactXMLTree``.
struct CompactXMLElement: ReadableElement {
  let tree: CompactXMLTree
  let index: Int

  var name: String { tree.records[index].name }
  var startTagRange: SourceRange { tree.records[index].startTag }
  var attributeCount: Int { tree.records[index].attributeCount }

  func attributeName(at position: Int) -> (name: String, range: SourceRange) {
    let slot = tree.records[index].firstAttribute + position
    return (tree.attributeNames[slot], tree.attributes[slot].name)
  }

  func attribute(_ name: String) -> XMLAttribute? {
    let first = tree.records[index].firstAttribute
    let length = name.utf8.count
    // Comparing lengths first settles most mismatches without a string comparison.
    for slot in first..<(first + tree.records[index].attributeCount)
    where tree.attributeNames[slot].utf8.count == length && tree.attributeNames[slot] == name {
      let token = tree.attributes[slot]
      return XMLAttribute(
        name: tree.attributeNames[slot], value: XMLDecoding.attributeValue(tree.bytes, token), nameRange: token.name,
        valueRange: token.value)
    }
    return nil
  }

  var elementChildren: Children { Children(tree: tree, nextIndex: tree.records[index].firstChild) }

  var nonWhitespaceText: [(text: String, range: SourceRange)] {
    var result: [(text: String, range: SourceRange)] = []
    var next = tree.records[index].firstOddText
    while next >= 0 {
      let odd = tree.oddTexts[next]
      result.append((odd.text, odd.range))
      next = odd.next
    }
    return result
  }

  /// The element children, following the sibling links.
  struct Children: Sequence, IteratorProtocol {
    let tree: CompactXMLTree
    var nextIndex: Int

    mutating func next() -> CompactXMLElement? {
      guard nextIndex >= 0 else { return nil }
      let element = CompactXMLElement(tree: tree, index: nextIndex)
      nextIndex = tree.records[nextIndex].nextSibling
      return element
    }
  }
}
