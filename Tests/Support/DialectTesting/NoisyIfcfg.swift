import InterfaceTesting
import PropertyTesting
import ShellSyntax

/// Rewrites an ifcfg file the way people and other tools write them, without
/// changing what it means: header comments, blank lines, commented-out keys,
/// unknown keys, quoting, respelled values, an earlier duplicate of a key
/// that bash overrides, trailing comments, CRLF line ends. What is typical
/// of a dialect comes from its settings.
public struct NoisyIfcfg: Sendable {
  private typealias G = IfcfgInterfaceGenerators

  /// Comments a file may start with.
  public var headers: [String]
  /// Commented-out assignments sprinkled between the lines.
  public var oldKeys: [String]
  /// Assignments the dialect does not model, each added now and then.
  public var unknown: [(String, String)]
  /// A value as a shell word, in some quoting.
  public var word: @Sendable (String, inout SplitMix64) -> String
  /// Assignments meaning the same as one assignment.
  public var respell: @Sendable (String, String, inout SplitMix64) -> [(String, String)]
  /// The assignment to put before all others, overridden later, if any.
  public var duplicate: @Sendable ([(String, String)]) -> (String, String)?

  public init(
    headers: [String], oldKeys: [String], unknown: [(String, String)],
    word: @escaping @Sendable (String, inout SplitMix64) -> String,
    respell: @escaping @Sendable (String, String, inout SplitMix64) -> [(String, String)],
    duplicate: @escaping @Sendable ([(String, String)]) -> (String, String)?
  ) {
    self.headers = headers
    self.oldKeys = oldKeys
    self.unknown = unknown
    self.word = word
    self.respell = respell
    self.duplicate = duplicate
  }

  /// `bytes`, an ifcfg file, made noisy.
  public func noisy(_ bytes: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
    let shell = ShellFile(parsing: bytes)
    var pairs: [(String, String)] = shell.assignments.compactMap { a in a.value.string.map { (a.key, $0) } }
    let crlf = G.chance(10, &rng)
    var lines: [String] = []
    if G.chance(50, &rng) { lines.append(G.pick(headers, &rng)) }
    if G.chance(30, &rng) { lines.append("") }
    pairs = pairs.flatMap { respell($0.0, $0.1, &rng) }
    if G.chance(20, &rng), let earlier = duplicate(pairs) {
      // An earlier duplicate that bash overrides.
      pairs.insert(earlier, at: 0)
    }
    for (key, value) in pairs {
      if G.chance(5, &rng) { lines.append("") }
      if G.chance(5, &rng) { lines.append(G.pick(oldKeys, &rng)) }
      let tail = G.chance(5, &rng) ? "   # note" : ""
      lines.append(key + "=" + word(value, &rng) + tail)
    }
    for (key, value) in unknown where G.chance(30, &rng) {
      lines.append(key + "=" + word(value, &rng))
    }
    let newline = crlf ? "\r\n" : "\n"
    return Array((lines.joined(separator: newline) + newline).utf8)
  }
}
