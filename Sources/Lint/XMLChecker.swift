import Diagnostics
import InterfaceXML
import XMLSyntax

/// The checks of one interface XML file: well-formedness and the interface
/// schema, through the XML lens's own reader.
struct XMLChecker {
  let disabled: Set<String>
  let roundTrip: Bool

  /// Whether `bytes` is a document whose root element is `interface` or
  /// `interfaces` (judged from the first start tag, so broken documents count too).
  static func isInterfaceDocument(_ bytes: [UInt8]) -> Bool {
    guard let name = firstElementName(bytes) else { return false }
    return name.elementsEqual("interface".utf8) || name.elementsEqual("interfaces".utf8)
  }

  static func firstElementName(_ bytes: [UInt8]) -> ArraySlice<UInt8>? {
    var index = 0
    let limit = min(bytes.count, 1 << 16)
    while index < limit {
      guard bytes[index] == UInt8(ascii: "<") else {
        index += 1
        continue
      }
      let next = index + 1 < bytes.count ? bytes[index + 1] : 0
      if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") {
        // Skip comments, declarations and DOCTYPE up to their end.
        let isComment = bytes[index...].starts(with: Array("<!--".utf8))
        index += 2
        while index < limit {
          if isComment {
            if bytes[index...].starts(with: Array("-->".utf8)) { break }
          } else if bytes[index] == UInt8(ascii: ">") {
            break
          }
          index += 1
        }
        continue
      }
      var end = index + 1
      while end < bytes.count, !isNameEnd(bytes[end]) { end += 1 }
      return bytes[(index + 1)..<end]
    }
    return nil
  }

  private static func isNameEnd(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
  }

  /// Rule ids in `<!-- netcf-compile: disable=... -->` comments.
  static func suppressions(_ bytes: [UInt8]) -> Suppressions {
    var suppressions = Suppressions()
    let open = Array("<!--".utf8)
    let close = Array("-->".utf8)
    var index = 0
    while index + open.count <= bytes.count {
      guard bytes[index] == open[0], bytes[index...].starts(with: open) else {
        index += 1
        continue
      }
      var end = index + open.count
      while end < bytes.count, !bytes[end...].starts(with: close) { end += 1 }
      suppressions.scan(bytes[(index + open.count)..<min(bytes.count, end + close.count)])
      index = end + close.count
    }
    return suppressions
  }

  func check(path: String, bytes: [UInt8]) -> [LintFinding] {
    let locator = Locator(path: path, bytes: bytes, suppressions: Self.suppressions(bytes), disabled: disabled)
    var findings: [LintFinding] = []
    let document: XMLDocument
    do {
      document = try XMLDocument.parse(bytes, path: path)
    } catch {
      for diagnostic in error.diagnostics {
        if let finding = locator.finding(LintRules.xmlSyntax, diagnostic.message, at: diagnostic.range.start) {
          findings.append(finding)
        }
      }
      return findings
    }
    var readOK = true
    var diagnostics: [Diagnostic]
    do {
      diagnostics = try InterfaceXML.read(document, path: path).warnings
    } catch {
      diagnostics = error.diagnostics
      readOK = false
    }
    for diagnostic in diagnostics where diagnostic.severity != .note {
      let rule = diagnostic.severity == .error ? LintRules.xmlSchema : LintRules.xmlExtension
      if let finding = locator.finding(rule, diagnostic.message, at: diagnostic.range.start) { findings.append(finding) }
    }
    if roundTrip, readOK, let message = Self.roundTripProblem(document),
      let finding = locator.finding(LintRules.roundTrip, message, at: document.root.range.start)
    {
      findings.append(finding)
    }
    return findings
  }

  /// Why `put(get(document), document)` is not `document`, or nil.
  static func roundTripProblem(_ document: XMLDocument) -> String? {
    let lens = InterfaceXML.lens
    do {
      let view = try lens.get(document)
      let back = try lens.put(view, document)
      if back == document { return nil }
      let line = RoundTrip.firstDifferingLine(XMLWriter.write(document), XMLWriter.write(back))
      return "get/put changes the document; first difference at line \(line.number) of the rewritten document: \(line.text)"
    } catch {
      return "get/put fails: \((error as? DiagnosticError)?.diagnostics.first?.message ?? "\(error)")"
    }
  }
}
