import Dispatch

/// `map` over an array in parallel chunks, results in input order.
public enum ParallelChunks {
  /// Inputs per chunk: enough work per task to outweigh scheduling it.
  static let chunkSize = 64

  public static func map<Input: Sendable, Output: Sendable>(
    _ inputs: [Input], _ transform: @Sendable (Input) -> Output
  ) -> [Output] {
    let chunkCount = (inputs.count + chunkSize - 1) / chunkSize
    if chunkCount < 2 { return inputs.map(transform) }
    let results = OrderedSlots<[Output]>(count: chunkCount)
    run(inputs, size: chunkSize, chunkCount: chunkCount, into: results) { $0.map(transform) }
    return results.joined(capacity: inputs.count)
  }

  /// `transform` of each run of `size` consecutive inputs, in parallel, results in input order.
  public static func mapChunks<Input: Sendable, Output: Sendable>(
    _ inputs: [Input], size: Int, _ transform: @Sendable (ArraySlice<Input>) -> Output
  ) -> [Output] {
    let size = max(size, 1)
    let chunkCount = (inputs.count + size - 1) / size
    if chunkCount < 2 { return inputs.isEmpty ? [] : [transform(inputs[...])] }
    let results = OrderedSlots<Output>(count: chunkCount)
    run(inputs, size: size, chunkCount: chunkCount, into: results, transform)
    return results.collected()
  }

  private static func run<Input: Sendable, Output: Sendable>(
    _ inputs: [Input], size: Int, chunkCount: Int, into results: OrderedSlots<Output>,
    _ transform: @Sendable (ArraySlice<Input>) -> Output
  ) {
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
      let start = chunk * size
      let end = min(start + size, inputs.count)
      results.store(transform(inputs[start..<end]), at: chunk)
    }
  }
}
