import Dispatch

/// `map` over an array in parallel chunks, results in input order.
public enum ParallelChunks {
  /// Inputs per chunk: enough work per task to outweigh scheduling it.
  static let chunkSize = 64

  public static func map<Input: Sendable, Output: Sendable>(
    _ inputs: [Input], _ transform: @Sendable (Input) -> Output
  ) -> [Output] {
    mapChunks(inputs, size: chunkSize) { $0.map(transform) }.flatMap { $0 }
  }

  /// `transform` of each run of `size` consecutive inputs, in parallel, results in input order.
  public static func mapChunks<Input: Sendable, Output: Sendable>(
    _ inputs: [Input], size: Int, _ transform: @Sendable (ArraySlice<Input>) -> Output
  ) -> [Output] {
    let size = max(size, 1)
    let chunkCount = (inputs.count + size - 1) / size
    if chunkCount < 2 { return inputs.isEmpty ? [] : [transform(inputs[...])] }
    let results = ChunkResults<Output>(count: chunkCount)
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
      let start = chunk * size
      let end = min(start + size, inputs.count)
      results.store(transform(inputs[start..<end]), at: chunk)
    }
    return results.collected()
  }

  /// One slot per chunk, each written by exactly one iteration before any is read.
  private final class ChunkResults<Output: Sendable>: @unchecked Sendable {
    private let buffer: UnsafeMutablePointer<Output?>
    private let count: Int

    init(count: Int) {
      self.count = count
      buffer = UnsafeMutablePointer<Output?>.allocate(capacity: count)
      buffer.initialize(repeating: nil, count: count)
    }

    deinit {
      buffer.deinitialize(count: count)
      buffer.deallocate()
    }

    func store(_ output: Output, at index: Int) {
      guard index >= 0, index < count else { return }
      buffer[index] = output
    }

    /// Every slot's output, moved out, in order.
    func collected() -> [Output] {
      var result: [Output] = []
      result.reserveCapacity(count)
      for index in 0..<count {
        if let output = buffer[index] { result.append(output) }
        buffer[index] = nil
      }
      return result
    }
  }
}
