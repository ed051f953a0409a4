/// `BOOTPROTO` as wicked reads it: `static`, `none`, or `+`-joined
/// `dhcp` (both families), `dhcp4`, `dhcp6`, `autoip`, `auto6`; missing or
/// empty means `static`.
struct SUSEBootProto: Sendable, Hashable {
  /// `none` (or `ibft`): no IP setup at all; addresses and routes are ignored.
  var none = false
  var dhcp4 = false
  var dhcp6 = false
  var auto6 = false
  /// IPv4 link-local addressing, which interface XML cannot say.
  var autoip = false
  /// Words wicked does not know or the IR cannot say (`ibft`, `6to4`, `foo`).
  var unrepresented: [String] = []

  init(none: Bool = false, dhcp4: Bool = false, dhcp6: Bool = false, auto6: Bool = false) {
    self.none = none
    self.dhcp4 = dhcp4
    self.dhcp6 = dhcp6
    self.auto6 = auto6
  }

  init(parsing text: String?) {
    let value = (text ?? "").lowercased()
    switch value {
    case "", "static":
      return
    case "none":
      none = true
      return
    case "ibft":
      none = true
      unrepresented.append(value)
      return
    case "6to4":
      unrepresented.append(value)
      return
    default:
      break
    }
    for word in value.split(separator: "+", omittingEmptySubsequences: true) {
      switch word {
      case "dhcp":
        dhcp4 = true
        dhcp6 = true
      case "dhcp4": dhcp4 = true
      case "dhcp6": dhcp6 = true
      case "auto6": auto6 = true
      case "static": break
      case "autoip":
        autoip = true
        unrepresented.append(String(word))
      default: unrepresented.append(String(word))
      }
    }
  }

  /// Whether two values set up the same things the IR can say.
  func meansSame(as other: SUSEBootProto) -> Bool {
    none == other.none && dhcp4 == other.dhcp4 && dhcp6 == other.dhcp6 && auto6 == other.auto6
  }

  /// How SUSE tools write it: `dhcp` for both families, `dhcp4`, `dhcp6`
  /// or `static`, with `+auto6` for IPv6 autoconfiguration; `none` for
  /// ports, slaves and interfaces without IP.
  var text: String {
    if none { return "none" }
    let base =
      dhcp4 && dhcp6 ? "dhcp" : dhcp4 ? "dhcp4" : dhcp6 ? "dhcp6" : "static"
    return auto6 ? base + "+auto6" : base
  }
}
