import Diagnostics
import InterfaceModel
import Lenses
import XMLSyntax

/// netcf's and libvirt's interface XML, read into and written from the IR.
///
/// - Reading accepts one `<interface>` or an `<interfaces>` wrapper holding
///   several, children in any order, and libvirt's run-time `<link>`
///   elements; unknown elements and attributes are kept and warned about.
///   Every error points at the element or attribute at fault.
/// - Writing (``document(_:wrapper:)``, ``create(_:wrapper:)``) uses one
///   order, netcf's, indented two spaces; the output is valid under
///   Schemas/interface.rng and under libvirt's and netcf's grammars.
/// - ``put(_:into:)`` edits an existing document, keeping what the IR does
///   not model (comments, order, extensions) and changing only what differs.
public enum InterfaceXML {
  /// What reading a document gives: its interfaces and the warnings (errors throw).
  public struct ReadResult: Sendable, Hashable {
    public var interfaces: [Interface]
    public var warnings: [Diagnostic]

    public init(interfaces: [Interface], warnings: [Diagnostic]) {
      self.interfaces = interfaces
      self.warnings = warnings
    }
  }

  /// Reads the interfaces in `bytes`.
  /// - Throws: every error found (XML syntax first, then the format's
  ///   rules), each at the bytes at fault and reported against `path`.
  /// - Parameter limits: the XML front end's limits (see ``XMLLimits``).
  public static func read(_ bytes: [UInt8], path: String, limits: XMLLimits = .default) throws(DiagnosticError)
    -> ReadResult
  {
    let root = try CompactXMLTree.parse(bytes, path: path, limits: limits)
    var reader = InterfaceXMLReader(path: path)
    let interfaces = reader.read(root: root)
    if reader.diagnostics.containsErrors { throw DiagnosticError(reader.diagnostics) }
    return ReadResult(interfaces: interfaces, warnings: reader.diagnostics)
  }

  /// Reads the interfaces of a parsed document; ranges refer to the bytes it was parsed from.
  public static func read(_ document: XMLDocument, path: String) throws(DiagnosticError) -> ReadResult {
    var reader = InterfaceXMLReader(path: path)
    let interfaces = reader.read(document)
    if reader.diagnostics.containsErrors { throw DiagnosticError(reader.diagnostics) }
    return ReadResult(interfaces: interfaces, warnings: reader.diagnostics)
  }

  /// The interfaces in `bytes`, without the warnings.
  public static func parse(_ bytes: [UInt8], path: String) throws(DiagnosticError) -> [Interface] {
    try read(bytes, path: path).interfaces
  }

  /// A new document: one `<interface>`, or an `<interfaces>` wrapper when
  /// there are several, none, or `wrapper` is set.
  /// - Throws: the reasons the values cannot be written (``InterfaceXMLWriteCheck``).
  public static func create(_ interfaces: [Interface], wrapper: Bool = false) throws(DiagnosticError) -> XMLDocument {
    try check(interfaces)
    return InterfaceXMLBuilder.document(interfaces, wrapper: wrapper)
  }

  /// The bytes of ``create(_:wrapper:)``: no XML declaration, two-space
  /// indentation, a final newline.
  public static func document(_ interfaces: [Interface], wrapper: Bool = false) throws(DiagnosticError) -> [UInt8] {
    try check(interfaces)
    return InterfaceXMLByteWriter.document(interfaces, wrapper: wrapper)
  }

  /// Appends one interface's `<interface>` element to `output` exactly as
  /// ``document(_:wrapper:)`` writes it at nesting `level` (0 for a
  /// document's root, 1 inside an `<interfaces>` wrapper): from its `<` to
  /// its last `>`, its inner lines indented two spaces per level, with no
  /// newline before or after. Nothing is checked: check the whole list with
  /// ``InterfaceXMLWriteCheck/problems(_:)`` first (the output is
  /// well-formed XML whatever the values, and valid interface XML when they
  /// pass the check).
  ///
  /// Large documents can be written in pieces, even on several threads, and
  /// joined: `document(interfaces, wrapper: true)` is `<interfaces>`, then
  /// for each interface a newline, two spaces and its element at level 1
  /// (what ``appendWrapperMember(_:into:)`` appends), then a newline,
  /// `</interfaces>` and a newline; with no interfaces it is
  /// `<interfaces/>` and a newline.
  public static func appendElement(_ interface: Interface, level: Int = 0, into output: inout [UInt8]) {
    InterfaceXMLByteWriter.append(interface, level: level, into: &output)
  }

  /// Appends what one interface adds to an `<interfaces>` document: a
  /// newline, two spaces and its element at level 1 (see
  /// ``appendElement(_:level:into:)``; nothing is checked).
  public static func appendWrapperMember(_ interface: Interface, into output: inout [UInt8]) {
    InterfaceXMLByteWriter.appendMember(interface, into: &output)
  }

  /// What `interfaces` add to an `<interfaces>` document (each as
  /// ``appendWrapperMember(_:into:)`` writes it), checked as
  /// ``document(_:wrapper:)`` checks them: ``wrapperStart``, the members of
  /// consecutive lists, then ``wrapperEnd`` are the document of them all.
  /// - Throws: the reasons the values cannot be written.
  public static func wrapperMembers(_ interfaces: [Interface]) throws(DiagnosticError) -> [UInt8] {
    try check(interfaces)
    var output: [UInt8] = []
    for interface in interfaces { appendWrapperMember(interface, into: &output) }
    return output
  }

  /// The start of an `<interfaces>` document that has members.
  public static let wrapperStart = Array("<interfaces>".utf8)
  /// The end of an `<interfaces>` document that has members.
  public static let wrapperEnd = Array("\n</interfaces>\n".utf8)

  /// `document` with `interfaces` put into it (see ``InterfaceXMLEditor``).
  /// - Throws: when `document` is not valid interface XML, or the values
  ///   cannot be written.
  public static func put(_ interfaces: [Interface], into document: XMLDocument) throws(DiagnosticError) -> XMLDocument {
    _ = try read(document, path: sourcePath)
    try check(interfaces)
    return InterfaceXMLEditor.put(interfaces, into: document)
  }

  /// The lens between interface XML documents and the interfaces they describe.
  public static var lens: Lens<XMLDocument, [Interface]> {
    Lens(
      get: { document in try read(document, path: sourcePath).interfaces },
      put: { interfaces, document in try put(interfaces, into: document) },
      create: { interfaces in try create(interfaces) })
  }

  /// The path diagnostics about documents without a file name are reported against.
  static let sourcePath = "<document>"

  private static func check(_ interfaces: [Interface]) throws(DiagnosticError) {
    let problems = InterfaceXMLWriteCheck.problems(interfaces)
    if !problems.isEmpty { throw DiagnosticError(InterfaceXMLWriteCheck.diagnostics(problems, path: "<interfaces>")) }
  }
}
