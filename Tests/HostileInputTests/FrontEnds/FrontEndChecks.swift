import Diagnostics
import DialectSupport
import InterfaceModel
import InterfaceXML
import RedHatDialect
import SUSEDialect
import ShellSyntax
import XMLSyntax

/// The checks every input goes through, one function per front end. Each
/// returns the properties the input broke (empty when it broke none); a
/// trap inside is a failure too. Shared by the fuzz targets (Fuzz/Targets,
/// which trap on a broken property so that libFuzzer keeps the input) and
/// the replay tests of this target (which report it).
///
/// Properties:
/// - the shell lexer prints every input back byte for byte;
/// - an error is a list of diagnostics, each with a message and a byte range
///   inside the file it names;
/// - what is read writes back and reads back the same (the lens laws where
///   the input is accepted).
enum FrontEndChecks {
  /// The front ends, by the name of their fuzz target and corpus folder.
  static let all: [(name: String, check: @Sendable ([UInt8]) -> [String])] = [
    ("xml-tokenizer", { xmlTokenizer($0) }),
    ("xml-ir", { xmlToIR($0) }),
    ("shell-lexer", { shellLexer($0) }),
    ("redhat-get", { dialectGet(RedHatDialect(), $0) }),
    ("pipeline", { pipeline(RedHatDialect(), $0) }),
    ("suse-get", { dialectGet(SUSEDialect(), $0) }),
    ("suse-pipeline", { pipeline(SUSEDialect(), $0) }),
  ]

  // MARK: - XML

  /// The tokenizer and tree builder: errors are diagnostics; an accepted
  /// document written back parses to the same tree.
  static func xmlTokenizer(_ bytes: [UInt8]) -> [String] {
    var problems: [String] = []
    do { _ = try XMLTokenizer(bytes: bytes, path: "in.xml").tokens() } catch {
      problems += diagnosticProblems(error, files: ["in.xml": bytes], what: "tokenizer")
    }
    let document: XMLDocument
    do { document = try XMLDocument.parse(bytes, path: "in.xml") } catch {
      return problems + diagnosticProblems(error, files: ["in.xml": bytes], what: "parse")
    }
    let written = XMLWriter.write(document)
    do {
      let again = try XMLDocument.parse(written, path: "out.xml")
      if again != document { problems.append("writer: the written document parses to a different tree") }
    } catch {
      problems.append("writer: the written document does not parse: \(first(error))")
    }
    return problems
  }

  /// XML -> IR: errors are diagnostics; accepted interfaces survive
  /// create-get, put-get and get-put.
  static func xmlToIR(_ bytes: [UInt8]) -> [String] {
    let document: XMLDocument
    let interfaces: [Interface]
    do {
      document = try XMLDocument.parse(bytes, path: "in.xml")
      interfaces = try InterfaceXML.read(document, path: "in.xml").interfaces
    } catch {
      return diagnosticProblems(error, files: ["in.xml": bytes], what: "read")
    }
    var problems: [String] = []
    do {
      let created = try InterfaceXML.document(interfaces)
      let back = try InterfaceXML.read(created, path: "created.xml").interfaces
      if back != interfaces { problems.append("CreateGet: the created document reads back differently") }
    } catch {
      // Values the XML reader accepts but the writer refuses are reported, not written.
      if error.diagnostics.isEmpty { problems.append("create: an error without diagnostics") }
    }
    do {
      let put = try InterfaceXML.put(interfaces, into: document)
      if put != document { problems.append("GetPut: putting back what was read changed the document") }
    } catch {
      if error.diagnostics.isEmpty { problems.append("put: an error without diagnostics") }
    }
    return problems
  }

  // MARK: - Shell

  /// The lexer prints back byte for byte; its diagnostics are in range;
  /// every value decodes without trapping.
  static func shellLexer(_ bytes: [UInt8]) -> [String] {
    let file = ShellFile(parsing: bytes, path: "ifcfg-x")
    var problems: [String] = []
    if file.bytes != bytes { problems.append("lexer: the tree does not print back byte for byte") }
    problems += file.diagnostics.compactMap { rangeProblem($0, files: ["ifcfg-x": bytes]) }
    for assignment in file.assignments {
      _ = assignment.value
      _ = assignment.key
    }
    return problems
  }

  // MARK: - Dialects

  /// A dialect's get over a tree made from `bytes` (see ``NativeInput``):
  /// errors are diagnostics; an accepted tree puts back unchanged, and what
  /// is read reads back the same after put and after create.
  static func dialectGet(_ dialect: some Dialect, _ bytes: [UInt8]) -> [String] {
    let tree = NativeInput.tree(bytes)
    let files = paths(of: tree, in: dialect)
    let interfaces: [Interface]
    do { interfaces = try dialect.read(tree).interfaces } catch {
      return diagnosticProblems(error, files: files, what: "\(dialect.name) read")
    }
    var problems: [String] = []
    do {
      let put = try dialect.write(interfaces, into: tree).tree
      if put.files != tree.files {
        problems.append("GetPut: putting back what was read changed the files: " + difference(tree.files, put.files))
      }
      let back = try dialect.read(put).interfaces
      if back != interfaces { problems.append("PutGet: the files read back differently after put") }
    } catch {
      if error.diagnostics.isEmpty { problems.append("put: an error without diagnostics") }
    }
    return problems
  }

  /// The whole pipeline in memory: the first part of `bytes` is an interface
  /// XML document, the rest a tree (see ``NativeInput``). To-native writes
  /// the document's interfaces into the tree; from-native reads them back
  /// and prints them as XML, which reads back the same.
  static func pipeline(_ dialect: some Dialect, _ bytes: [UInt8]) -> [String] {
    let (xml, tree) = NativeInput.documentAndTree(bytes)
    let interfaces: [Interface]
    do { interfaces = try InterfaceXML.read(xml, path: "in.xml").interfaces } catch {
      return diagnosticProblems(error, files: ["in.xml": xml], what: "read")
    }
    let written: NativeTree
    do { written = try dialect.write(interfaces, into: tree).tree } catch {
      return diagnosticProblems(error, files: paths(of: tree, in: dialect), what: "\(dialect.name) write")
    }
    let readBack: [Interface]
    do { readBack = try dialect.read(written).interfaces } catch {
      // An existing file the dialect cannot read stays unreadable after the write.
      return diagnosticProblems(error, files: paths(of: written, in: dialect), what: "\(dialect.name) read back")
    }
    var problems: [String] = []
    do {
      let document = try InterfaceXML.document(readBack, wrapper: true)
      let again = try InterfaceXML.read(document, path: "out.xml").interfaces
      if again != readBack { problems.append("from-native: the printed XML reads back differently") }
    } catch {
      if error.diagnostics.isEmpty { problems.append("from-native: an error without diagnostics") }
    }
    // A name whose file the dialect would not read back (`ifcfg-.bak`) is
    // refused by to-native (unsafe-path); only the others must read back.
    if tree.files.isEmpty, written.files.keys.allSatisfy({ dialect.isConfigFile(named: $0) && !$0.hasPrefix(".") }) {
      let wanted = interfaces.sorted { $0.name < $1.name }
      let created = readBack.sorted { $0.name < $1.name }
      if created.map(\.name) != wanted.map(\.name) {
        problems.append("CreateGet: the created files describe other interfaces")
      }
    }
    return problems
  }

  // MARK: - Diagnostics

  /// Problems with the diagnostics of a rejected input: none, a missing
  /// message, a severity other than error, or a range outside its file.
  static func diagnosticProblems(_ error: DiagnosticError, files: [String: [UInt8]], what: String) -> [String] {
    if error.diagnostics.isEmpty { return ["\(what): an error without diagnostics"] }
    var problems: [String] = []
    if !error.diagnostics.contains(where: { $0.severity == .error }) {
      problems.append("\(what): an error whose diagnostics are all warnings")
    }
    for diagnostic in error.diagnostics {
      if diagnostic.message.isEmpty { problems.append("\(what): a diagnostic without a message") }
      if let problem = rangeProblem(diagnostic, files: files) { problems.append("\(what): \(problem)") }
    }
    return problems
  }

  /// A diagnostic whose range is not inside the file it names.
  static func rangeProblem(_ diagnostic: Diagnostic, files: [String: [UInt8]]) -> String? {
    let range = diagnostic.range
    let size = files[diagnostic.path]?.count ?? Int.max
    guard range.start >= 0, range.start <= range.end, range.end <= size else {
      return "diagnostic '\(diagnostic.message)' at \(range.start)..<\(range.end) is outside \(diagnostic.path) (\(size) bytes)"
    }
    return nil
  }

  static func paths(of tree: NativeTree, in dialect: some Dialect) -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    for (name, bytes) in tree.files { files[dialect.configDirectory + "/" + name] = bytes }
    return files
  }

  /// The first file that differs, both versions shown escaped.
  static func difference(_ old: [String: [UInt8]], _ new: [String: [UInt8]]) -> String {
    for name in Set(old.keys).union(new.keys).sorted() where old[name] != new[name] {
      return "\(name): \(escaped(old[name])) -> \(escaped(new[name]))"
    }
    return "no file differs"
  }

  private static func escaped(_ bytes: [UInt8]?) -> String {
    guard let bytes else { return "(none)" }
    let shown = bytes.prefix(400).map { byte -> String in
      (0x20..<0x7F).contains(byte) && byte != UInt8(ascii: "\\") ? String(UnicodeScalar(byte)) : "\\x" + String(byte, radix: 16)
    }
    return "\"" + shown.joined() + (bytes.count > 400 ? "..." : "") + "\""
  }

  private static func first(_ error: DiagnosticError) -> String { error.diagnostics.first?.message ?? "no diagnostic" }
}
