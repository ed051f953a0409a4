import ShellSyntax

/// Reads interfaces out of an indexed tree (the lens's `get`), as wicked reads the files.
struct SUSEReader: InterfaceFileReader {
  let index: SUSEFileIndex
  let routes: SUSERoutes
  private var values = IfcfgValueReader(
    isModelled: { SUSEKey.isModelled($0) }, booleanSpellings: "on/off, yes/no")
  /// Everything reported while reading.
  var diagnostics: [Diagnostic] { values.diagnostics }

  init(index: SUSEFileIndex, routes: SUSERoutes) {
    self.index = index
    self.routes = routes
  }

  /// The files parsed so far, by interface name (nil: no file).
  private var files: [String: IfcfgFile?] = [:]

  /// The top-level interfaces `names`, in the order given (skipped ones left out).
  mutating func read(_ names: some Sequence<String>) -> [Interface] {
    var interfaces: [Interface] = []
    for name in names {
      if let interface = read(name, role: .topLevel, depth: 0) { interfaces.append(interface) }
    }
    return interfaces
  }

  /// The warning about routes the interfaces read (`names`) do not carry.
  static func routeWarnings(_ routes: SUSERoutes, interfaces names: Set<String>) -> [Diagnostic] {
    routes.unrepresented(interfaces: names).map { fileName, count in
      .warning(
        "routes-not-represented",
        "\(count) route\(count == 1 ? "" : "s") of \(fileName) \(count == 1 ? "is" : "are") not represented in the interface description; the file is left as it is",
        path: routes.directory + "/" + fileName, range: .at(0))
    }
  }

  /// The file describing `name`, parsed once per reader.
  private mutating func file(describing name: String) -> IfcfgFile? {
    if let file = files[name] { return file }
    let file = index.file(describing: name)
    files[name] = .some(file)
    return file
  }

  enum Role {
    case topLevel
    /// A bridge port or bond slave; `masterMTU` is the master's effective MTU.
    case member(masterMTU: Int?)
  }

  /// The interface `name` as its file describes it, or nil when it is skipped.
  mutating func read(_ name: String, role: Role, depth: Int) -> Interface? {
    guard depth < 8 else { return nil }
    guard let file = self.file(describing: name) else {
      // A port or slave without a file of its own: wicked's defaults.
      return Interface(name: name, kind: .ethernet)
    }
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
    let fileMTU = values.integer(file, SUSEKey.mtu, in: ModelProblem.mtuRange)
    let effectiveMTU: Int?
    switch role {
    case .topLevel:
      interface.startMode = startMode(file)
      interface.mtu = fileMTU
      effectiveMTU = fileMTU
      addressing(file, name: name, into: &interface)
    case .member(let masterMTU):
      interface.mtu = fileMTU == masterMTU ? nil : fileMTU
      effectiveMTU = fileMTU ?? masterMTU
    }
    switch type {
    case .ethernet:
      break
    case .bridge:
      interface.kind = .bridge(bridge(file, name: name, mtu: effectiveMTU, depth: depth))
    case .bond:
      interface.kind = .bond(bond(file, name: name, mtu: effectiveMTU, depth: depth))
    case .vlan:
      guard let vlan = vlan(file, name: name) else { return nil }
      interface.kind = .vlan(vlan)
    }
    return interface
  }

  // MARK: - Kind

  /// wicked's order: bond, bridge, vlan, the kinds XML cannot say, ethernet.
  private mutating func kind(of file: IfcfgFile, name: String) -> InterfaceType? {
    if SUSEFileIndex.isBond(file) { return .bond }
    if SUSEFileIndex.isBridge(file) { return .bridge }
    if file.nonEmpty(SUSEKey.etherDevice) != nil { return .vlan }
    for (key, what) in SUSEKey.unsupportedKinds {
      if let value = file.nonEmpty(key), IfcfgBoolean.parse(value) != false {
        values.warn(
          file, "unsupported-type",
          "\(key)=\(value) makes \(name) \(what), which interface XML cannot describe; skipped", key: key)
        return nil
      }
    }
    return .ethernet
  }

  // MARK: - Common keys

  private mutating func startMode(_ file: IfcfgFile) -> StartMode? {
    guard let text = file.nonEmpty(SUSEKey.startMode) else { return nil }
    switch text.lowercased() {
    case "auto", "boot", "onboot", "on": return .onboot
    case "hotplug": return .hotplug
    case "manual", "off": return StartMode.none
    case "ifplugd":
      values.warn(file, "unsupported-value", "STARTMODE=ifplugd is read as hotplug", key: SUSEKey.startMode)
      return .hotplug
    case "nfsroot":
      values.warn(
        file, "unsupported-value",
        "STARTMODE=nfsroot is read as onboot (the interface is also never shut down)", key: SUSEKey.startMode)
      return .onboot
    default:
      values.invalid(file, SUSEKey.startMode, "'\(text)' is not auto, hotplug, manual, off, ifplugd or nfsroot")
      return nil
    }
  }

  private mutating func mac(_ file: IfcfgFile) -> String? {
    guard let text = file.nonEmpty(SUSEKey.lladdr) else { return nil }
    guard let mac = MACSyntax.normalized(text) else {
      values.invalid(file, SUSEKey.lladdr, "'\(text)' is not a MAC address (aa:bb:cc:dd:ee:ff)")
      return nil
    }
    return mac
  }

  // MARK: - Addressing

  private mutating func addressing(_ file: IfcfgFile, name: String, into interface: inout Interface) {
    let bootproto = SUSEBootProto(parsing: file.string(SUSEKey.bootproto))
    for word in bootproto.unrepresented {
      values.warn(file, "unsupported-value", "BOOTPROTO '\(word)' is not represented", key: SUSEKey.bootproto)
    }
    let (slots, problems) = SUSEAddresses.slots(in: file)
    if bootproto.none {
      if !slots.isEmpty {
        values.warn(
          file, "ignored-addresses", "BOOTPROTO=none: wicked sets up no addresses, so IPADDR is ignored",
          key: SUSEKey.bootproto)
      }
      return
    }
    for problem in problems { values.invalid(file, problem.key, problem.message) }
    let ipv4Addresses = slots.filter { $0.family == .ipv4 }.map(\.address)
    let ipv6Addresses = slots.filter { $0.family == .ipv6 }.map(\.address)
    let ipv4Gateway = gateway(name, .ipv4)
    let ipv6Gateway = gateway(name, .ipv6)
    if bootproto.dhcp4 || !ipv4Addresses.isEmpty || ipv4Gateway != nil {
      interface.ipv4 = IPv4Protocol(
        dhcp: bootproto.dhcp4 ? DHCPv4() : nil, addresses: ipv4Addresses, gateway: ipv4Gateway)
    }
    if bootproto.dhcp6 || bootproto.auto6 || !ipv6Addresses.isEmpty || ipv6Gateway != nil {
      interface.ipv6 = IPv6Protocol(
        autoconf: bootproto.auto6, dhcp: bootproto.dhcp6, addresses: ipv6Addresses, gateway: ipv6Gateway)
    }
  }

  /// The first default route's gateway; later ones are reported.
  private mutating func gateway(_ name: String, _ family: IPAddressItem.Family) -> String? {
    let found = routes.defaults(for: name, family: family)
    guard let first = found.first, let gateway = first.route.gateway else { return nil }
    for extra in found.dropFirst() {
      values.diagnostics.append(
        .warning(
          "not-represented",
          "\(name) has another default route (\(extra.route.gateway ?? "-")); only the first is represented",
          path: routes.directory + "/" + extra.fileName, range: .at(0)))
    }
    return family == .ipv6 ? IPAddressItem.withoutZone(gateway) : gateway
  }

  // MARK: - Bridge, bond, vlan

  private mutating func bridge(_ file: IfcfgFile, name: String, mtu: Int?, depth: Int) -> Bridge {
    var bridge = Bridge()
    bridge.stp = values.boolean(file, SUSEKey.bridgeSTP)
    if let delay = file.nonEmpty(SUSEKey.bridgeForwardDelay) {
      if ForwardDelaySyntax.isValid(delay) {
        bridge.delay = delay
      } else {
        values.invalid(file, SUSEKey.bridgeForwardDelay, "'\(delay)' is not a forward delay in seconds")
      }
    }
    for port in index.bridgePorts[name] ?? [] {
      guard let member = read(port, role: .member(masterMTU: mtu), depth: depth + 1) else { continue }
      if member.type == .bridge {
        values.warn(
          self.file(describing: port), "bridge-in-bridge",
          "a bridge cannot be a port of bridge \(name); skipped")
      } else {
        bridge.ports.append(member)
      }
    }
    return bridge
  }

  private mutating func bond(_ file: IfcfgFile, name: String, mtu: Int?, depth: Int) -> Bond {
    let options = values.bondingOptions(file, SUSEKey.bondingModuleOpts)
    var slaves: [Interface] = []
    for slaveName in index.bondSlaves[name] ?? [] {
      guard let slave = read(slaveName, role: .member(masterMTU: mtu), depth: depth + 1) else { continue }
      values.appendSlave(slave, from: self.file(describing: slaveName), to: &slaves, bond: name)
    }
    return values.bond(options, slaves: slaves, file: file, key: SUSEKey.bondingModuleOpts, name: name)
  }

  private mutating func vlan(_ file: IfcfgFile, name: String) -> VLAN? {
    guard let parent = file.nonEmpty(SUSEKey.etherDevice) else { return nil }
    var tag = Self.tagFromName(name)
    if let text = file.nonEmpty(SUSEKey.vlanID) {
      tag = DecimalSyntax.integer(text, in: ModelProblem.vlanTagRange)
      if tag == nil { values.invalid(file, SUSEKey.vlanID, "'\(text)' is not a vlan tag 0...4095") }
    }
    guard let tag else {
      values.diagnostics.append(
        .error(
          "incomplete-vlan",
          "cannot tell the tag of vlan \(name): set VLAN_ID or end the name with the tag (eth0.42, vlan42)",
          path: file.path, range: file.valueRange(SUSEKey.etherDevice)))
      return nil
    }
    return VLAN(tag: tag, parent: parent)
  }

  /// The tag wicked takes from a vlan's name: its trailing digits (`eth0.42`, `vlan0042`, `dmz42`).
  static func tagFromName(_ name: String) -> Int? {
    let digits = name.reversed().prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty else { return nil }
    return DecimalSyntax.integer(String(digits.reversed()), in: ModelProblem.vlanTagRange)
  }
}
