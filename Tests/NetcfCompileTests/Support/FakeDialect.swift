import NetcfCompile

/// A small dialect for tests: `ifcfg-NAME` files of `KEY=value` lines under
/// `etc/sysconfig/network-scripts`, with `DEVICE`, `TYPE` (Ethernet, Bridge;
/// anything else is skipped with a warning), `MTU` and `BRIDGE` (a port).
/// Writing edits files in place, keeping unknown lines.
struct FakeDialect: Dialect {
  var name = "redhat"
  var configDirectory = "etc/sysconfig/network-scripts"

  func isConfigFile(named name: String) -> Bool {
    name.hasPrefix("ifcfg-") && !name.hasSuffix(".bak") && name.count > 6
  }

  private func pairs(_ bytes: [UInt8]) -> [(key: String, value: String)] {
    String(decoding: bytes, as: UTF8.self).split(separator: "\n").compactMap { line in
      guard let equals = line.firstIndex(of: "="), !line.hasPrefix("#") else { return nil }
      return (String(line[..<equals]), String(line[line.index(after: equals)...]))
    }
  }

  func read(_ tree: NativeTree) throws(DiagnosticError) -> DialectReading {
    var top: [Interface] = []
    var ports: [String: [Interface]] = [:]
    var warnings: [Diagnostic] = []
    var errors: [Diagnostic] = []
    for fileName in tree.files.keys.sorted() {
      let bytes = tree.files[fileName] ?? []
      let path = configDirectory + "/" + fileName
      let keys = Dictionary(pairs(bytes), uniquingKeysWith: { $1 })
      let device = keys["DEVICE"] ?? String(fileName.dropFirst(6))
      var interface = Interface(name: device, kind: .ethernet)
      if let mtu = keys["MTU"] {
        guard let value = Int(mtu) else {
          let offset = (String(decoding: bytes, as: UTF8.self).range(of: "MTU=").map { String(decoding: bytes, as: UTF8.self).utf8.distance(from: String(decoding: bytes, as: UTF8.self).startIndex, to: $0.lowerBound) } ?? 0) + 4
          errors.append(.error("bad-mtu", "MTU '\(mtu)' is not a number", path: path, range: .at(offset)))
          continue
        }
        interface.mtu = value
      }
      switch keys["TYPE"] ?? "Ethernet" {
      case "Ethernet": break
      case "Bridge": interface.kind = .bridge(Bridge(ports: []))
      case let other:
        warnings.append(.warning("unsupported-type", "TYPE=\(other) cannot be described in interface XML; skipped", path: path, range: .at(0)))
        continue
      }
      if let bridge = keys["BRIDGE"] {
        ports[bridge, default: []].append(interface)
      } else {
        interface.startMode = .onboot
        top.append(interface)
      }
    }
    if !errors.isEmpty { throw DiagnosticError(errors) }
    top = top.map { interface in
      guard case .bridge(var bridge) = interface.kind else { return interface }
      var copy = interface
      bridge.ports = ports[interface.name] ?? []
      copy.kind = .bridge(bridge)
      return copy
    }
    return DialectReading(interfaces: top.sorted { $0.name < $1.name }, warnings: warnings)
  }

  private func edit(_ bytes: [UInt8], set values: [(String, String?)]) -> [UInt8] {
    var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    for (key, value) in values {
      if let index = lines.firstIndex(where: { $0.hasPrefix(key + "=") }) {
        if let value { lines[index] = key + "=" + value } else { lines.remove(at: index) }
      } else if let value {
        lines.append(key + "=" + value)
      }
    }
    return Array((lines.joined(separator: "\n") + "\n").utf8)
  }

  func write(_ interfaces: [Interface], into tree: NativeTree) throws(DiagnosticError) -> DialectWriting {
    var result = tree
    func put(_ interface: Interface, bridge: String?) {
      let name = "ifcfg-" + interface.name
      let type = interface.type == .bridge ? "Bridge" : "Ethernet"
      result.files[name] = edit(
        tree.files[name] ?? [],
        set: [("DEVICE", interface.name), ("TYPE", type), ("MTU", interface.mtu.map(String.init)), ("BRIDGE", bridge)])
    }
    for interface in interfaces {
      put(interface, bridge: nil)
      if case .bridge(let bridge) = interface.kind {
        for port in bridge.ports { put(port, bridge: interface.name) }
      }
    }
    return DialectWriting(tree: result)
  }

  func remove(_ names: [String], from tree: NativeTree) throws(DiagnosticError) -> NativeTree {
    var result = tree
    for (fileName, bytes) in tree.files {
      let keys = Dictionary(pairs(bytes), uniquingKeysWith: { $1 })
      let device = keys["DEVICE"] ?? String(fileName.dropFirst(6))
      if names.contains(device) || keys["BRIDGE"].map(names.contains) == true { result.files[fileName] = nil }
    }
    return result
  }
}
