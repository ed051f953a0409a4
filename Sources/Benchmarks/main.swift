#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif
import Diagnostics
import InterfaceXML
import XMLSyntax

/// The path of this executable, for child runs.
func executablePath() -> String {
  var buffer = [CChar](repeating: 0, count: 4096)
  let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
  guard count > 0 else { return CommandLine.arguments.first ?? "netcf-bench" }
  return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

func print(toStandardOutput text: String) {
  var text = text
  text.withUTF8 { buffer in
    guard let base = buffer.baseAddress else { return }
    var written = 0
    while written < buffer.count {
      let count = write(1, base + written, buffer.count - written)
      if count <= 0 { return }
      written += count
    }
  }
}

/// `netcf-bench tokenize FILE`: reads and tokenizes the file once.
func tokenizeOnce(_ path: String) -> Int32 {
  guard let bytes = FileBytes.read(path) else { return 1 }
  var counter = TokenCounter()
  do throws(DiagnosticError) {
    try XMLTokenizer(bytes: bytes, path: path, limits: FrontEndBenchmark.largeLimits).tokenize(into: &counter)
  } catch {
    return 1
  }
  return counter.count > 0 ? 0 : 1
}

/// `netcf-bench tree FILE` / `read-ir FILE`: one parse into the element tree,
/// or into the IR (for profiling and peak memory of one stage alone).
func parseOnce(_ path: String, intoIR: Bool) -> Int32 {
  guard let bytes = FileBytes.read(path) else { return 1 }
  do throws(DiagnosticError) {
    if intoIR {
      return try InterfaceXML.read(bytes, path: path).interfaces.isEmpty ? 1 : 0
    }
    return try XMLDocument.parse(bytes, path: path, limits: FrontEndBenchmark.largeLimits).root.children.isEmpty ? 1 : 0
  } catch {
    Log.info(error.diagnostics.first.map { "\($0.message)" } ?? "error")
    return 1
  }
}

func runBenchmarks(_ options: BenchmarkOptions) -> Int32 {
  let tools = BenchmarkTools(
    compiler: options.compiler, hello: options.hello, readall: options.readall, xmlspeed: options.xmlspeed,
    benchmark: executablePath())
  ProcessRunner.shell("mkdir -p '\(options.scratch)'")
  // Each section's tables are printed as soon as it is measured.
  var rows: [Measurement] = []
  func finish(_ section: [Measurement]) {
    rows += section
    print(toStandardOutput: Report.text(section))
  }
  if options.frontEnd, let corpus = options.frontEndCorpus {
    finish(FrontEndBenchmark(tools: tools, corpus: corpus, scratch: options.scratch, runs: options.runs).run())
  }
  if options.startup {
    finish(StartupBenchmark(tools: tools, scratch: options.scratch, runs: options.startupRuns).run())
  }
  if options.commands {
    for corpus in options.corpora {
      finish(
        WholeCommandBenchmark(
          tools: tools, corpus: corpus, scratch: options.scratch, runs: options.runs(for: corpus.interfaces)
        ).run())
    }
    let sizes = options.corpora.map(\.interfaces)
    var scaling: [Measurement] = []
    for (small, large) in zip(sizes, sizes.dropFirst()) {
      scaling += ScalingCheck.rows(rows, small: small, large: large)
    }
    finish(scaling)
  }
  let unmet = rows.filter { $0.met == false }.map { "\($0.group): \($0.name)" }
  print(toStandardOutput: "\nTargets met: \(rows.filter { $0.met == true }.count), not met: \(unmet.count)\n")
  if let json = options.json {
    let context = [
      "sizes": options.corpora.map { String($0.interfaces) }.joined(separator: ","),
      "runs": String(options.runs), "largeRuns": String(options.largeRuns),
    ]
    guard FileBytes.write(Report.json(rows, context: context), to: json) else {
      Log.info("netcf-bench: cannot write \(json)")
      return 1
    }
  }
  return 0
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "tokenize" where arguments.count == 2:
  exit(tokenizeOnce(arguments[1]))
case "tree" where arguments.count == 2:
  exit(parseOnce(arguments[1], intoIR: false))
case "read-ir" where arguments.count == 2:
  exit(parseOnce(arguments[1], intoIR: true))
case "run":
  switch BenchmarkOptions.parse(Array(arguments.dropFirst())) {
  case .success(let options): exit(runBenchmarks(options))
  case .failure(let error):
    Log.info("netcf-bench: \(error.message)\n\n" + BenchmarkOptions.usage)
    exit(2)
  }
default:
  Log.info(BenchmarkOptions.usage)
  exit(2)
}
