/// Whole-command speed over one generated tree, against the floors measured
/// in the same run: `readall` over the native folder, `cp -r` of the native
/// tree then `sync`, and libxml2's SAX parser over the XML.
struct WholeCommandBenchmark {
  var tools: BenchmarkTools
  var corpus: Corpus
  var scratch: String
  var runs: Int

  /// Peak RSS allowed beyond twice the bytes read: 30 MiB.
  static let memoryAllowanceKiB = 30 * 1024

  func run() -> [Measurement] {
    let xmlSize = FileBytes.folderSize(corpus.xmlFolder)
    let allPath = scratch + "/all-\(corpus.interfaces).xml"
    let documents = corpus.xmlFiles().compactMap { FileBytes.read($0) }
    FileBytes.write(FrontEndBenchmark.wrapped(documents, atLeast: 0), to: allPath)
    let sax = tools.libxml2SAXSeconds(allPath, bytes: xmlSize.bytes, runs: runs, scratch: scratch)
    var rows: [Measurement] = []
    for dialect in Dialect.allCases {
      rows += run(dialect, xmlSize: xmlSize, saxSeconds: sax)
    }
    return rows
  }

  private func run(_ dialect: Dialect, xmlSize: (files: Int, bytes: Int), saxSeconds: Double?) -> [Measurement] {
    let group = "N=\(corpus.interfaces) \(dialect.rawValue)"
    let native = corpus.nativeFolder(dialect)
    let size = FileBytes.folderSize(native)
    Log.info("\(group): \(size.files) native files (\(size.bytes) bytes), \(xmlSize.files) XML files, \(runs) runs")
    let tag = "\(corpus.interfaces)-\(dialect.rawValue)"
    let root = scratch + "/root-" + tag
    let parent = root + "/" + parentFolder(dialect)
    let copyCommand = "cp -r '\(native)' '\(parent)/' && sync"

    // Untimed warm-up: every figure below is measured with the files in the page cache,
    // so the first timed run (a floor) does not pay for reading the disk.
    _ = ProcessRunner.runMeasuringMemory([tools.readall, native], scratch: scratch)
    _ = ProcessRunner.runMeasuringMemory([tools.readall, corpus.xmlFolder], scratch: scratch)

    // Floors.
    let readall = timed(runs) { ProcessRunner.runMeasuringMemory([tools.readall, native], scratch: scratch) }
    let copy = timed(runs, prepare: { fresh(root, parent: parent) }) {
      ProcessRunner.runMeasuringMemory(["/bin/sh", "-c", copyCommand], scratch: scratch)
    }
    var rows = [
      floorRow(group, "floor: readall (C)", readall, files: size.files, bytes: size.bytes),
      floorRow(group, "floor: cp -r + sync", copy, files: size.files, bytes: size.bytes),
      Measurement(
        group: group, name: "floor: libxml2 SAX over the XML", seconds: saxSeconds, files: xmlSize.files,
        bytes: xmlSize.bytes, note: "one in-process parse of all documents"),
    ]

    // Commands.
    let compiler = tools.compiler
    let fromNative = timed(runs) {
      ProcessRunner.runKeepingErrors([compiler, "from-native", "--dialect", dialect.rawValue, "--root", corpus.root], scratch: scratch)
    }
    rows.append(
      commandRow(
        group, "from-native (all)", fromNative, files: size.files, bytes: size.bytes, floor: ("readall", readall),
        limit: 2, memoryBytes: size.bytes))

    let toNative = [compiler, "to-native", "--dialect", dialect.rawValue, "--root", root, corpus.xmlFolder]
    let create = timed(runs, prepare: { fresh(root, parent: parent) }) { ProcessRunner.runKeepingErrors(toNative, scratch: scratch) }
    rows.append(
      commandRow(
        group, "to-native create", create, files: xmlSize.files, bytes: xmlSize.bytes,
        floor: ("cp -r + sync", copy), limit: 1.25, memoryBytes: xmlSize.bytes + size.bytes))

    var put: [ProcessOutcome] = []
    var unchanged: [ProcessOutcome] = []
    for _ in 0..<runs {
      fresh(root, parent: parent)
      ProcessRunner.shell(copyCommand)
      put.append(ProcessRunner.runKeepingErrors(toNative, scratch: scratch))
      unchanged.append(ProcessRunner.runKeepingErrors(toNative, scratch: scratch))
    }
    let changed = changedFiles(native, root + "/" + dialect.folder)
    rows.append(
      commandRow(
        group, "to-native put", Timing(put), files: xmlSize.files, bytes: xmlSize.bytes,
        floor: ("cp -r + sync", copy), limit: 1.25, memoryBytes: xmlSize.bytes + size.bytes,
        note: changed.map { "\($0) files differ from the generated tree afterwards" }))
    rows.append(
      commandRow(
        group, "to-native unchanged", Timing(unchanged), files: xmlSize.files, bytes: xmlSize.bytes,
        floor: ("readall", readall), limit: 2, memoryBytes: xmlSize.bytes + size.bytes))

    let lint = timed(runs) { ProcessRunner.runKeepingErrors([compiler, "lint", "--dialect", dialect.rawValue, native], scratch: scratch) }
    var lintRow = commandRow(
      group, "lint", lint, files: size.files, bytes: size.bytes, floor: ("readall", readall), limit: 2,
      memoryBytes: size.bytes, acceptedStatuses: [0, 1])
    if corpus.interfaces >= 100_000, let peak = lintRow.peakKiB, lintRow.seconds != nil {
      lintRow.target = (lintRow.target ?? "") + ", peak <= 40 MiB"
      lintRow.met = (lintRow.met ?? false) && peak <= 40 * 1024
    }
    rows.append(lintRow)
    ProcessRunner.shell("rm -rf '\(root)'")
    return rows
  }

  private func parentFolder(_ dialect: Dialect) -> String {
    dialect.folder.split(separator: "/").dropLast().joined(separator: "/")
  }

  private func fresh(_ root: String, parent: String) {
    ProcessRunner.shell("rm -rf '\(root)' && mkdir -p '\(parent)'")
  }

  /// How many files differ between two folders, or nil when `diff` is missing.
  private func changedFiles(_ original: String, _ copy: String) -> Int? {
    guard let text = ProcessRunner.output(["/bin/sh", "-c", "diff -rq '\(original)' '\(copy)' | wc -l"], scratch: scratch)
    else { return nil }
    return Int(text.trimmingWhitespace)
  }

  private func timed(_ runs: Int, prepare: () -> Void = {}, _ body: () -> ProcessOutcome) -> Timing {
    Timing(
      (0..<runs).map { _ in
        prepare()
        return body()
      })
  }

  private func floorRow(_ group: String, _ name: String, _ timing: Timing, files: Int, bytes: Int) -> Measurement {
    Measurement(
      group: group, name: name, seconds: timing.failed([0]) == nil ? timing.seconds : nil, files: files,
      bytes: bytes, peakKiB: timing.peakKiB, note: timing.failed([0]))
  }

  private func commandRow(
    _ group: String, _ name: String, _ timing: Timing, files: Int, bytes: Int, floor: (String, Timing),
    limit: Double, memoryBytes: Int, acceptedStatuses: Set<Int32> = [0], note: String? = nil
  ) -> Measurement {
    let failure = timing.failed(acceptedStatuses)
    let floorSeconds = floor.1.failed([0]) == nil ? floor.1.seconds : nil
    var row = Measurement(
      group: group, name: name, seconds: failure == nil ? timing.seconds : nil, files: files, bytes: bytes,
      peakKiB: failure == nil ? timing.peakKiB : nil, floor: floor.0, floorSeconds: floorSeconds,
      target: "<= \(limit)x, peak <= 2x input + 30 MiB", note: failure ?? note)
    if let ratio = row.ratio, let peak = row.peakKiB {
      row.met = ratio <= limit && peak <= 2 * memoryBytes / 1024 + Self.memoryAllowanceKiB
    }
    return row
  }
}

/// The runs of one measurement: median seconds, highest peak memory, statuses.
struct Timing {
  var outcomes: [ProcessOutcome]
  /// A run made only to read peak memory, when the timed runs did not.
  var memoryRun: ProcessOutcome?

  init(_ outcomes: [ProcessOutcome]) { self.outcomes = outcomes }

  var seconds: Double { Statistics.median(outcomes.map(\.seconds)) }
  var peakKiB: Int { (outcomes + [memoryRun].compactMap { $0 }).map(\.peakKiB).max() ?? 0 }

  /// Why a run failed (its exit status was not accepted), or nil.
  func failed(_ accepted: Set<Int32>) -> String? {
    guard let bad = outcomes.first(where: { !accepted.contains($0.status) }) else { return nil }
    return "exit status \(bad.status)" + (bad.errorLine.map { ": " + $0 } ?? "")
  }
}

extension String {
  var trimmingWhitespace: String {
    String(self.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
  }
}
