/// One row of a result table: a timed figure beside the floor it is held against.
struct Measurement: Codable, Sendable {
  /// The section, e.g. `front-end` or `N=10000 redhat`.
  var group: String
  /// What was measured, e.g. `from-native` or `floor: readall`.
  var name: String
  /// Median seconds, or nil when the measurement failed or was skipped.
  var seconds: Double?
  /// Files handled (0 when it does not apply).
  var files: Int
  /// Bytes handled.
  var bytes: Int
  /// Peak resident set size in KiB (nil when not measured).
  var peakKiB: Int?
  /// The floor's name, when the figure is held against one.
  var floor: String?
  /// Seconds of the floor (for throughput figures: bytes / floor MB/s).
  var floorSeconds: Double?
  /// The target, in words (`<= 2x`), or nil.
  var target: String?
  /// Whether the target is met (nil when it does not apply or was not measured).
  var met: Bool?
  /// Why it failed or was skipped, or a remark.
  var note: String?
  /// For scaling rows: the command's ratio to its floor at the larger size
  /// over the same ratio at the smaller size.
  var growth: Double?

  init(
    group: String, name: String, seconds: Double?, files: Int = 0, bytes: Int = 0, peakKiB: Int? = nil,
    floor: String? = nil, floorSeconds: Double? = nil, target: String? = nil, met: Bool? = nil,
    note: String? = nil
  ) {
    self.group = group
    self.name = name
    self.seconds = seconds
    self.files = files
    self.bytes = bytes
    self.peakKiB = peakKiB
    self.floor = floor
    self.floorSeconds = floorSeconds
    self.target = target
    self.met = met
    self.note = note
  }

  /// Seconds over the floor's seconds: how many times slower than the floor.
  var ratio: Double? {
    guard let seconds, let floorSeconds, floorSeconds > 0 else { return nil }
    return seconds / floorSeconds
  }

  /// Megabytes (10^6 bytes) per second.
  var megabytesPerSecond: Double? {
    guard let seconds, seconds > 0, bytes > 0 else { return nil }
    return Double(bytes) / seconds / 1e6
  }

  /// Files per second.
  var filesPerSecond: Double? {
    guard let seconds, seconds > 0, files > 0 else { return nil }
    return Double(files) / seconds
  }
}
