/// The ifcfg keys the Red Hat dialect models, and the order netcf writes them in.
enum RedHatKey {
  static let device = "DEVICE"
  static let hwaddr = "HWADDR"
  static let vlan = "VLAN"
  static let physdev = "PHYSDEV"
  static let vlanID = "VLAN_ID"
  static let onboot = "ONBOOT"
  static let hotplug = "HOTPLUG"
  static let mtu = "MTU"
  static let type = "TYPE"
  static let bootproto = "BOOTPROTO"
  static let peerDNS = "PEERDNS"
  static let ipaddr = "IPADDR"
  static let netmask = "NETMASK"
  static let prefix = "PREFIX"
  static let gateway = "GATEWAY"
  static let ipv6Init = "IPV6INIT"
  static let ipv6Autoconf = "IPV6_AUTOCONF"
  static let ipv6Forwarding = "IPV6FORWARDING"
  static let dhcpv6c = "DHCPV6C"
  static let dhcpv6Old = "DHCPV6"
  static let ipv6Addr = "IPV6ADDR"
  static let ipv6Secondaries = "IPV6ADDR_SECONDARIES"
  static let ipv6Gateway = "IPV6_DEFAULTGW"
  static let stp = "STP"
  static let delay = "DELAY"
  static let bondingOpts = "BONDING_OPTS"
  static let bondingMaster = "BONDING_MASTER"
  static let bridge = "BRIDGE"
  static let master = "MASTER"
  static let slave = "SLAVE"
  static let deviceType = "DEVICETYPE"
  static let teamMaster = "TEAM_MASTER"

  /// Keys whose value the IR depends on (besides the numbered address keys).
  static let modelled: Set<String> = [
    device, hwaddr, vlan, physdev, vlanID, onboot, hotplug, mtu, type, bootproto, peerDNS,
    ipv6Init, ipv6Autoconf, ipv6Forwarding, dhcpv6c, dhcpv6Old, ipv6Addr, ipv6Secondaries, ipv6Gateway,
    stp, delay, bondingOpts, bondingMaster, bridge, master, slave,
  ]

  /// The numbered families: `IPADDR`, `IPADDR0`...`IPADDR255`, and the same for the others.
  static let numberedFamilies = [ipaddr, netmask, prefix, gateway]

  /// Whether the IR depends on `key`.
  static func isModelled(_ key: String) -> Bool {
    if modelled.contains(key) { return true }
    return numberedFamilies.contains { family in
      guard key.hasPrefix(family) else { return false }
      let suffix = key.dropFirst(family.count)
      return suffix.isEmpty || DecimalSyntax.integer(suffix, in: 0...255) != nil
    }
  }

  /// How Red Hat files are written: double quotes where quotes are needed, as NetworkManager writes.
  static let style = IfcfgEditor.Style(quote: .double, quotesNewValues: false, isModelled: isModelled)

  /// `IPADDR` + slot suffix (`""`, `"0"`, `"1"`...).
  static func numbered(_ family: String, _ slot: String) -> String { family + slot }
}
