import Foundation
import NetcfCompileCLI
import XCTest

/// The man page and the shell completions list every command, option and
/// option value that `--help` lists.
final class DocumentationTests: XCTestCase {
  private var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  private func text(_ relative: String) throws -> String {
    try String(contentsOf: packageRoot.appendingPathComponent(relative), encoding: .utf8)
  }

  /// The part of a completion script between `start` and the next `;;`.
  private func section(_ script: String, from start: String) -> String? {
    guard let begin = script.range(of: start) else { return nil }
    let rest = script[begin.upperBound...]
    let end = rest.range(of: ";;")?.lowerBound ?? rest.endIndex
    return String(rest[..<end])
  }

  func testManPageListsEveryCommandAndOption() throws {
    let man = try text("Docs/netcf-compile.1")
    let roff: (String) -> String = { $0.replacingOccurrences(of: "-", with: "\\-") }
    for command in Commands.all {
      XCTAssertTrue(man.contains(".B \(command.name)"), command.name)
      for option in command.options + [CommandSpec.helpOption] {
        XCTAssertTrue(man.contains(roff(option.flag)), "man page lacks \(option.flag)")
        for choice in option.choices { XCTAssertTrue(man.contains(choice), "man page lacks \(choice)") }
      }
    }
    XCTAssertTrue(man.contains(roff("--version")))
    XCTAssertTrue(man.contains("netcf-compile \(NetcfCompileCommand.version)"), "man page version")
  }

  func testBashCompletionListsEveryCommandAndOption() throws {
    let script = try text("Completions/netcf-compile.bash")
    for command in Commands.all {
      XCTAssertTrue(script.contains(command.name), command.name)
      let options = try XCTUnwrap(section(script, from: "    \(command.name)) options="), command.name)
      for option in command.options + [CommandSpec.helpOption] {
        XCTAssertTrue(options.contains(option.flag), "bash: \(command.name) lacks \(option.flag)")
        for choice in option.choices { XCTAssertTrue(script.contains(choice), "bash lacks \(choice)") }
      }
      let declared = options.split(whereSeparator: { $0 == " " || $0 == "\"" }).filter { $0.hasPrefix("--") }
      for flag in declared {
        XCTAssertNotNil(command.option(String(flag)) ?? (flag == "--help" ? CommandSpec.helpOption : nil), "bash: stale \(flag)")
      }
    }
  }

  func testZshCompletionListsEveryCommandAndOption() throws {
    let script = try text("Completions/_netcf-compile")
    for command in Commands.all {
      XCTAssertTrue(script.contains("'\(command.name):"), command.name)
      var options = try XCTUnwrap(section(script, from: "    \(command.name))"), command.name)
      if options.contains("$limits") { options += try XCTUnwrap(section(script, from: "limits=(")) }
      for option in command.options + [CommandSpec.helpOption] {
        XCTAssertTrue(options.contains("'\(option.flag)["), "zsh: \(command.name) lacks \(option.flag)")
        if !option.choices.isEmpty {
          XCTAssertTrue(options.contains("(\(option.choices.joined(separator: " ")))"), "zsh: \(option.flag) choices")
        }
      }
    }
  }
}
