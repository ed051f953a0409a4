import Foundation
import NetcfCompile
import NetcfCompileCLI
import XCTest

/// A fresh folder under the system's temporary folder, removed on deinit.
final class TemporaryRoot {
  let path: String
  static let configFolder = "etc/sysconfig/network-scripts"

  init() throws {
    let base = NSTemporaryDirectory() + "netcf-compile-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    path = base
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  var config: String { path + "/" + Self.configFolder }

  func write(_ relative: String, _ text: String, mode: Int = 0o644) throws {
    let full = path + "/" + relative
    try FileManager.default.createDirectory(
      atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: full))
    try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: full)
  }

  func writeConfig(_ name: String, _ text: String, mode: Int = 0o644) throws {
    try write(Self.configFolder + "/" + name, text, mode: mode)
  }

  func read(_ relative: String) -> String? {
    FileManager.default.contents(atPath: path + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
  }

  func readConfig(_ name: String) -> String? { read(Self.configFolder + "/" + name) }

  /// Every file name of the configuration folder, dot files included.
  func configNames() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: config)) ?? []).sorted()
  }

  func mode(_ relative: String) -> Int? {
    (try? FileManager.default.attributesOfItem(atPath: path + "/" + relative))?[.posixPermissions] as? Int
  }
}

/// Runs the command in-process with the fake dialect and format.
func runCommand(
  _ arguments: [String], input: String = "", fileSystem: any FileSystem = POSIXFileSystem(),
  currentDirectory: String = "/", lint: (any LintCommand)? = nil
) -> (status: Int32, output: String, error: String) {
  var io = BufferedIO(input: Array(input.utf8), fileSystem: fileSystem, currentDirectory: currentDirectory)
  let environment = CommandEnvironment(dialects: [FakeDialect()], format: FakeFormat(), lint: lint)
  let status = run(arguments: arguments, io: &io, environment: environment)
  return (status, io.outputText, io.errorText)
}
