/// Booleans as initscripts reads them (`is_true` / `is_false` in
/// `network-functions`): `yes`, `true`, `on`, `y`, `t`, `1` in any case are
/// true; `no`, `false`, `off`, `n`, `f`, `0` are false.
enum IfcfgBoolean {
  /// The meaning of `text`, or nil when it is neither true nor false.
  static func parse(_ text: String) -> Bool? {
    switch text.lowercased() {
    case "yes", "true", "on", "y", "t", "1": true
    case "no", "false", "off", "n", "f", "0": false
    default: nil
    }
  }

  /// How netcf writes a boolean.
  static func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }
}
