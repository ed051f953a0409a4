/// Writes the facts of one interface into its ifcfg file (create and put share this).
///
/// Keys are visited in netcf's order: DEVICE, HWADDR, VLAN (PHYSDEV, VLAN_ID),
/// ONBOOT, HOTPLUG, MTU, TYPE, BOOTPROTO, PEERDNS, IPADDR/NETMASK pairs,
/// GATEWAY, IPV6INIT, IPV6_AUTOCONF, DHCPV6C, IPV6ADDR, IPV6ADDR_SECONDARIES,
/// IPV6_DEFAULTGW, STP, DELAY, BONDING_OPTS, BRIDGE, MASTER, SLAVE.
struct RedHatInterfaceEditor {
  /// Where the interface sits in its tree.
  enum Role {
    case topLevel
    /// A bridge port or bond slave, with its master's start mode and effective MTU.
    case port(bridge: String, start: StartMode?, masterMTU: Int?)
    case slave(bond: String, start: StartMode?, masterMTU: Int?)
  }

  var editor: IfcfgEditor

  init(_ editor: IfcfgEditor) { self.editor = editor }

  mutating func apply(_ interface: Interface, role: Role) {
    if editor.creating { editor.ensure(RedHatKey.device, interface.name) }
    if let mac = interface.mac {
      editor.ensure(RedHatKey.hwaddr, mac.lowercased()) { MACSyntax.normalized($0) == mac.lowercased() }
    } else {
      editor.remove(RedHatKey.hwaddr)
    }
    vlan(interface)
    start(interface, role: role)
    mtu(interface, role: role)
    type(interface)
    if case .topLevel = role {
      ipv4(interface.ipv4)
      ipv6(interface.ipv6)
    }
    if case .bridge(let bridge) = interface.kind {
      if let stp = bridge.stp {
        editor.ensure(RedHatKey.stp, stp ? "on" : "off") { IfcfgBoolean.parse($0) == stp }
      } else {
        editor.remove(RedHatKey.stp)
      }
      if let delay = bridge.delay {
        editor.ensure(RedHatKey.delay, delay)
      } else {
        editor.remove(RedHatKey.delay)
      }
    }
    if case .bond(let bond) = interface.kind {
      bonding(bond)
    } else if editor.has(RedHatKey.bondingOpts) || editor.boolean(RedHatKey.bondingMaster) == true {
      editor.remove(RedHatKey.bondingOpts)
      editor.remove(RedHatKey.bondingMaster)
    }
    membership(role)
  }

  // MARK: - Identity

  private mutating func vlan(_ interface: Interface) {
    guard case .vlan(let vlan) = interface.kind else {
      if editor.boolean(RedHatKey.vlan) == true {
        editor.remove(RedHatKey.vlan)
        editor.remove(RedHatKey.physdev)
        editor.remove(RedHatKey.vlanID)
      }
      return
    }
    editor.ensure(RedHatKey.vlan, boolean: true)
    let derived = RedHatReader.vlanFromName(interface.name)
    if editor.has(RedHatKey.physdev) || derived.parent != vlan.parent {
      editor.ensure(RedHatKey.physdev, vlan.parent)
    }
    if editor.has(RedHatKey.vlanID) || derived.tag != vlan.tag {
      editor.ensure(RedHatKey.vlanID, String(vlan.tag)) {
        DecimalSyntax.integer($0, in: ModelProblem.vlanTagRange) == vlan.tag
      }
    }
  }

  private mutating func start(_ interface: Interface, role: Role) {
    switch role {
    case .topLevel:
      switch interface.startMode {
      case .onboot:
        editor.ensure(RedHatKey.onboot, boolean: true)
      case .some(.none):
        editor.ensure(RedHatKey.onboot, boolean: false)
        if editor.boolean(RedHatKey.hotplug) == true { editor.remove(RedHatKey.hotplug) }
      case .hotplug:
        editor.ensure(RedHatKey.onboot, boolean: false)
        editor.ensure(RedHatKey.hotplug, boolean: true)
      case nil:
        editor.remove(RedHatKey.onboot)
      }
    case .port(_, let start, _), .slave(_, let start, _):
      // Not an IR fact of a port: netcf copies the master's, on new files only.
      if editor.creating, let start { editor.ensure(RedHatKey.onboot, boolean: start == .onboot) }
    }
  }

  private mutating func mtu(_ interface: Interface, role: Role) {
    let masterMTU: Int?
    switch role {
    case .topLevel:
      if let mtu = interface.mtu { ensureMTU(mtu) } else { editor.remove(RedHatKey.mtu) }
      return
    case .port(_, _, let mtu), .slave(_, _, let mtu):
      masterMTU = mtu
    }
    if let mtu = interface.mtu {
      ensureMTU(mtu)
    } else if let masterMTU {
      // netcf copies the master's MTU; an existing different value is brought in line.
      if editor.creating || editor.has(RedHatKey.mtu) { ensureMTU(masterMTU) }
    } else {
      editor.remove(RedHatKey.mtu)
    }
  }

  private mutating func ensureMTU(_ mtu: Int) {
    editor.ensure(RedHatKey.mtu, String(mtu)) { DecimalSyntax.integer($0, in: ModelProblem.mtuRange) == mtu }
  }

  private mutating func type(_ interface: Interface) {
    let wanted: String
    switch interface.kind {
    case .bridge:
      editor.ensure(RedHatKey.type, "Bridge") { $0.lowercased() == "bridge" }
      return
    case .ethernet: wanted = "Ethernet"
    case .bond: wanted = "Bond"
    case .vlan: wanted = "Vlan"
    }
    // netcf writes no TYPE for these; an existing one must not contradict the kind.
    if let current = editor.current(RedHatKey.type), !current.isEmpty {
      editor.ensure(RedHatKey.type, wanted, addIfMissing: false) { $0.lowercased() == wanted.lowercased() }
    }
  }

  // MARK: - IPv4

  private mutating func ipv4(_ ipv4: IPv4Protocol?) {
    let slots = editor.file.usedSlots
    guard let ipv4, ipv4.dhcp != nil || !ipv4.addresses.isEmpty else {
      if let bootproto = editor.current(RedHatKey.bootproto)?.lowercased(),
        bootproto == "dhcp" || bootproto == "bootp"
      {
        editor.ensure(RedHatKey.bootproto, "none")
      } else if ipv4 != nil {
        editor.ensure(RedHatKey.bootproto, "none", addIfMissing: editor.creating)
      }
      for slot in slots { removeSlot(slot, includingGateway: true) }
      if !slots.isEmpty { editor.remove(RedHatKey.gateway) }
      return
    }
    if let dhcp = ipv4.dhcp {
      editor.ensure(RedHatKey.bootproto, "dhcp") { ["dhcp", "bootp"].contains($0.lowercased()) }
      if let peerDNS = dhcp.peerDNS {
        editor.ensure(RedHatKey.peerDNS, boolean: peerDNS)
      } else {
        editor.remove(RedHatKey.peerDNS)
      }
    } else {
      // initscripts reads every value but dhcp and bootp as static (so does
      // the reader, with a warning): such a value already means this.
      editor.ensure(RedHatKey.bootproto, "none", addIfMissing: editor.creating) {
        !["dhcp", "bootp"].contains($0.lowercased())
      }
    }
    var used = slots
    for (index, address) in ipv4.addresses.enumerated() {
      let slot: String
      if index < slots.count {
        slot = slots[index]
      } else {
        slot = IPv4Slots.next(after: used)
        used.append(slot)
      }
      editor.ensure(RedHatKey.ipaddr + slot, address.address)
      prefix(address.prefix, slot: slot)
    }
    for slot in slots.dropFirst(ipv4.addresses.count) { removeSlot(slot, includingGateway: !slot.isEmpty) }
    gateway(ipv4.gateway)
  }

  private mutating func prefix(_ prefix: Int?, slot: String) {
    let prefixKey = RedHatKey.prefix + slot
    let netmaskKey = RedHatKey.netmask + slot
    guard let prefix, let netmask = IPv4Syntax.netmask(prefix: prefix) else {
      editor.remove(prefixKey)
      editor.remove(netmaskKey)
      return
    }
    let sameNetmask: (String) -> Bool = { IPv4Syntax.prefix(netmask: $0) == prefix }
    if let current = editor.current(prefixKey), !current.isEmpty {
      if DecimalSyntax.integer(current, in: 0...32) == prefix { return }
      editor.ensure(prefixKey, String(prefix))
      if editor.has(netmaskKey) { editor.ensure(netmaskKey, netmask, same: sameNetmask) }
    } else {
      editor.ensure(netmaskKey, netmask, same: sameNetmask)
    }
  }

  private mutating func removeSlot(_ slot: String, includingGateway: Bool) {
    editor.remove(RedHatKey.ipaddr + slot)
    editor.remove(RedHatKey.prefix + slot)
    editor.remove(RedHatKey.netmask + slot)
    if includingGateway { editor.remove(RedHatKey.gateway + slot) }
  }

  private mutating func gateway(_ gateway: String?) {
    let slots = editor.file.usedSlots
    guard let gateway else {
      editor.remove(RedHatKey.gateway)
      for slot in slots where !slot.isEmpty { editor.remove(RedHatKey.gateway + slot) }
      return
    }
    if editor.file.nonEmpty(RedHatKey.gateway) == nil,
      let source = slots.first(where: { !$0.isEmpty && editor.file.nonEmpty(RedHatKey.gateway + $0) != nil })
    {
      editor.ensure(RedHatKey.gateway + source, gateway)
    } else {
      editor.ensure(RedHatKey.gateway, gateway)
    }
  }

  // MARK: - IPv6

  private mutating func ipv6(_ ipv6: IPv6Protocol?) {
    guard let ipv6 else {
      if editor.boolean(RedHatKey.ipv6Init) == true {
        for key in [
          RedHatKey.ipv6Init, RedHatKey.ipv6Autoconf, RedHatKey.dhcpv6c, RedHatKey.dhcpv6Old,
          RedHatKey.ipv6Addr,
          RedHatKey.ipv6Secondaries, RedHatKey.ipv6Gateway,
        ] {
          editor.remove(key)
        }
      }
      return
    }
    editor.ensure(RedHatKey.ipv6Init, boolean: true)
    let defaultAutoconf = !(editor.boolean(RedHatKey.ipv6Forwarding) ?? false)
    editor.ensure(
      RedHatKey.ipv6Autoconf, boolean: ipv6.autoconf,
      addIfMissing: editor.creating || ipv6.autoconf != defaultAutoconf)
    if !editor.has(RedHatKey.dhcpv6c), editor.has(RedHatKey.dhcpv6Old) {
      editor.ensure(RedHatKey.dhcpv6Old, boolean: ipv6.dhcp)
    } else {
      editor.ensure(RedHatKey.dhcpv6c, boolean: ipv6.dhcp, addIfMissing: editor.creating || ipv6.dhcp)
    }
    let items = ipv6.addresses.map(IPAddressItem.text)
    let sameItem: (String, IPAddress) -> Bool = { IPAddressItem.parse($0, family: .ipv6) == $1 }
    if !editor.creating, editor.file.nonEmpty(RedHatKey.ipv6Addr) == nil,
      editor.has(RedHatKey.ipv6Secondaries), !items.isEmpty
    {
      secondaries(ipv6.addresses, same: sameItem)
    } else if let first = ipv6.addresses.first {
      editor.ensure(RedHatKey.ipv6Addr, IPAddressItem.text(first)) { sameItem($0, first) }
      secondaries(Array(ipv6.addresses.dropFirst()), same: sameItem)
    } else {
      editor.remove(RedHatKey.ipv6Addr)
      editor.remove(RedHatKey.ipv6Secondaries)
    }
    if let gateway = ipv6.gateway {
      editor.ensure(RedHatKey.ipv6Gateway, gateway) { IPAddressItem.withoutZone($0) == gateway }
    } else {
      editor.remove(RedHatKey.ipv6Gateway)
    }
  }

  /// IPV6ADDR_SECONDARIES edited item by item: items that mean the same keep their spelling.
  private mutating func secondaries(_ addresses: [IPAddress], same: (String, IPAddress) -> Bool) {
    guard !addresses.isEmpty else {
      editor.remove(RedHatKey.ipv6Secondaries)
      return
    }
    let existing = (editor.current(RedHatKey.ipv6Secondaries) ?? "").split(whereSeparator: {
      $0 == " " || $0 == "\t"
    }).map(String.init)
    var unused = existing
    var items: [String] = []
    for address in addresses {
      if let index = unused.firstIndex(where: { same($0, address) }) {
        items.append(unused.remove(at: index))
      } else {
        items.append(IPAddressItem.text(address))
      }
    }
    let meaning = items.map { IPAddressItem.parse($0, family: .ipv6) }
    editor.ensure(RedHatKey.ipv6Secondaries, items.joined(separator: " ")) { current in
      current.split(whereSeparator: { $0 == " " || $0 == "\t" }).map {
        IPAddressItem.parse(String($0), family: .ipv6)
      } == meaning
    }
  }

  // MARK: - Bond

  private mutating func bonding(_ bond: Bond) {
    let existing = editor.current(RedHatKey.bondingOpts)
    var options = BondingOptions(existing ?? "")
    var primary: String?
    if bond.mode == .activeBackup, let first = bond.slaves.first?.name {
      let readOrderFirst = bond.slaves.map(\.name).min()
      // A primary naming no slave was read as no primary (with a warning):
      // it stays as written while the order it would set does not change.
      let current = options.value("primary")
      let currentIsSlave = current.map { name in bond.slaves.contains { $0.name == name } } ?? false
      if (current != nil && (currentIsSlave || first != readOrderFirst)) || editor.creating || existing == nil
        || first != readOrderFirst
      {
        primary = first
      }
    }
    options.apply(bond, primary: primary)
    if let existing, BondingOptions(existing) == options { return }
    if existing == nil, options.tokens.isEmpty, !editor.creating { return }
    editor.ensure(RedHatKey.bondingOpts, options.text)
  }

  // MARK: - Membership

  private mutating func membership(_ role: Role) {
    switch role {
    case .topLevel:
      editor.remove(RedHatKey.bridge)
      releaseFromBond()
    case .port(let bridge, _, _):
      releaseFromBond()
      editor.ensure(RedHatKey.bridge, bridge)
    case .slave(let bond, _, _):
      editor.remove(RedHatKey.bridge)
      // A file that already names this bond reads as its slave whatever its
      // SLAVE line says, so that line is left as it is (GetPut); SLAVE=yes
      // comes with a new MASTER line.
      guard editor.current(RedHatKey.master) != bond else { return }
      editor.ensure(RedHatKey.master, bond)
      editor.ensure(RedHatKey.slave, boolean: true)
    }
  }

  private mutating func releaseFromBond() {
    if editor.has(RedHatKey.master) {
      editor.remove(RedHatKey.master)
      editor.remove(RedHatKey.slave)
    }
  }
}

extension IfcfgFile {
  /// The IPv4 slots bash would use.
  var usedSlots: [String] { IPv4Slots.used(in: self) }
}
