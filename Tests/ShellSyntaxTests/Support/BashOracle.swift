import Foundation
import XCTest

/// Asks bash what values a file of assignments sets: one `bash --norc --noprofile`
/// process sources the whole batch (with globbing off) and prints the values NUL-separated.
///
/// Callers only hand it files whose every value the lexer marked static, so nothing runs.
enum BashOracle {
  static let path = "/bin/bash"

  static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: path) }

  /// The values of `names` after bash sources `file`.
  static func values(of names: [String], sourcing file: [UInt8]) throws -> [[UInt8]] {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("shellsyntax-oracle-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let scriptURL = directory.appendingPathComponent("values.sh")
    try Data(file).write(to: scriptURL)

    let printed = names.map { "\"${\($0)}\"" }.joined(separator: " ")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = [
      "--norc", "--noprofile", "-c", "set -f; source \"$1\"; printf '%s\\0' \(printed)", "bash",
      scriptURL.path,
    ]
    process.environment = ["LC_ALL": "C.UTF-8", "PATH": "/nonexistent", "HOME": "/nonexistent"]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0, errorText.isEmpty else {
      throw OracleError(message: "bash exited \(process.terminationStatus): \(errorText.prefix(2000))")
    }
    var values = [UInt8](data).split(separator: 0, omittingEmptySubsequences: false).map(Array.init)
    if values.last == [] { values.removeLast() }
    guard values.count == names.count else {
      throw OracleError(message: "bash printed \(values.count) values for \(names.count) names")
    }
    return values
  }

  struct OracleError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }
}
