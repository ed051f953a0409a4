/// Start-up time: `netcf-compile --version` against a static Swift hello world.
struct StartupBenchmark {
  var tools: BenchmarkTools
  var scratch: String
  var runs: Int

  func run() -> [Measurement] {
    let group = "start-up"
    // Timed without GNU time in between; one more run under it for peak memory.
    var hello = Timing((0..<runs).map { _ in ProcessRunner.run([tools.hello]) })
    var version = Timing((0..<runs).map { _ in ProcessRunner.run([tools.compiler, "--version"]) })
    hello.memoryRun = ProcessRunner.runMeasuringMemory([tools.hello], scratch: scratch)
    version.memoryRun = ProcessRunner.runMeasuringMemory([tools.compiler, "--version"], scratch: scratch)
    let helloSeconds = hello.failed([0]) == nil ? hello.seconds : nil
    var row = Measurement(
      group: group, name: "netcf-compile --version", seconds: version.failed([0]) == nil ? version.seconds : nil,
      peakKiB: version.peakKiB, floor: "static hello world", floorSeconds: helloSeconds, target: "<= 2x",
      note: version.failed([0]))
    row.met = row.ratio.map { $0 <= 2 }
    return [
      Measurement(
        group: group, name: "floor: static Swift hello world", seconds: helloSeconds, peakKiB: hello.peakKiB,
        note: hello.failed([0])),
      row,
    ]
  }
}
