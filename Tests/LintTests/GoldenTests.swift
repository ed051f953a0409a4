import Foundation
import XCTest

@testable import Lint

/// Golden/lint/CASE/: `input/` holds a small repository with seeded
/// defects; linting it (from inside `input/`, with the options listed one
/// per line in `arguments`, if present) must print exactly `expected.txt`,
/// `expected.json`, `expected.sarif` and `expected.github`.
/// `NETCF_RECORD=1` rewrites the expected files; read the diff before committing.
final class GoldenTests: XCTestCase {
  static let formats: [(LintFormat, String)] = [
    (.text, "expected.txt"), (.json, "expected.json"), (.sarif, "expected.sarif"), (.github, "expected.github"),
  ]
  static let version = "0.0.0-test"

  private var casesFolder: URL { LintTestSupport.packageRoot.appendingPathComponent("Golden/lint") }

  private func caseNames() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: casesFolder.path).filter { !$0.hasPrefix(".") }.sorted()
  }

  /// `--dialect D`, `--disable R`, `--roundtrip` and paths, one per line.
  static func configuration(_ arguments: [String]) -> (LintConfiguration, [String]) {
    var configuration = LintConfiguration()
    var paths: [String] = []
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      switch argument {
      case "--roundtrip":
        configuration.roundTrip = true
      case "--dialect":
        if index < arguments.count, let choice = LintDialectChoice(arguments[index]) { configuration.dialect = choice }
        index += 1
      case "--disable":
        if index < arguments.count { configuration.disabled.insert(arguments[index]) }
        index += 1
      default:
        paths.append(argument)
      }
    }
    return (configuration, paths)
  }

  func report(forCase name: String) throws -> LintReport {
    let folder = casesFolder.appendingPathComponent(name)
    let argumentsFile = folder.appendingPathComponent("arguments")
    let arguments =
      (try? String(contentsOf: argumentsFile, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
    let (configuration, paths) = Self.configuration(arguments)
    return Linter(configuration: configuration).lint(
      paths: paths, currentDirectory: folder.appendingPathComponent("input").path)
  }

  func testEveryCaseGivesExactlyTheExpectedOutput() throws {
    let names = try caseNames()
    XCTAssertGreaterThanOrEqual(names.count, 20)
    for name in names {
      let report = try report(forCase: name)
      for (format, file) in Self.formats {
        let url = casesFolder.appendingPathComponent(name).appendingPathComponent(file)
        let actual = format.render(report, toolVersion: Self.version)
        if LintTestSupport.recording {
          try Data(actual.utf8).write(to: url)
          continue
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(actual, expected, "Golden/lint/\(name)/\(file)")
      }
    }
  }

  /// Rules no golden input can trigger: no file is known whose get/put
  /// differs (`roundtrip`'s case checks that a clean folder stays clean;
  /// ``RoundTripTests`` checks the detection itself).
  static let untriggerable: Set<String> = [LintRules.roundTrip.id]

  /// Every rule has a case that triggers it, and a case named after it.
  func testEveryRuleIsSeededByItsOwnCase() throws {
    let names = Set(try caseNames())
    var seen: Set<String> = []
    for name in names { seen.formUnion(try report(forCase: name).rules) }
    for rule in LintRules.all where !Self.untriggerable.contains(rule.id) {
      XCTAssertTrue(names.contains(rule.id), "no golden case Golden/lint/\(rule.id)")
      XCTAssertTrue(seen.contains(rule.id), "no golden case triggers \(rule.id)")
    }
  }

  /// The case named after a rule finds that rule.
  func testEachRuleCaseFindsItsRule() throws {
    for rule in LintRules.all where !Self.untriggerable.contains(rule.id) {
      guard (try? caseNames())?.contains(rule.id) == true else { continue }
      XCTAssertTrue(try report(forCase: rule.id).rules.contains(rule.id), rule.id)
    }
  }

  /// A tree written by the corpus generator (both dialects and XML) lints clean.
  func testGeneratedCorpusIsClean() throws {
    let report = try report(forCase: "corpus-clean")
    XCTAssertGreaterThan(report.fileCount, 50)
    XCTAssertEqual(report.findings, [], report.brief.joined(separator: "\n"))
  }
}
