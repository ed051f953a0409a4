import Diagnostics

/// The hand-written well-formedness checker behind ``XMLTokenizer``.
///
/// Scans raw bytes through a pointer that is only read at offsets checked
/// against `end`. Nesting is tracked on an explicit stack, never by recursion,
/// so depth costs heap, not call stack. Every loop advances `offset`, so time is
/// linear in the input.
@usableFromInline
struct XMLScanner {
  @usableFromInline
  let base: UnsafePointer<UInt8>
  @usableFromInline
  let end: Int
  @usableFromInline
  let table: UnsafePointer<UInt8>
  @usableFromInline
  let path: String
  @usableFromInline
  let limits: XMLLimits
  @usableFromInline
  var offset = 0
  /// Reused for every start tag.
  @usableFromInline
  var attributes: [XMLAttributeToken] = []
  /// Name ranges of the open elements, innermost last.
  @usableFromInline
  var openElements: [SourceRange] = []
  /// Attribute-name hashes of the current tag when it has many attributes.
  @usableFromInline
  var attributeHashes: [UInt64: Int] = [:]

  @inlinable
  init(base: UnsafePointer<UInt8>, end: Int, table: UnsafePointer<UInt8>, path: String, limits: XMLLimits) {
    self.base = base
    self.end = end
    self.table = table
    self.path = path
    self.limits = limits
  }

  // MARK: Document structure

  @inlinable
  mutating func run<H: XMLTokenHandler>(_ handler: inout H) throws(DiagnosticError) {
    if end >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF { offset = 3 }
    if at("<?xml") && offset + 5 < end && isWhitespace(base[offset + 5]) {
      try xmlDeclaration(&handler)
    }
    try prolog(&handler)
    try content(&handler)
    try epilog(&handler)
  }

  @inlinable
  mutating func prolog<H: XMLTokenHandler>(_ handler: inout H) throws(DiagnosticError) {
    var sawDoctype = false
    while true {
      skipWhitespace()
      guard offset < end else {
        throw error(XMLDiagnosticCode.syntax, "document has no root element", offset)
      }
      if at("<!--") {
        try comment(&handler)
      } else if at("<?") {
        try processingInstruction(&handler)
      } else if at("<!DOCTYPE") {
        if sawDoctype { throw error(XMLDiagnosticCode.syntax, "a document may have only one DOCTYPE", offset, 9) }
        try doctype(&handler)
        sawDoctype = true
      } else if at("<!") {
        throw error(
          XMLDiagnosticCode.syntax,
          "only comments, processing instructions and one DOCTYPE may appear outside the root element", offset, 2)
      } else if base[offset] == UInt8(ascii: "<") {
        return
      } else {
        throw error(XMLDiagnosticCode.syntax, "expected '<' to start the root element; text is not allowed outside it", offset, 1)
      }
    }
  }

  @inlinable
  mutating func epilog<H: XMLTokenHandler>(_ handler: inout H) throws(DiagnosticError) {
    while true {
      skipWhitespace()
      guard offset < end else { return }
      if at("<!--") {
        try comment(&handler)
      } else if at("<?") {
        try processingInstruction(&handler)
      } else {
        throw error(
          XMLDiagnosticCode.syntax,
          "content after the root element; only comments, processing instructions and whitespace may follow it",
          offset, 1)
      }
    }
  }

  /// Scans the root element and everything inside it.
  @inlinable
  mutating func content<H: XMLTokenHandler>(_ handler: inout H) throws(DiagnosticError) {
    try startTag(&handler)
    while let open = openElements.last {
      let textStart = offset
      var needsDecoding = false
      while offset < end {
        // Plain text bytes in a tight loop on a local position.
        var position = offset
        while position < end, table[Int(base[position])] & XMLCharacters.textStop == 0 { position &+= 1 }
        offset = position
        guard offset < end else { break }
        let byte = base[offset]
        if byte == UInt8(ascii: "<") { break }
        switch byte {
        case UInt8(ascii: "&"):
          try reference()
          needsDecoding = true
        case UInt8(ascii: "]"):
          if offset + 2 < end && base[offset + 1] == UInt8(ascii: "]") && base[offset + 2] == UInt8(ascii: ">") {
            throw error(XMLDiagnosticCode.syntax, "']]>' is not allowed in text", offset, 3)
          }
          offset &+= 1
        case 0x0D:
          needsDecoding = true
          offset &+= 1
        default:
          offset &+= try character()
        }
      }
      if offset > textStart {
        let range = SourceRange(start: textStart, end: offset)
        try handler.handle(.text(XMLCharacterData(content: range, range: range, needsDecoding: needsDecoding)))
      }
      guard offset + 1 < end else {
        throw error(
          XMLDiagnosticCode.syntax, "unexpected end of input: element <\(name(open))> is not closed", end)
      }
      switch base[offset + 1] {
      case UInt8(ascii: "/"):
        try endTag(&handler)
      case UInt8(ascii: "!"):
        if at("<!--") {
          try comment(&handler)
        } else if at("<![CDATA[") {
          try cdata(&handler)
        } else {
          throw error(XMLDiagnosticCode.syntax, "expected a comment '<!--' or CDATA section '<![CDATA[' after '<!'", offset, 2)
        }
      case UInt8(ascii: "?"):
        try processingInstruction(&handler)
      default:
        try startTag(&handler)
      }
    }
  }

  // MARK: Tags

  @inlinable
  mutating func startTag<H: XMLTokenHandler>(_ handler: inout H) throws(DiagnosticError) {
    let tagStart = offset
    if openElements.count >= limits.maxDepth {
      throw error(
        XMLDiagnosticCode.limitExceeded,
        "elements are nested deeper than \(limits.maxDepth) levels (XMLLimits.maxDepth)", tagStart, 1)
    }
    offset += 1
    let nameStart = offset
    try scanName("an element name")
    let nameRange = SourceRange(start: nameStart, end: offset)
    attributes.removeAll(keepingCapacity: true)
    var isSelfClosing = false
    while true {
      let hadWhitespace = skipWhitespace()
      guard offset < end else {
        throw error(XMLDiagnosticCode.syntax, "unexpected end of input in start tag <\(name(nameRange))>", end)
      }
      let byte = base[offset]
      if byte == UInt8(ascii: ">") {
        offset += 1
        break
      }
      if byte == UInt8(ascii: "/") {
        guard offset + 1 < end, base[offset + 1] == UInt8(ascii: ">") else {
          throw error(XMLDiagnosticCode.syntax, "expected '>' after '/' in start tag", offset + 1)
        }
        offset += 2
        isSelfClosing = true
        break
      }
      guard hadWhitespace else {
        throw error(XMLDiagnosticCode.syntax, "expected whitespace, '>' or '/>' in start tag <\(name(nameRange))>", offset, 1)
      }
      try attribute()
    }
    let tag = XMLStartTag(
      name: nameRange, attributes: attributes, isSelfClosing: isSelfClosing,
      range: SourceRange(start: tagStart, end: offset))
    try handler.handle(.startTag(tag))
    if !isSelfClosing { openElements.append(nameRange) }
  }

  @usableFromInline
  mutating func attribute() throws(DiagnosticError) {
    let nameStart = offset
    try scanName("an attribute name")
    let nameRange = SourceRange(start: nameStart, end: offset)
    skipWhitespace()
    guard offset < end, base[offset] == UInt8(ascii: "=") else {
      throw error(XMLDiagnosticCode.syntax, "expected '=' after attribute name '\(name(nameRange))'", offset)
    }
    offset += 1
    skipWhitespace()
    guard offset < end, base[offset] == UInt8(ascii: "\"") || base[offset] == UInt8(ascii: "'") else {
      throw error(XMLDiagnosticCode.syntax, "expected a quoted value for attribute '\(name(nameRange))'", offset)
    }
    let quote = base[offset]
    offset += 1
    let valueStart = offset
    let maxLength = limits.maxAttributeValueLength
    let scanEnd = maxLength >= end - valueStart ? end : valueStart + maxLength + 1
    var needsDecoding = false
    while true {
      // Plain value bytes in a tight loop on a local position.
      var position = offset
      while position < scanEnd, table[Int(base[position])] & XMLCharacters.attributeStop == 0 { position &+= 1 }
      offset = position
      guard offset < scanEnd else {
        if scanEnd < end {
          throw error(
            XMLDiagnosticCode.limitExceeded,
            "attribute value is longer than \(maxLength) bytes (XMLLimits.maxAttributeValueLength)", valueStart)
        }
        throw error(XMLDiagnosticCode.syntax, "unterminated value of attribute '\(name(nameRange))'", valueStart - 1, 1)
      }
      let byte = base[offset]
      if byte == quote { break }
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "'"):
        offset &+= 1
      case UInt8(ascii: "<"):
        throw error(XMLDiagnosticCode.syntax, "'<' is not allowed in attribute values; write '&lt;'", offset, 1)
      case UInt8(ascii: "&"):
        try reference()
        needsDecoding = true
      case 0x09, 0x0A, 0x0D:
        needsDecoding = true
        offset &+= 1
      default:
        offset &+= try character()
      }
    }
    if offset - valueStart > maxLength {
      throw error(
        XMLDiagnosticCode.limitExceeded,
        "attribute value is longer than \(maxLength) bytes (XMLLimits.maxAttributeValueLength)", valueStart)
    }
    let valueRange = SourceRange(start: valueStart, end: offset)
    offset += 1
    if attributes.count >= limits.maxAttributes {
      throw error(
        XMLDiagnosticCode.limitExceeded,
        "element has more than \(limits.maxAttributes) attributes (XMLLimits.maxAttributes)", nameStart, nameRange.length)
    }
    try checkUnique(nameRange)
    attributes.append(XMLAttributeToken(name: nameRange, value: valueRange, needsDecoding: needsDecoding))
  }

  /// Rejects a second attribute of the same name; linear for few attributes,
  /// hashed beyond that so that a tag with many attributes stays linear.
  @usableFromInline
  mutating func checkUnique(_ candidate: SourceRange) throws(DiagnosticError) {
    let hashThreshold = 8
    if attributes.count < hashThreshold {
      for existing in attributes where sameBytes(existing.name, candidate) {
        throw duplicate(candidate)
      }
      return
    }
    if attributes.count == hashThreshold {
      attributeHashes.removeAll(keepingCapacity: true)
      for (index, existing) in attributes.enumerated() { attributeHashes[hash(existing.name)] = index }
    }
    let key = hash(candidate)
    if let index = attributeHashes[key] {
      if index < attributes.count && sameBytes(attributes[index].name, candidate) { throw duplicate(candidate) }
      // A hash collision between different names: fall back to comparing all.
      for existing in attributes where sameBytes(existing.name, candidate) { throw duplicate(candidate) }
    } else {
      attributeHashes[key] = attributes.count
    }
  }

  @usableFromInline
  func duplicate(_ range: SourceRange) -> DiagnosticError {
    error(XMLDiagnosticCode.duplicateAttribute, "duplicate attribute '\(name(range))'", range.start, range.length)
  }

  @usableFromInline
  func hash(_ range: SourceRange) -> UInt64 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    var index = range.start
    while index < range.end && index < end {
      value = (value ^ UInt64(base[index])) &* 0x0000_0100_0000_01B3
      index += 1
    }
    return value
  }

  @inlinable
  mutating func endTag<H: XMLTokenHandler>(_ handler: inout H) throws(DiagnosticError) {
    let tagStart = offset
    offset += 2
    let nameStart = offset
    try scanName("an element name")
    let nameRange = SourceRange(start: nameStart, end: offset)
    skipWhitespace()
    guard offset < end, base[offset] == UInt8(ascii: ">") else {
      throw error(XMLDiagnosticCode.syntax, "expected '>' to end the end tag </\(name(nameRange))>", offset)
    }
    offset += 1
    guard let open = openElements.last else {
      throw error(XMLDiagnosticCode.mismatchedTag, "end tag </\(name(nameRange))> has no open element", nameStart, nameRange.length)
    }
    guard sameBytes(open, nameRange) else {
      throw error(
        XMLDiagnosticCode.mismatchedTag,
        "end tag </\(name(nameRange))> does not match the open element <\(name(open))>", nameStart, nameRange.length)
    }
    openElements.removeLast()
    try handler.handle(.endTag(name: nameRange, range: SourceRange(start: tagStart, end: offset)))
  }

  // MARK: Comments, CDATA, processing instructions, declarations

  @inlinable
  mutating func comment<H: XMLTokenHandler>(_ handler: inout H) throws(DiagnosticError) {
    let start = offset
    offset += 4
    let contentStart = offset
    var needsDecoding = false
    while true {
      guard offset < end else { throw error(XMLDiagnosticCode.syntax, "unterminated comment", start, 4) }
      let byte = base[offset]
      if byte == UInt8(ascii: "-") {
        if offset + 1 < end && base[offset + 1] == UInt8(ascii: "-") {
          if offset + 2 < end && base[offset + 2] == UInt8(ascii: ">") { break }
          throw error(XMLDiagnosticCode.syntax, "'--' is not allowed inside a comment", offset, 2)
        }
        offset &+= 1
      } else if table[Int(byte)] & XMLCharacters.markupStop == 0 {
        offset &+= 1
      } else if byte == 0x0D {
        needsDecoding = true
        offset &+= 1
      } else {
        offset &+= try character()
      }
    }
    let content = SourceRange(start: contentStart, end: offset)
    offset += 3
    try handler.handle(
      .comment(XMLCharacterData(content: content, range: SourceRange(start: start, end: offset), needsDecoding: needsDecoding)))
  }

  @inlinable
  mutating func cdata<H: XMLTokenHandler>(_ handler: inout H) throws(DiagnosticError) {
    let start = offset
    offset += 9
    let contentStart = offset
    var needsDecoding = false
    while true {
      guard offset < end else { throw error(XMLDiagnosticCode.syntax, "unterminated CDATA section", start, 9) }
      let byte = base[offset]
      if byte == UInt8(ascii: "]") {
        if offset + 2 < end && base[offset + 1] == UInt8(ascii: "]") && base[offset + 2] == UInt8(ascii: ">") { break }
        offset &+= 1
      } else if table[Int(byte)] & XMLCharacters.markupStop == 0 {
        offset &+= 1
      } else if byte == 0x0D {
        needsDecoding = true
        offset &+= 1
      } else {
        offset &+= try character()
      }
    }
    let content = SourceRange(start: contentStart, end: offset)
    offset += 3
    try handler.handle(
      .cdata(XMLCharacterData(content: content, range: SourceRange(start: start, end: offset), needsDecoding: needsDecoding)))
  }

  @inlinable
  mutating func processingInstruction<H: XMLTokenHandler>(_ handler: inout H) throws(DiagnosticError) {
    let start = offset
    offset += 2
    let targetStart = offset
    try scanName("a processing instruction target")
    let target = SourceRange(start: targetStart, end: offset)
    if target.length == 3 && (base[targetStart] | 0x20) == UInt8(ascii: "x")
      && (base[targetStart + 1] | 0x20) == UInt8(ascii: "m") && (base[targetStart + 2] | 0x20) == UInt8(ascii: "l")
    {
      throw error(
        XMLDiagnosticCode.syntax,
        "processing instruction target '\(name(target))' is reserved; the XML declaration is only allowed at the very start",
        targetStart, 3)
    }
    var dataStart = offset
    var needsDecoding = false
    if !at("?>") {
      guard skipWhitespace() else {
        throw error(XMLDiagnosticCode.syntax, "expected whitespace or '?>' after the processing instruction target", offset)
      }
      dataStart = offset
      while true {
        guard offset < end else { throw error(XMLDiagnosticCode.syntax, "unterminated processing instruction", start, 2) }
        let byte = base[offset]
        if byte == UInt8(ascii: "?") {
          if offset + 1 < end && base[offset + 1] == UInt8(ascii: ">") { break }
          offset &+= 1
        } else if table[Int(byte)] & XMLCharacters.markupStop == 0 {
          offset &+= 1
        } else if byte == 0x0D {
          needsDecoding = true
          offset &+= 1
        } else {
          offset &+= try character()
        }
      }
    }
    let data = SourceRange(start: dataStart, end: offset)
    offset += 2
    try handler.handle(
      .processingInstruction(
        XMLProcessingInstructionToken(
          target: target, data: data, range: SourceRange(start: start, end: offset), needsDecoding: needsDecoding)))
  }

  @inlinable
  mutating func doctype<H: XMLTokenHandler>(_ handler: inout H) throws(DiagnosticError) {
    let start = offset
    offset += 9
    guard skipWhitespace() else {
      throw error(XMLDiagnosticCode.syntax, "expected whitespace after '<!DOCTYPE'", offset)
    }
    let nameStart = offset
    try scanName("a document type name")
    let nameRange = SourceRange(start: nameStart, end: offset)
    skipWhitespace()
    if at("SYSTEM") || at("PUBLIC") {
      throw error(
        XMLDiagnosticCode.doctypeRejected,
        "DOCTYPE with an external identifier (SYSTEM/PUBLIC) is rejected: external DTDs are never read", offset, 6)
    }
    if offset < end && base[offset] == UInt8(ascii: "[") {
      if contains("<!ENTITY", from: offset) {
        throw error(
          XMLDiagnosticCode.doctypeRejected,
          "DOCTYPE internal subset with entity declarations is rejected: entities are never expanded", offset, 1)
      }
      throw error(XMLDiagnosticCode.doctypeRejected, "DOCTYPE internal subsets are not supported", offset, 1)
    }
    guard offset < end, base[offset] == UInt8(ascii: ">") else {
      throw error(XMLDiagnosticCode.syntax, "expected '>' to end the DOCTYPE", offset)
    }
    offset += 1
    try handler.handle(.doctype(name: nameRange, range: SourceRange(start: start, end: offset)))
  }

  @inlinable
  mutating func xmlDeclaration<H: XMLTokenHandler>(_ handler: inout H) throws(DiagnosticError) {
    let start = offset
    offset += 5
    skipWhitespace()
    guard at("version") else {
      throw error(XMLDiagnosticCode.syntax, "the XML declaration must start with 'version'", offset)
    }
    offset += 7
    let version = try declarationValue("version")
    guard version.length >= 3, base[version.start] == UInt8(ascii: "1"), base[version.start + 1] == UInt8(ascii: "."),
      allBytes(in: SourceRange(start: version.start + 2, end: version.end), satisfy: { $0 >= 0x30 && $0 <= 0x39 })
    else {
      throw error(XMLDiagnosticCode.syntax, "unsupported XML version '\(name(version))'; expected 1.x", version.start, version.length)
    }
    var encoding: SourceRange?
    var standalone: SourceRange?
    var hadWhitespace = skipWhitespace()
    if hadWhitespace && at("encoding") {
      offset += 8
      let value = try declarationValue("encoding")
      if !isUTF8Name(value) {
        throw error(
          XMLDiagnosticCode.unsupportedEncoding, "unsupported encoding '\(name(value))'; only UTF-8 is supported",
          value.start, value.length)
      }
      encoding = value
      hadWhitespace = skipWhitespace()
    }
    if hadWhitespace && at("standalone") {
      offset += 10
      let value = try declarationValue("standalone")
      let text = name(value)
      guard text == "yes" || text == "no" else {
        throw error(XMLDiagnosticCode.syntax, "standalone must be 'yes' or 'no'", value.start, value.length)
      }
      standalone = value
      skipWhitespace()
    }
    guard at("?>") else {
      throw error(XMLDiagnosticCode.syntax, "expected '?>' to end the XML declaration", offset)
    }
    offset += 2
    try handler.handle(
      .xmlDeclaration(
        XMLDeclarationToken(
          version: version, encoding: encoding, standalone: standalone, range: SourceRange(start: start, end: offset))))
  }

  /// `Eq` then a quoted value made of name-like ASCII bytes.
  @usableFromInline
  mutating func declarationValue(_ what: String) throws(DiagnosticError) -> SourceRange {
    skipWhitespace()
    guard offset < end, base[offset] == UInt8(ascii: "=") else {
      throw error(XMLDiagnosticCode.syntax, "expected '=' after '\(what)'", offset)
    }
    offset += 1
    skipWhitespace()
    guard offset < end, base[offset] == UInt8(ascii: "\"") || base[offset] == UInt8(ascii: "'") else {
      throw error(XMLDiagnosticCode.syntax, "expected a quoted value for '\(what)'", offset)
    }
    let quote = base[offset]
    offset += 1
    let valueStart = offset
    while offset < end && table[Int(base[offset])] & XMLCharacters.nameChar != 0 { offset += 1 }
    guard offset < end, base[offset] == quote, offset > valueStart else {
      throw error(XMLDiagnosticCode.syntax, "malformed value for '\(what)' in the XML declaration", valueStart)
    }
    offset += 1
    return SourceRange(start: valueStart, end: offset - 1)
  }

  @usableFromInline
  func isUTF8Name(_ range: SourceRange) -> Bool {
    let text = name(range).lowercased()
    return text == "utf-8" || text == "utf8"
  }

  // MARK: Names, references, characters

  /// Scans a `Name` starting at `offset`.
  @usableFromInline
  mutating func scanName(_ what: String) throws(DiagnosticError) {
    let start = offset
    let maxLength = limits.maxNameLength
    let scanEnd = maxLength >= end - start ? end : start + maxLength + 1
    guard offset < end else { throw error(XMLDiagnosticCode.syntax, "expected \(what)", offset) }
    let first = base[offset]
    if first < 0x80 {
      guard table[Int(first)] & XMLCharacters.nameStart != 0 else {
        throw error(XMLDiagnosticCode.syntax, "expected \(what)", offset, 1)
      }
      offset += 1
    } else {
      guard let (scalar, length) = XMLCharacters.decodeMultiByte(base, offset, end) else { throw invalidUTF8() }
      guard XMLCharacters.isNameStart(scalar) else {
        throw error(XMLDiagnosticCode.syntax, "expected \(what)", offset, length)
      }
      offset += length
    }
    // ASCII name characters in a tight loop on a local position; the loop
    // below takes over at the first other byte.
    var position = offset
    while position < scanEnd {
      let byte = base[position]
      guard byte < 0x80, table[Int(byte)] & XMLCharacters.nameChar != 0 else { break }
      position &+= 1
    }
    offset = position
    while offset < scanEnd {
      let byte = base[offset]
      if byte < 0x80 {
        if table[Int(byte)] & XMLCharacters.nameChar == 0 { break }
        offset &+= 1
      } else {
        guard let (scalar, length) = XMLCharacters.decodeMultiByte(base, offset, end) else { throw invalidUTF8() }
        if !XMLCharacters.isNameChar(scalar) { break }
        offset &+= length
      }
    }
    if offset - start > maxLength {
      throw error(
        XMLDiagnosticCode.limitExceeded, "name is longer than \(maxLength) bytes (XMLLimits.maxNameLength)", start)
    }
  }

  /// Validates the reference at `offset` (an `&`) and moves past its `;`.
  @usableFromInline
  mutating func reference() throws(DiagnosticError) {
    let start = offset
    offset += 1
    if offset < end && base[offset] == UInt8(ascii: "#") {
      offset += 1
      var isHex = false
      if offset < end && base[offset] == UInt8(ascii: "x") {
        isHex = true
        offset += 1
      }
      var value: UInt32 = 0
      var digits = 0
      while offset < end, let digit = Self.digitValue(base[offset], hex: isHex) {
        if value <= 0x10FFFF { value = value * (isHex ? 16 : 10) + digit }
        digits += 1
        offset += 1
      }
      guard digits > 0, offset < end, base[offset] == UInt8(ascii: ";") else {
        throw error(XMLDiagnosticCode.invalidCharacterReference, "malformed character reference", start, max(1, offset - start))
      }
      offset += 1
      guard XMLCharacters.isChar(value) else {
        throw error(
          XMLDiagnosticCode.invalidCharacterReference,
          "character reference \(name(SourceRange(start: start, end: offset))) is not an allowed XML character",
          start, offset - start)
      }
      return
    }
    let nameStart = offset
    guard offset < end, base[offset] >= 0x80 || table[Int(base[offset])] & XMLCharacters.nameStart != 0 else {
      throw error(XMLDiagnosticCode.syntax, "'&' must start a reference; write '&amp;' for a literal ampersand", start, 1)
    }
    try scanName("an entity name")
    let entity = SourceRange(start: nameStart, end: offset)
    guard offset < end, base[offset] == UInt8(ascii: ";") else {
      throw error(XMLDiagnosticCode.syntax, "expected ';' after entity name '\(name(entity))'", offset)
    }
    offset += 1
    guard XMLPredefinedEntity.scalar(base, entity) != nil else {
      throw error(
        XMLDiagnosticCode.undefinedEntity,
        "undefined entity '&\(name(entity));'; only &lt; &gt; &amp; &apos; &quot; are defined",
        start, offset - start)
    }
  }

  @usableFromInline
  static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
    switch byte {
    case 0x30...0x39: return UInt32(byte - 0x30)
    case 0x61...0x66 where hex: return UInt32(byte - 0x61 + 10)
    case 0x41...0x46 where hex: return UInt32(byte - 0x41 + 10)
    default: return nil
    }
  }

  /// Validates the character at `offset` that the fast loops stopped on
  /// (a control character or a non-ASCII lead byte); returns its length.
  @usableFromInline
  func character() throws(DiagnosticError) -> Int {
    let byte = base[offset]
    if byte < 0x80 {
      throw error(
        XMLDiagnosticCode.invalidCharacter,
        "control character U+\(hex(UInt32(byte))) is not allowed in XML", offset, 1)
    }
    guard let (scalar, length) = XMLCharacters.decodeMultiByte(base, offset, end) else { throw invalidUTF8() }
    guard XMLCharacters.isChar(scalar) else {
      throw error(XMLDiagnosticCode.invalidCharacter, "character U+\(hex(scalar)) is not allowed in XML", offset, length)
    }
    return length
  }

  @usableFromInline
  func invalidUTF8() -> DiagnosticError {
    error(XMLDiagnosticCode.invalidUTF8, "invalid UTF-8 byte sequence", offset, 1)
  }

  // MARK: Helpers

  @discardableResult
  @inlinable
  mutating func skipWhitespace() -> Bool {
    let start = offset
    while offset < end && table[Int(base[offset])] & XMLCharacters.whitespace != 0 { offset &+= 1 }
    return offset > start
  }

  @inlinable
  func isWhitespace(_ byte: UInt8) -> Bool { table[Int(byte)] & XMLCharacters.whitespace != 0 }

  /// Whether the input continues with `literal` at `offset`.
  @inlinable
  func at(_ literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard count <= end - offset else { return false }
    let bytes = literal.utf8Start
    for index in 0..<count where base[offset + index] != bytes[index] { return false }
    return true
  }

  @usableFromInline
  func contains(_ literal: StaticString, from start: Int) -> Bool {
    let count = literal.utf8CodeUnitCount
    let bytes = literal.utf8Start
    var index = start
    while index + count <= end {
      var matches = true
      for inner in 0..<count where base[index + inner] != bytes[inner] {
        matches = false
        break
      }
      if matches { return true }
      index += 1
    }
    return false
  }

  @usableFromInline
  func sameBytes(_ lhs: SourceRange, _ rhs: SourceRange) -> Bool {
    guard lhs.length == rhs.length, lhs.start >= 0, rhs.start >= 0, lhs.end <= end, rhs.end <= end else { return false }
    let count = lhs.length
    let left = UnsafeRawPointer(base + lhs.start)
    let right = UnsafeRawPointer(base + rhs.start)
    var index = 0
    // Eight bytes at a time, then the rest one by one.
    while count - index >= 8 {
      if left.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        != right.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      {
        return false
      }
      index += 8
    }
    while index < count {
      if base[lhs.start + index] != base[rhs.start + index] { return false }
      index += 1
    }
    return true
  }

  @usableFromInline
  func allBytes(in range: SourceRange, satisfy predicate: (UInt8) -> Bool) -> Bool {
    guard range.length > 0, range.end <= end else { return false }
    for index in range.start..<range.end where !predicate(base[index]) { return false }
    return true
  }

  /// The bytes of `range` as a string, for messages.
  @usableFromInline
  func name(_ range: SourceRange) -> String {
    let clampedEnd = min(range.end, end, range.start + 200)
    guard range.start >= 0, range.start <= clampedEnd else { return "" }
    return String(decoding: UnsafeBufferPointer(start: base + range.start, count: clampedEnd - range.start), as: UTF8.self)
  }

  @usableFromInline
  func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  @usableFromInline
  func error(_ code: String, _ message: String, _ start: Int, _ length: Int = 0) -> DiagnosticError {
    let clampedStart = min(max(0, start), end)
    let range = SourceRange(start: clampedStart, end: min(clampedStart + max(0, length), end))
    return DiagnosticError(.error(code, message, path: path, range: range))
  }
}
