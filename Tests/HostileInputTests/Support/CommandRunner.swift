import Foundation
import NetcfCompile
import NetcfCompileCLI
import XCTest

/// What one in-process run of the command gave.
struct CommandResult {
  var status: Int32
  var output: String
  var error: String
  var seconds: Double
}

/// Runs `netcf-compile` in-process with the dialects and format built into the program.
func runCommand(
  _ arguments: [String], input: [UInt8] = [], fileSystem: any FileSystem = POSIXFileSystem(), currentDirectory: String = "/"
) -> CommandResult {
  var io = BufferedIO(input: input, fileSystem: fileSystem, currentDirectory: currentDirectory)
  let start = Date()
  let status = run(arguments: arguments, io: &io, environment: .standard)
  return CommandResult(status: status, output: io.outputText, error: io.errorText, seconds: Date().timeIntervalSince(start))
}

/// The `path:line:col: error: message` lines of standard error.
func errorLines(_ text: String) -> [(path: String, line: Int, column: Int, message: String)] {
  diagnosticLines(text, severity: "error")
}

/// The `path:line:col: SEVERITY: message` lines of standard error.
func diagnosticLines(_ text: String, severity: String) -> [(path: String, line: Int, column: Int, message: String)] {
  text.split(separator: "\n").compactMap { line in
    guard let marker = line.range(of: ": \(severity): ") else { return nil }
    let head = line[..<marker.lowerBound]
    let parts = head.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count >= 3, let column = Int(parts[parts.count - 1]), let number = Int(parts[parts.count - 2]),
      number >= 1, column >= 1
    else { return nil }
    let path = parts.dropLast(2).joined(separator: ":")
    return (path, number, column, String(line[marker.upperBound...]))
  }
}

/// Asserts a rejected run: exit 1, at least one `path:line:col: error:` line
/// (against `path` when given, containing `message` when given), in bounded time.
func assertRejected(
  _ result: CommandResult, path: String? = nil, line: Int? = nil, message: String? = nil, seconds: Double = 60,
  file: StaticString = #filePath, callerLine: UInt = #line
) {
  XCTAssertEqual(result.status, 1, "status; stderr: \(result.error.prefix(2000))", file: file, line: callerLine)
  let errors = errorLines(result.error)
  XCTAssertFalse(errors.isEmpty, "no path:line:col: error: line in: \(result.error.prefix(2000))", file: file, line: callerLine)
  if let path {
    XCTAssertTrue(errors.contains { $0.path == path }, "no error against \(path): \(result.error.prefix(2000))", file: file, line: callerLine)
  }
  if let line {
    XCTAssertTrue(errors.contains { $0.line == line }, "no error on line \(line): \(result.error.prefix(2000))", file: file, line: callerLine)
  }
  if let message {
    XCTAssertTrue(
      errors.contains { $0.message.contains(message) }, "no error saying '\(message)': \(result.error.prefix(2000))",
      file: file, line: callerLine)
  }
  XCTAssertLessThan(result.seconds, seconds, "took \(result.seconds) s", file: file, line: callerLine)
}

/// A fresh folder under the system's temporary folder, removed on deinit.
final class TemporaryFolder {
  let path: String
  static let redHatConfig = "etc/sysconfig/network-scripts"

  init() throws {
    path = NSTemporaryDirectory() + "netcf-hostile-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// Writes `bytes` at `relative`, making the folders above it.
  func write(_ relative: String, _ bytes: [UInt8]) throws {
    let full = path + "/" + relative
    try FileManager.default.createDirectory(
      atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(bytes).write(to: URL(fileURLWithPath: full))
  }

  func write(_ relative: String, _ text: String) throws { try write(relative, Array(text.utf8)) }

  func read(_ relative: String) -> [UInt8]? { FileManager.default.contents(atPath: path + "/" + relative).map { Array($0) } }

  func exists(_ relative: String) -> Bool {
    var info = stat()
    return lstat(path + "/" + relative, &info) == 0
  }
}
