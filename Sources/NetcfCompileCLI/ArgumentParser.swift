/// A command line that does not fit the command's grammar.
struct UsageError: Error, Sendable {
  var message: String
  var command: String?
}

/// Options and positional arguments of one command, checked against its ``CommandSpec``.
struct ParsedArguments: Sendable {
  var values: [String: String] = [:]
  /// Every value of a repeatable option, in order.
  var lists: [String: [String]] = [:]
  var flags: Set<String> = []
  var positionals: [String] = []
  var wantsHelp = false

  func value(_ flag: String) -> String? { values[flag] }
  func has(_ flag: String) -> Bool { flags.contains(flag) }

  /// Parses `arguments` (after the command name): `--flag`, `--flag VALUE`,
  /// `--flag=VALUE`, `--` ending the options, `-` as a positional.
  static func parse(_ arguments: [String], for command: CommandSpec) throws(UsageError) -> ParsedArguments {
    var parsed = ParsedArguments()
    var index = 0
    var optionsEnded = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
        parsed.positionals.append(argument)
        continue
      }
      if argument == "--" {
        optionsEnded = true
        continue
      }
      if argument == "--help" || argument == "-h" {
        parsed.wantsHelp = true
        continue
      }
      var flag = argument
      var inlineValue: String?
      if let equals = argument.firstIndex(of: "=") {
        flag = String(argument[..<equals])
        inlineValue = String(argument[argument.index(after: equals)...])
      }
      guard let option = command.option(flag) else {
        throw UsageError(message: "unknown option '\(flag)' for \(command.name)", command: command.name)
      }
      guard option.valueName != nil else {
        if inlineValue != nil { throw UsageError(message: "option '\(flag)' takes no value", command: command.name) }
        parsed.flags.insert(flag)
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else {
        guard index < arguments.count else {
          throw UsageError(message: "option '\(flag)' needs a value", command: command.name)
        }
        value = arguments[index]
        index += 1
      }
      if !option.choices.isEmpty && !option.choices.contains(value) {
        throw UsageError(
          message: "invalid value '\(value)' for '\(flag)' (expected \(option.choices.joined(separator: ", ")))",
          command: command.name)
      }
      if option.repeatable {
        parsed.lists[flag, default: []].append(value)
        continue
      }
      if parsed.values[flag] != nil {
        throw UsageError(message: "option '\(flag)' given twice", command: command.name)
      }
      parsed.values[flag] = value
    }
    return parsed
  }

  /// The value of a numeric option, or `fallback` when absent.
  func count(_ flag: String, command: String, fallback: Int) throws(UsageError) -> Int {
    guard let text = values[flag] else { return fallback }
    guard text.utf8.count <= 18, let number = Int(text), number >= 0 else {
      throw UsageError(message: "'\(flag)' needs a whole number, not '\(text)'", command: command)
    }
    return number
  }

  /// The read limits from `--max-file-size` and `--max-files`.
  func limits(command: String) throws(UsageError) -> ReadLimits {
    ReadLimits(
      maximumFileSize: try count("--max-file-size", command: command, fallback: ReadLimits.defaultMaximumFileSize),
      maximumFileCount: try count("--max-files", command: command, fallback: ReadLimits.defaultMaximumFileCount))
  }
}
