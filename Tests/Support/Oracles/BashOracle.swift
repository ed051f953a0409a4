import Foundation

/// Asks bash what values a file of assignments sets: one `bash --norc --noprofile`
/// process sources the whole batch (with globbing off) and prints the values NUL-separated.
///
/// Callers only hand it files whose every value the lexer marked static, so nothing runs.
public enum BashOracle {
  /// The values of `names` after bash sources `file`.
  public static func values(of names: [String], sourcing file: [UInt8]) throws -> [[UInt8]] {
    try ExternalProgram.withTemporaryFolder("bash-oracle") { directory in
      try values(of: names, sourcing: file, in: directory)
    }
  }

  private static func values(of names: [String], sourcing file: [UInt8], in directory: URL) throws -> [[UInt8]] {
    let scriptURL = directory.appendingPathComponent("values.sh")
    try Data(file).write(to: scriptURL)

    let printed = names.map { "\"${\($0)}\"" }.joined(separator: " ")
    let result = try ExternalProgram.run(
      try ExternalProgram.find("bash"),
      ["--norc", "--noprofile", "-c", "set -f; source \"$1\"; printf '%s\\0' \(printed)", "bash", scriptURL.path],
      environment: ["LC_ALL": "C.UTF-8", "PATH": "/nonexistent", "HOME": "/nonexistent"])
    guard result.status == 0, result.standardError.isEmpty else {
      throw OracleError(message: "bash exited \(result.status): \(result.standardError.prefix(2000))")
    }
    var values = result.standardOutput.split(separator: 0, omittingEmptySubsequences: false).map(Array.init)
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
