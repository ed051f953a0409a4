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

/// Whether a command's cost grows faster than its floor's between two tree sizes.
enum ScalingCheck {
  /// The most a command's ratio to its floor may grow from 10,000 to 100,000 interfaces.
  static let allowedGrowth = 1.10

  /// One row per command measured at both sizes: its ratio at `large` over its ratio at `small`.
  static func rows(_ rows: [Measurement], small: Int, large: Int) -> [Measurement] {
    var result: [Measurement] = []
    for dialect in Dialect.allCases {
      let smallGroup = "N=\(small) \(dialect.rawValue)"
      let largeGroup = "N=\(large) \(dialect.rawValue)"
      for row in rows where row.group == largeGroup && !row.name.hasPrefix("floor") {
        guard let before = rows.first(where: { $0.group == smallGroup && $0.name == row.name }),
          let ratioBefore = before.ratio, let ratioAfter = row.ratio, ratioBefore > 0
        else { continue }
        let growth = ratioAfter / ratioBefore
        let enforced = small == 10_000 && large == 100_000
        result.append(
          Measurement(
            group: "scaling \(small) -> \(large)", name: "\(dialect.rawValue) \(row.name)", seconds: nil,
            target: enforced ? "growth <= 1.10" : nil, met: enforced ? growth <= allowedGrowth : nil,
            note: "ratio to floor \(format(ratioBefore)) -> \(format(ratioAfter)): grows \(format(growth))x"))
      }
    }
    return result
  }

  private static func format(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
  }
}
