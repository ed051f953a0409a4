import Diagnostics
import InterfaceModel
import XMLSyntax

/// Attribute values, structure checks, and turning findings into diagnostics.
extension InterfaceXMLReader {
  // MARK: Values

  /// A decimal attribute in `range`. Values the validator range-checks
  /// (mtu, vlan tag, prefixes: `sharedRange`) are returned even when out of
  /// range, so that it reports them with the message every format shares.
  mutating func number(
    _ attribute: XMLAttribute, what: String, range: ClosedRange<Int>, sharedRange: Bool = false
  ) -> Int? {
    switch XMLValueSyntax.decimal(attribute.value) {
    case .value(let value):
      if !range.contains(value), !sharedRange {
        error(
          InterfaceXMLDiagnosticCode.invalidValue,
          "\(what) \(value) is out of range \(range.lowerBound)...\(range.upperBound)", attribute.valueRange)
        return nil
      }
      return value
    case .tooLarge:
      error(
        InterfaceXMLDiagnosticCode.invalidValue,
        "\(what) \(attribute.value) is out of range \(range.lowerBound)...\(range.upperBound)", attribute.valueRange)
      return nil
    case .malformed:
      error(
        InterfaceXMLDiagnosticCode.invalidValue,
        "\(what) '\(attribute.value)' is not a decimal number (digits, no sign, no leading zeros)",
        attribute.valueRange)
      return nil
    }
  }

  /// The case of `Value` the attribute names, exactly as written.
  mutating func enumeration<Value: CaseIterable & RawRepresentable>(
    _ attribute: XMLAttribute, what: String, _ type: Value.Type
  ) -> Value? where Value.RawValue == String {
    if let value = Value(rawValue: attribute.value) { return value }
    _ = enumeration(attribute, what: what, Value.allCases.map(\.rawValue))
    return nil
  }

  /// The value when it is one of `allowed`, exactly as written.
  mutating func enumeration(_ attribute: XMLAttribute, what: String, _ allowed: [String]) -> String? {
    if allowed.contains(attribute.value) { return attribute.value }
    error(
      InterfaceXMLDiagnosticCode.invalidValue,
      "\(what) '\(attribute.value)' is not \(XMLValueSyntax.alternatives(allowed))", attribute.valueRange)
    return nil
  }

  // MARK: Structure checks

  /// Reports text among the children of `element` that is not whitespace
  /// (interface XML elements hold elements only).
  mutating func checkText(in element: some ReadableElement) {
    for (text, range) in element.nonWhitespaceText {
      error(InterfaceXMLDiagnosticCode.unexpectedText, "unexpected text in <\(element.name)>", Self.trimmed(text, range))
    }
  }

  /// The range of `text` without its leading whitespace, so that the
  /// diagnostic points at the first offending character. (Leading whitespace
  /// is counted in the decoded text; CR LF line ends before the text, which
  /// decoding shortens, are allowed for by never leaving the range.)
  static func trimmed(_ text: String, _ range: SourceRange) -> SourceRange {
    let leading = text.utf8.prefix(while: XMLWhitespace.isWhitespace).count
    return SourceRange(start: min(range.start + leading, range.end), end: range.end)
  }

  /// For leaf elements: reports text and known elements inside them; warns about extensions.
  mutating func onlyExtensions(in element: some ReadableElement) {
    checkText(in: element)
    for child in element.elementChildren { reportUnexpected(child, in: "<\(element.name)>") }
  }

  /// A child no rule above accepted: known names are errors, others are
  /// kept extensions and only warned about.
  mutating func reportUnexpected(_ element: some ReadableElement, in parent: String) {
    if Vocabulary.knownElements.contains(element.name) {
      misplaced(element, "<\(element.name)> is not allowed in \(parent)")
    } else {
      warning(
        InterfaceXMLDiagnosticCode.unknownElement,
        "unknown element <\(element.name)> in \(parent) is kept but not interpreted", element.startTagRange)
    }
  }

  /// Reports a second element of one kind; returns whether this is the first.
  mutating func once(
    _ element: some ReadableElement, key: SeenElements.Key, in parent: String, _ seen: inout SeenElements
  ) -> Bool {
    if seen.insert(key) { return true }
    let what = key == .monitor ? "link monitor (<miimon> or <arpmon>)" : "<\(element.name)>"
    error(
      InterfaceXMLDiagnosticCode.duplicateElement, "a second \(what) in \(parent); at most one is allowed",
      element.startTagRange)
    return false
  }

  /// Warns about attributes outside `allowed` (namespace declarations aside).
  mutating func checkAttributes(_ element: some ReadableElement, allowed: [String]) {
    checkNamespace(element)
    for index in 0..<element.attributeCount {
      let (name, range) = element.attributeName(at: index)
      if allowed.contains(name) || name == "xmlns" || name.hasPrefix("xmlns:") { continue }
      warning(
        InterfaceXMLDiagnosticCode.unknownAttribute,
        "unknown attribute '\(name)' on <\(element.name)> is kept but not interpreted", range)
    }
  }

  /// Interface XML elements are in no namespace; a default namespace
  /// declaration would move them into another one.
  mutating func checkNamespace(_ element: some ReadableElement) {
    if let namespace = element.attribute("xmlns"), !namespace.value.isEmpty {
      error(
        InterfaceXMLDiagnosticCode.invalidValue,
        "<\(element.name)> is put in namespace '\(namespace.value)'; interface XML elements are in no namespace",
        namespace.valueRange)
    }
  }

  // MARK: Reporting

  /// Notes where a part of the IR came from (when `recordsLocations`).
  @inline(__always)
  mutating func record(_ path: @autoclosure () -> ModelPath, _ range: SourceRange) {
    guard recordsLocations else { return }
    locations.append((path(), range))
  }

  /// Reports the validator's `issues` at the ranges recorded for them.
  mutating func report(_ issues: [ModelIssue], root: some ReadableElement) {
    var duplicatesSeen: [String: Int] = [:]
    var unlocated: [ModelIssue] = []
    guard !issues.isEmpty else { return }
    var locations: [ModelPath: [SourceRange]] = [:]
    for (path, range) in self.locations { locations[path, default: []].append(range) }
    for issue in issues {
      let range: SourceRange?
      switch issue.problem {
      case .duplicateInterface(let name):
        let occurrence = duplicatesSeen[name, default: 0] + 1
        duplicatesSeen[name] = occurrence
        let ranges = topLevelNames.filter { $0.name == name }.map(\.range)
        range = occurrence < ranges.count ? ranges[occurrence] : ranges.last
      case .slaveInTwoBonds, .portInTwoBridges:
        range = locations[issue.path]?.last
      default:
        range = locations[issue.path]?.first
      }
      guard let range else {
        unlocated.append(issue)
        continue
      }
      error(InterfaceXMLDiagnosticCode.code(of: issue.problem), issue.problem.description, range)
    }
    // A problem with no recorded range concerns a value already reported as
    // a syntax error (a placeholder stands in for it). Should there be no
    // such error, the problem is still reported, at the root element.
    if !diagnostics.containsErrors {
      for issue in unlocated {
        error(InterfaceXMLDiagnosticCode.code(of: issue.problem), issue.problem.description, root.startTagRange)
      }
    }
  }

  mutating func missingAttribute(_ name: String, of element: some ReadableElement) {
    error(
      InterfaceXMLDiagnosticCode.missingAttribute, "<\(element.name)> is missing the required attribute '\(name)'",
      element.startTagRange)
  }

  mutating func misplaced(_ element: some ReadableElement, _ message: String) {
    error(InterfaceXMLDiagnosticCode.misplacedElement, message, element.startTagRange)
  }

  mutating func error(_ code: String, _ message: String, _ range: SourceRange) {
    diagnostics.append(.error(code, message, path: path, range: range))
  }

  mutating func warning(_ code: String, _ message: String, _ range: SourceRange) {
    diagnostics.append(.warning(code, message, path: path, range: range))
  }
}
