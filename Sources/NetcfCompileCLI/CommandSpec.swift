/// One option of a command: its flag, the value it takes (if any), the
/// values allowed, and its help line. The help text, the man page and the
/// shell completions all list these.
public struct OptionSpec: Sendable, Hashable {
  public var flag: String
  /// The value's placeholder (`DIR`), or `nil` for a flag without a value.
  public var valueName: String?
  /// The values allowed, or empty for any value.
  public var choices: [String]
  public var help: String
  /// Whether the option may be given more than once (each value is kept).
  public var repeatable: Bool

  public init(_ flag: String, value: String? = nil, choices: [String] = [], repeatable: Bool = false, help: String) {
    self.flag = flag
    self.valueName = value
    self.choices = choices
    self.repeatable = repeatable
    self.help = help
  }
}

/// A subcommand: its name, synopsis, options, description and examples.
public struct CommandSpec: Sendable, Hashable {
  public var name: String
  public var synopsis: String
  public var summary: String
  public var description: [String]
  public var options: [OptionSpec]
  public var examples: [String]

  public func option(_ flag: String) -> OptionSpec? { options.first { $0.flag == flag } }

  /// `netcf-compile NAME --help`.
  public var help: String {
    var text = "Usage: netcf-compile \(synopsis)\n\n\(summary)\n"
    if !description.isEmpty { text += "\n" + description.joined(separator: "\n") + "\n" }
    text += "\nOptions:\n"
    for option in options + [Self.helpOption] {
      var left = "  " + option.flag
      if let value = option.valueName { left += " " + value }
      let padded = left.count < 26 ? left + String(repeating: " ", count: 26 - left.count) : left + "\n" + String(repeating: " ", count: 26)
      text += padded + option.help + "\n"
    }
    text += "\nExamples:\n" + examples.map { "  " + $0 }.joined(separator: "\n") + "\n"
    return text
  }

  public static let helpOption = OptionSpec("--help", help: "Show this help and exit.")
}

/// The commands and their options: the one source of the help text.
public enum Commands {
  static let limitOptions = [
    OptionSpec(
      "--max-file-size", value: "BYTES",
      help: "Refuse files larger than BYTES (default \(ReadLimits.defaultMaximumFileSize), 16 MiB)."),
    OptionSpec(
      "--max-files", value: "COUNT",
      help: "Refuse folders of more than COUNT entries (default \(ReadLimits.defaultMaximumFileCount))."),
  ]

  static let dialectOption = OptionSpec(
    "--dialect", value: "NAME", choices: ["redhat", "suse"], help: "Native format: redhat (default) or suse.")

  public static let fromNative = CommandSpec(
    name: "from-native",
    synopsis: "from-native [--dialect redhat|suse] [--root DIR] [--out DIR] [NAME...]",
    summary: "Read native files under a root and print interface XML.",
    description: [
      "One NAME prints a single <interface> document; no NAME or several print one",
      "<interfaces> document holding every (or each named) top-level interface in",
      "name order. An interface the XML cannot describe is skipped with a warning",
      "naming its file.",
    ],
    options: [
      dialectOption,
      OptionSpec("--root", value: "DIR", help: "Read DIR/etc/sysconfig/... (default /)."),
      OptionSpec("--out", value: "DIR", help: "Write DIR/NAME.xml per top-level interface instead of printing."),
    ] + limitOptions,
    examples: [
      "netcf-compile from-native br0",
      "netcf-compile from-native --root /mnt/sysimage --dialect suse",
      "netcf-compile from-native --out /tmp/xml",
    ])

  public static let toNative = CommandSpec(
    name: "to-native",
    synopsis: "to-native [--dialect redhat|suse] --root DIR [--diff] [FILE...|-]",
    summary: "Write the native files of interface XML documents under a root.",
    description: [
      "Each FILE holds an <interface> or an <interfaces> document; a folder stands",
      "for every *.xml in it; - or no FILE reads standard input. Existing files are",
      "edited in place, keeping what the XML does not describe. All files are",
      "written atomically and all or nothing: any error writes nothing.",
    ],
    options: [
      dialectOption,
      OptionSpec("--root", value: "DIR", help: "Write under DIR (required; use / for this host)."),
      OptionSpec("--diff", help: "Print a unified diff of what would change; write nothing."),
    ] + limitOptions,
    examples: [
      "netcf-compile to-native --root / br0.xml",
      "netcf-compile to-native --root /mnt/sysimage --diff xml/",
      "virsh iface-dumpxml br0 | netcf-compile to-native --root / -",
    ])

  public static let remove = CommandSpec(
    name: "remove",
    synopsis: "remove [--dialect redhat|suse] --root DIR [--diff] NAME...",
    summary: "Remove the files of top-level interfaces and of their ports and slaves.",
    description: [
      "The only command that deletes files; all or nothing."
    ],
    options: [
      dialectOption,
      OptionSpec("--root", value: "DIR", help: "Remove under DIR (required; use / for this host)."),
      OptionSpec("--diff", help: "Print a unified diff of what would change; write nothing."),
    ] + limitOptions,
    examples: [
      "netcf-compile remove --root / br0",
      "netcf-compile remove --root /mnt/sysimage --diff bond0",
    ])

  public static let lint = CommandSpec(
    name: "lint",
    synopsis: "lint [--dialect auto|redhat|suse] [--format text|json|sarif|github] [PATH...]",
    summary: "Check native files and interface XML for errors and risky constructs.",
    description: [
      "Checks ifcfg-* files under network-scripts (redhat) and sysconfig/network (suse)",
      "folders, or in any folder with --dialect, and *.xml files whose root is <interface>",
      "or <interfaces>. Exit status 0 without errors (warnings allowed), 1 with errors.",
      "A comment '# netcf-compile: disable=RULE' (in XML <!-- ... -->) turns RULE off for its file.",
    ],
    options: [
      OptionSpec(
        "--dialect", value: "NAME", choices: ["auto", "redhat", "suse"],
        help: "Native format: auto (default, decided per folder), redhat or suse."),
      OptionSpec(
        "--format", value: "FORMAT", choices: ["text", "json", "sarif", "github"],
        help: "Findings as text (default), json, sarif or github annotations."),
      OptionSpec("--disable", value: "RULE", repeatable: true, help: "Turn RULE off (repeatable; RULE,RULE also works)."),
      OptionSpec("--roundtrip", help: "Also check that reading and writing back gives every file unchanged."),
    ],
    examples: [
      "netcf-compile lint /etc/sysconfig/network-scripts",
      "netcf-compile lint --format sarif . > findings.sarif",
      "netcf-compile lint --disable unknown-key --format github hosts/",
    ])

  public static let all = [fromNative, toNative, remove, lint]

  /// `netcf-compile --help`.
  public static var overview: String {
    var text = """
      Usage: netcf-compile COMMAND [OPTIONS] [ARGUMENTS]

      Translate between netcf interface XML and Linux native network
      configuration files (Red Hat ifcfg, SUSE sysconfig), losslessly.

      Commands:

      """
    for command in all {
      let left = "  " + command.name
      text += left + String(repeating: " ", count: max(1, 16 - left.count)) + command.summary + "\n"
    }
    text += """

      Options:
        --help        Show this help (or a command's, after the command) and exit.
        --version     Print the version and exit.

      Exit status: 0 success; 1 input rejected; 2 usage error.

      Examples:
        netcf-compile from-native br0 > br0.xml
        netcf-compile to-native --root / --diff br0.xml
        netcf-compile COMMAND --help

      """
    return text
  }
}
