/// Booleans as initscripts (`is_true` / `is_false` in `network-functions`)
/// and wicked read them: `yes`, `true`, `on`, `y`, `t`, `1` in any case are
/// true; `no`, `false`, `off`, `n`, `f`, `0` are false.
public enum IfcfgBoolean {
  /// The meaning of `text`, or nil when it is neither true nor false.
  public static func parse(_ text: String) -> Bool? {
    switch text.lowercased() {
    case "yes", "true", "on", "y", "t", "1": true
    case "no", "false", "off", "n", "f", "0": false
    default: nil
    }
  }

  /// How netcf and YaST write a boolean.
  public static func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }
}
