import DialectSupport
import Dispatch

/// How a lint run is set up.
public struct LintConfiguration: Sendable, Hashable {
  /// `--dialect`.
  public var dialect: LintDialectChoice
  /// Rule ids turned off for the run (`--disable`).
  public var disabled: Set<String>
  /// `--roundtrip`: also check that get/put gives every file back byte for byte.
  public var roundTrip: Bool
  /// Files larger than this are reported, not read.
  public var maximumFileSize: Int

  public init(
    dialect: LintDialectChoice = .auto, disabled: Set<String> = [], roundTrip: Bool = false,
    maximumFileSize: Int = 16 << 20
  ) {
    self.dialect = dialect
    self.disabled = disabled
    self.roundTrip = roundTrip
    self.maximumFileSize = maximumFileSize
  }
}

/// Lints trees of ifcfg files and interface XML.
///
/// Folders are visited one at a time, in name order; the files of a folder
/// are checked in parallel on every core, a chunk at a time, and each chunk's
/// summaries are merged in name order while the next chunk is checked. Only
/// a compact index of each ifcfg file is kept for the checks across the folder
/// (``FolderChecker``), so memory stays flat however many files a folder holds.
public struct Linter: Sendable {
  public var configuration: LintConfiguration

  public init(configuration: LintConfiguration = LintConfiguration()) { self.configuration = configuration }

  /// Lints `paths` (files or folders; relative ones against `currentDirectory`;
  /// none means the current directory). Findings name files as the paths name them.
  public func lint(paths: [String], currentDirectory: String) -> LintReport {
    var run = LintRun(configuration: configuration)
    let arguments = paths.isEmpty ? ["."] : paths
    var namedFiles: [String: [String]] = [:]
    var folderOrder: [String] = []
    for argument in arguments {
      let location = Self.resolve(argument, against: currentDirectory)
      switch LintFiles.kind(of: location) {
      case .folder:
        run.walk(folder: location, display: Self.displayPrefix(argument), depth: 0)
      case .file:
        let (folder, name) = Self.split(argument)
        if namedFiles[folder] == nil { folderOrder.append(folder) }
        namedFiles[folder, default: []].append(name)
      case .other, nil:
        run.unreadable(argument, LintFiles.kind(of: location) == nil ? "no such file or folder" : "not a file or folder")
      }
    }
    for folder in folderOrder {
      let names = Array(Set(namedFiles[folder] ?? [])).sorted()
      run.checkFolder(
        location: Self.resolve(folder.isEmpty ? "." : folder, against: currentDirectory), display: folder,
        entries: names, explicit: true)
    }
    return LintReport(findings: run.findings, fileCount: run.fileCount)
  }

  static func resolve(_ path: String, against directory: String) -> String {
    if path.hasPrefix("/") { return path }
    if path == "." { return directory }
    return directory.hasSuffix("/") ? directory + path : directory + "/" + path
  }

  /// The prefix findings get under a folder argument: none for `.`.
  static func displayPrefix(_ argument: String) -> String {
    var trimmed = argument
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
    if trimmed == "." || trimmed == "./" { return "" }
    if trimmed.hasPrefix("./") { trimmed.removeFirst(2) }
    return trimmed
  }

  static func split(_ path: String) -> (folder: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return ("", path) }
    let folder = String(path[..<slash])
    return (folder.isEmpty ? "/" : displayPrefix(folder), String(path[path.index(after: slash)...]))
  }
}

/// The state of one run: findings so far and files looked at.
struct LintRun {
  let configuration: LintConfiguration
  var findings: [LintFinding] = []
  var fileCount = 0
  static let maximumDepth = 64

  init(configuration: LintConfiguration) { self.configuration = configuration }

  mutating func unreadable(_ path: String, _ reason: String) {
    guard !configuration.disabled.contains(LintRules.unreadableFile.id) else { return }
    findings.append(
      LintFinding(
        path: path, line: 1, column: 1, severity: .error, rule: LintRules.unreadableFile.id,
        message: "cannot read \(path): \(reason)"))
  }

  static func join(_ prefix: String, _ name: String) -> String {
    prefix.isEmpty ? name : prefix.hasSuffix("/") ? prefix + name : prefix + "/" + name
  }

  mutating func walk(folder location: String, display: String, depth: Int) {
    guard depth < Self.maximumDepth else { return }
    guard let (files, folders) = LintFiles.list(location) else {
      unreadable(display.isEmpty ? "." : display, "cannot list the folder")
      return
    }
    checkFolder(location: location, display: display, entries: files, explicit: false)
    for name in folders where !name.hasPrefix(".") {
      walk(folder: Self.join(location, name), display: Self.join(display, name), depth: depth + 1)
    }
  }

  /// The work on one file of a folder.
  enum Task {
    /// `entry` is the file's index in the folder's list.
    case ifcfg(name: String, entry: Int)
    case xml(name: String)
  }

  /// What checking one file gave.
  struct Outcome {
    var findings: [LintFinding] = []
    var summary: InterfaceSummary?
    /// The file's index in the folder's list.
    var entry = 0
    var counted = false
  }

  /// Files checked together; bounds what is held at once.
  static let chunkSize = 512

  mutating func checkFolder(location: String, display: String, entries: [String], explicit: Bool) {
    let dialect = configuration.dialect.dialect(of: display.isEmpty ? location : display)
      ?? (configuration.dialect == .auto ? LintDialect.owning(folder: location) : nil)
    let configuration = self.configuration
    let merge = FolderMerge(
      folder: dialect.map { FolderChecker(dialect: $0, disabled: configuration.disabled, display: display, fileNames: entries) },
      keepsRoundTripFiles: configuration.roundTrip)
    let folderDescriptor = LintFiles.openFolder(location)
    defer { LintFiles.closeFolder(folderDescriptor) }
    var start = 0
    var checked: [Outcome] = []
    // Each chunk is checked while the one before it is merged, in file order.
    while start < entries.count || !checked.isEmpty {
      var chunk: [Task] = []
      chunk.reserveCapacity(Self.chunkSize)
      while start < entries.count, chunk.count < Self.chunkSize {
        let name = entries[start]
        start += 1
        if let dialect, Self.isIfcfg(name, dialect: dialect) {
          chunk.append(.ifcfg(name: name, entry: start - 1))
        } else if name.hasSuffix(".xml") {
          chunk.append(.xml(name: name))
        }
      }
      let previous = checked
      checked = ParallelMap.map(chunk, alongside: { merge.add(previous) }) { task -> Outcome in
        Self.run(
          task, location: location, folder: folderDescriptor, display: display, dialect: dialect,
          configuration: configuration)
      }
    }
    findings += merge.findings
    fileCount += merge.fileCount
    if var folder = merge.folder, !folder.isEmpty {
      findings += folder.finish()
      if configuration.roundTrip {
        roundTrip(location: location, display: display, dialect: folder.dialect, files: merge.roundTripFiles)
      }
    }
  }

  /// `--roundtrip` on a folder of ifcfg files: read whole (a dialect reads a folder, not a file).
  private mutating func roundTrip(
    location: String, display: String, dialect: LintDialect, files suppressed: [String: Suppressions]
  ) {
    guard !configuration.disabled.contains(LintRules.roundTrip.id) else { return }
    var files: [String: [UInt8]] = [:]
    for fileName in suppressed.keys {
      if case .success(let bytes) = LintFiles.contents(of: Self.join(location, fileName), limit: configuration.maximumFileSize) {
        files[fileName] = bytes
      }
    }
    let changes: [(fileName: String, line: Int, text: String)]
    switch dialect {
    case .redHat: changes = RoundTrip.changes(files, through: RedHatValueCheck.dialect)
    case .suse: changes = RoundTrip.changes(files, through: SUSEValueCheck.dialect)
    }
    for change in changes where suppressed[change.fileName]?.contains(LintRules.roundTrip.id) != true {
      findings.append(
        LintFinding(
          path: Self.join(display, change.fileName), line: change.line, column: 1, severity: .error,
          rule: LintRules.roundTrip.id,
          message: "get/put does not give the file back; first difference at this line, written as: \(change.text)"))
    }
  }

  static func isIfcfg(_ name: String, dialect: LintDialect) -> Bool {
    switch dialect {
    case .redHat: RedHatValueCheck.dialect.isConfigFile(named: name)
    case .suse: SUSEValueCheck.isIfcfg(name)
    }
  }

  static func run(
    _ task: Task, location: String, folder: Int32, display: String, dialect: LintDialect?,
    configuration: LintConfiguration
  ) -> Outcome {
    let name: String
    switch task {
    case .ifcfg(let fileName, _), .xml(let fileName): name = fileName
    }
    let place = FindingPath(folder: display, name: name)
    var outcome = Outcome()
    let bytes: [UInt8]
    switch LintFiles.contents(
      of: name, in: folder, path: folder >= 0 ? "" : join(location, name), limit: configuration.maximumFileSize)
    {
    case .success(let read):
      bytes = read
    case .failure(let error):
      var run = LintRun(configuration: configuration)
      run.unreadable(place.text, error.reason)
      outcome.findings = run.findings
      outcome.counted = true
      return outcome
    }
    switch task {
    case .ifcfg(_, let entry):
      guard let dialect else { return outcome }
      let checked = IfcfgChecker(dialect: dialect, disabled: configuration.disabled).check(
        fileName: name, place: place, bytes: bytes)
      outcome.findings = checked.findings
      outcome.summary = checked.summary
      outcome.entry = entry
      outcome.counted = true
    case .xml:
      guard XMLChecker.isInterfaceDocument(bytes) else { return outcome }
      outcome.findings = XMLChecker(disabled: configuration.disabled, roundTrip: configuration.roundTrip).check(
        path: place.text, bytes: bytes)
      outcome.counted = true
    }
    return outcome
  }
}

/// What the checked files of one folder add up to, merged in file order.
///
/// Used by one thread at a time: the merge of a chunk runs while the next
/// chunk is checked, and the folder's results are read once every chunk is merged.
final class FolderMerge: @unchecked Sendable {
  private(set) var findings: [LintFinding] = []
  private(set) var fileCount = 0
  private(set) var folder: FolderChecker?
  private(set) var roundTripFiles: [String: Suppressions] = [:]
  let keepsRoundTripFiles: Bool

  init(folder: FolderChecker?, keepsRoundTripFiles: Bool) {
    self.folder = folder
    self.keepsRoundTripFiles = keepsRoundTripFiles
  }

  func add(_ outcomes: [LintRun.Outcome]) {
    for outcome in outcomes {
      findings += outcome.findings
      if outcome.counted { fileCount += 1 }
      if let summary = outcome.summary {
        folder?.add(summary, entry: outcome.entry)
        if keepsRoundTripFiles { roundTripFiles[summary.fileName] = summary.suppressions }
      }
    }
  }
}

/// `map` over an array on every core, results in input order.
enum ParallelMap {
  /// `map`, with `alongside` run once on one of the threads at the same
  /// time (it is handed out first, so the other threads start on `inputs`).
  static func map<Input: Sendable, Output>(
    _ inputs: [Input], alongside: @Sendable () -> Void, _ transform: @Sendable (Input) -> Output
  ) -> [Output] {
    if inputs.count < 4 {
      alongside()
      return inputs.map(transform)
    }
    let slots = OrderedSlots<Output>(count: inputs.count)
    DispatchQueue.concurrentPerform(iterations: inputs.count + 1) { iteration in
      if iteration == 0 {
        alongside()
      } else {
        slots.store(transform(inputs[iteration - 1]), at: iteration - 1)
      }
    }
    return slots.collected()
  }
}
