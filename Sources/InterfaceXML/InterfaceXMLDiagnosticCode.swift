import InterfaceModel

/// The diagnostic codes the interface XML reader and writer report.
///
/// Problems the interface model itself defines (``ModelProblem``) keep one
/// code per case, so the same mistake has the same code in every format.
public enum InterfaceXMLDiagnosticCode {
  /// The root element is neither `<interface>` nor `<interfaces>`.
  public static let unknownRootElement = "unknown-root-element"
  /// An `<interface type="...">` other than ethernet, bridge, bond or vlan.
  public static let unknownInterfaceType = "unknown-interface-type"
  /// A `<protocol family="...">` other than ipv4 or ipv6.
  public static let unknownProtocolFamily = "unknown-protocol-family"
  /// A required attribute is missing.
  public static let missingAttribute = "missing-attribute"
  /// A required element is missing (a bridge without `<bridge>`, ...).
  public static let missingElement = "missing-element"
  /// An element that may occur once occurs again.
  public static let duplicateElement = "duplicate-element"
  /// A known element where it is not allowed (a `<mac>` on a bridge, ...).
  public static let misplacedElement = "misplaced-element"
  /// Non-whitespace text inside an element that only holds elements.
  public static let unexpectedText = "unexpected-text"
  /// An attribute value that is not of the attribute's type.
  public static let invalidValue = "invalid-value"
  /// A warning: an element the format does not define; it is kept.
  public static let unknownElement = "unknown-element"
  /// A warning: an attribute the element does not define; it is kept.
  public static let unknownAttribute = "unknown-attribute"
  /// An interface value interface XML cannot express (a MAC address on a
  /// bridge, an mtu on a bridge port, a link monitor without its interval).
  public static let unrepresentable = "unrepresentable-in-xml"

  /// The code of a model problem, the same in every format.
  public static func code(of problem: ModelProblem) -> String {
    switch problem {
    case .invalidName: "invalid-name"
    case .mtuOutOfRange: "mtu-out-of-range"
    case .invalidMAC: "invalid-mac"
    case .invalidIPv4Address: "invalid-ipv4-address"
    case .invalidIPv6Address: "invalid-ipv6-address"
    case .prefixOutOfRange: "prefix-out-of-range"
    case .invalidForwardDelay: "invalid-forward-delay"
    case .vlanTagOutOfRange: "vlan-tag-out-of-range"
    case .bondWithoutSlaves: "bond-without-slaves"
    case .invalidPortKind: "invalid-port-kind"
    case .invalidSlaveKind: "invalid-slave-kind"
    case .slaveInTwoBonds: "slave-in-two-bonds"
    case .portInTwoBridges: "port-in-two-bridges"
    case .duplicateInterface: "duplicate-interface"
    case .negativeTime: "negative-time"
    }
  }
}
