/// Writes the facts of one interface into its ifcfg file (create and put share this).
///
/// Keys are visited in the order YaST writes them: STARTMODE, BOOTPROTO,
/// IPADDR slots, LLADDR, MTU, BONDING_MASTER, BONDING_SLAVE_n,
/// BONDING_MODULE_OPTS, BRIDGE, BRIDGE_PORTS, BRIDGE_STP,
/// BRIDGE_FORWARDDELAY, ETHERDEVICE, VLAN_ID. Default gateways live in
/// `ifroute-NAME` (see ``SUSEWriter``).
struct SUSEInterfaceEditor {
  /// Where the interface sits in its tree.
  enum Role {
    case topLevel
    /// A bridge port or bond slave; `joining` when it was not a member of
    /// this master before, `masterMTU` the master's effective MTU.
    case member(joining: Bool, masterMTU: Int?)
  }

  var editor: IfcfgEditor

  init(_ editor: IfcfgEditor) { self.editor = editor }

  mutating func apply(_ interface: Interface, role: Role) {
    switch role {
    case .topLevel:
      start(interface.startMode)
      addressing(interface)
    case .member(let joining, _):
      // Ports and slaves come up with their master and have no IP setup of their own.
      if editor.creating || joining {
        editor.ensure(SUSEKey.startMode, "hotplug") { $0.lowercased() == "hotplug" }
        editor.ensure(SUSEKey.bootproto, "none") { $0.lowercased() == "none" }
      }
    }
    if let mac = interface.mac {
      editor.ensure(SUSEKey.lladdr, mac.lowercased()) { MACSyntax.normalized($0) == mac.lowercased() }
    } else {
      editor.remove(SUSEKey.lladdr)
    }
    mtu(interface.mtu, role: role)
    if case .bond(let bond) = interface.kind { self.bond(bond) } else { removeBond() }
    if case .bridge(let bridge) = interface.kind { self.bridge(bridge) } else { removeBridge() }
    if case .vlan(let vlan) = interface.kind { self.vlan(vlan, name: interface.name) } else { removeVLAN() }
  }

  // MARK: - Start and MTU

  private mutating func start(_ mode: StartMode?) {
    switch mode {
    case .onboot:
      editor.ensure(SUSEKey.startMode, "auto") { ["auto", "boot", "onboot", "on"].contains($0.lowercased()) }
    case .hotplug: editor.ensure(SUSEKey.startMode, "hotplug") { $0.lowercased() == "hotplug" }
    case .some(.none):
      editor.ensure(SUSEKey.startMode, "manual") { ["manual", "off"].contains($0.lowercased()) }
    case nil: editor.remove(SUSEKey.startMode)
    }
  }

  private mutating func mtu(_ mtu: Int?, role: Role) {
    if let mtu {
      editor.ensure(SUSEKey.mtu, String(mtu)) { DecimalSyntax.integer($0, in: ModelProblem.mtuRange) == mtu }
      return
    }
    guard let current = editor.file.nonEmpty(SUSEKey.mtu) else { return }
    if case .member(_, let masterMTU) = role, let masterMTU,
      DecimalSyntax.integer(current, in: ModelProblem.mtuRange) == masterMTU
    {
      return  // the master's MTU: reads as none of the member's own
    }
    editor.remove(SUSEKey.mtu)
  }

  // MARK: - Addressing

  private mutating func addressing(_ interface: Interface) {
    let ipv4 = interface.ipv4.flatMap { $0 == IPv4Protocol() ? nil : $0 }
    let ipv6 = interface.ipv6.flatMap { $0 == IPv6Protocol() ? nil : $0 }
    let wanted = SUSEBootProto(
      none: ipv4 == nil && ipv6 == nil, dhcp4: ipv4?.dhcp != nil, dhcp6: ipv6?.dhcp ?? false,
      auto6: ipv6?.autoconf ?? false)
    let current = SUSEBootProto(parsing: editor.current(SUSEKey.bootproto))
    if wanted.none {
      // No IP: `none`, or an existing `static` without addresses, which says the same.
      if editor.creating || current.dhcp4 || current.dhcp6 || current.auto6 {
        editor.ensure(SUSEKey.bootproto, wanted.text)
      }
      if !current.none {
        slots(family: .ipv4, [])
        slots(family: .ipv6, [])
      }
      return
    }
    if editor.creating || !current.meansSame(as: wanted) {
      editor.ensure(SUSEKey.bootproto, wanted.text) { SUSEBootProto(parsing: $0).meansSame(as: wanted) }
    }
    slots(family: .ipv4, ipv4?.addresses ?? [])
    slots(family: .ipv6, ipv6?.addresses ?? [])
  }

  /// Makes the slots of `family` hold `addresses` in order: existing slots
  /// are reused in file order, new ones added after them, extra ones removed.
  private mutating func slots(family: IPAddressItem.Family, _ addresses: [IPAddress]) {
    let all = SUSEAddresses.slots(in: editor.file)
    let existing = all.slots.filter { $0.family == family }.map(\.suffix)
    for (index, address) in addresses.enumerated() {
      if index < existing.count {
        write(address, family: family, suffix: existing[index])
      } else {
        write(address, family: family, suffix: newSuffix(family: family))
      }
    }
    for suffix in existing.dropFirst(addresses.count) { removeSlot(suffix) }
    if family == .ipv6 {
      // Slots that hold no address at all are rewritten or dropped with the IPv6 ones.
      for problem in all.problems {
        for family in [SUSEKey.ipaddr, SUSEKey.prefixLength, SUSEKey.netmask]
        where problem.key.hasPrefix(family) {
          removeSlot(String(problem.key.dropFirst(family.count)))
        }
      }
    }
  }

  /// `IPADDR` when it holds nothing and no slot of the family exists, else
  /// the first `IPADDR_n` (n from 1) not assigned at all; either way the
  /// new slot is read after the family's existing ones.
  private func newSuffix(family: IPAddressItem.Family) -> String {
    let slots = SUSEAddresses.slots(in: editor.file).slots
    if editor.file.nonEmpty(SUSEKey.ipaddr) == nil, !slots.contains(where: { $0.family == family }) {
      return ""
    }
    var number = 1
    while editor.has(SUSEKey.ipaddr + "_\(number)") { number += 1 }
    return "_\(number)"
  }

  private mutating func write(_ address: IPAddress, family: IPAddressItem.Family, suffix: String) {
    if case .success(let slot) = SUSEAddresses.slot(suffix, in: editor.file), slot.address == address {
      return
    }
    let key = SUSEKey.ipaddr + suffix
    let prefixKey = SUSEKey.prefixLength + suffix
    let netmaskKey = SUSEKey.netmask + suffix
    let current = editor.file.nonEmpty(key)
    let separatePrefix =
      editor.file.nonEmpty(prefixKey) != nil || (family == .ipv4 && editor.file.nonEmpty(netmaskKey) != nil)
    if let prefix = address.prefix, let current, !current.contains("/"), separatePrefix {
      // Keep the file's way of giving the prefix in its own key.
      editor.ensure(key, address.address)
      if editor.file.nonEmpty(prefixKey) != nil {
        editor.ensure(prefixKey, String(prefix)) { DecimalSyntax.integer($0, in: 0...128) == prefix }
      } else if let netmask = IPv4Syntax.netmask(prefix: prefix) {
        editor.ensure(netmaskKey, netmask) { IPv4Syntax.prefix(netmask: $0) == prefix }
      }
      return
    }
    editor.ensure(key, IPAddressItem.text(address))
    editor.remove(prefixKey)
    editor.remove(netmaskKey)
  }

  private mutating func removeSlot(_ suffix: String) {
    editor.remove(SUSEKey.ipaddr + suffix)
    editor.remove(SUSEKey.prefixLength + suffix)
    editor.remove(SUSEKey.netmask + suffix)
  }

  // MARK: - Bond

  private mutating func bond(_ bond: Bond) {
    editor.ensure(SUSEKey.bondingMaster, boolean: true)
    let wanted = bond.slaves.map(\.name)
    var listed: [String] = []
    for (key, name) in SUSEFileIndex.slaveKeys(of: editor.file) {
      if wanted.contains(name), !listed.contains(name) {
        listed.append(name)
      } else {
        editor.remove(key)
      }
    }
    var number = 0
    for name in wanted where !listed.contains(name) {
      while editor.has(SUSEKey.bondingSlave + "_\(number)") { number += 1 }
      editor.ensure(SUSEKey.bondingSlave + "_\(number)", name)
      listed.append(name)
    }
    let existing = editor.current(SUSEKey.bondingModuleOpts)
    var options = BondingOptions(existing ?? "")
    var primary: String?
    if bond.mode == .activeBackup, let first = wanted.first {
      if options.has("primary") || editor.creating || listed.first != first { primary = first }
    }
    options.apply(bond, primary: primary)
    if let existing, BondingOptions(existing) == options { return }
    if existing == nil, options.tokens.isEmpty { return }
    editor.ensure(SUSEKey.bondingModuleOpts, options.text)
  }

  private mutating func removeBond() {
    guard editor.boolean(SUSEKey.bondingMaster) == true else { return }
    editor.remove(SUSEKey.bondingMaster)
    editor.remove(SUSEKey.bondingModuleOpts)
    for (key, _) in SUSEFileIndex.slaveKeys(of: editor.file) { editor.remove(key) }
  }

  // MARK: - Bridge

  private mutating func bridge(_ bridge: Bridge) {
    editor.ensure(SUSEKey.bridge, boolean: true)
    let wanted = bridge.ports.map(\.name)
    let current = SUSEFileIndex.ports(of: editor.file)
    if Set(current) != Set(wanted) || (editor.creating && !editor.has(SUSEKey.bridgePorts)) {
      var ports = current.filter { wanted.contains($0) }
      ports = ports.enumerated().filter { ports.firstIndex(of: $0.element) == $0.offset }.map(\.element)
      ports += wanted.filter { !ports.contains($0) }
      editor.ensure(SUSEKey.bridgePorts, ports.joined(separator: " "))
    }
    if let stp = bridge.stp {
      editor.ensure(SUSEKey.bridgeSTP, stp ? "on" : "off") { IfcfgBoolean.parse($0) == stp }
    } else {
      editor.remove(SUSEKey.bridgeSTP)
    }
    if let delay = bridge.delay {
      editor.ensure(SUSEKey.bridgeForwardDelay, delay)
    } else {
      editor.remove(SUSEKey.bridgeForwardDelay)
    }
  }

  private mutating func removeBridge() {
    guard editor.boolean(SUSEKey.bridge) == true else { return }
    for key in [SUSEKey.bridge, SUSEKey.bridgePorts, SUSEKey.bridgeSTP, SUSEKey.bridgeForwardDelay] {
      editor.remove(key)
    }
  }

  // MARK: - VLAN

  private mutating func vlan(_ vlan: VLAN, name: String) {
    editor.ensure(SUSEKey.etherDevice, vlan.parent)
    if editor.creating || editor.file.nonEmpty(SUSEKey.vlanID) != nil
      || SUSEReader.tagFromName(name) != vlan.tag
    {
      editor.ensure(SUSEKey.vlanID, String(vlan.tag)) {
        DecimalSyntax.integer($0, in: ModelProblem.vlanTagRange) == vlan.tag
      }
    }
  }

  private mutating func removeVLAN() {
    guard editor.file.nonEmpty(SUSEKey.etherDevice) != nil else { return }
    editor.remove(SUSEKey.etherDevice)
    editor.remove(SUSEKey.vlanID)
  }
}
