/// The numbered IPv4 address slots of a file, as initscripts' `expand_config`
/// walks them: `IPADDR`, then `IPADDR0`, `IPADDR1`, ... up to `IPADDR255`,
/// skipping a missing `IPADDR0`/`IPADDR1` but stopping at the first missing
/// one from `IPADDR2` on.
enum IPv4Slots {
  /// Every suffix in the order initscripts tries them.
  static let all: [String] = [""] + (0...255).map(String.init)

  /// The suffixes that hold an address bash would use.
  static func used(in file: IfcfgFile) -> [String] {
    var result: [String] = []
    for suffix in all {
      if file.nonEmpty(RedHatKey.ipaddr + suffix) != nil {
        result.append(suffix)
      } else if let index = Int(suffix), index >= 2 {
        break
      }
    }
    return result
  }

  /// The suffix for an address added after `existing` (`""` first, then one past the highest number).
  static func next(after existing: [String]) -> String {
    if existing.isEmpty { return "" }
    let highest = existing.compactMap { Int($0) }.max()
    return String((highest ?? 0) + 1)
  }
}
