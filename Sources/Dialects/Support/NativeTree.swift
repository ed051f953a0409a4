/// The native files a dialect reads and writes: the contents of its
/// configuration folder (`etc/sysconfig/network-scripts` for Red Hat,
/// `etc/sysconfig/network` for SUSE), keyed by file name.
///
/// A dialect's lens has this as its source: `put` returns the tree with some
/// files changed or added (a file absent from the result is removed; only
/// `remove` ever does that), `create` a tree of new files.
public struct NativeTree: Sendable, Hashable {
  /// File name within the configuration folder -> contents.
  public var files: [String: [UInt8]]
  /// Hardware addresses of the host's interfaces (`ROOT/sys/class/net/NAME/address`),
  /// lower case, by interface name. Read only: used to find the file that
  /// describes an interface when it is not named after it.
  public var linkAddresses: [String: String]

  public init(files: [String: [UInt8]] = [:], linkAddresses: [String: String] = [:]) {
    self.files = files
    self.linkAddresses = linkAddresses
  }
}

/// What reading a tree produced: the top-level interfaces in name order,
/// and warnings about what was skipped or not represented.
public struct DialectReading: Sendable, Hashable {
  public var interfaces: [Interface]
  public var warnings: [Diagnostic]

  public init(interfaces: [Interface], warnings: [Diagnostic] = []) {
    self.interfaces = interfaces
    self.warnings = warnings
  }
}

/// What writing interfaces into a tree produced: the new tree, and warnings
/// about what the format could not say.
public struct DialectWriting: Sendable, Hashable {
  public var tree: NativeTree
  public var warnings: [Diagnostic]

  public init(tree: NativeTree, warnings: [Diagnostic] = []) {
    self.tree = tree
    self.warnings = warnings
  }
}

/// What reading a tree in batches produced: each batch's output in name
/// order, and warnings about what was skipped or not represented.
public struct BatchReading<Output: Sendable>: Sendable {
  public var outputs: [Output]
  public var warnings: [Diagnostic]

  public init(outputs: [Output], warnings: [Diagnostic] = []) {
    self.outputs = outputs
    self.warnings = warnings
  }
}
