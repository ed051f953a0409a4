import Diagnostics
import DialectSupport
import RedHatDialect

/// `--roundtrip`: get then put must give back every file byte for byte.
enum RoundTrip {
  /// The first line (1-based) where `a` and `b` differ, and that line of `b`.
  static func firstDifferingLine(_ a: [UInt8], _ b: [UInt8]) -> (number: Int, text: String) {
    let linesA = a.split(separator: 0x0A, omittingEmptySubsequences: false)
    let linesB = b.split(separator: 0x0A, omittingEmptySubsequences: false)
    var index = 0
    while index < linesA.count, index < linesB.count, linesA[index] == linesB[index] { index += 1 }
    let text = index < linesB.count ? String(decoding: linesB[index].prefix(80), as: UTF8.self) : "(end of file)"
    return (index + 1, text.isEmpty ? "(empty line)" : text)
  }

  /// The files of a Red Hat folder whose bytes change when the folder is read
  /// and written back, each with the first line that differs. A folder the
  /// reader rejects is not checked (its errors are reported by the other rules).
  static func redHatChanges(_ files: [String: [UInt8]]) -> [(fileName: String, line: Int, text: String)] {
    let dialect = RedHatDialect()
    return changes(files) { tree in
      guard let reading = try? dialect.read(tree) else { return nil }
      return try? dialect.write(reading.interfaces, into: tree).tree
    }
  }

  /// The files `getPut` changes, each with the first line that differs; none when it gives nil.
  static func changes(
    _ files: [String: [UInt8]], getPut: (NativeTree) -> NativeTree?
  ) -> [(fileName: String, line: Int, text: String)] {
    guard let written = getPut(NativeTree(files: files)) else { return [] }
    var changes: [(String, Int, String)] = []
    for (name, bytes) in files.sorted(by: { $0.key < $1.key }) where written.files[name] != bytes {
      let line = firstDifferingLine(bytes, written.files[name] ?? [])
      changes.append((name, line.number, line.text))
    }
    return changes
  }
}
