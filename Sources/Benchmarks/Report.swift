import Foundation

/// Prints measurements as aligned tables, and writes them as JSON.
enum Report {
  static let header = ["measure", "seconds", "files/s", "MB/s", "floor", "ratio", "peak MiB", "target", "met"]

  /// The tables, one per group, in the order the groups first appear.
  static func text(_ rows: [Measurement]) -> String {
    var groups: [String] = []
    for row in rows where !groups.contains(row.group) { groups.append(row.group) }
    var out = ""
    for group in groups {
      let members = rows.filter { $0.group == group }
      out += "\n## \(group)\n\n"
      var table = [header]
      for row in members { table.append(cells(row)) }
      out += align(table)
      let notes = members.compactMap { row in row.note.map { "  - \(row.name): \($0)" } }
      if !notes.isEmpty { out += notes.joined(separator: "\n") + "\n" }
    }
    return out
  }

  private static func cells(_ row: Measurement) -> [String] {
    [
      row.name,
      row.seconds.map { String(format: "%.4f", $0) } ?? (row.group.hasPrefix("scaling") ? "" : "n/a"),
      row.filesPerSecond.map { String(format: "%.0f", $0) } ?? "",
      row.megabytesPerSecond.map { String(format: "%.1f", $0) } ?? "",
      row.floor ?? "",
      row.growth.map { String(format: "%.2fx growth", $0) } ?? row.ratio.map { String(format: "%.2fx", $0) } ?? "",
      row.peakKiB.map { String(format: "%.1f", Double($0) / 1024) } ?? "",
      row.target ?? "",
      row.met.map { $0 ? "yes" : "NO" } ?? "",
    ]
  }

  /// Markdown-style table with padded columns.
  private static func align(_ table: [[String]]) -> String {
    var widths = [Int](repeating: 0, count: header.count)
    for line in table { for (index, cell) in line.enumerated() { widths[index] = max(widths[index], cell.count) } }
    var out = ""
    for (number, line) in table.enumerated() {
      let padded = line.enumerated().map { index, cell in
        cell + String(repeating: " ", count: widths[index] - cell.count)
      }
      out += "| " + padded.joined(separator: " | ") + " |\n"
      if number == 0 { out += "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|\n" }
    }
    return out
  }

  /// The measurements, with ratios and rates, as JSON.
  static func json(_ rows: [Measurement], context: [String: String]) -> [UInt8] {
    struct Row: Encodable {
      var measurement: Measurement
      func encode(to encoder: any Encoder) throws {
        try measurement.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encodeIfPresent(measurement.ratio, forKey: .ratio)
        try container.encodeIfPresent(measurement.megabytesPerSecond, forKey: .megabytesPerSecond)
        try container.encodeIfPresent(measurement.filesPerSecond, forKey: .filesPerSecond)
      }
      enum Key: String, CodingKey { case ratio, megabytesPerSecond, filesPerSecond }
    }
    struct Document: Encodable {
      var context: [String: String]
      var measurements: [Row]
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let data = (try? encoder.encode(Document(context: context, measurements: rows.map(Row.init)))) ?? Data()
    return [UInt8](data) + [UInt8(ascii: "\n")]
  }
}
