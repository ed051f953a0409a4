import PropertyTesting

/// One part of a generated shell word, as written.
enum WordPart: Sendable, Equatable, CustomStringConvertible {
  /// Unquoted text, escapes included (`a\ b`).
  case bare([UInt8])
  /// `'...'` with this content.
  case single([UInt8])
  /// `"..."` with this raw content (escapes included).
  case double([UInt8])
  /// `$'...'` with this raw content.
  case ansiC([UInt8])

  var rendered: [UInt8] {
    switch self {
    case .bare(let raw): raw
    case .single(let raw): [0x27] + raw + [0x27]
    case .double(let raw): [0x22] + raw + [0x22]
    case .ansiC(let raw): [0x24, 0x27] + raw + [0x27]
    }
  }

  var description: String { String(decoding: rendered, as: UTF8.self).debugDescription }
}

/// A generated static shell word and what follows it on the line.
struct GeneratedWord: Sendable, Equatable, CustomStringConvertible {
  var parts: [WordPart]
  var trailing: [UInt8]

  var rendered: [UInt8] { parts.flatMap(\.rendered) + trailing }
  var description: String { String(decoding: rendered, as: UTF8.self).debugDescription }
}

/// Generators of shell text: static words for the bash oracle, values for the
/// encoder, and realistic ifcfg files for the round trip.
enum ShellGenerators {
  static func pick<T>(_ values: [T], _ rng: inout SplitMix64) -> T {
    values[Int(rng.next() % UInt64(values.count))]
  }

  static func chance(_ percent: UInt64, _ rng: inout SplitMix64) -> Bool { rng.next() % 100 < percent }

  /// Printable ASCII without the bytes that end or change an unquoted word.
  static let plainBare: [UInt8] = Array("abcXYZ019_./:@%+,=-#!*?[]{}^".utf8)
  /// Escaped pairs that are safe unquoted.
  static let bareEscapes: [String] = [
    "\\ ", "\\'", "\\\"", "\\$", "\\\\", "\\#", "\\;", "\\~", "\\`", "\\(", "\\)", "\\|", "\\&", "\\<", "\\>",
    "\\a", "\\n", "\\\n", "\\\t", "\\é",
  ]
  static let textBytes: [UInt8] = Array("abc XYZ 019 _./:@%+,=-#;&|<>()!*?[]{}~\t\n'".utf8) + [0xC3, 0xA9]
  static let doubleEscapes: [String] = ["\\$", "\\`", "\\\"", "\\\\", "\\\n", "\\a", "\\n", "\\'", "\\ "]
  static let ansiEscapes: [String] = [
    "\\n", "\\t", "\\\\", "\\'", "\\\"", "\\?", "\\a", "\\b", "\\e", "\\E", "\\f", "\\r", "\\v", "\\x41",
    "\\x7e",
    "\\xe9", "\\x4g", "\\xq", "\\101", "\\7", "\\0", "\\x00", "\\1012", "\\777", "\\cA", "\\ca", "\\c?",
    "\\c\\\\",
    "\\u00e9", "\\u41", "\\U0001F600", "\\q", "\\8", "\\c", "\\u", "$", "`", "\"",
  ]
  static let trailings: [String] = [
    "", " ", "\t", ";", " ;", "; # c", " # comment $HOME `x`", "  #x", ";#", " ; \t# $(cmd)",
  ]

  static let bare = Gen<WordPart>(generate: { rng in
    var raw: [UInt8] = []
    for _ in 0..<(1 + rng.next() % 6) {
      if chance(30, &rng) {
        raw += Array(pick(bareEscapes, &rng).utf8)
      } else {
        raw.append(pick(plainBare, &rng))
      }
    }
    return .bare(raw)
  })

  static let single = Gen<WordPart>(generate: { rng in
    var raw: [UInt8] = []
    for _ in 0..<(rng.next() % 6) {
      let byte = chance(15, &rng) ? pick(Array("$`\\\"".utf8), &rng) : pick(textBytes, &rng)
      if byte != 0x27 { raw.append(byte) }
    }
    return .single(raw)
  })

  static let double = Gen<WordPart>(generate: { rng in
    var raw: [UInt8] = []
    for _ in 0..<(rng.next() % 6) {
      if chance(30, &rng) {
        raw += Array(pick(doubleEscapes, &rng).utf8)
      } else {
        let byte = pick(textBytes, &rng)
        raw.append(byte == 0x22 ? 0x27 : byte)
      }
    }
    return .double(raw)
  })

  static let ansiC = Gen<WordPart>(generate: { rng in
    var raw: [UInt8] = []
    for _ in 0..<(rng.next() % 6) {
      if chance(50, &rng) {
        raw += Array(pick(ansiEscapes, &rng).utf8)
      } else {
        let byte = pick(textBytes, &rng)
        raw.append(byte == 0x27 ? 0x22 : byte)
      }
    }
    return .ansiC(raw)
  })

  /// A static word: one to four parts, then trailing trivia. Never holds an
  /// unquoted `$`, backtick or `~`, so bash expands nothing.
  static let word: Gen<GeneratedWord> = {
    let parts = Gen<[WordPart]>.array(of: .oneOf([bare, single, double, ansiC]), length: 0...4)
    let trailing = Gen<String>.element(of: trailings)
    return Gen<GeneratedWord>(
      generate: { rng in
        GeneratedWord(parts: parts.generate(&rng), trailing: Array(trailing.generate(&rng).utf8))
      },
      shrink: { word in
        parts.shrink(word.parts).map { GeneratedWord(parts: $0, trailing: word.trailing) }
          + (word.trailing.isEmpty ? [] : [GeneratedWord(parts: word.parts, trailing: [])])
      })
  }()

  /// Values an encoder must write: printable ASCII, shell-significant bytes, UTF-8 and stray high bytes.
  static let valueByte = Gen<UInt8>(
    generate: { rng in
      switch rng.next() % 10 {
      case 0...3: pick(Array("aZ09_./:@%+,=-".utf8), &rng)
      case 4...7: pick(Array(" '\"$`\\#;&|<>()!*?[]{}~^".utf8), &rng)
      case 8: UInt8(0x20 + rng.next() % 95)
      default: UInt8(0x80 + rng.next() % 128)
      }
    },
    shrink: { $0 == 0x61 ? [] : [0x61] })

  static let value = Gen<[UInt8]>.array(of: valueByte, length: 0...12)

  static let keys = [
    "DEVICE", "BOOTPROTO", "ONBOOT", "IPADDR", "NETMASK", "GATEWAY", "NAME", "UUID", "ETHTOOL_OPTS",
    "BRIDGE_PORTS", "STARTMODE", "_x", "a1",
  ]

  /// Lines of a realistic ifcfg file: assignments in every quoting, comments,
  /// blanks, `export`, trailing trivia, CRLF, junk and broken lines.
  static let fileLine = Gen<[UInt8]>(generate: { rng in
    let newline: [UInt8] = chance(20, &rng) ? [0x0D, 0x0A] : [0x0A]
    var line: [UInt8] = []
    switch rng.next() % 12 {
    case 0:
      line = Array(pick(["#", "# comment", "  # indented", "#X=1", "#\u{00e9}"], &rng).utf8)
    case 1:
      line = Array(pick(["", " ", "\t ", "\r"], &rng).utf8)
    case 2:
      line = Array(
        pick(
          [
            "echo hi", ". /etc/x", "source f", "X=(a b)", "X+=1", "X[0]=1", "export X", "X=a b",
            "X=a; Y=b", "X=a >f", "X=\"open", "X='open", "X=$'open", "X=$(open", "X=`open", "Y=$HOME",
            "Y=~/x",
            "Y=${A:-b}", "Y=$(cmd \"a)\")", "=x", "1X=2", "X =1", ";",
          ], &rng
        ).utf8)
    case 3:
      for _ in 0..<(rng.next() % 12) { line.append(UInt8(truncatingIfNeeded: rng.next())) }
      line.removeAll { $0 == 0x0A }
    default:
      line = Array(pick(["", "", "  ", "\t"], &rng).utf8)
      if chance(10, &rng) { line += Array(pick(["export ", "export\t "], &rng).utf8) }
      line += Array(pick(keys, &rng).utf8) + [0x3D]
      line += word.generate(&rng).rendered
    }
    return line + newline
  })

  static let file = Gen<[[UInt8]]>.array(of: fileLine, length: 0...20)
    .map({ $0 }, unmap: { $0 })

  static func render(_ lines: [[UInt8]], dropFinalNewline: Bool) -> [UInt8] {
    var bytes = lines.flatMap { $0 }
    if dropFinalNewline, bytes.last == 0x0A { bytes.removeLast() }
    return bytes
  }
}
