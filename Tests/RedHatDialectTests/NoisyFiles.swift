import PropertyTesting
import RedHatDialect
import ShellSyntax

/// Rewrites created ifcfg files the way people and other tools write them,
/// without changing what they mean (modelled on gen_corpus output): header
/// comments, blank lines, commented-out keys, unknown keys, every quote style,
/// upper-case HWADDR, BOOTPROTO=static, PREFIX for NETMASK, STP=yes, a TYPE
/// line, an earlier duplicate of a key, CRLF line ends.
enum NoisyFiles {
  static let headers = [
    "# Created by anaconda", "# Intel Corporation 82574L Gigabit Network Connection", "# Managed by Ansible",
  ]
  static let oldKeys = [
    "#GATEWAY=10.255.255.254", "#MTU=9000", "# IPV6INIT=yes  (disabled)", "#NM_CONTROLLED=yes",
  ]
  static let unknown: [(String, String)] = [
    ("NM_CONTROLLED", "no"), ("USERCTL", "no"), ("UUID", "5fb06bd0-0bb0-7ffb-45f1-d6edd65f3e03"),
    ("NAME", "System link"),
    ("ZONE", "public"), ("DNS1", "192.0.2.53"), ("ETHTOOL_OPTS", "-K eth0 gro off"), ("DEFROUTE", "yes"),
  ]

  static func word(_ value: String, _ rng: inout SplitMix64) -> String {
    let safe = ShellValueEncoder.isBare(Array(value.utf8))
    switch InterfaceGenerators.int(0...3, &rng) {
    case 0 where safe: return value
    case 1: return "'" + value + "'"
    case 2 where safe && value.count > 1:
      let cut = value.index(after: value.startIndex)
      return "\"" + value[..<cut] + "\"'" + value[cut...] + "'"
    default: return "\"" + value + "\""
    }
  }

  static func noisy(_ bytes: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
    let shell = ShellFile(parsing: bytes)
    var pairs: [(String, String)] = shell.assignments.compactMap { a in a.value.string.map { (a.key, $0) } }
    let crlf = InterfaceGenerators.chance(10, &rng)
    var lines: [String] = []
    if InterfaceGenerators.chance(50, &rng) { lines.append(InterfaceGenerators.pick(headers, &rng)) }
    if InterfaceGenerators.chance(30, &rng) { lines.append("") }
    // Meaning-preserving respellings.
    pairs = pairs.flatMap { key, value -> [(String, String)] in
      switch key {
      case "HWADDR" where InterfaceGenerators.chance(40, &rng): return [(key, value.uppercased())]
      case "BOOTPROTO" where value == "none" && InterfaceGenerators.chance(40, &rng): return [(key, "static")]
      case "STP" where InterfaceGenerators.chance(40, &rng): return [(key, value == "on" ? "yes" : "no")]
      case "ONBOOT" where InterfaceGenerators.chance(20, &rng):
        return [(key, value == "yes" ? "true" : "false")]
      case let k where k.hasPrefix("NETMASK") && InterfaceGenerators.chance(40, &rng):
        let prefix = IPv4Syntax.prefix(netmask: value).map(String.init) ?? value
        return [("PREFIX" + k.dropFirst("NETMASK".count), prefix)]
      default: return [(key, value)]
      }
    }
    if InterfaceGenerators.chance(20, &rng), let device = pairs.first(where: { $0.0 == "DEVICE" }) {
      // An earlier duplicate that bash overrides.
      pairs.insert(("DEVICE", device.1 + "x"), at: 0)
    }
    for (key, value) in pairs {
      if InterfaceGenerators.chance(5, &rng) { lines.append("") }
      if InterfaceGenerators.chance(5, &rng) { lines.append(InterfaceGenerators.pick(oldKeys, &rng)) }
      let tail = InterfaceGenerators.chance(5, &rng) ? "   # note" : ""
      lines.append(key + "=" + word(value, &rng) + tail)
    }
    for (key, value) in unknown where InterfaceGenerators.chance(30, &rng) {
      lines.append(key + "=" + word(value, &rng))
    }
    let newline = crlf ? "\r\n" : "\n"
    return Array((lines.joined(separator: newline) + newline).utf8)
  }

  /// The created files of `view`, made noisy.
  static func tree(for view: [Interface], _ rng: inout SplitMix64) throws -> NativeTree {
    var tree = try RedHatDialect().write(view, into: NativeTree()).tree
    for name in tree.files.keys.sorted() {
      tree.files[name] = noisy(tree.files[name] ?? [], &rng)
    }
    return tree
  }
}
