/// Bounds on what reading a root may take in, so that no input can make a
/// run exhaust memory or time.
public struct ReadLimits: Sendable, Hashable {
  /// The largest file read, in bytes (default 16 MiB).
  public var maximumFileSize: Int
  /// The most entries a folder may hold (default 1,000,000).
  public var maximumFileCount: Int

  public static let defaultMaximumFileSize = 16 << 20
  public static let defaultMaximumFileCount = 1_000_000

  public init(maximumFileSize: Int = defaultMaximumFileSize, maximumFileCount: Int = defaultMaximumFileCount) {
    self.maximumFileSize = max(0, maximumFileSize)
    self.maximumFileCount = max(0, maximumFileCount)
  }

  public static let `default` = ReadLimits()
}
