/// Reading keys and values straight from a record and the parsed input,
/// without building a node: what lookups use.
extension ShellLineRecord {
  /// Calls `body` with the UTF-8 bytes of `key` (copied only for a string without contiguous storage).
  @inline(__always)
  static func withUTF8<Result>(of key: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = key.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(key.utf8).withUnsafeBufferPointer(body)
  }

  /// Whether this is an assignment of `key`.
  @inline(__always)
  func hasKey(_ key: UnsafeBufferPointer<UInt8>, in source: UnsafeBufferPointer<UInt8>) -> Bool {
    guard kind == .assignment else { return false }
    let range = keyRange
    // Comparing lengths first rejects almost every other key.
    guard range.count == key.count, range.lowerBound >= 0, range.upperBound <= source.count else {
      return false
    }
    var offset = 0
    var index = range.lowerBound
    while offset < key.count {
      if source[index] != key[offset] { return false }
      offset &+= 1
      index &+= 1
    }
    return true
  }

  /// What bash assigns.
  func value(in source: [UInt8]) -> ShellValue {
    guard kind == .assignment, !decoding.isNotStatic else { return .notStatic }
    if let run = decodedRun { return .literal(Array(source.clampedSlice(run))) }
    return rescannedValue(in: source).map { .literal($0) } ?? .notStatic
  }

  /// What bash assigns as text, or nil when not static or not valid UTF-8.
  func string(in source: [UInt8]) -> String? {
    guard kind == .assignment, !decoding.isNotStatic, decoding.isValidUTF8 else { return nil }
    if let run = decodedRun {
      return source.withUnsafeBufferPointer { buffer in
        let lower = min(max(run.lowerBound, 0), buffer.count)
        let upper = min(max(run.upperBound, lower), buffer.count)
        return String(decoding: UnsafeBufferPointer(rebasing: buffer[lower..<upper]), as: UTF8.self)
      }
    }
    return rescannedValue(in: source).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Whether bash assigns exactly `bytes`.
  func hasValue(_ bytes: [UInt8], in source: [UInt8]) -> Bool {
    guard kind == .assignment, !decoding.isNotStatic else { return false }
    if let run = decodedRun { return source.clampedSlice(run).elementsEqual(bytes) }
    return rescannedValue(in: source) == bytes
  }

  /// The value rebuilt from its escapes and quoted parts, as the lexer read it
  /// (scanning the same bytes again gives the same result); nil when not static.
  private func rescannedValue(in source: [UInt8]) -> [UInt8]? {
    let scan = ShellWordScanner.scan(source, from: Int(valueStart))
    guard scan.isStatic, scan.unterminated == nil else { return nil }
    if let run = scan.decodedRun { return Array(source.clampedSlice(run)) }
    return scan.decoded
  }
}
