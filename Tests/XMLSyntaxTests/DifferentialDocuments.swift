import PropertyTesting

/// Documents for comparing accept/reject verdicts with another parser:
/// hand-written edge cases plus seeded generated ones, well-formed and
/// mutated. None has a DOCTYPE, a namespace prefix (no `:` in names) or
/// nesting near the depth limit, where parsers legitimately differ.
enum DifferentialDocuments {
  static let handWritten: [[UInt8]] = [
    "<a/>", "<a></a>", "", "   ", "<a>", "</a>", "<a/><b/>", "text", "<a/>text", "<a/>  \n", "<a/><!--c--><?p?>",
    "<?xml version='1.0'?><a/>", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><a/>",
    " <?xml version='1.0'?><a/>", "<?xml version='1.0'?>", "<?xml?><a/>", "<?xml version='1.0' standalone='maybe'?><a/>",
    "<?xml version='1.0' encoding='utf-8' ?>\n<a/>", "<?xml version='1.0'encoding='UTF-8'?><a/>",
    "<?xml version='1.0' standalone='no' encoding='UTF-8'?><a/>", "<?xml encoding='UTF-8'?><a/>",
    "<?xml version='1.0.0'?><a/>", "<?xml version=1.0?><a/>", "<a/><?xml version='1.0'?>",
    "<a><?xml version='1.0'?></a>", "<?XmL x?><a/>", "<?xml-stylesheet href='x'?><a/>", "<a><?pi?></a>",
    "<a><?pi x?y?></a>", "<a><?pi?x?></a>", "<a><? pi?></a>", "<a><?pi", "<a x='1' y=\"2\"/>", "<a x='1'y='2'/>",
    "<a x='1' x='2'/>", "<a x/>", "<a x=1/>", "<a x='<'/>", "<a x='>'/>", "<a x='&lt;&#60;&#x3c;'/>", "<a x='&'/>",
    "<a x='&foo;'/>", "<a x=\"'\" y='\"'/>", "<a x='\t\n\r'/>", "<a x='1'", "<a x='1/>", "<a></b>", "<a><b></a></b>",
    "<a></a >", "<a></ a>", "< a/>", "<a/ >", "<a  />", "<1a/>", "<-a/>", "<.a/>", "<_a/>", "<a1-.b/>", "<é/>",
    "<名/>", "<a\u{B7}b/>", "<\u{B7}a/>", "<a>&amp;&lt;&gt;&apos;&quot;</a>", "<a>&nbsp;</a>", "<a>&amp</a>",
    "<a>& b</a>", "<a>AT&T</a>", "<a>&#65;&#x41;&#0065;</a>", "<a>&#0;</a>", "<a>&#x0;</a>", "<a>&#xD800;</a>",
    "<a>&#xDFFF;</a>", "<a>&#xFFFE;</a>", "<a>&#xFFFF;</a>", "<a>&#xFFFD;</a>", "<a>&#x10FFFF;</a>",
    "<a>&#x110000;</a>", "<a>&#9;&#10;&#13;</a>", "<a>&#8;</a>", "<a>&#;</a>", "<a>&#x;</a>", "<a>&#12a;</a>",
    "<a>&#X41;</a>", "<a>&#99999999999999999999;</a>", "<a>]]></a>", "<a>]]</a>", "<a>]></a>", "<a>a > b</a>",
    "<a><![CDATA[<&>]]></a>", "<a><![CDATA[]]></a>", "<a><![CDATA[x]]]></a>", "<a><![CDATA[x</a>",
    "<![CDATA[x]]><a/>", "<a/><![CDATA[x]]>", "<a><![cdata[x]]></a>", "<a><!-- c --></a>", "<a><!----></a>",
    "<a><!-- a--b --></a>", "<a><!-- a ---></a>", "<a><!--- a --></a>", "<a><!-- a -></a>", "<a><!--", "<a><!x></a>",
    "<!-- c --><a/>", "<a/><!-- c -->", "<a>\r\n</a>", "<a>\r</a>", "<a>\n<b/>\n</a>\n",
    "<a>\u{1F600} ü 日本</a>", "<a x='\u{1F600}'/>", "<a><b><c><d/></c></b></a>", "<a><b></b><c/></a>",
  ].map { Array($0.utf8) } + [
    [0xEF, 0xBB, 0xBF] + Array("<a/>".utf8),
    [0xEF, 0xBB, 0xBF] + Array("<?xml version='1.0'?><a/>".utf8),
    Array("<a>".utf8) + [0xFF] + Array("</a>".utf8),
    Array("<a>".utf8) + [0xC0, 0x80] + Array("</a>".utf8),
    Array("<a>".utf8) + [0xED, 0xA0, 0x80] + Array("</a>".utf8),
    Array("<a>".utf8) + [0xF4, 0x90, 0x80, 0x80] + Array("</a>".utf8),
    Array("<a>".utf8) + [0xE2, 0x82] + Array("</a>".utf8),
    Array("<a>".utf8) + [0x80] + Array("</a>".utf8),
    Array("<a>".utf8) + [0xEF, 0xBF, 0xBE] + Array("</a>".utf8),
    Array("<a>".utf8) + [0x00] + Array("</a>".utf8),
    Array("<a>".utf8) + [0x01] + Array("</a>".utf8),
    Array("<a>".utf8) + [0x7F] + Array("</a>".utf8),
    Array("<a>".utf8) + [0xC2, 0x85] + Array("</a>".utf8),
    Array("<a x='".utf8) + [0x1F] + Array("'/>".utf8),
    Array("<a><!--".utf8) + [0x02] + Array("--></a>".utf8),
    Array("<a".utf8) + [0xC3, 0x97] + Array("/>".utf8),
  ]

  /// Generated documents: about half well-formed, the rest mutated.
  static func generated(count: Int, seed: UInt64) -> [[UInt8]] {
    var random = SplitMix64(seed: seed)
    return (0..<count).map { _ in
      var builder = DocumentText(random: random)
      var bytes = builder.document()
      var mutations = Int(builder.random.next() % 4)
      while mutations > 0 && !bytes.isEmpty {
        builder.mutate(&bytes)
        mutations -= 1
      }
      random = builder.random
      return bytes
    }
  }
}

/// Writes random document text directly (not through the writer), with
/// varied quoting, whitespace, references and markup.
struct DocumentText {
  var random: SplitMix64

  mutating func int(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(random.next() % UInt64(bound)) }

  mutating func pick(_ options: [String]) -> String { options[int(options.count)] }

  mutating func name() -> String {
    pick(["a", "b", "iface", "Z", "_u", "é", "名", "mtu", "x1", "a-b", "a.b", "ü_2"])
  }

  mutating func space() -> String { pick([" ", " ", "  ", "\n", "\t", "\r\n", " \n  "]) }

  mutating func text() -> String {
    (0..<(1 + int(4))).map { _ in
      pick(["x", " ", "\n", "\t", ">", "&amp;", "&lt;", "&gt;", "&apos;", "&quot;", "&#65;", "&#x1F600;", "é", "]", "\r", "'", "\""])
    }.joined()
  }

  mutating func attributeValue(quote: String) -> String {
    (0..<int(4)).map { _ in
      pick(["v", " ", "\t", "\n", ">", "&amp;", "&lt;", "&#10;", "&#x9;", "é", quote == "'" ? "\"" : "'"])
    }.joined()
  }

  mutating func element(depth: Int) -> String {
    let tag = name()
    var start = "<" + tag
    var used: Set<String> = []
    for _ in 0..<int(4) {
      let attribute = name()
      guard used.insert(attribute).inserted else { continue }
      let quote = pick(["'", "\""])
      start += space() + attribute + pick(["=", " = ", "="]) + quote + attributeValue(quote: quote) + quote
    }
    if int(5) == 0 { start += space() }
    if depth > 6 || int(4) == 0 { return start + "/>" }
    var content = ""
    for _ in 0..<int(5) {
      switch int(10) {
      case 0...3: content += element(depth: depth + 1)
      case 4, 5: content += text()
      case 6: content += "<!--" + pick(["", " c ", "a-b", "é"]) + "-->"
      case 7: content += "<![CDATA[" + pick(["", "<&>", "a]b", "]]"]) + "]]>"
      case 8: content += "<?" + pick(["p", "target", "xml-x"]) + pick(["", " data", " d?d"]) + "?>"
      default: content += space()
      }
    }
    return start + ">" + content + "</" + tag + pick(["", " "]) + ">"
  }

  mutating func document() -> [UInt8] {
    var text = ""
    if int(3) == 0 {
      text += "<?xml version=" + pick(["'1.0'", "\"1.0\""]) + pick(["", " encoding='UTF-8'", " encoding=\"utf-8\""])
        + pick(["", " standalone='yes'", " standalone=\"no\""]) + pick(["", " "]) + "?>"
    }
    for _ in 0..<int(3) { text += pick(["\n", "<!-- p -->", "<?p x?>", " "]) }
    text += element(depth: 0)
    for _ in 0..<int(3) { text += pick(["\n", "<!-- e -->", "<?q?>", " "]) }
    return Array(text.utf8)
  }

  /// One random edit: delete, duplicate or insert bytes.
  mutating func mutate(_ bytes: inout [UInt8]) {
    let position = int(bytes.count + 1)
    switch int(4) {
    case 0 where position < bytes.count:
      bytes.removeSubrange(position..<min(bytes.count, position + 1 + int(3)))
    case 1 where position < bytes.count:
      bytes.insert(bytes[position], at: position)
    case 2:
      let snippet = pick(["<", ">", "&", "'", "\"", "=", "/", "]]>", "--", "<a>", "</a>", "<!--", "?>", "&#0;", "&x;", " x='1'"])
      bytes.insert(contentsOf: Array(snippet.utf8), at: position)
    default:
      let byte: [UInt8] = [[0x00], [0x01], [0xFF], [0xC3], [0x80], [0xEF, 0xBF, 0xBF], [0x0D]][int(7)]
      bytes.insert(contentsOf: byte, at: position)
    }
  }
}
