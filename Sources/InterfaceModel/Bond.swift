/// `<bond mode="...">` with an optional link monitor and its ordered slaves.
public struct Bond: Sendable, Hashable {
  public var mode: BondMode?
  public var monitor: BondMonitor?
  /// The slaves, ethernet interfaces; for active-backup the first is the primary.
  public var slaves: [Interface]

  public init(mode: BondMode? = nil, monitor: BondMonitor? = nil, slaves: [Interface] = []) {
    self.mode = mode
    self.monitor = monitor
    self.slaves = slaves
  }
}

/// The Linux bonding modes, as the XML and `mode=` spell them.
public enum BondMode: String, Sendable, Hashable, CaseIterable {
  case balanceRR = "balance-rr"
  case activeBackup = "active-backup"
  case balanceXOR = "balance-xor"
  case broadcast = "broadcast"
  case ieee8023ad = "802.3ad"
  case balanceTLB = "balance-tlb"
  case balanceALB = "balance-alb"

  /// The kernel's numeric mode (0...6).
  public var number: Int {
    switch self {
    case .balanceRR: 0
    case .activeBackup: 1
    case .balanceXOR: 2
    case .broadcast: 3
    case .ieee8023ad: 4
    case .balanceTLB: 5
    case .balanceALB: 6
    }
  }

  /// Reads a mode as the bonding driver does: by name or by number 0...6.
  public init?(bondingOption text: String) {
    if let mode = BondMode(rawValue: text) {
      self = mode
    } else if let number = Int(text), let mode = BondMode.allCases.first(where: { $0.number == number }) {
      self = mode
    } else {
      return nil
    }
  }
}

/// How a bond watches its links: MII link state or ARP probes.
public enum BondMonitor: Sendable, Hashable {
  case mii(MIIMonitor)
  case arp(ARPMonitor)
}

/// `<miimon freq downdelay updelay carrier/>`; times in milliseconds.
public struct MIIMonitor: Sendable, Hashable {
  public var frequency: Int?
  public var downdelay: Int?
  public var updelay: Int?
  public var carrier: CarrierMode?

  public init(frequency: Int? = nil, downdelay: Int? = nil, updelay: Int? = nil, carrier: CarrierMode? = nil) {
    self.frequency = frequency
    self.downdelay = downdelay
    self.updelay = updelay
    self.carrier = carrier
  }
}

/// How MII link state is read: `ioctl` (`use_carrier=0`) or `netif` (`use_carrier=1`).
public enum CarrierMode: String, Sendable, Hashable, CaseIterable {
  case ioctl
  case netif
}

/// `<arpmon interval target validate/>`.
public struct ARPMonitor: Sendable, Hashable {
  public var interval: Int?
  public var target: String?
  public var validate: ARPValidate?

  public init(interval: Int? = nil, target: String? = nil, validate: ARPValidate? = nil) {
    self.interval = interval
    self.target = target
    self.validate = validate
  }
}

/// `arp_validate` values.
public enum ARPValidate: String, Sendable, Hashable, CaseIterable {
  case none
  case active
  case backup
  case all
}
