import Foundation
import Lint
import XCTest

/// Paths and recording for the lint tests.
enum LintTestSupport {
  /// The package root (three levels above this file).
  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  /// `NETCF_RECORD=1` rewrites expected files instead of comparing.
  static var recording: Bool { ProcessInfo.processInfo.environment["NETCF_RECORD"] == "1" }

  /// A fresh empty folder under the system's temporary folder.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("lint-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Writes `files` (relative path -> text) under `root`.
  static func write(_ files: [String: String], under root: URL) throws {
    for (path, text) in files {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
  }

  /// Lints `files` written into a temporary folder, paths relative to it.
  static func lint(_ files: [String: String], configuration: LintConfiguration = LintConfiguration()) throws -> LintReport {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    try write(files, under: root)
    return Linter(configuration: configuration).lint(paths: [], currentDirectory: root.path)
  }
}

extension LintReport {
  /// `rule@path:line:col` per finding, for compact assertions.
  var brief: [String] { findings.map { "\($0.rule)@\($0.path):\($0.line):\($0.column)" } }
  var rules: [String] { findings.map(\.rule) }
}
