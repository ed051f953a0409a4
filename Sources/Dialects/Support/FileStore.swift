/// The contents of a folder's files, by name, that a reader lets go of as
/// it is done with them: reading a whole tree then never holds every file's
/// bytes and every interface's output at once.
///
/// Lookups may run on any thread. ``release(_:)`` may too, as long as no
/// two threads touch the same file at once: readers that split the files
/// among themselves (each file read by one batch) release only their own.
public final class FileStore: @unchecked Sendable {
  /// File name -> slot.
  private let slots: [String: Int]
  private let contents: UnsafeMutablePointer<[UInt8]?>
  private let count: Int

  /// Takes `files`; pass the only reference to the table (a consumed tree's
  /// files) so that releasing a file frees its bytes.
  public init(_ files: consuming [String: [UInt8]]) {
    count = files.count
    contents = UnsafeMutablePointer<[UInt8]?>.allocate(capacity: max(count, 1))
    var slots: [String: Int] = [:]
    slots.reserveCapacity(count)
    var next = 0
    for (name, bytes) in files where next < count {
      (contents + next).initialize(to: bytes)
      slots[name] = next
      next += 1
    }
    // Every slot is initialized, even if the table had fewer entries than it said.
    if next < count { (contents + next).initialize(repeating: nil, count: count - next) }
    self.slots = slots
  }

  deinit {
    contents.deinitialize(count: count)
    contents.deallocate()
  }

  /// Every file name, in no particular order.
  public var names: Dictionary<String, Int>.Keys { slots.keys }

  /// The bytes of `name`; nil when there is no such file or it was released.
  public func bytes(_ name: String) -> [UInt8]? {
    guard let slot = slots[name], slot >= 0, slot < count else { return nil }
    return contents[slot]
  }

  /// Lets go of the bytes of `name`.
  public func release(_ name: String) {
    guard let slot = slots[name], slot >= 0, slot < count else { return }
    contents[slot] = nil
  }

  /// Lets go of the bytes of `names` (files of `directory`), keeping those of
  /// the files `diagnostics` name, returned by path (to show excerpts).
  public func release(
    _ names: some Sequence<String>, of directory: String, keepingFilesNamedBy diagnostics: [Diagnostic]
  ) -> [String: [UInt8]] {
    let named = Set(diagnostics.map(\.path))
    var kept: [String: [UInt8]] = [:]
    for name in names {
      if !named.isEmpty {
        let path = directory + "/" + name
        if named.contains(path) { kept[path] = bytes(name) }
      }
      release(name)
    }
    return kept
  }
}
