/// One slot per task of a parallel loop, each written by exactly one task
/// before any is read: the results of `DispatchQueue.concurrentPerform`, kept
/// in task order whatever order the tasks finish in.
public final class OrderedSlots<Output>: @unchecked Sendable {
  private let buffer: UnsafeMutablePointer<Output?>
  private let count: Int

  public init(count: Int) {
    self.count = max(count, 0)
    buffer = UnsafeMutablePointer<Output?>.allocate(capacity: max(count, 1))
    buffer.initialize(repeating: nil, count: self.count)
  }

  deinit {
    buffer.deinitialize(count: count)
    buffer.deallocate()
  }

  /// Stores task `index`'s output (indexes outside the slots are ignored).
  public func store(_ output: Output, at index: Int) {
    guard index >= 0, index < count else { return }
    buffer[index] = output
  }

  /// Every slot's output, moved out (each slot is left empty), in order.
  public func collected() -> [Output] {
    var result: [Output] = []
    result.reserveCapacity(count)
    for index in 0..<count {
      if let output = buffer[index] { result.append(output) }
      buffer[index] = nil
    }
    return result
  }

  /// Every slot's elements, in order, in one array; each slot is let go
  /// once copied, so the parts and the whole are not all held at once.
  public func joined<Element>(capacity: Int) -> [Element] where Output == [Element] {
    var result: [Element] = []
    result.reserveCapacity(capacity)
    for index in 0..<count {
      if let part = buffer[index] { result += part }
      buffer[index] = nil
    }
    return result
  }
}
