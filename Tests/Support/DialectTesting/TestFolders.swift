import DialectSupport
import Foundation

/// Folders and files of the dialect tests, inside the repository.
public enum TestFolders {
  /// The package root, found from this file's path (Tests/Support/DialectTesting/TestFolders.swift).
  public static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Whether golden expectations are rewritten (`NETCF_RECORD=1`) instead of checked.
  public static var recording: Bool { ProcessInfo.processInfo.environment["NETCF_RECORD"] == "1" }

  /// Every regular file of a folder, by name (not recursive).
  public static func readFolder(_ url: URL) -> [String: [UInt8]] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    var files: [String: [UInt8]] = [:]
    for name in names {
      var isDirectory: ObjCBool = false
      let path = url.appendingPathComponent(name).path
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue
      else { continue }
      if let data = FileManager.default.contents(atPath: path) { files[name] = Array(data) }
    }
    return files
  }

  /// A file's text, or nil when it cannot be read.
  public static func text(_ url: URL) -> String? {
    FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Replaces a folder by exactly these files.
  public static func writeFolder(_ files: [String: [UInt8]], to url: URL) throws {
    try? FileManager.default.removeItem(at: url)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for (name, bytes) in files { try Data(bytes).write(to: url.appendingPathComponent(name)) }
  }

  /// A tree of text files, with the host's link addresses.
  public static func tree(_ files: [String: String], links: [String: String] = [:]) -> NativeTree {
    NativeTree(files: files.mapValues { Array($0.utf8) }, linkAddresses: links)
  }
}
