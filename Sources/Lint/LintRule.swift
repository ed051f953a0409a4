import Diagnostics

/// One lint rule: a stable id (`unknown-key`), the severity its findings
/// have, and a one-line description (SARIF's `shortDescription`).
public struct LintRule: Sendable, Hashable {
  public var id: String
  public var severity: Severity
  public var summary: String

  public init(_ id: String, _ severity: Severity, _ summary: String) {
    self.id = id
    self.severity = severity
    self.summary = summary
  }
}

/// Every rule, in the order `--help`, SARIF and the README list them.
public enum LintRules {
  // Syntax: the shell lexer's and the XML tokenizer's findings.
  public static let unterminatedQuote = LintRule("unterminated-quote", .error, "A quote, $(, ${ or backtick is never closed.")
  public static let unquotedSpace = LintRule("unquoted-space", .error, "X=a b: bash would run b with X set.")
  public static let expansion = LintRule("expansion", .error, "A $VAR, $(...), backtick or ~ that bash would expand at boot.")
  public static let unparsedLine = LintRule("unparsed-line", .error, "A line that is not an assignment, comment or blank.")
  public static let invalidUTF8 = LintRule("invalid-utf8", .error, "A value that is not valid UTF-8.")
  public static let crlfLineEnd = LintRule("crlf-line-end", .error, "CRLF line ends: bash reads the CR into every value.")
  public static let nulByte = LintRule("nul-byte", .error, "A NUL byte, which no reader can carry.")
  public static let xmlSyntax = LintRule("xml-syntax", .error, "Interface XML that is not well-formed.")
  // Keys.
  public static let unknownKey = LintRule("unknown-key", .warning, "A key the dialect does not document.")
  public static let deprecatedKey = LintRule("deprecated-key", .warning, "A key the dialect ignores or has replaced.")
  public static let duplicateKey = LintRule("duplicate-key", .warning, "A key assigned again later; the earlier value is dead.")
  // Values.
  public static let invalidValue = LintRule("invalid-value", .error, "A value the dialect cannot read (boolean, address, netmask, MTU, ...).")
  // Across the files of one folder.
  public static let missingMaster = LintRule("missing-master", .error, "MASTER, BRIDGE or a port list names an interface no file describes.")
  public static let twoMasters = LintRule("two-masters", .error, "An interface enslaved to two masters.")
  public static let duplicateDevice = LintRule("duplicate-device", .error, "Two files describe the same interface.")
  public static let duplicateAddress = LintRule("duplicate-address", .error, "The same static address on two interfaces.")
  public static let missingVLANParent = LintRule("missing-vlan-parent", .error, "A vlan whose parent interface no file describes.")
  // Interface XML.
  public static let xmlSchema = LintRule("xml-schema", .error, "Interface XML that breaks the interface schema.")
  public static let xmlExtension = LintRule("xml-extension", .warning, "An element or attribute interface XML does not define (kept).")
  // Optional and operational.
  public static let roundTrip = LintRule("roundtrip", .error, "Reading and writing back a file does not give the same bytes.")
  public static let unreadableFile = LintRule("unreadable-file", .error, "A file that cannot be read.")

  public static let all: [LintRule] = [
    unterminatedQuote, unquotedSpace, expansion, unparsedLine, invalidUTF8, crlfLineEnd, nulByte, xmlSyntax,
    unknownKey, deprecatedKey, duplicateKey, invalidValue,
    missingMaster, twoMasters, duplicateDevice, duplicateAddress, missingVLANParent,
    xmlSchema, xmlExtension, roundTrip, unreadableFile,
  ]

  /// The rule with id `id`.
  public static func rule(_ id: String) -> LintRule? { all.first { $0.id == id } }
}
