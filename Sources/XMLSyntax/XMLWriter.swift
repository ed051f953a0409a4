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
    if declaration {
      output.append(contentsOf: #"<?xml version="1.0"?>"#.utf8)
      output.append(0x0A)
    }
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

  /// An element being written: its children are written one by one.
  private struct Frame {
    var element: XMLElement
    var next = 0
    var level: Int
    /// Children written as they are, without added newlines and indentation.
    var verbatim: Bool
  }

  private static func writeNode(_ node: XMLNode, level: Int, into output: inout [UInt8]) {
    var frames: [Frame] = []
    if let frame = writeLeafOrStart(node, level: level, into: &output) { frames.append(frame) }
    while !frames.isEmpty {
      let top = frames.count - 1
      let index = frames[top].next
      let element = frames[top].element
      guard index < element.children.count else {
        let frame = frames.removeLast()
        if !frame.verbatim { newline(level: frame.level, into: &output) }
        output.append(UInt8(ascii: "<"))
        output.append(UInt8(ascii: "/"))
        appendUTF8(frame.element.name, to: &output)
        output.append(UInt8(ascii: ">"))
        continue
      }
      frames[top].next = index + 1
      let level = frames[top].level + 1
      if !frames[top].verbatim { newline(level: level, into: &output) }
      if let frame = writeLeafOrStart(element.children[index], level: level, into: &output) { frames.append(frame) }
    }
  }

  private static func newline(level: Int, into output: inout [UInt8]) {
    output.append(0x0A)
    for _ in 0..<(2 * max(0, level)) { output.append(UInt8(ascii: " ")) }
  }

  /// Appends the UTF-8 of `string` in one copy (small strings too).
  private static func appendUTF8(_ string: String, to output: inout [UInt8]) {
    var string = string
    string.withUTF8 { output.append(contentsOf: $0) }
  }

  /// Writes a node that has no content to follow, or an element's start
  /// tag; returns the frame for the element's content.
  private static func writeLeafOrStart(_ node: XMLNode, level: Int, into output: inout [UInt8]) -> Frame? {
    switch node {
    case .element(let element):
      let isEmpty = element.writesNoContent
      writeStartTag(element, isEmpty: isEmpty, into: &output)
      guard !isEmpty else { return nil }
      let verbatim = element.keepsSourceLayout || element.children.contains(where: \.isCharacterData)
      return Frame(element: element, level: level, verbatim: verbatim)
    case .text(let text, _):
      appendEscapedText(text, into: &output)
    case .comment(let text, _):
      output.append(contentsOf: "<!--".utf8)
      output.append(contentsOf: commentSafe(text))
      output.append(contentsOf: "-->".utf8)
    case .cdata(let text, _):
      output.append(contentsOf: "<![CDATA[".utf8)
      output.append(contentsOf: Array(text.utf8).replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>"))
      output.append(contentsOf: "]]>".utf8)
    case .processingInstruction(let target, let data, _):
      output.append(contentsOf: "<?".utf8)
      appendUTF8(target, to: &output)
      if !data.isEmpty {
        output.append(UInt8(ascii: " "))
        output.append(contentsOf: Array(data.utf8).replacingOccurrences(of: "?>", with: "? >"))
      }
      output.append(contentsOf: "?>".utf8)
    }
    return nil
  }

  private static func writeStartTag(_ element: XMLElement, isEmpty: Bool, into output: inout [UInt8]) {
    output.append(UInt8(ascii: "<"))
    appendUTF8(element.name, to: &output)
    for attribute in element.attributes {
      output.append(UInt8(ascii: " "))
      appendUTF8(attribute.name, to: &output)
      output.append(UInt8(ascii: "="))
      output.append(UInt8(ascii: "\""))
      appendEscapedAttributeValue(attribute.value, into: &output)
      output.append(UInt8(ascii: "\""))
    }
    if isEmpty { output.append(UInt8(ascii: "/")) }
    output.append(UInt8(ascii: ">"))
  }

  static func appendEscapedText(_ text: String, into output: inout [UInt8]) {
    appendEscaped(text, into: &output) { byte in
      switch byte {
      case UInt8(ascii: "&"): "&amp;"
      case UInt8(ascii: "<"): "&lt;"
      case UInt8(ascii: ">"): "&gt;"
      case 0x0D: "&#13;"
      default: nil
      }
    }
  }

  static func appendEscapedAttributeValue(_ value: String, into output: inout [UInt8]) {
    appendEscaped(value, into: &output) { byte in
      switch byte {
      case UInt8(ascii: "&"): "&amp;"
      case UInt8(ascii: "<"): "&lt;"
      case UInt8(ascii: "\""): "&quot;"
      case 0x09: "&#9;"
      case 0x0A: "&#10;"
      case 0x0D: "&#13;"
      default: nil
      }
    }
  }

  /// Appends `string`, each byte `escape` maps replaced by its escape;
  /// the runs between escapes are copied whole.
  @inline(__always)
  private static func appendEscaped(
    _ string: String, into output: inout [UInt8], _ escape: (UInt8) -> StaticString?
  ) {
    var string = string
    string.withUTF8 { bytes in
      var runStart = 0
      for index in bytes.indices {
        guard let replacement = escape(bytes[index]) else { continue }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        replacement.withUTF8Buffer { output.append(contentsOf: $0) }
        runStart = index + 1
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
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
