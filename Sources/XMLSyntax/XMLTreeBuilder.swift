import Diagnostics

/// Builds the element tree from tokens, on an explicit stack of open elements.
struct XMLTreeBuilder: XMLTokenHandler {
  let bytes: [UInt8]
  var prolog: [XMLNode] = []
  var epilog: [XMLNode] = []
  var root: XMLElement?
  var open: [XMLElement] = []
  /// Each distinct name becomes one shared string.
  var names: [ArraySlice<UInt8>: String] = [:]

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
      element.attributes.reserveCapacity(tag.attributes.count)
      for attribute in tag.attributes {
        element.attributes.append(
          XMLAttribute(
            name: name(attribute.name), value: XMLDecoding.attributeValue(bytes, attribute),
            nameRange: attribute.name, valueRange: attribute.value))
      }
      if tag.isSelfClosing {
        add(.element(element))
      } else {
        open.append(element)
      }
    case .endTag(_, let range):
      guard var element = open.popLast() else { return }
      element.endTagRange = range
      element.range = SourceRange(start: element.startTagRange.start, end: range.end)
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

  mutating func add(_ node: XMLNode) {
    if !open.isEmpty {
      open[open.count - 1].children.append(node)
    } else if root == nil {
      if case .element(let element) = node { root = element } else { prolog.append(node) }
    } else {
      epilog.append(node)
    }
  }

  mutating func name(_ range: SourceRange) -> String {
    let key = bytes[XMLDecoding.clamp(range, bytes.count)]
    if let known = names[key] { return known }
    let text = String(decoding: key, as: UTF8.self)
    names[key] = text
    return text
  }
}
