/// The programs the benchmark runs: the compiler under test and the baselines.
struct BenchmarkTools: Sendable {
  /// The release `netcf-compile`.
  var compiler: String
  /// A statically linked Swift hello world (the start-up floor).
  var hello: String
  /// `readall`: reads every file of folders (the read floor).
  var readall: String
  /// `xmlspeed`: libxml2 SAX, DOM and expat parse speed in process.
  var xmlspeed: String
  /// This program, for child runs whose peak memory is measured alone.
  var benchmark: String

  /// Median seconds of `readall` over `folders`, or nil when it fails.
  func readallSeconds(_ folders: [String], runs: Int) -> Double? {
    let outcomes = (0..<runs).map { _ in ProcessRunner.run([readall] + folders) }
    guard outcomes.allSatisfy({ $0.status == 0 }) else { return nil }
    return Statistics.median(outcomes.map(\.seconds))
  }

  /// Seconds libxml2's SAX parser (no handlers) takes over the file, from
  /// its median MB/s, or nil when `xmlspeed` fails.
  func libxml2SAXSeconds(_ path: String, bytes: Int, runs: Int, scratch: String) -> Double? {
    xmlParserSeconds(path, bytes: bytes, runs: runs, scratch: scratch)["libxml2-sax-null"]
  }

  /// Seconds each parser `xmlspeed` runs (`libxml2-sax-null`, `libxml2-dom`,
  /// `expat-null`) takes over the file, from its median MB/s; empty when it fails.
  func xmlParserSeconds(_ path: String, bytes: Int, runs: Int, scratch: String) -> [String: Double] {
    guard let text = ProcessRunner.output([xmlspeed, path, String(min(max(runs, 1), 64))], scratch: scratch) else {
      return [:]
    }
    var seconds: [String: Double] = [:]
    for line in text.split(separator: "\n") {
      let fields = line.split(separator: " ")
      guard fields.count > 1, let rate = Double(fields[1]), rate > 0 else { continue }
      seconds[String(fields[0])] = Double(bytes) / (rate * 1e6)
    }
    return seconds
  }
}

/// A native dialect the compiler reads and writes.
enum Dialect: String, CaseIterable, Sendable {
  case redhat, suse

  /// The folder of its files, relative to a root.
  var folder: String {
    switch self {
    case .redhat: "etc/sysconfig/network-scripts"
    case .suse: "etc/sysconfig/network"
    }
  }
}

/// A tree made by `gen_corpus.py --dialect both --xml`.
struct Corpus: Sendable {
  /// The number of top-level interfaces it was generated for.
  var interfaces: Int
  /// Its root folder.
  var root: String

  func nativeFolder(_ dialect: Dialect) -> String { root + "/" + dialect.folder }

  var xmlFolder: String { root + "/xml" }

  /// The paths of its XML documents, sorted.
  func xmlFiles() -> [String] { FileBytes.regularFiles(in: xmlFolder).map { xmlFolder + "/" + $0 } }
}

/// Progress lines on standard error, so standard output holds only results.
enum Log {
  static func info(_ message: String) {
    var line = message + "\n"
    line.withUTF8 { buffer in _ = fwriteStandardError(buffer) }
  }
}
