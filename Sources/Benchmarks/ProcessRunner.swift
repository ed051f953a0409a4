#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// What one child process run gave.
struct ProcessOutcome: Sendable {
  /// Wall-clock seconds from spawn to reaping.
  var seconds: Double
  /// Peak resident set size in KiB, as `/usr/bin/time -f %M` prints it
  /// (0 when the run was not measured through it).
  var peakKiB: Int
  /// The exit status, or 128 + signal number when killed by a signal.
  var status: Int32
  /// The first line of standard error of a failed run, when it was kept.
  var errorLine: String? = nil
}

/// Spawns programs without a shell, timing them and reading their peak memory.
///
/// Peak memory comes from GNU time, not from this process's `wait4`: a child
/// spawned here starts in this process's address space (vfork), and Linux
/// counts that address space's high-water mark into the child's `ru_maxrss`.
/// GNU time is small, so the programs it starts report their own peak.
enum ProcessRunner {
  /// GNU time, which the run script installs when missing.
  static let timeProgram = "/usr/bin/time"

  /// Runs `arguments` under GNU time, reporting its peak memory; the wall
  /// time includes starting GNU time (about a millisecond).
  static func runMeasuringMemory(
    _ arguments: [String], scratch: String, stdoutPath: String = "/dev/null", stderrPath: String = "/dev/null"
  ) -> ProcessOutcome {
    let report = scratch + "/time.txt"
    var outcome = run(
      [timeProgram, "-f", "%M", "-o", report] + arguments, stdoutPath: stdoutPath, stderrPath: stderrPath)
    let lines = FileBytes.read(report).map { String(decoding: $0, as: UTF8.self) }?.split(separator: "\n") ?? []
    outcome.peakKiB = lines.last.flatMap { Int($0) } ?? 0
    return outcome
  }

  /// Runs `arguments` (the first is the program path or a name looked up in
  /// PATH), with standard input from /dev/null, standard output to
  /// `stdoutPath` and standard error to `stderrPath`.
  static func run(_ arguments: [String], stdoutPath: String = "/dev/null", stderrPath: String = "/dev/null")
    -> ProcessOutcome
  {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

    let cStrings = arguments.map { strdup($0) }
    defer { cStrings.forEach { free($0) } }
    var argv: [UnsafeMutablePointer<CChar>?] = cStrings + [nil]

    var pid = pid_t()
    let start = Clock.now()
    let spawned = argv.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return EINVAL }
      return posix_spawnp(&pid, arguments.first ?? "", &actions, nil, base, environ)
    }
    guard spawned == 0 else { return ProcessOutcome(seconds: 0, peakKiB: 0, status: 127) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let seconds = Clock.now() - start
    let exited = (status & 0x7f) == 0
    let code = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return ProcessOutcome(seconds: seconds, peakKiB: 0, status: code)
  }

  /// Runs `arguments` under GNU time with standard error kept in `scratch`;
  /// a failed run carries the first line of it.
  static func runKeepingErrors(_ arguments: [String], scratch: String) -> ProcessOutcome {
    let path = scratch + "/stderr.txt"
    var outcome = runMeasuringMemory(arguments, scratch: scratch, stderrPath: path)
    if outcome.status != 0, let bytes = FileBytes.read(path) {
      outcome.errorLine = String(decoding: bytes.prefix { $0 != UInt8(ascii: "\n") }.prefix(160), as: UTF8.self)
    }
    return outcome
  }

  /// Runs `arguments`, returning its standard output as text (nil when it fails).
  static func output(_ arguments: [String], scratch: String) -> String? {
    let path = scratch + "/output.txt"
    let outcome = run(arguments, stdoutPath: path)
    guard outcome.status == 0, let bytes = FileBytes.read(path) else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Runs a shell command line (for untimed set-up such as copies and removals).
  @discardableResult
  static func shell(_ command: String) -> Int32 {
    run(["/bin/sh", "-c", command]).status
  }
}
