import DialectTesting
import InterfaceTesting
import PropertyTesting
import SUSEDialect
import ShellSyntax

/// Rewrites created SUSE files the way YaST, people and other tools write
/// them, without changing what they mean (modelled on gen_corpus output):
/// header comments, blank lines, commented-out keys, YaST's empty and
/// unknown keys, every quote style, every STARTMODE spelling, a missing
/// `BOOTPROTO='static'`, `PREFIXLEN`/`NETMASK` for `/prefix`, upper-case
/// LLADDR, `BRIDGE_STP='yes'`, `BONDING_SLAVEn`, an earlier duplicate of a
/// key, CRLF line ends; in routes files, comments, other routes, every
/// spelling of a default route, and default routes moved to `routes`.
enum NoisyFiles {
  typealias G = IfcfgInterfaceGenerators
  static let headers = ["# Created by YaST2", "# storage network", "# Do not edit: managed by salt"]
  static let oldKeys = ["#MTU='9000'", "#BOOTPROTO='dhcp'", "# REMOTE_IPADDR=''"]
  static let unknown: [(String, String)] = [
    ("NAME", "Ethernet Card"), ("USERCONTROL", "no"), ("ETHTOOL_OPTIONS", "-K eth0 gro off"),
    ("BROADCAST", ""),
    ("NETWORK", ""), ("REMOTE_IPADDR", ""), ("FIREWALL", "no"), ("ZONE", "public"),
  ]

  static func word(_ value: String, _ rng: inout SplitMix64) -> String {
    let safe = ShellValueEncoder.isBare(Array(value.utf8))
    switch G.int(0...4, &rng) {
    case 0 where safe: return value
    case 1: return "\"" + value + "\""
    case 2 where safe && value.count > 1:
      let cut = value.index(after: value.startIndex)
      return "\"" + value[..<cut] + "\"'" + value[cut...] + "'"
    default: return "'" + value + "'"
    }
  }

  /// Meaning-preserving respellings of one assignment.
  static func respell(_ key: String, _ value: String, _ rng: inout SplitMix64) -> [(String, String)] {
    switch key {
    case "STARTMODE" where value == "auto": return [(key, G.pick(["auto", "onboot", "boot", "on"], &rng))]
    case "STARTMODE" where value == "manual": return [(key, G.pick(["manual", "off"], &rng))]
    case "BOOTPROTO" where value == "static" && G.chance(30, &rng): return []
    case "BOOTPROTO" where value.hasSuffix("+auto6") && G.chance(40, &rng):
      return [(key, "auto6+" + value.dropLast("+auto6".count))]
    case "LLADDR" where G.chance(40, &rng): return [(key, value.uppercased())]
    case "BRIDGE_STP" where G.chance(40, &rng): return [(key, value == "on" ? "yes" : "no")]
    case let k where k.hasPrefix("BONDING_SLAVE_") && G.chance(30, &rng):
      return [("BONDING_SLAVE" + k.dropFirst("BONDING_SLAVE_".count), value)]
    case let k where k.hasPrefix("IPADDR") && value.contains("/") && G.chance(40, &rng):
      let suffix = String(k.dropFirst("IPADDR".count))
      let parts = value.split(separator: "/")
      guard parts.count == 2, let prefix = Int(parts[1]) else { return [(key, value)] }
      if !value.contains(":"), G.chance(50, &rng), let netmask = IPv4Syntax.netmask(prefix: prefix) {
        return [(key, String(parts[0])), ("NETMASK" + suffix, netmask)]
      }
      return [(key, String(parts[0])), ("PREFIXLEN" + suffix, String(parts[1]))]
    default: return [(key, value)]
    }
  }

  static let ifcfg = NoisyIfcfg(
    headers: headers, oldKeys: oldKeys, unknown: unknown, word: { word($0, &$1) },
    respell: { respell($0, $1, &$2) },
    duplicate: { pairs in
      pairs.first(where: { $0.0 == "STARTMODE" }).map { ("STARTMODE", $0.1 == "hotplug" ? "manual" : "hotplug") }
    })

  /// The default routes of an `ifroute-NAME` file respelled, with comments
  /// and other routes around them; some move to the global `routes` file.
  static func noisyRoutes(_ bytes: [UInt8], name: String, global: inout [String], _ rng: inout SplitMix64)
    -> [UInt8]?
  {
    var lines: [String] = []
    if G.chance(40, &rng) { lines.append("# Destination  Gateway  Netmask  Interface  Options") }
    if G.chance(30, &rng) { lines.append("192.168.250.0/24 10.255.0.254 - \(name)") }
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
      let words = line.split(separator: " ").map(String.init)
      guard words.count >= 2, words[0] == "default" else { continue }
      let gateway = words[1]
      if G.chance(20, &rng) {
        global.append("default \(gateway) - \(name)")
        continue
      }
      let ipv4 = !gateway.contains(":")
      lines.append(
        G.pick(
          [
            "default \(gateway) - \(name)", "default \(gateway) - -", "default \(gateway)",
            "default   \(gateway)\t-\t\(name)   metric 100",
            ipv4 ? "0.0.0.0/0 \(gateway) - \(name)" : "::/0 \(gateway) - \(name)",
            ipv4 ? "0.0.0.0 \(gateway) 0.0.0.0 \(name)" : "default \(gateway) - \(name)",
          ], &rng))
    }
    if G.chance(20, &rng) { lines.append("# end") }
    return lines.isEmpty ? nil : Array((lines.joined(separator: "\n") + "\n").utf8)
  }

  /// The created files of `view`, made noisy.
  static func tree(for view: [Interface], _ rng: inout SplitMix64) throws -> NativeTree {
    var tree = try SUSEDialect().write(view, into: NativeTree()).tree
    var global: [String] = []
    for name in tree.files.keys.sorted() {
      guard let bytes = tree.files[name] else { continue }
      if name.hasPrefix("ifroute-") {
        tree.files[name] = noisyRoutes(
          bytes, name: String(name.dropFirst("ifroute-".count)), global: &global, &rng)
      } else {
        tree.files[name] = ifcfg.noisy(bytes, &rng)
      }
    }
    if !global.isEmpty || G.chance(10, &rng) {
      tree.files["routes"] = Array(
        (["# static routes", "10.200.0.0/16 10.0.0.254 - eth99"] + global).joined(separator: "\n").utf8 + [
          0x0A
        ])
    }
    return tree
  }
}
