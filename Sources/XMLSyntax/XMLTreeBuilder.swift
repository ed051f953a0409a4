import Diagnostics

/// Builds the element tree from tokens, on an explicit stack of open elements.
///
/// The children of all open elements wait on one flat stack; an element's
/// children become its array, sized exactly, when its end tag arrives.
struct XMLTreeBuilder: XMLTokenHandler {
  let bytes: [UInt8]
  var prolog: [XMLNode] = []
  var epilog: [XMLNode] = []
  var root: XMLElement?
  /// Open elements, each with the index in `pending` where its children start.
  var open: [(element: XMLElement, firstChild: Int)] = []
  /// The children of the open elements, innermost last; moved out (leaving
  /// nil) into their element's array when it closes.
  var pending: [XMLNode?] = []
  /// Each distinct name becomes one shared string.
  var names = XMLNameTable()

  init(bytes: [UInt8]) { self.bytes = bytes }

  mutating func handle(_ token: XMLToken) throws(DiagnosticError) {
    switch token {
    case .xmlDeclaration, .doctype:
      break
    case .startTag(let tag):
      var element = XMLElement(name: name(tag.name))
      element.nameRange = tag.name
      element.startTagRange = tag.range
      element.range = tag.range
      element.keepsSourceLayout = true
      if !tag.attributes.isEmpty {
        element.attributes.reserveCapacity(tag.attributes.count)
        for attribute in tag.attributes {
          element.attributes.append(
            XMLAttribute(
              name: name(attribute.name), value: XMLDecoding.attributeValue(bytes, attribute),
              nameRange: attribute.name, valueRange: attribute.value))
        }
      }
      if tag.isSelfClosing {
        add(.element(element))
      } else {
        open.append((element, pending.count))
      }
    case .endTag(_, let range):
      guard let (openElement, firstChild) = open.popLast() else { return }
      var element = openElement
      element.endTagRange = range
      element.range = SourceRange(start: element.startTagRange.start, end: range.end)
      if firstChild < pending.count {
        var children: [XMLNode] = []
        children.reserveCapacity(pending.count - firstChild)
        for index in firstChild..<pending.count {
          if let child = pending[index].take() { children.append(child) }
        }
        pending.removeSubrange(firstChild...)
        element.children = children
      }
      add(.element(element))
    case .text(let data):
      add(.text(XMLDecoding.text(bytes, data), data.range))
    case .cdata(let data):
      add(.cdata(XMLDecoding.characterData(bytes, data, expandReferences: false), data.range))
    case .comment(let data):
      add(.comment(XMLDecoding.characterData(bytes, data, expandReferences: false), data.range))
    case .processingInstruction(let instruction):
      let data = XMLCharacterData(
        content: instruction.data, range: instruction.range, needsDecoding: instruction.needsDecoding)
      add(
        .processingInstruction(
          target: name(instruction.target),
          data: XMLDecoding.characterData(bytes, data, expandReferences: false), instruction.range))
    }
  }

  mutating func add(_ node: consuming XMLNode) {
    if !open.isEmpty {
      pending.append(node)
    } else if root == nil {
      if case .element(let element) = node { root = element } else { prolog.append(node) }
    } else {
      epilog.append(node)
    }
  }

  mutating func name(_ range: SourceRange) -> String {
    names.name(bytes, XMLDecoding.clamp(range, bytes.count))
  }
}
