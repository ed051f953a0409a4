import Diagnostics

/// The diagnostic codes the XML front end reports; all have severity error.
public enum XMLDiagnosticCode {
  /// A well-formedness error without a finer code (unexpected byte, unterminated construct, ...).
  public static let syntax = "xml-syntax"
  /// Bytes that are not valid UTF-8.
  public static let invalidUTF8 = "xml-invalid-utf8"
  /// A character XML does not allow (control characters, U+FFFE, U+FFFF).
  public static let invalidCharacter = "xml-invalid-character"
  /// A character reference to a code point XML does not allow, or a malformed one.
  public static let invalidCharacterReference = "xml-invalid-character-reference"
  /// An entity reference other than the five predefined ones.
  public static let undefinedEntity = "xml-undefined-entity"
  /// An end tag that does not match the open element.
  public static let mismatchedTag = "xml-mismatched-tag"
  /// The same attribute name twice on one element.
  public static let duplicateAttribute = "xml-duplicate-attribute"
  /// A DOCTYPE with an external identifier or an internal subset.
  public static let doctypeRejected = "xml-doctype-rejected"
  /// An ``XMLLimits`` bound was exceeded.
  public static let limitExceeded = "xml-limit-exceeded"
  /// An XML declaration naming an encoding other than UTF-8.
  public static let unsupportedEncoding = "xml-unsupported-encoding"
}
