import Foundation

/// The outcome of a failed property: the seed to replay and the smallest
/// failing input found.
public struct PropertyFailure<Value>: Error, CustomStringConvertible {
  public let seed: UInt64
  public let iteration: Int
  public let original: Value
  public let shrunk: Value
  public let shrinkSteps: Int
  public let message: String

  public var description: String {
    """
    property failed at iteration \(iteration) (replay with NETCF_SEED=\(seed)); \
    shrunk in \(shrinkSteps) steps to:
    \(String(reflecting: shrunk))
    \(message)
    """
  }
}

/// Runs properties: `count` random cases from a seed, and on failure a greedy
/// shrink loop. The seed comes from `NETCF_SEED` when set, so a failure
/// printed in CI replays exactly on any machine.
public struct PropertyCheck: Sendable {
  public var seed: UInt64
  public var count: Int
  public var maxShrinkSteps: Int

  /// `count` is scaled by `NETCF_PROPERTY_SCALE` (a decimal factor) when set.
  public init(count: Int = 200, seed: UInt64? = nil, maxShrinkSteps: Int = 2_000) {
    let environment = ProcessInfo.processInfo.environment
    self.seed = seed ?? environment["NETCF_SEED"].flatMap { UInt64($0) } ?? 0x5EED_2026
    let scale = environment["NETCF_PROPERTY_SCALE"].flatMap { Double($0) } ?? 1
    self.count = max(1, Int(Double(count) * scale))
    self.maxShrinkSteps = maxShrinkSteps
  }

  /// Checks `property` on `count` generated values. The property returns
  /// `nil` when it holds, or a message describing the failure.
  /// - Returns: the failure, shrunk, or `nil` when every case held.
  public func run<Value>(_ gen: Gen<Value>, _ property: (Value) -> String?) -> PropertyFailure<Value>? {
    var rng = SplitMix64(seed: seed)
    for iteration in 0..<count {
      let value = gen.generate(&rng)
      guard let message = property(value) else { continue }
      var smallest = value
      var smallestMessage = message
      var steps = 0
      var improved = true
      while improved, steps < maxShrinkSteps {
        improved = false
        for candidate in gen.shrink(smallest) {
          steps += 1
          if let failure = property(candidate) {
            smallest = candidate
            smallestMessage = failure
            improved = true
            break
          }
          if steps >= maxShrinkSteps { break }
        }
      }
      return PropertyFailure(
        seed: seed, iteration: iteration, original: value, shrunk: smallest, shrinkSteps: steps,
        message: smallestMessage)
    }
    return nil
  }
}
