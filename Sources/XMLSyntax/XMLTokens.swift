import Diagnostics

/// One attribute of a start tag as the tokenizer sees it: byte ranges only.
public struct XMLAttributeToken: Sendable, Hashable {
  /// The attribute name.
  public var name: SourceRange
  /// The raw value between the quotes (quotes excluded).
  public var value: SourceRange
  /// Whether the raw value holds references or tab/CR/LF that decoding rewrites;
  /// when false the raw bytes are the value.
  public var needsDecoding: Bool

  public init(name: SourceRange, value: SourceRange, needsDecoding: Bool) {
    self.name = name
    self.value = value
    self.needsDecoding = needsDecoding
  }
}

/// A start tag `<name a="v">` or an empty-element tag `<name/>`.
public struct XMLStartTag: Sendable, Hashable {
  /// The element name.
  public var name: SourceRange
  /// The attributes in source order, already checked for duplicates.
  public var attributes: [XMLAttributeToken]
  /// True for `<name/>`; no end-tag token follows such a tag.
  public var isSelfClosing: Bool
  /// The whole tag from `<` to `>`.
  public var range: SourceRange

  public init(name: SourceRange, attributes: [XMLAttributeToken], isSelfClosing: Bool, range: SourceRange) {
    self.name = name
    self.attributes = attributes
    self.isSelfClosing = isSelfClosing
    self.range = range
  }
}

/// Text, CDATA or a comment: the content bytes and the whole construct.
public struct XMLCharacterData: Sendable, Hashable {
  /// The content: the text itself, or what lies between `<![CDATA[`/`]]>` or `<!--`/`-->`.
  public var content: SourceRange
  /// The whole construct including its delimiters (equal to `content` for text).
  public var range: SourceRange
  /// Whether decoding rewrites the content (references, or CR line ends).
  public var needsDecoding: Bool

  public init(content: SourceRange, range: SourceRange, needsDecoding: Bool) {
    self.content = content
    self.range = range
    self.needsDecoding = needsDecoding
  }
}

/// A processing instruction `<?target data?>`.
public struct XMLProcessingInstructionToken: Sendable, Hashable {
  public var target: SourceRange
  /// The data after the whitespace following the target; empty when there is none.
  public var data: SourceRange
  public var range: SourceRange
  /// Whether the data holds CR line ends that decoding rewrites.
  public var needsDecoding: Bool

  public init(target: SourceRange, data: SourceRange, range: SourceRange, needsDecoding: Bool) {
    self.target = target
    self.data = data
    self.range = range
    self.needsDecoding = needsDecoding
  }
}

/// The XML declaration `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`.
public struct XMLDeclarationToken: Sendable, Hashable {
  /// The version number between its quotes.
  public var version: SourceRange
  /// The encoding name between its quotes, when present (always UTF-8, any case).
  public var encoding: SourceRange?
  /// `yes` or `no` between its quotes, when present.
  public var standalone: SourceRange?
  public var range: SourceRange

  public init(version: SourceRange, encoding: SourceRange?, standalone: SourceRange?, range: SourceRange) {
    self.version = version
    self.encoding = encoding
    self.standalone = standalone
    self.range = range
  }
}

/// One event of the streaming tokenizer, in document order.
///
/// The tokenizer only emits tokens of a well-formed document prefix: tags
/// balance, attributes are unique, references are defined and characters valid.
/// Whitespace outside the root element is skipped, not reported.
public enum XMLToken: Sendable, Hashable {
  case xmlDeclaration(XMLDeclarationToken)
  /// A `<!DOCTYPE name>` without external identifier or internal subset.
  case doctype(name: SourceRange, range: SourceRange)
  case startTag(XMLStartTag)
  /// An end tag `</name>`; not emitted for self-closing tags.
  case endTag(name: SourceRange, range: SourceRange)
  /// Character data inside an element, references not yet expanded.
  case text(XMLCharacterData)
  case cdata(XMLCharacterData)
  case comment(XMLCharacterData)
  case processingInstruction(XMLProcessingInstructionToken)
}

/// Receives the tokenizer's events. Throwing stops tokenizing and propagates the error.
public protocol XMLTokenHandler {
  mutating func handle(_ token: XMLToken) throws(DiagnosticError)
}
