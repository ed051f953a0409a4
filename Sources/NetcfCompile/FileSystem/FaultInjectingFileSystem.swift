import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// A ``FileSystem`` that forwards to another and fails chosen calls, for
/// testing what a writer leaves behind when any step goes wrong.
///
/// Every call is numbered from 0 in the order it is made and logged; a
/// ``Fault`` picks the calls that fail. Deterministic: the same run makes
/// the same calls.
public final class FaultInjectingFileSystem: FileSystem {
  /// Which calls fail, and with which `errno`.
  public enum Fault: Sendable, Hashable {
    /// No call fails.
    case none
    /// Only call number `step` fails.
    case once(step: Int, code: Int32)
    /// Call number `step` and every later call fail, as on a disk gone bad.
    case from(step: Int, code: Int32)
    /// Every call of `operation` on a path ending in `pathSuffix` fails.
    case matching(operation: FileOperation, pathSuffix: String, code: Int32)
  }

  /// One call made through the wrapper.
  public struct Call: Sendable, Hashable {
    public var operation: FileOperation
    public var path: String
    public var failed: Bool
  }

  private struct State {
    var fault: Fault
    var calls: [Call] = []
  }

  private let base: any FileSystem
  private let state: Mutex<State>

  public init(_ base: any FileSystem = POSIXFileSystem(), fault: Fault = .none) {
    self.base = base
    self.state = Mutex(State(fault: fault))
  }

  /// Every call made so far, in order.
  public var calls: [Call] { state.withLock { $0.calls } }

  /// Changes the fault for later calls (and keeps the log).
  public func inject(_ fault: Fault) { state.withLock { $0.fault = fault } }

  private func check(_ operation: FileOperation, _ path: String) throws(FileSystemError) {
    let code: Int32? = state.withLock { state in
      let step = state.calls.count
      var code: Int32?
      switch state.fault {
      case .none: code = nil
      case .once(let failing, let error): code = step == failing ? error : nil
      case .from(let failing, let error): code = step >= failing ? error : nil
      case .matching(let failing, let suffix, let error):
        code = operation == failing && path.hasSuffix(suffix) ? error : nil
      }
      state.calls.append(Call(operation: operation, path: path, failed: code != nil))
      return code
    }
    if let code { throw FileSystemError(operation: operation, path: path, code: code) }
  }

  public func status(at path: String, followingLinks: Bool) throws(FileSystemError) -> FileStatus? {
    try check(.status, path)
    return try base.status(at: path, followingLinks: followingLinks)
  }

  public func readFile(at path: String, limit: Int, followingLinks: Bool) throws(FileSystemError) -> [UInt8] {
    try check(.read, path)
    return try base.readFile(at: path, limit: limit, followingLinks: followingLinks)
  }

  public func listDirectory(at path: String, limit: Int, followingLinks: Bool) throws(FileSystemError) -> [String] {
    try check(.list, path)
    return try base.listDirectory(at: path, limit: limit, followingLinks: followingLinks)
  }

  public func createFile(at path: String, bytes: [UInt8], mode: UInt32) throws(FileSystemError) {
    try check(.create, path)
    try base.createFile(at: path, bytes: bytes, mode: mode)
  }

  public func syncFileSystem(containing path: String) throws(FileSystemError) {
    try check(.syncFileSystem, path)
    try base.syncFileSystem(containing: path)
  }

  public func syncDirectory(at path: String) throws(FileSystemError) {
    try check(.syncDirectory, path)
    try base.syncDirectory(at: path)
  }

  public func rename(_ source: String, to destination: String) throws(FileSystemError) {
    try check(.rename, destination)
    try base.rename(source, to: destination)
  }

  public func removeFile(at path: String) throws(FileSystemError) {
    try check(.remove, path)
    try base.removeFile(at: path)
  }

  public func makeDirectory(at path: String, mode: UInt32) throws(FileSystemError) {
    try check(.makeDirectory, path)
    try base.makeDirectory(at: path, mode: mode)
  }

  public func setOwner(at path: String, owner: UInt32, group: UInt32) throws(FileSystemError) {
    try check(.setOwner, path)
    try base.setOwner(at: path, owner: owner, group: group)
  }

  public func setMode(at path: String, mode: UInt32) throws(FileSystemError) {
    try check(.setMode, path)
    try base.setMode(at: path, mode: mode)
  }

  public func extendedAttributes(at path: String) throws(FileSystemError) -> [String: [UInt8]] {
    try check(.listAttributes, path)
    return try base.extendedAttributes(at: path)
  }

  public func setExtendedAttribute(at path: String, name: String, value: [UInt8]) throws(FileSystemError) {
    try check(.setAttribute, path)
    try base.setExtendedAttribute(at: path, name: name, value: value)
  }

  public func lock(at path: String) throws(FileSystemError) -> FileLock {
    try check(.lock, path)
    return try base.lock(at: path)
  }

  public func unlock(_ lock: FileLock) { base.unlock(lock) }
}
