/// Per-file rule suppression: a comment `# netcf-compile: disable=RULE[,RULE...]`
/// in an ifcfg file, or `<!-- netcf-compile: disable=RULE -->` in XML, turns
/// the rules off for the whole file. `all` turns every rule off.
struct Suppressions: Sendable, Hashable {
  private(set) var rules: Set<String> = []

  static let marker = Array("netcf-compile:".utf8)
  static let directive = Array("disable=".utf8)

  func contains(_ rule: String) -> Bool { rules.contains(rule) || rules.contains("all") }

  var isEmpty: Bool { rules.isEmpty }

  /// Adds the rules every marker in `text` names.
  mutating func scan(_ text: ArraySlice<UInt8>) {
    var index = text.startIndex
    while let found = Self.find(Self.marker, in: text, from: index) {
      var cursor = found + Self.marker.count
      while cursor < text.endIndex, text[cursor] == UInt8(ascii: " ") || text[cursor] == UInt8(ascii: "\t") { cursor += 1 }
      index = cursor
      guard text[cursor...].starts(with: Self.directive) else { continue }
      cursor += Self.directive.count
      var current: [UInt8] = []
      while cursor < text.endIndex {
        let byte = text[cursor]
        let isRuleByte =
          (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-")
          || (byte >= 0x41 && byte <= 0x5A)
        if isRuleByte {
          current.append(byte)
        } else if byte == UInt8(ascii: ",") {
          flush(&current)
        } else {
          break
        }
        cursor += 1
      }
      flush(&current)
      index = cursor
    }
  }

  private mutating func flush(_ current: inout [UInt8]) {
    var rule = current
    // `-->` right after the list: the dashes close the XML comment.
    while rule.last == UInt8(ascii: "-") { rule.removeLast() }
    if !rule.isEmpty { rules.insert(String(decoding: rule, as: UTF8.self).lowercased()) }
    current.removeAll()
  }

  private static func find(_ needle: [UInt8], in text: ArraySlice<UInt8>, from start: Int) -> Int? {
    guard let first = needle.first, start < text.endIndex else { return nil }
    var index = start
    while index + needle.count <= text.endIndex {
      if text[index] == first, text[index..<(index + needle.count)].elementsEqual(needle) { return index }
      index += 1
    }
    return nil
  }
}
