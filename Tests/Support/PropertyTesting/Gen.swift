/// A generator of random values that also knows how to make a value smaller.
///
/// `shrink` returns candidates that are "simpler" than its argument, simplest
/// first; the property runner keeps the first candidate that still fails and
/// repeats until none does (greedy shrinking).
public struct Gen<Value>: Sendable {
  public let generate: @Sendable (inout SplitMix64) -> Value
  public let shrink: @Sendable (Value) -> [Value]

  public init(
    generate: @escaping @Sendable (inout SplitMix64) -> Value,
    shrink: @escaping @Sendable (Value) -> [Value] = { _ in [] }
  ) {
    self.generate = generate
    self.shrink = shrink
  }

  /// Transforms generated values; shrinking goes through `unmap` when given.
  public func map<T>(_ forward: @escaping @Sendable (Value) -> T, unmap: (@Sendable (T) -> Value)? = nil) -> Gen<T> {
    let base = self
    return Gen<T>(
      generate: { rng in forward(base.generate(&rng)) },
      shrink: { value in
        guard let unmap else { return [] }
        return base.shrink(unmap(value)).map(forward)
      })
  }

  /// A generator whose values never shrink.
  public var noShrink: Gen<Value> {
    let generate = self.generate
    return Gen(generate: generate)
  }
}

extension Gen {
  /// A constant.
  public static func always(_ value: Value) -> Gen<Value> where Value: Sendable {
    Gen(generate: { _ in value })
  }

  /// One of the given values; shrinks towards the first.
  public static func element(of values: [Value]) -> Gen<Value> where Value: Sendable & Equatable {
    Gen(
      generate: { rng in values[Int(rng.next() % UInt64(max(values.count, 1)))] },  // values must not be empty
      shrink: { value in
        guard let index = values.firstIndex(of: value), index > 0 else { return [] }
        return [values[0]]
      })
  }

  /// Picks one of several generators; shrinks with the one that made the value
  /// (by trying each generator's shrinker).
  public static func oneOf(_ generators: [Gen<Value>]) -> Gen<Value> {
    Gen(
      generate: { rng in generators[Int(rng.next() % UInt64(generators.count))].generate(&rng) },
      shrink: { value in generators.flatMap { $0.shrink(value) } })
  }
}

extension Gen where Value == Int {
  /// An integer in `range`; shrinks towards the lower bound.
  public static func int(in range: ClosedRange<Int>) -> Gen<Int> {
    Gen(
      generate: { rng in
        let width = UInt64(range.upperBound - range.lowerBound) &+ 1
        let offset = width == 0 ? rng.next() : rng.next() % width
        return range.lowerBound &+ Int(truncatingIfNeeded: offset)
      },
      shrink: { value in
        var candidates: [Int] = []
        if value != range.lowerBound { candidates.append(range.lowerBound) }
        let half = range.lowerBound + (value - range.lowerBound) / 2
        if half != value, half != range.lowerBound { candidates.append(half) }
        if value - 1 >= range.lowerBound, value - 1 != half, value - 1 != range.lowerBound { candidates.append(value - 1) }
        return candidates
      })
  }
}

extension Gen where Value == Bool {
  public static var bool: Gen<Bool> {
    Gen(generate: { rng in rng.next() & 1 == 1 }, shrink: { $0 ? [false] : [] })
  }
}

extension Gen {
  /// An array of `length` elements; shrinks by dropping halves, single
  /// elements, then shrinking elements one at a time.
  public static func array<Element>(of element: Gen<Element>, length: ClosedRange<Int>) -> Gen<[Element]>
  where Value == [Element] {
    let lengths = Gen<Int>.int(in: length)
    return Gen<[Element]>(
      generate: { rng in
        let count = lengths.generate(&rng)
        var result: [Element] = []
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(element.generate(&rng)) }
        return result
      },
      shrink: { array in shrinkArray(array, minimumCount: length.lowerBound, element: element.shrink) })
  }

  /// Optional values; shrinks to `nil` first.
  public static func optional<Wrapped>(_ wrapped: Gen<Wrapped>) -> Gen<Wrapped?> where Value == Wrapped? {
    Gen<Wrapped?>(
      generate: { rng in rng.next() % 3 == 0 ? nil : wrapped.generate(&rng) },
      shrink: { value in
        guard let value else { return [] }
        return [nil] + wrapped.shrink(value).map { Optional($0) }
      })
  }
}

/// Shrink candidates for an array: empty-ish halves, each element removed,
/// then each element shrunk in place.
public func shrinkArray<Element>(
  _ array: [Element], minimumCount: Int = 0, element shrinkElement: (Element) -> [Element]
) -> [[Element]] {
  var candidates: [[Element]] = []
  if array.count > minimumCount {
    if array.count / 2 >= minimumCount, array.count > 1 {
      candidates.append(Array(array.prefix(array.count / 2)))
      candidates.append(Array(array.suffix(array.count / 2)))
    }
    for index in array.indices.prefix(64) {
      var smaller = array
      smaller.remove(at: index)
      candidates.append(smaller)
    }
  }
  for index in array.indices.prefix(64) {
    for shrunk in shrinkElement(array[index]).prefix(4) {
      var copy = array
      copy[index] = shrunk
      candidates.append(copy)
    }
  }
  return candidates
}

extension Gen where Value == [UInt8] {
  /// Byte strings drawn from `alphabet` (all bytes when nil).
  public static func bytes(length: ClosedRange<Int>, alphabet: [UInt8]? = nil) -> Gen<[UInt8]> {
    let byte: Gen<UInt8> =
      if let alphabet, !alphabet.isEmpty {
        Gen<UInt8>(
          generate: { rng in alphabet[Int(rng.next() % UInt64(alphabet.count))] },
          shrink: { value in value == alphabet[0] ? [] : [alphabet[0]] })
      } else {
        Gen<UInt8>(generate: { rng in UInt8(truncatingIfNeeded: rng.next()) }, shrink: { $0 == 0x61 ? [] : [0x61] })
      }
    return .array(of: byte, length: length)
  }
}
