import PropertyTesting
import RedHatDialect
import ShellSyntax
import XCTest

/// The lens laws on generated interface sets and noisy file trees.
final class LawTests: XCTestCase {
  let dialect = RedHatDialect()
  static let cases = 300

  private static func equivalent(_ a: [Interface], _ b: [Interface]) -> Bool { a.canonical == b.canonical }

  func testCreateGet() {
    var checked = 0
    XCTAssertProperty(InterfaceGenerators.interfaces, count: Self.cases) { view in
      checked += 1
      return LensLaws.createGet(dialect.lens, view, equivalent: Self.equivalent)
    }
    XCTAssertGreaterThanOrEqual(checked, Self.cases)
  }

  struct NoisyCase: CustomStringConvertible {
    var view: [Interface]
    var tree: NativeTree
    var description: String {
      "view: \(view)\nfiles:\n"
        + tree.files.keys.sorted().map {
          "== \($0)\n" + String(decoding: tree.files[$0] ?? [], as: UTF8.self)
        }.joined()
    }
  }

  static var noisyCases: Gen<NoisyCase> {
    let views = InterfaceGenerators.interfaces
    return Gen(generate: { rng in
      let view = views.generate(&rng)
      let tree = (try? NoisyFiles.tree(for: view, &rng)) ?? NativeTree()
      return NoisyCase(view: view, tree: tree)
    })
  }

  func testNoisyFilesReadAsTheirInterfaces() {
    XCTAssertProperty(Self.noisyCases, count: Self.cases) { noisy in
      do {
        let read = try dialect.read(noisy.tree).interfaces
        return Self.equivalent(read, noisy.view) ? nil : "noisy files read as \(read)"
      } catch {
        return "read threw \(error)"
      }
    }
  }

  func testGetPutByteIdenticalOnNoisyFiles() {
    XCTAssertProperty(Self.noisyCases, count: Self.cases) { noisy in
      LensLaws.getPut(dialect.lens, noisy.tree)
    }
  }

  func testPutGetOnRandomEditsKeepsUntouchedLines() {
    let gen = Gen<(NoisyCase, UInt64)>(generate: { rng in (Self.noisyCases.generate(&rng), rng.next()) })
    var edits = 0
    XCTAssertProperty(gen, count: Self.cases) { input in
      let (noisy, editSeed) = input
      var rng = SplitMix64(seed: editSeed)
      let index = Int(rng.next() % UInt64(max(noisy.view.count, 1)))
      guard index < noisy.view.count else { return nil }
      var names = InterfaceGenerators.Names()
      names.used = Self.allNames(noisy.view)
      let edited = EditGenerator.edit(noisy.view[index], &rng, names: &names)
      var view = noisy.view
      view[index] = edited
      edits += 1
      do {
        let written = try dialect.lens.put(view, noisy.tree)
        let back = try dialect.read(written).interfaces
        let backByName = Dictionary(back.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for interface in view where backByName[interface.name]?.canonical != interface.canonical {
          return
            "PutGet: \(interface.name) reads back as \(String(describing: backByName[interface.name]))\nwanted \(interface)"
        }
        let released = Self.allNames([noisy.view[index]]).subtracting(Self.allNames([edited]))
        for extra in back
        where !view.contains(where: { $0.name == extra.name }) && !released.contains(extra.name) {
          return "PutGet: unexpected interface \(extra.name)"
        }
        return Self.untouchedLinesKept(
          before: noisy.tree, after: written, editedNames: Self.allNames([noisy.view[index], edited]))
      } catch {
        return "put or get threw \(error)"
      }
    }
    XCTAssertGreaterThan(edits, Self.cases / 2)
  }

  /// Every name in a set of interface trees.
  static func allNames(_ interfaces: [Interface]) -> Set<String> {
    var names: Set<String> = []
    func visit(_ interface: Interface) {
      names.insert(interface.name)
      switch interface.kind {
      case .bridge(let bridge): bridge.ports.forEach(visit)
      case .bond(let bond): bond.slaves.forEach(visit)
      case .ethernet, .vlan: break
      }
    }
    interfaces.forEach(visit)
    return names
  }

  /// Files of interfaces the edit did not concern are byte-identical; in the
  /// others, every comment, blank line and unmodelled assignment survives in order.
  static func untouchedLinesKept(before: NativeTree, after: NativeTree, editedNames: Set<String>) -> String? {
    for (name, bytes) in before.files {
      guard let new = after.files[name] else { return "file \(name) was deleted" }
      let concerned = editedNames.contains(String(name.dropFirst("ifcfg-".count)))
      if !concerned {
        if new != bytes { return "\(name) changed but its interface was not edited" }
        continue
      }
      let keep: (ShellLine) -> Bool = { line in
        guard let assignment = line.assignment else { return true }
        return !isModelledKey(assignment.key)
      }
      let old = ShellFile(parsing: bytes).lines.filter(keep).map(\.bytes)
      var remaining = ShellFile(parsing: new).lines.filter(keep).map(\.bytes)[...]
      for line in old {
        guard let found = remaining.firstIndex(of: line) else {
          return "\(name): line \(String(decoding: line, as: UTF8.self).debugDescription) was lost or changed"
        }
        remaining = remaining[(found + 1)...]
      }
    }
    return nil
  }
}

/// Whether the dialect models `key` (mirrors the dialect's table for the test's own check).
func isModelledKey(_ key: String) -> Bool {
  let plain: Set<String> = [
    "DEVICE", "HWADDR", "VLAN", "PHYSDEV", "VLAN_ID", "ONBOOT", "HOTPLUG", "MTU", "TYPE", "BOOTPROTO",
    "PEERDNS",
    "IPV6INIT", "IPV6_AUTOCONF", "IPV6FORWARDING", "DHCPV6C", "DHCPV6", "IPV6ADDR", "IPV6ADDR_SECONDARIES",
    "IPV6_DEFAULTGW", "STP", "DELAY", "BONDING_OPTS", "BONDING_MASTER", "BRIDGE", "MASTER", "SLAVE",
  ]
  if plain.contains(key) { return true }
  return ["IPADDR", "NETMASK", "PREFIX", "GATEWAY"].contains {
    key.hasPrefix($0) && key.dropFirst($0.count).allSatisfy(\.isNumber)
  }
}

/// Random edits of one top-level interface.
enum EditGenerator {
  static func edit(_ interface: Interface, _ rng: inout SplitMix64, names: inout InterfaceGenerators.Names)
    -> Interface
  {
    var copy = interface
    switch InterfaceGenerators.int(0...8, &rng) {
    case 0:
      copy.mtu = InterfaceGenerators.chance(30, &rng) ? nil : InterfaceGenerators.int(68...65535, &rng)
    case 1:
      copy.startMode = InterfaceGenerators.pick([nil] + StartMode.allCases, &rng)
    case 2:
      copy.ipv4 = InterfaceGenerators.chance(20, &rng) ? nil : InterfaceGenerators.ipv4(&rng)
    case 3:
      copy.ipv6 = InterfaceGenerators.chance(30, &rng) ? nil : InterfaceGenerators.ipv6(&rng)
    case 4:
      if case .ethernet = copy.kind {
        copy.mac = InterfaceGenerators.chance(30, &rng) ? nil : InterfaceGenerators.mac(&rng)
      }
    case 5:
      if case .vlan(var vlan) = copy.kind {
        vlan.tag = InterfaceGenerators.int(0...4095, &rng)
        copy.kind = .vlan(vlan)
      }
    case 6:
      switch copy.kind {
      case .bridge(var bridge):
        bridge.stp = InterfaceGenerators.pick([nil, true, false], &rng)
        bridge.delay = InterfaceGenerators.pick([nil, "0", "2.5"], &rng)
        copy.kind = .bridge(bridge)
      case .bond(var bond):
        bond.mode = InterfaceGenerators.pick([nil] + BondMode.allCases, &rng)
        bond.monitor = InterfaceGenerators.bond(&rng, names: &names).monitor
        copy.kind = .bond(bond)
      default:
        break
      }
    case 8:
      // Another interface under the same name, of any kind.
      copy = InterfaceGenerators.topLevel(&rng, names: &names)
      copy.name = interface.name
    default:
      switch copy.kind {
      case .bridge(var bridge):
        if !bridge.ports.isEmpty, InterfaceGenerators.chance(50, &rng) {
          bridge.ports.remove(at: InterfaceGenerators.int(0...(bridge.ports.count - 1), &rng))
        } else {
          bridge.ports.append(InterfaceGenerators.member(.ethernet, &rng, names: &names, masterMTU: copy.mtu))
        }
        copy.kind = .bridge(bridge)
      case .bond(var bond):
        if bond.slaves.count > 1, InterfaceGenerators.chance(50, &rng) {
          bond.slaves.remove(at: InterfaceGenerators.int(0...(bond.slaves.count - 1), &rng))
        } else {
          bond.slaves.append(InterfaceGenerators.member(.ethernet, &rng, names: &names, masterMTU: copy.mtu))
        }
        copy.kind = .bond(bond)
      default:
        break
      }
    }
    return GoldenTests.normalized(copy)
  }
}
