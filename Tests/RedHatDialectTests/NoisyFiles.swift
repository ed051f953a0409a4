import DialectTesting
import InterfaceTesting
import PropertyTesting
import RedHatDialect
import ShellSyntax

/// Rewrites created ifcfg files the way people and other tools write them,
/// without changing what they mean (modelled on gen_corpus output): header
/// comments, blank lines, commented-out keys, unknown keys, every quote style,
/// upper-case HWADDR, BOOTPROTO=static, PREFIX for NETMASK, STP=yes, a TYPE
/// line, an earlier duplicate of a key, CRLF line ends.
enum NoisyFiles {
  typealias G = IfcfgInterfaceGenerators
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
    switch G.int(0...3, &rng) {
    case 0 where safe: return value
    case 1: return "'" + value + "'"
    case 2 where safe && value.count > 1:
      let cut = value.index(after: value.startIndex)
      return "\"" + value[..<cut] + "\"'" + value[cut...] + "'"
    default: return "\"" + value + "\""
    }
  }

  /// Meaning-preserving respellings of one assignment.
  static func respell(_ key: String, _ value: String, _ rng: inout SplitMix64) -> [(String, String)] {
    switch key {
    case "HWADDR" where G.chance(40, &rng): return [(key, value.uppercased())]
    case "BOOTPROTO" where value == "none" && G.chance(40, &rng): return [(key, "static")]
    case "STP" where G.chance(40, &rng): return [(key, value == "on" ? "yes" : "no")]
    case "ONBOOT" where G.chance(20, &rng):
      return [(key, value == "yes" ? "true" : "false")]
    case let k where k.hasPrefix("NETMASK") && G.chance(40, &rng):
      let prefix = IPv4Syntax.prefix(netmask: value).map(String.init) ?? value
      return [("PREFIX" + k.dropFirst("NETMASK".count), prefix)]
    default: return [(key, value)]
    }
  }

  static let ifcfg = NoisyIfcfg(
    headers: headers, oldKeys: oldKeys, unknown: unknown, word: { word($0, &$1) },
    respell: { respell($0, $1, &$2) },
    duplicate: { pairs in pairs.first(where: { $0.0 == "DEVICE" }).map { ("DEVICE", $0.1 + "x") } })

  /// The created files of `view`, made noisy.
  static func tree(for view: [Interface], _ rng: inout SplitMix64) throws -> NativeTree {
    var tree = try RedHatDialect().write(view, into: NativeTree()).tree
    for name in tree.files.keys.sorted() {
      tree.files[name] = ifcfg.noisy(tree.files[name] ?? [], &rng)
    }
    return tree
  }
}
