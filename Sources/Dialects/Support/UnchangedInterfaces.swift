/// A dialect's reader of interfaces out of its indexed files, as
/// ``UnchangedInterfaces`` drives it.
public protocol InterfaceFileReader {
  /// Everything reported so far.
  var diagnostics: [Diagnostic] { get }
  /// The top-level interfaces `names`, in the order given (skipped ones left out).
  mutating func read(_ names: some Sequence<String>) -> [Interface]
}

/// The top-level interfaces of a write that their files already describe
/// exactly, and cleanly (reading them reports no error). Writing such an
/// interface changes no byte (the lens's GetPut law, which the tests hold
/// the writers to), so writers skip it: an unchanged tree costs a read.
public enum UnchangedInterfaces {
  /// The names of `interfaces` that `makeReader()` reads back unchanged;
  /// only names for which `isTopLevel` holds are tried (a port or slave in
  /// the files becomes top-level by being written).
  public static func names<Reader: InterfaceFileReader>(
    of interfaces: [Interface], isTopLevel: (String) -> Bool, makeReader: @escaping @Sendable () -> Reader
  ) -> Set<String> {
    let candidates = interfaces.filter { isTopLevel($0.name) }
    let batches = ParallelChunks.mapChunks(candidates, size: InterfaceBatches.size) { batch in
      var reader = makeReader()
      var unchanged: [String] = []
      for interface in batch {
        let reported = reader.diagnostics.count
        let current = reader.read(CollectionOfOne(interface.name))
        let clean = !reader.diagnostics.dropFirst(reported).contains { $0.severity == .error }
        if clean, current == [interface] { unchanged.append(interface.name) }
      }
      return unchanged
    }
    return Set(batches.joined())
  }
}
