extension IfcfgValueReader {
  /// The bonding options in `key`, their errors and warnings reported at its value.
  public mutating func bondingOptions(_ file: IfcfgFile, _ key: String) -> BondingOptions.Reading {
    let options = BondingOptions(file.string(key) ?? "").reading
    for problem in options.errors { invalid(file, key, problem) }
    for problem in options.warnings { warn(file, "not-represented", problem, key: key) }
    return options
  }

  /// Adds a slave read from its file to `slaves`, unless it is not an
  /// ethernet interface (warned about in `slaveFile` and skipped).
  public mutating func appendSlave(
    _ slave: Interface, from slaveFile: IfcfgFile?, to slaves: inout [Interface], bond name: String
  ) {
    if slave.type != .ethernet {
      warn(slaveFile, "invalid-slave", "a \(slave.type.rawValue) cannot be a slave of bond \(name); skipped")
      return
    }
    slaves.append(slave)
  }

  /// The bond of `file` with its slaves: in active-backup mode the primary
  /// first, or a warning at `key` when the primary is not a slave.
  public mutating func bond(
    _ options: BondingOptions.Reading, slaves: [Interface], file: IfcfgFile, key: String, name: String
  ) -> Bond {
    var bond = Bond(mode: options.mode, monitor: options.monitor)
    var slaves = slaves
    if bond.mode == .activeBackup, let primary = options.primary {
      if let ordered = BondingOptions.ordered(slaves, primary: primary) {
        slaves = ordered
      } else {
        warn(file, "unknown-primary", "primary=\(primary) is not a slave of \(name)", key: key)
      }
    }
    bond.slaves = slaves
    return bond
  }
}
