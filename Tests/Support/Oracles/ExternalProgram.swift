import Foundation

/// Real programs the tests consult as ground truth (bash for ifcfg values,
/// xmllint for XML). A missing program is an error, never a skip: CI
/// installs them (`.ci/run`).
public enum ExternalProgram {
  /// The repository root, found from this file's path (Tests/Support/Oracles/ExternalProgram.swift).
  public static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  public struct Missing: Error, CustomStringConvertible {
    public let name: String
    public var description: String { "\(name) is not installed; the tests need it (bash .ci/run installs it)" }
  }

  /// The executable `name` on PATH (or in /usr/bin).
  public static func find(_ name: String) throws -> URL {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":").map(String.init) + ["/usr/bin", "/bin"] {
      let candidate = URL(fileURLWithPath: directory).appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    throw Missing(name: name)
  }

  /// What a finished program printed.
  public struct Output: Sendable {
    public var status: Int32
    public var standardOutput: [UInt8]
    public var standardError: String
  }

  /// Runs `executable` to completion, reading both output streams fully.
  public static func run(
    _ executable: URL, _ arguments: [String], environment: [String: String]? = nil, directory: URL? = nil
  ) throws -> Output {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let environment { process.environment = environment }
    if let directory { process.currentDirectoryURL = directory }
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Drain stderr on another thread so a chatty program cannot fill one pipe and block.
    let errorData = ErrorCollector(errors.fileHandleForReading)
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(status: process.terminationStatus, standardOutput: [UInt8](data), standardError: errorData.text())
  }

  /// A temporary folder removed when `body` returns.
  public static func withTemporaryFolder<T>(_ prefix: String, _ body: (URL) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder)
  }
}

/// Reads a pipe to its end on a background thread.
private final class ErrorCollector: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    DispatchQueue.global().async {
      self.data = handle.readDataToEndOfFile()
      self.done.signal()
    }
  }

  func text() -> String {
    done.wait()
    return String(decoding: data, as: UTF8.self)
  }
}
