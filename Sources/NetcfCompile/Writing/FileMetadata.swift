/// What a replaced file keeps: permission bits, owner, group and extended
/// attributes (the SELinux label among them).
struct FileMetadata: Sendable, Hashable {
  var mode: UInt32
  var owner: UInt32
  var group: UInt32
  var attributes: [String: [UInt8]]

  /// The permission bits of a file created from nothing.
  static let newFileMode: UInt32 = 0o644
}
