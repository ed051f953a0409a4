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
        var scaling = Measurement(
          group: "scaling \(small) -> \(large)", name: "\(dialect.rawValue) \(row.name)", seconds: nil,
          floor: "\(row.floor ?? "floor"): \(format(ratioBefore))x -> \(format(ratioAfter))x",
          target: enforced ? "growth <= 1.10" : nil, met: enforced ? growth <= allowedGrowth : nil)
        scaling.growth = growth
        result.append(scaling)
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
