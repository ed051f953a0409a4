import Foundation
import XCTest

/// Runs `xmllint --noout --relaxng Schemas/interface.rng` on many documents
/// in one process. xmllint must be installed (Debian: libxml2-utils); when
/// it is not, the tests that use it fail.
struct SchemaValidator {
  enum Failure: Error, CustomStringConvertible {
    case xmllintMissing
    case unexpectedOutput(String)

    var description: String {
      switch self {
      case .xmllintMissing: "xmllint is not installed (apt-get install libxml2-utils); the schema tests need it"
      case .unexpectedOutput(let text): "xmllint printed no verdict for every file:\n\(text)"
      }
    }
  }

  /// The xmllint executable on PATH.
  static func xmllint() throws -> URL {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("xmllint")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    throw Failure.xmllintMissing
  }

  /// Whether each file is valid under the grammar, and xmllint's messages.
  static func validate(_ files: [URL]) throws -> [URL: (valid: Bool, messages: String)] {
    guard !files.isEmpty else { return [:] }
    let process = Process()
    process.executableURL = try xmllint()
    process.arguments = ["--noout", "--relaxng", GoldenFiles.schema.path] + files.map(\.path)
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    var verdicts: [URL: (valid: Bool, messages: String)] = [:]
    let lines = output.split(separator: "\n").map(String.init)
    for file in files {
      let messages = lines.filter { $0.hasPrefix(file.path + ":") }.joined(separator: "\n")
      if lines.contains(file.path + " validates") {
        verdicts[file] = (true, messages)
      } else if lines.contains(file.path + " fails to validate") || !messages.isEmpty {
        verdicts[file] = (false, messages)
      }
    }
    guard verdicts.count == files.count else { throw Failure.unexpectedOutput(output) }
    return verdicts
  }

  /// Records a test failure unless the grammar accepts `bytes`.
  static func assertAccepted(
    _ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line
  ) {
    do {
      if let messages = try rejected([(name: "document", bytes: bytes)])["document"] {
        XCTFail("Schemas/interface.rng rejects:\n\(String(decoding: bytes, as: UTF8.self))\n\(messages)", file: file, line: line)
      }
    } catch {
      XCTFail("\(error)", file: file, line: line)
    }
  }

  /// Writes documents to a fresh temporary folder and validates them all;
  /// returns the names of the documents the grammar rejects, with xmllint's messages.
  static func rejected(_ documents: [(name: String, bytes: [UInt8])]) throws -> [String: String] {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("interface-xml-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var files: [URL] = []
    var names: [URL: String] = [:]
    for (index, document) in documents.enumerated() {
      let file = folder.appendingPathComponent("\(index).xml")
      try Data(document.bytes).write(to: file)
      files.append(file)
      names[file] = document.name
    }
    var rejected: [String: String] = [:]
    for (file, verdict) in try validate(files) where !verdict.valid {
      rejected[names[file] ?? file.path] = verdict.messages
    }
    return rejected
  }
}
