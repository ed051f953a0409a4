import Foundation

/// The golden XML files, found from this source file's path (never from
/// outside the repository).
enum GoldenFiles {
  /// The repository root: three levels above this file (Tests/InterfaceXMLTests/GoldenFiles.swift).
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let xmlDirectory = repository.appendingPathComponent("Golden/xml")
  static let schema = repository.appendingPathComponent("Schemas/interface.rng")

  /// The netcf and libvirt examples: Golden/xml/*.xml.
  static var examples: [URL] { files(in: xmlDirectory) }

  /// Documents the format accepts written for these tests: Golden/xml/valid/*.xml.
  static var extraValid: [URL] { files(in: xmlDirectory.appendingPathComponent("valid")) }

  /// Documents both the tool and the grammar reject: Golden/xml/invalid/*.xml,
  /// each starting with a comment `<!-- error LINE:COL: MESSAGE -->`.
  static var invalid: [URL] { files(in: xmlDirectory.appendingPathComponent("invalid")) }

  /// Documents only the tool rejects (rules RELAX NG cannot state):
  /// Golden/xml/invalid-tool-only/*.xml.
  static var invalidToolOnly: [URL] { files(in: xmlDirectory.appendingPathComponent("invalid-tool-only")) }

  static func bytes(_ url: URL) throws -> [UInt8] { Array(try Data(contentsOf: url)) }

  private static func files(in directory: URL) -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".xml") }.sorted().map { directory.appendingPathComponent($0) }
  }
}
