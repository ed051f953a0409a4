/// A fixed list of lowercase ASCII words, matched without case.
struct WordList: Sendable {
  private let words: [[UInt8]]
  private let set: Set<String>

  init(_ words: Set<String>) {
    set = words
    self.words = words.map { Array($0.utf8) }
  }

  /// Whether `value.lowercased()` is one of the words.
  func contains(_ value: String) -> Bool {
    var value = value
    let fast: Bool? = value.withUTF8 { bytes in
      TextBytes.isASCII(bytes) ? contains(bytes) : nil
    }
    return fast ?? set.contains(value.lowercased())
  }

  /// Whether every `+`-separated part of `value.lowercased()` is one of the words.
  func containsEveryPart(_ value: String) -> Bool {
    var value = value
    let fast: Bool? = value.withUTF8 { bytes in
      guard TextBytes.isASCII(bytes) else { return nil }
      var start = 0
      while true {
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "+") { end += 1 }
        guard contains(UnsafeBufferPointer(rebasing: bytes[start..<end])) else { return false }
        if end >= bytes.count { return true }
        start = end + 1
      }
    }
    return fast
      ?? value.lowercased().split(separator: "+", omittingEmptySubsequences: false).allSatisfy { set.contains(String($0)) }
  }

  /// ASCII `bytes`, compared without case.
  private func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    words.contains { word in
      word.count == bytes.count
        && zip(word, bytes).allSatisfy { $0 == ($1 >= 0x41 && $1 <= 0x5A ? $1 | 0x20 : $1) }
    }
  }
}
