import NetcfCompile

/// A line format standing in for interface XML in tests:
///
///     interface br0 bridge mtu=1500 ports=eth0,eth1
///
/// An `<interfaces>` document starts with the line `interfaces`.
struct FakeFormat: InterfaceDocumentFormat {
  func read(_ source: SourceFile) throws(DiagnosticError) -> DocumentReading {
    var interfaces: [Interface] = []
    var offset = 0
    for line in source.bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      defer { offset += line.count + 1 }
      let words = String(decoding: line, as: UTF8.self).split(separator: " ").map(String.init)
      if words.isEmpty || words == ["interfaces"] { continue }
      guard words.count >= 3, words[0] == "interface", let type = InterfaceType(rawValue: words[2]) else {
        throw DiagnosticError(.error("bad-document", "expected 'interface NAME TYPE'", path: source.path, range: .at(offset)))
      }
      var interface = Interface(name: words[1], kind: .ethernet, startMode: .onboot)
      var ports: [Interface] = []
      for word in words.dropFirst(3) {
        if word.hasPrefix("mtu=") { interface.mtu = Int(word.dropFirst(4)) }
        if word.hasPrefix("ports=") {
          ports = word.dropFirst(6).split(separator: ",").map { Interface(name: String($0), kind: .ethernet) }
        }
      }
      if type == .bridge { interface.kind = .bridge(Bridge(ports: ports)) }
      interfaces.append(interface)
    }
    return DocumentReading(interfaces: interfaces)
  }

  private func line(_ interface: Interface) -> String {
    var text = "interface \(interface.name) \(interface.type.rawValue)"
    if let mtu = interface.mtu { text += " mtu=\(mtu)" }
    if case .bridge(let bridge) = interface.kind, !bridge.ports.isEmpty {
      text += " ports=" + bridge.ports.map(\.name).joined(separator: ",")
    }
    return text + "\n"
  }

  func document(for interfaces: [Interface], wrapper: Bool) throws(DiagnosticError) -> [UInt8] {
    if !wrapper, interfaces.count == 1 { return Array(interfaces.map(line).joined().utf8) }
    return Array(("interfaces\n" + interfaces.map(line).joined()).utf8)
  }
}
