import ShellSyntax

/// Reads interfaces out of an indexed tree (the lens's `get`).
struct RedHatReader: InterfaceFileReader {
  let index: RedHatFileIndex
  private var values = IfcfgValueReader(
    isModelled: { RedHatKey.isModelled($0) }, booleanSpellings: "yes/no, true/false, on/off, 1/0")
  /// The files parsed so far, by interface name.
  private var files: [String: IfcfgFile] = [:]
  /// Everything reported while reading.
  var diagnostics: [Diagnostic] { values.diagnostics }

  init(index: RedHatFileIndex) { self.index = index }

  /// The top-level interfaces `names`, in the order given (skipped ones left out).
  mutating func read(_ names: some Sequence<String>) -> [Interface] {
    var interfaces: [Interface] = []
    for name in names {
      if let interface = read(name, role: .topLevel, depth: 0) { interfaces.append(interface) }
    }
    return interfaces
  }

  /// The warnings about the folder as a whole: the index's notes and the route files.
  static func folderWarnings(index: RedHatFileIndex, tree: NativeTree) -> [Diagnostic] {
    var warnings = index.notes
    for fileName in tree.files.keys.filter(RedHatFiles.isRoute).sorted() {
      warnings.append(
        .warning(
          "routes-not-represented",
          "the routes or rules of \(fileName) are not represented in the interface description; the file is left as it is",
          path: index.directory + "/" + fileName, range: .at(0)))
    }
    return warnings
  }

  /// The file describing `name`, parsed once per reader.
  private mutating func file(describing name: String) -> IfcfgFile? {
    if let file = files[name] { return file }
    let file = index.file(describing: name)
    files[name] = file
    return file
  }

  enum Role {
    case topLevel
    /// A bridge port or bond slave; `masterMTU` is the master's effective MTU.
    case member(masterMTU: Int?)
  }

  /// The interface `name` as its chosen file describes it, or nil when it is skipped.
  mutating func read(_ name: String, role: Role, depth: Int) -> Interface? {
    guard depth < 8, let file = self.file(describing: name) else { return nil }
    values.reportFileDiagnostics(file)
    if name == "lo" {
      values.diagnostics.append(
        Diagnostic(
          code: "loopback-skipped", severity: .note,
          message: "the loopback interface is not described by netcf; skipped",
          path: file.path, range: .at(0)))
      return nil
    }
    guard let type = kind(of: file, name: name) else { return nil }
    var interface = Interface(name: name, kind: .ethernet)
    interface.mac = mac(file)
    let fileMTU = values.integer(file, RedHatKey.mtu, in: ModelProblem.mtuRange)
    switch role {
    case .topLevel:
      interface.startMode = startMode(file)
      interface.mtu = fileMTU
      interface.ipv4 = ipv4(file)
      interface.ipv6 = ipv6(file)
    case .member(let masterMTU):
      interface.mtu = fileMTU == masterMTU ? nil : fileMTU
    }
    let effectiveMTU: Int? =
      switch role {
      case .topLevel: fileMTU
      case .member(let masterMTU): fileMTU ?? masterMTU
      }
    switch type {
    case .ethernet:
      break
    case .bridge:
      var bridge = Bridge()
      bridge.stp = values.boolean(file, RedHatKey.stp)
      if let delay = file.nonEmpty(RedHatKey.delay) {
        if ForwardDelaySyntax.isValid(delay) {
          bridge.delay = delay
        } else {
          values.invalid(file, RedHatKey.delay, "'\(delay)' is not a forward delay in seconds")
        }
      }
      for port in index.bridgePorts[name] ?? [] {
        if let member = read(port, role: .member(masterMTU: effectiveMTU), depth: depth + 1) {
          if member.type == .bridge {
            values.warn(
              self.file(describing: port), "bridge-in-bridge",
              "a bridge cannot be a port of bridge \(name); skipped")
          } else {
            bridge.ports.append(member)
          }
        }
      }
      interface.kind = .bridge(bridge)
    case .bond:
      interface.kind = .bond(bond(file, name: name, mtu: effectiveMTU, depth: depth))
    case .vlan:
      if let vlan = vlan(file, name: name) { interface.kind = .vlan(vlan) } else { return nil }
    }
    return interface
  }

  // MARK: - Kind

  private mutating func kind(of file: IfcfgFile, name: String) -> InterfaceType? {
    if file.nonEmpty(RedHatKey.teamMaster) != nil || file.nonEmpty(RedHatKey.deviceType) != nil {
      let what = file.nonEmpty(RedHatKey.deviceType) ?? "TeamPort"
      values.warn(
        file, "unsupported-type",
        "DEVICETYPE=\(what) (a team) cannot be described in interface XML; \(name) is skipped")
      return nil
    }
    let type = file.nonEmpty(RedHatKey.type)?.lowercased()
    switch type {
    case "bridge":
      return .bridge
    case nil, "ethernet", "bond", "vlan":
      if type == "bond" || file.has(RedHatKey.bondingOpts) || file.boolean(RedHatKey.bondingMaster) == true
        || index.bondSlaves[name] != nil
      {
        return .bond
      }
      if type == "vlan" || file.boolean(RedHatKey.vlan) == true { return .vlan }
      return .ethernet
    default:
      let raw = file.nonEmpty(RedHatKey.type) ?? ""
      values.warn(file, "unsupported-type", "TYPE=\(raw) cannot be described in interface XML; \(name) is skipped")
      return nil
    }
  }

  // MARK: - Common keys

  private mutating func startMode(_ file: IfcfgFile) -> StartMode? {
    guard let onboot = values.boolean(file, RedHatKey.onboot) else { return nil }
    if onboot { return .onboot }
    return values.boolean(file, RedHatKey.hotplug) == true ? .hotplug : StartMode.none
  }

  private mutating func mac(_ file: IfcfgFile) -> String? {
    guard let text = file.nonEmpty(RedHatKey.hwaddr) else { return nil }
    guard let mac = MACSyntax.normalized(text) else {
      values.invalid(file, RedHatKey.hwaddr, "'\(text)' is not a MAC address (aa:bb:cc:dd:ee:ff)")
      return nil
    }
    return mac
  }

  // MARK: - IPv4

  private mutating func ipv4(_ file: IfcfgFile) -> IPv4Protocol? {
    let bootproto = file.string(RedHatKey.bootproto)?.lowercased() ?? ""
    let dhcp = bootproto == "dhcp" || bootproto == "bootp"
    if !dhcp, !["", "none", "static"].contains(bootproto) {
      values.warn(
        file, "unsupported-value", "BOOTPROTO=\(bootproto) is not represented; read as static addressing",
        key: RedHatKey.bootproto)
    }
    var addresses: [IPAddress] = []
    var slotGateway: String?
    for suffix in IPv4Slots.used(in: file) {
      let key = RedHatKey.ipaddr + suffix
      guard let address = file.nonEmpty(key) else { continue }
      guard IPv4Syntax.isValid(address) else {
        values.invalid(file, key, "'\(address)' is not an IPv4 address")
        continue
      }
      var prefix: Int?
      if let text = file.nonEmpty(RedHatKey.prefix + suffix) {
        prefix = DecimalSyntax.integer(text, in: 0...32)
        if prefix == nil {
          values.invalid(file, RedHatKey.prefix + suffix, "'\(text)' is not a prefix length 0...32")
        }
      } else if let text = file.nonEmpty(RedHatKey.netmask + suffix) {
        prefix = IPv4Syntax.prefix(netmask: text)
        if prefix == nil { values.invalid(file, RedHatKey.netmask + suffix, "'\(text)' is not a netmask") }
      }
      addresses.append(IPAddress(address, prefix: prefix))
      if slotGateway == nil, !suffix.isEmpty, let gateway = file.nonEmpty(RedHatKey.gateway + suffix) {
        slotGateway = gateway
      }
    }
    guard dhcp || !addresses.isEmpty else { return nil }
    var gateway = file.nonEmpty(RedHatKey.gateway) ?? slotGateway
    if let text = gateway, !IPv4Syntax.isValid(text) {
      values.invalid(file, RedHatKey.gateway, "'\(text)' is not an IPv4 address")
      gateway = nil
    }
    let peerDNS = dhcp ? values.boolean(file, RedHatKey.peerDNS) : nil
    return IPv4Protocol(dhcp: dhcp ? DHCPv4(peerDNS: peerDNS) : nil, addresses: addresses, gateway: gateway)
  }

  // MARK: - IPv6

  private mutating func ipv6(_ file: IfcfgFile) -> IPv6Protocol? {
    guard values.boolean(file, RedHatKey.ipv6Init) == true else { return nil }
    let forwarding = values.boolean(file, RedHatKey.ipv6Forwarding) ?? false
    let autoconf = values.boolean(file, RedHatKey.ipv6Autoconf) ?? !forwarding
    let dhcp =
      file.has(RedHatKey.dhcpv6c)
      ? values.boolean(file, RedHatKey.dhcpv6c) ?? false : values.boolean(file, RedHatKey.dhcpv6Old) ?? false
    var addresses: [IPAddress] = []
    if let first = file.nonEmpty(RedHatKey.ipv6Addr),
      let address = ipv6Address(first, file, RedHatKey.ipv6Addr)
    {
      addresses.append(address)
    }
    if let rest = file.nonEmpty(RedHatKey.ipv6Secondaries) {
      for item in rest.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
        if let address = ipv6Address(String(item), file, RedHatKey.ipv6Secondaries) {
          addresses.append(address)
        }
      }
    }
    var gateway: String?
    if let text = file.nonEmpty(RedHatKey.ipv6Gateway) {
      let address = IPAddressItem.withoutZone(text)
      if IPv6Syntax.isValid(address) {
        gateway = address
      } else {
        values.invalid(file, RedHatKey.ipv6Gateway, "'\(text)' is not an IPv6 address")
      }
    }
    return IPv6Protocol(autoconf: autoconf, dhcp: dhcp, addresses: addresses, gateway: gateway)
  }

  private mutating func ipv6Address(_ item: String, _ file: IfcfgFile, _ key: String) -> IPAddress? {
    guard let parsed = IPAddressItem.parse(item, family: .ipv6) else {
      values.invalid(file, key, "'\(item)' is not an IPv6 address with an optional /prefix (0...128)")
      return nil
    }
    return parsed
  }

  // MARK: - Bond and VLAN

  private mutating func bond(_ file: IfcfgFile, name: String, mtu: Int?, depth: Int) -> Bond {
    let options = values.bondingOptions(file, RedHatKey.bondingOpts)
    var slaves: [Interface] = []
    for slaveName in index.bondSlaves[name] ?? [] {
      guard let slave = read(slaveName, role: .member(masterMTU: mtu), depth: depth + 1) else { continue }
      values.appendSlave(slave, from: self.file(describing: slaveName), to: &slaves, bond: name)
    }
    return values.bond(options, slaves: slaves, file: file, key: RedHatKey.bondingOpts, name: name)
  }

  private mutating func vlan(_ file: IfcfgFile, name: String) -> VLAN? {
    let derived = Self.vlanFromName(name)
    let parent = file.nonEmpty(RedHatKey.physdev) ?? derived.parent
    var tag = derived.tag
    if let text = file.nonEmpty(RedHatKey.vlanID) {
      tag = DecimalSyntax.integer(text, in: ModelProblem.vlanTagRange)
      if tag == nil { values.invalid(file, RedHatKey.vlanID, "'\(text)' is not a vlan tag 0...4095") }
    }
    guard let parent, let tag else {
      values.diagnostics.append(
        .error(
          "incomplete-vlan",
          "cannot tell the parent and tag of vlan \(name): name it PARENT.TAG or set PHYSDEV and VLAN_ID",
          path: file.path, range: file.valueRange(RedHatKey.vlan)))
      return nil
    }
    return VLAN(tag: tag, parent: parent)
  }

  /// What initscripts derives from a vlan's name: `eth0.42` -> (eth0, 42); `vlan42` -> (nil, 42).
  static func vlanFromName(_ name: String) -> (parent: String?, tag: Int?) {
    if let dot = name.lastIndex(of: ".") {
      let parent = String(name[..<dot])
      let tag = DecimalSyntax.integer(name[name.index(after: dot)...], in: ModelProblem.vlanTagRange)
      return (parent.isEmpty ? nil : parent, tag)
    }
    if name.hasPrefix("vlan") {
      return (nil, DecimalSyntax.integer(name.dropFirst(4), in: ModelProblem.vlanTagRange))
    }
    return (nil, nil)
  }


  /// Ports and slaves whose bridge or bond has no file, and ports whose
  /// bridge's file does not describe a bridge.
  mutating func reportOrphans() {
    for (master, ports) in index.bridgePorts.sorted(by: { $0.key < $1.key })
    where index.hasFile(describing: master) && !index.isBridge(master) {
      for port in ports {
        values.warn(
          index.file(describing: port), "orphan-port",
          "\(port) is a port of \(master), whose file does not describe a bridge (no TYPE=Bridge); not represented")
      }
    }
    for (master, members) in index.bridgePorts.merging(index.bondSlaves, uniquingKeysWith: +).sorted(by: {
      $0.key < $1.key
    })
    where !index.hasFile(describing: master) {
      for member in members {
        values.warn(
          index.file(describing: member), "orphan-port",
          "\(member) is a port of \(master), which no file describes; not represented")
      }
    }
  }
}
