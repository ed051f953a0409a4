import Diagnostics

/// The output formats of `netcf-compile lint --format`.
public enum LintFormat: String, Sendable, Hashable, CaseIterable {
  case text
  case json
  case sarif
  case github

  /// The report in this format.
  public func render(_ report: LintReport, toolVersion: String) -> String {
    switch self {
    case .text: LintTextOutput.render(report)
    case .json: LintJSONOutput.render(report, toolVersion: toolVersion)
    case .sarif: LintSARIFOutput.render(report, toolVersion: toolVersion)
    case .github: LintGitHubOutput.render(report)
    }
  }
}

/// `PATH:LINE:COL: error|warning: MESSAGE [RULE]` per finding, then
/// `N errors, M warnings in K files`.
public enum LintTextOutput {
  public static func render(_ report: LintReport) -> String {
    var text = ""
    for finding in report.findings {
      text += "\(finding.path):\(finding.line):\(finding.column): \(finding.severity.rawValue): \(finding.message) [\(finding.rule)]\n"
    }
    text += "\(count(report.errorCount, "error")), \(count(report.warningCount, "warning")) in \(count(report.fileCount, "file"))\n"
    return text
  }

  static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}

/// GitHub Actions workflow commands: `::error file=P,line=L,col=C,title=RULE::MESSAGE`.
public enum LintGitHubOutput {
  public static func render(_ report: LintReport) -> String {
    var text = ""
    for finding in report.findings {
      let command = finding.severity == .error ? "error" : finding.severity == .warning ? "warning" : "notice"
      text += "::\(command) file=\(property(finding.path)),line=\(finding.line),col=\(finding.column),title=\(property(finding.rule))::\(data(finding.message))\n"
    }
    return text
  }

  /// Escapes a message as the runner reads it back.
  static func data(_ text: String) -> String {
    text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
  }

  /// Escapes a property value (`file=...`): also `:` and `,`.
  static func property(_ text: String) -> String {
    data(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
  }
}

/// JSON string literals written by hand, with every control character escaped.
enum JSONText {
  static func string(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}

/// The JSON format (version 1), one object, keys always in this order:
///
///     {
///       "version": 1,
///       "tool": {"name": "netcf-compile", "version": "0.1.0"},
///       "summary": {"errors": 1, "warnings": 2, "files": 3},
///       "findings": [
///         {"path": "etc/sysconfig/network-scripts/ifcfg-eth0", "line": 2, "column": 1,
///          "severity": "warning", "rule": "unknown-key", "message": "unknown key ONBOT (did you mean ONBOOT?)"}
///       ]
///     }
///
/// `findings` is sorted by path, line, column and rule; `line` and `column`
/// are 1-based (the column counts bytes); `severity` is `error` or `warning`.
public enum LintJSONOutput {
  public static func render(_ report: LintReport, toolVersion: String) -> String {
    var text = "{\n"
    text += "  \"version\": 1,\n"
    text += "  \"tool\": {\"name\": \"netcf-compile\", \"version\": \(JSONText.string(toolVersion))},\n"
    text += "  \"summary\": {\"errors\": \(report.errorCount), \"warnings\": \(report.warningCount), \"files\": \(report.fileCount)},\n"
    if report.findings.isEmpty {
      text += "  \"findings\": []\n}\n"
      return text
    }
    text += "  \"findings\": [\n"
    for (index, finding) in report.findings.enumerated() {
      text += "    {\"path\": \(JSONText.string(finding.path)), \"line\": \(finding.line), \"column\": \(finding.column), "
      text += "\"severity\": \"\(finding.severity.rawValue)\", \"rule\": \(JSONText.string(finding.rule)), "
      text += "\"message\": \(JSONText.string(finding.message))}"
      text += index + 1 < report.findings.count ? ",\n" : "\n"
    }
    text += "  ]\n}\n"
    return text
  }
}

/// SARIF 2.1.0, as GitHub code scanning accepts it: one run, every rule in
/// `tool.driver.rules`, one result per finding with its location.
public enum LintSARIFOutput {
  public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
  public static let informationURI = "https://github.com/netcf-compile/netcf-compile"

  public static func render(_ report: LintReport, toolVersion: String) -> String {
    var text = "{\n"
    text += "  \"$schema\": \(JSONText.string(schema)),\n"
    text += "  \"version\": \"2.1.0\",\n"
    text += "  \"runs\": [\n    {\n"
    text += "      \"tool\": {\n        \"driver\": {\n"
    text += "          \"name\": \"netcf-compile\",\n"
    text += "          \"version\": \(JSONText.string(toolVersion)),\n"
    text += "          \"informationUri\": \(JSONText.string(informationURI)),\n"
    text += "          \"rules\": [\n"
    for (index, rule) in LintRules.all.enumerated() {
      text += "            {\"id\": \(JSONText.string(rule.id)), \"shortDescription\": {\"text\": \(JSONText.string(rule.summary))}, "
      text += "\"defaultConfiguration\": {\"level\": \"\(level(rule.severity))\"}}"
      text += index + 1 < LintRules.all.count ? ",\n" : "\n"
    }
    text += "          ]\n        }\n      },\n"
    if report.findings.isEmpty {
      text += "      \"results\": []\n    }\n  ]\n}\n"
      return text
    }
    text += "      \"results\": [\n"
    for (index, finding) in report.findings.enumerated() {
      let ruleIndex = LintRules.all.firstIndex { $0.id == finding.rule } ?? 0
      text += "        {\"ruleId\": \(JSONText.string(finding.rule)), \"ruleIndex\": \(ruleIndex), \"level\": \"\(level(finding.severity))\", "
      text += "\"message\": {\"text\": \(JSONText.string(finding.message))}, "
      text += "\"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \(JSONText.string(uri(finding.path)))}, "
      text += "\"region\": {\"startLine\": \(finding.line), \"startColumn\": \(finding.column)}}}]}"
      text += index + 1 < report.findings.count ? ",\n" : "\n"
    }
    text += "      ]\n    }\n  ]\n}\n"
    return text
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .note: "note"
    }
  }

  /// A relative path as a URI reference: every byte outside
  /// `[A-Za-z0-9-._~/]` percent-encoded.
  static func uri(_ path: String) -> String {
    var out = ""
    for byte in path.utf8 {
      let unreserved =
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~")
        || byte == UInt8(ascii: "/")
      if unreserved {
        out.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        let hex = String(byte, radix: 16, uppercase: true)
        out += "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return out
  }
}
