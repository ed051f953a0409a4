/// The command line of `netcf-bench run`.
struct BenchmarkOptions {
  var compiler = ""
  var hello = ""
  var readall = ""
  var xmlspeed = ""
  var scratch = "/tmp/netcf-bench-scratch"
  var corpora: [Corpus] = []
  var runs = 5
  var largeRuns = 3
  var startupRuns = 21
  var json: String?
  var frontEnd = true
  var commands = true
  var startup = true

  static let usage = """
    Usage: netcf-bench run --compiler BIN --hello BIN --readall BIN --xmlspeed BIN
                           --corpus N=DIR [--corpus N=DIR ...] [--scratch DIR]
                           [--runs 5] [--large-runs 3] [--startup-runs 21] [--json FILE]
                           [--no-front-end] [--no-commands] [--no-startup]
           netcf-bench tokenize|tree|read-ir FILE
                 (one pass of one stage: tokens, element tree or IR; for peak memory and profiling)
    Bench/run.sh builds the programs and corpora and calls this.

    """

  /// Parses the arguments after `run`; nil with a message on a usage error.
  static func parse(_ arguments: [String]) -> Result<BenchmarkOptions, UsageError> {
    var options = BenchmarkOptions()
    var rest = arguments[...]
    while let flag = rest.popFirst() {
      switch flag {
      case "--no-front-end": options.frontEnd = false
      case "--no-commands": options.commands = false
      case "--no-startup": options.startup = false
      default:
        guard let value = rest.popFirst() else { return .failure(UsageError("\(flag) needs a value")) }
        switch flag {
        case "--compiler": options.compiler = value
        case "--hello": options.hello = value
        case "--readall": options.readall = value
        case "--xmlspeed": options.xmlspeed = value
        case "--scratch": options.scratch = value
        case "--json": options.json = value
        case "--runs", "--large-runs", "--startup-runs":
          guard let count = Int(value), count > 0, count <= 1_000 else {
            return .failure(UsageError("\(flag) takes a count from 1 to 1000"))
          }
          if flag == "--runs" { options.runs = count }
          if flag == "--large-runs" { options.largeRuns = count }
          if flag == "--startup-runs" { options.startupRuns = count }
        case "--corpus":
          let parts = value.split(separator: "=", maxSplits: 1).map(String.init)
          guard parts.count == 2, let count = Int(parts[0]), count > 0 else {
            return .failure(UsageError("--corpus takes N=DIR"))
          }
          options.corpora.append(Corpus(interfaces: count, root: parts[1]))
        default: return .failure(UsageError("unknown option \(flag)"))
        }
      }
    }
    for (flag, value) in [
      ("--compiler", options.compiler), ("--hello", options.hello), ("--readall", options.readall),
      ("--xmlspeed", options.xmlspeed),
    ] where value.isEmpty {
      return .failure(UsageError("\(flag) is required"))
    }
    options.corpora.sort { $0.interfaces < $1.interfaces }
    return .success(options)
  }

  /// The corpus for the front-end figures: 10,000 interfaces, or the nearest below.
  var frontEndCorpus: Corpus? {
    corpora.last { $0.interfaces <= 10_000 } ?? corpora.first
  }

  /// Runs for a tree of `interfaces`: fewer for the largest trees.
  func runs(for interfaces: Int) -> Int { interfaces > 10_000 ? largeRuns : runs }
}

/// A command-line mistake.
struct UsageError: Error {
  var message: String
  init(_ message: String) { self.message = message }
}
