/// Writes documents and elements as UTF-8 bytes, deterministically.
///
/// Layout rules:
/// - An element without children (or with only empty text) is written `<name a="v"/>`.
/// - An element whose children include text or CDATA, or that was parsed
///   (``XMLElement/keepsSourceLayout``), has its children written exactly as
///   they are, one after the other: the source's whitespace text nodes and
///   comments survive, so editing a parsed tree keeps its formatting.
/// - Any other element (built in code, only element, comment or PI children)
///   gets each child on its own line, indented two spaces per level.
/// - Attributes keep their order and are written in double quotes with
///   `&amp; &lt; &quot;` and `&#9; &#10; &#13;` escaped, so values survive
///   attribute-value normalization; text escapes `&amp; &lt; &gt;` and `&#13;`.
/// - Comments, CDATA and processing instructions are written as they are,
///   except that sequences which would end them early are broken up
///   (`--` in comments, `]]>` in CDATA, `?>` in processing instructions).
/// - Names are written as given; they must be valid XML names.
///
/// Writing is iterative: deep trees never recurse.
public struct XMLWriter: Sendable {
  /// The document: an optional `<?xml version="1.0"?>` line, the prolog nodes
  /// one per line, the root element, a newline, the epilog nodes one per line.
  /// Text and CDATA outside the root element cannot be written and are skipped.
  public static func write(_ document: XMLDocument, declaration: Bool = true) -> [UInt8] {
    var output: [UInt8] = []
    if declaration { output.append(contentsOf: Array(#"<?xml version="1.0"?>"#.utf8) + [0x0A]) }
    for node in document.prolog where !node.isCharacterData {
      writeNode(node, level: 0, into: &output)
      output.append(0x0A)
    }
    writeNode(.element(document.root), level: 0, into: &output)
    output.append(0x0A)
    for node in document.epilog where !node.isCharacterData {
      writeNode(node, level: 0, into: &output)
      output.append(0x0A)
    }
    return output
  }

  /// One element and its descendants, without a trailing newline.
  public static func write(_ element: XMLElement) -> [UInt8] {
    var output: [UInt8] = []
    writeNode(.element(element), level: 0, into: &output)
    return output
  }

  /// A pending piece of output.
  private enum Work {
    case node(XMLNode, level: Int)
    case newline(level: Int)
    case endTag(String)
  }

  private static func writeNode(_ node: XMLNode, level: Int, into output: inout [UInt8]) {
    var pending: [Work] = [.node(node, level: level)]
    while let work = pending.popLast() {
      switch work {
      case .newline(let level):
        output.append(0x0A)
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
      case .endTag(let name):
        output.append(contentsOf: Array("</".utf8))
        output.append(contentsOf: Array(name.utf8))
        output.append(UInt8(ascii: ">"))
      case .node(let node, let level):
        switch node {
        case .element(let element):
          let isEmpty = element.writesNoContent
          writeStartTag(element, isEmpty: isEmpty, into: &output)
          guard !isEmpty else { break }
          let verbatim = element.keepsSourceLayout || element.children.contains(where: \.isCharacterData)
          pending.append(.endTag(element.name))
          if !verbatim { pending.append(.newline(level: level)) }
          for child in element.children.reversed() {
            pending.append(.node(child, level: level + 1))
            if !verbatim { pending.append(.newline(level: level + 1)) }
          }
        case .text(let text, _):
          appendEscapedText(text, into: &output)
        case .comment(let text, _):
          output.append(contentsOf: Array("<!--".utf8))
          output.append(contentsOf: commentSafe(text))
          output.append(contentsOf: Array("-->".utf8))
        case .cdata(let text, _):
          output.append(contentsOf: Array("<![CDATA[".utf8))
          output.append(contentsOf: Array(text.utf8).replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>"))
          output.append(contentsOf: Array("]]>".utf8))
        case .processingInstruction(let target, let data, _):
          output.append(contentsOf: Array("<?".utf8))
          output.append(contentsOf: Array(target.utf8))
          if !data.isEmpty {
            output.append(UInt8(ascii: " "))
            output.append(contentsOf: Array(data.utf8).replacingOccurrences(of: "?>", with: "? >"))
          }
          output.append(contentsOf: Array("?>".utf8))
        }
      }
    }
  }

  private static func writeStartTag(_ element: XMLElement, isEmpty: Bool, into output: inout [UInt8]) {
    output.append(UInt8(ascii: "<"))
    output.append(contentsOf: Array(element.name.utf8))
    for attribute in element.attributes {
      output.append(UInt8(ascii: " "))
      output.append(contentsOf: Array(attribute.name.utf8))
      output.append(contentsOf: Array("=\"".utf8))
      appendEscapedAttributeValue(attribute.value, into: &output)
      output.append(UInt8(ascii: "\""))
    }
    if isEmpty { output.append(UInt8(ascii: "/")) }
    output.append(UInt8(ascii: ">"))
  }

  static func appendEscapedText(_ text: String, into output: inout [UInt8]) {
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "&"): output.append(contentsOf: Array("&amp;".utf8))
      case UInt8(ascii: "<"): output.append(contentsOf: Array("&lt;".utf8))
      case UInt8(ascii: ">"): output.append(contentsOf: Array("&gt;".utf8))
      case 0x0D: output.append(contentsOf: Array("&#13;".utf8))
      default: output.append(byte)
      }
    }
  }

  static func appendEscapedAttributeValue(_ value: String, into output: inout [UInt8]) {
    for byte in value.utf8 {
      switch byte {
      case UInt8(ascii: "&"): output.append(contentsOf: Array("&amp;".utf8))
      case UInt8(ascii: "<"): output.append(contentsOf: Array("&lt;".utf8))
      case UInt8(ascii: "\""): output.append(contentsOf: Array("&quot;".utf8))
      case 0x09: output.append(contentsOf: Array("&#9;".utf8))
      case 0x0A: output.append(contentsOf: Array("&#10;".utf8))
      case 0x0D: output.append(contentsOf: Array("&#13;".utf8))
      default: output.append(byte)
      }
    }
  }

  /// Comment text with `--` broken up and no trailing `-`, so it cannot end the comment early.
  static func commentSafe(_ text: String) -> [UInt8] {
    var output: [UInt8] = []
    for byte in text.utf8 {
      if byte == UInt8(ascii: "-") && output.last == UInt8(ascii: "-") { output.append(UInt8(ascii: " ")) }
      output.append(byte)
    }
    if output.last == UInt8(ascii: "-") { output.append(UInt8(ascii: " ")) }
    return output
  }
}

extension Array where Element == UInt8 {
  /// A copy with every occurrence of `separator` replaced by `replacement`.
  fileprivate func replacingOccurrences(of separator: String, with replacement: String) -> [UInt8] {
    let pattern = Array(separator.utf8)
    let substitute = Array(replacement.utf8)
    guard !pattern.isEmpty, count >= pattern.count else { return self }
    var output: [UInt8] = []
    output.reserveCapacity(count)
    var index = 0
    while index < count {
      if index + pattern.count <= count && self[index..<(index + pattern.count)].elementsEqual(pattern) {
        output.append(contentsOf: substitute)
        index += pattern.count
      } else {
        output.append(self[index])
        index += 1
      }
    }
    return output
  }
}

extension XMLElement {
  /// Whether the element has no children other than empty text.
  fileprivate var writesNoContent: Bool {
    children.allSatisfy { child in
      if case .text(let text, _) = child { return text.isEmpty }
      return false
    }
  }
}
