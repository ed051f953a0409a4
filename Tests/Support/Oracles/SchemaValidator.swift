import Foundation
import XCTest

/// Runs `xmllint --noout --relaxng Schemas/interface.rng` on many documents
/// in one process. xmllint must be installed (Debian: libxml2-utils); when
/// it is not, the tests that use it fail.
public enum SchemaValidator {
  /// The grammar the project publishes.
  public static let schema = ExternalProgram.repository.appendingPathComponent("Schemas/interface.rng")

  struct UnexpectedOutput: Error, CustomStringConvertible {
    var text: String
    var description: String { "xmllint printed no verdict for every file:\n\(text)" }
  }

  /// Whether each file is valid under the grammar, and xmllint's messages.
  public static func validate(_ files: [URL]) throws -> [URL: (valid: Bool, messages: String)] {
    guard !files.isEmpty else { return [:] }
    let output = try ExternalProgram.run(
      try ExternalProgram.find("xmllint"), ["--noout", "--relaxng", schema.path] + files.map(\.path)
    ).standardError
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
    guard verdicts.count == files.count else { throw UnexpectedOutput(text: output) }
    return verdicts
  }

  /// Records a test failure unless the grammar accepts `bytes`.
  public static func assertAccepted(
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
  public static func rejected(_ documents: [(name: String, bytes: [UInt8])]) throws -> [String: String] {
    try ExternalProgram.withTemporaryFolder("interface-xml") { folder in try rejected(documents, in: folder) }
  }

  private static func rejected(_ documents: [(name: String, bytes: [UInt8])], in folder: URL) throws -> [String: String] {
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
