import Dispatch

extension IfcfgFile {
  /// Parses the named files of `tree` in name order, on every core: files are
  /// independent, so chunks of them are lexed in parallel and the results are
  /// put back in name order.
  public static func parseAll(
    _ tree: NativeTree, directory: String, where isWanted: (String) -> Bool
  ) -> [IfcfgFile] {
    let names = tree.files.keys.filter(isWanted).sorted()
    return ParallelChunks.map(names) { name in
      IfcfgFile(fileName: name, directory: directory, bytes: tree.files[name] ?? [])
    }
  }
}

/// `map` over an array in parallel chunks, results in input order.
public enum ParallelChunks {
  /// Inputs per chunk: enough work per task to outweigh scheduling it.
  static let chunkSize = 64

  public static func map<Input: Sendable, Output: Sendable>(
    _ inputs: [Input], _ transform: @Sendable (Input) -> Output
  ) -> [Output] {
    let chunkCount = (inputs.count + chunkSize - 1) / chunkSize
    if chunkCount < 2 { return inputs.map(transform) }
    let results = ChunkResults<Output>(count: chunkCount)
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
      let start = chunk * chunkSize
      let end = min(start + chunkSize, inputs.count)
      results.store(inputs[start..<end].map(transform), at: chunk)
    }
    return results.joined()
  }

  /// One slot per chunk, each written by exactly one iteration before any is read.
  private final class ChunkResults<Output: Sendable>: @unchecked Sendable {
    private let buffer: UnsafeMutablePointer<[Output]>
    private let count: Int

    init(count: Int) {
      self.count = count
      buffer = UnsafeMutablePointer<[Output]>.allocate(capacity: count)
      buffer.initialize(repeating: [], count: count)
    }

    deinit {
      buffer.deinitialize(count: count)
      buffer.deallocate()
    }

    func store(_ outputs: [Output], at index: Int) {
      guard index >= 0, index < count else { return }
      buffer[index] = outputs
    }

    func joined() -> [Output] {
      var result: [Output] = []
      for index in 0..<count { result += buffer[index] }
      return result
    }
  }
}
