/// The sysconfig keys the SUSE dialect models, as wicked and ifcfg(5),
/// ifcfg-bridge(5), ifcfg-bonding(5) and ifcfg-vlan(5) define them.
enum SUSEKey {
  static let startMode = "STARTMODE"
  static let bootproto = "BOOTPROTO"
  static let ipaddr = "IPADDR"
  static let prefixLength = "PREFIXLEN"
  static let netmask = "NETMASK"
  static let mtu = "MTU"
  static let lladdr = "LLADDR"
  static let bridge = "BRIDGE"
  static let bridgePorts = "BRIDGE_PORTS"
  static let bridgeSTP = "BRIDGE_STP"
  static let bridgeForwardDelay = "BRIDGE_FORWARDDELAY"
  static let bondingMaster = "BONDING_MASTER"
  static let bondingSlave = "BONDING_SLAVE"
  static let bondingModuleOpts = "BONDING_MODULE_OPTS"
  static let etherDevice = "ETHERDEVICE"
  static let vlanID = "VLAN_ID"

  /// Keys that make a file describe a kind of interface netcf's XML has no
  /// word for, with what to call it.
  static let unsupportedKinds: [(key: String, what: String)] = [
    ("TUNNEL", "a tunnel"), ("TEAM_RUNNER", "a team"), ("OVS_BRIDGE", "an Open vSwitch bridge"),
    ("MACVLAN_DEVICE", "a macvlan"), ("MACVTAP_DEVICE", "a macvtap"), ("IPOIB_MODE", "an InfiniBand child"),
    ("DUMMY", "a dummy interface"), ("WIRELESS_MODE", "a wireless interface"),
  ]

  static let modelled: Set<String> = [
    startMode, bootproto, mtu, lladdr, bridge, bridgePorts, bridgeSTP, bridgeForwardDelay, bondingMaster,
    bondingModuleOpts, etherDevice, vlanID,
  ]

  /// Families whose every suffix is read: `IPADDR`, `IPADDR_0`, `IPADDR-FOO`, ...
  static let suffixedFamilies = [ipaddr, prefixLength, netmask, bondingSlave]

  /// Whether the IR depends on `key`.
  static func isModelled(_ key: String) -> Bool {
    modelled.contains(key) || suffixedFamilies.contains { key.hasPrefix($0) }
  }

  /// How SUSE files are written: single quotes on every new value, as YaST writes them.
  static let style = IfcfgEditor.Style(quote: .single, quotesNewValues: true, isModelled: isModelled)
}

/// Which files of `etc/sysconfig/network` the dialect reads.
enum SUSEFiles {
  static let prefix = IfcfgFile.prefix
  static let routePrefix = "ifroute-"
  /// The routes of every interface.
  static let globalRoutes = "routes"
  /// The extensions wicked ignores (ifcfg(5)).
  static let backupSuffixes = [
    "~", ".old", ".bak", ".orig", ".scpmbackup", ".rpmnew", ".rpmsave", ".rpmorig",
  ]

  static func isBackup(_ name: String) -> Bool { FileNameBytes.hasSuffix(name, anyOf: backupSuffixes) }

  /// `ifcfg-NAME`, not a backup.
  static func isConfig(_ name: String) -> Bool {
    FileNameBytes.hasPrefix(name, prefix) && name.utf8.count > prefix.utf8.count && !isBackup(name)
  }

  /// `ifroute-NAME` or `routes`, not a backup.
  static func isRoute(_ name: String) -> Bool {
    (name == globalRoutes
      || (FileNameBytes.hasPrefix(name, routePrefix) && name.utf8.count > routePrefix.utf8.count))
      && !isBackup(name)
  }

  static func fileName(for name: String) -> String { prefix + name }
  static func routeFileName(for name: String) -> String { routePrefix + name }
}
