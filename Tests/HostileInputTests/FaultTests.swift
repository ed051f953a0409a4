import Foundation
import NetcfCompile
import XCTest

/// Faults of the file system under a to-native: a read-only root, a full
/// disk, a file that may not be replaced. Each gives exit 1, a message
/// naming the file and the system's reason, and leaves the root as it was.
/// The real cases mount a small tmpfs (root only; skipped elsewhere); the
/// injected ones run everywhere.
final class FaultTests: XCTestCase {
  private let config = TemporaryFolder.redHatConfig
  private var mounted: [String] = []

  override func tearDown() {
    for point in mounted.reversed() { _ = Self.shell("umount", point) }
    mounted = []
    super.tearDown()
  }

  private static func shell(_ arguments: String...) -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return -1 }
    process.waitUntilExit()
    return process.terminationStatus
  }

  /// A tmpfs of `size` mounted on a new folder.
  private func tmpfs(size: String) throws -> TemporaryFolder {
    guard getuid() == 0 else { throw XCTSkip("mounting a tmpfs needs root") }
    let folder = try TemporaryFolder()
    guard Self.shell("mount", "-t", "tmpfs", "-o", "size=\(size)", "tmpfs", folder.path) == 0 else {
      throw XCTSkip("mount -t tmpfs is not available here")
    }
    mounted.append(folder.path)
    return folder
  }

  private func populate(_ root: TemporaryFolder) throws {
    try root.write(config + "/ifcfg-eth0", "DEVICE=eth0\nONBOOT=yes\nBOOTPROTO=dhcp\n")
    try root.write(config + "/ifcfg-eth1", "DEVICE=eth1\nONBOOT=no\nBOOTPROTO=none\n")
  }

  /// Documents changing eth0, changing eth1 and creating eth2.
  private func documents() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    for (name, mode) in [("eth0", "none"), ("eth1", "onboot"), ("eth2", "onboot")] {
      try folder.write(
        "\(name).xml",
        "<interface type='ethernet' name='\(name)'><start mode='\(mode)'/><mtu size='1400'/></interface>\n")
    }
    return folder
  }

  private func toNative(_ root: TemporaryFolder, fileSystem: any FileSystem = POSIXFileSystem()) throws -> CommandResult {
    let folder = try documents()
    return runCommand(
      ["to-native", "--root", root.path, "eth0.xml", "eth1.xml", "eth2.xml"], fileSystem: fileSystem,
      currentDirectory: folder.path)
  }

  func testReadOnlyRoot() throws {
    let root = try tmpfs(size: "1m")
    try populate(root)
    XCTAssertEqual(Self.shell("mount", "-o", "remount,ro", root.path), 0)
    let before = Snapshot(of: root.path)
    let result = try toNative(root)
    assertRejected(result, message: "Read-only file system")
    XCTAssertEqual(Snapshot(of: root.path), before)
  }

  func testFullDisk() throws {
    let root = try tmpfs(size: "64k")
    try populate(root)
    // The lock file (empty) can still be made; no temporary file can get a byte.
    let filler = root.path + "/filler"
    _ = FileManager.default.createFile(atPath: filler, contents: nil)
    let handle = try XCTUnwrap(FileHandle(forWritingAtPath: filler))
    let block = Data(repeating: 0, count: 4096)
    while (try? handle.write(contentsOf: block)) != nil {}
    try? handle.close()
    let before = Snapshot(of: root.path)
    let result = try toNative(root)
    assertRejected(result, message: "No space left on device")
    var after = Snapshot(of: root.path)
    after.entries["etc/sysconfig/.netcf-compile.lock"] = nil
    XCTAssertEqual(after, before)
    // With room again, the same run succeeds and leaves no temporary file.
    unlink(filler)
    let again = try toNative(root)
    XCTAssertEqual(again.status, 0, again.error)
    XCTAssertFalse(Snapshot(of: root.path).entries.keys.contains { $0.hasSuffix(".tmp") })
  }

  /// An immutable file (`chattr +i`): even root may not replace it.
  func testFileThatMayNotBeReplaced() throws {
    guard getuid() == 0 else { throw XCTSkip("chattr needs root") }
    let root = try TemporaryFolder()
    try populate(root)
    let eth1 = root.path + "/" + config + "/ifcfg-eth1"
    guard Self.shell("chattr", "+i", eth1) == 0 else { throw XCTSkip("chattr +i is not supported here") }
    defer { _ = Self.shell("chattr", "-i", eth1) }
    let before = Snapshot(of: root.path)
    let result = try toNative(root)
    assertRejected(result, message: "Operation not permitted")
    XCTAssertTrue(result.error.contains(eth1), result.error)
    var after = Snapshot(of: root.path)
    after.entries["etc/sysconfig/.netcf-compile.lock"] = nil
    XCTAssertEqual(after, before)
  }

  /// The same faults injected, for machines where nothing can be mounted.
  func testInjectedFaultsThroughTheCommand() throws {
    let cases: [(FaultInjectingFileSystem.Fault, String)] = [
      (.matching(operation: .create, pathSuffix: ".tmp", code: EROFS), "Read-only file system"),
      (.matching(operation: .create, pathSuffix: ".netcf-compile.ifcfg-eth1.tmp", code: ENOSPC), "No space left on device"),
      (.matching(operation: .rename, pathSuffix: "ifcfg-eth1", code: EACCES), "Permission denied"),
      (.matching(operation: .read, pathSuffix: "ifcfg-eth1", code: EACCES), "Permission denied"),
    ]
    for (fault, message) in cases {
      let root = try TemporaryFolder()
      try populate(root)
      let before = Snapshot(of: root.path)
      let result = try toNative(root, fileSystem: FaultInjectingFileSystem(fault: fault))
      assertRejected(result, message: message)
      var after = Snapshot(of: root.path)
      after.entries["etc/sysconfig/.netcf-compile.lock"] = nil
      XCTAssertEqual(after, before, message)
    }
  }
}
