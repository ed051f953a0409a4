import Foundation
import NetcfCompile
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

final class ChangeSetWriterTests: XCTestCase {
  /// A tree of several files: two replaced, two new, one removed, one untouched.
  private func scenario() throws -> (TemporaryRoot, ChangeSet, old: [String: String?], new: [String: String?]) {
    let root = try TemporaryRoot()
    try root.writeConfig("ifcfg-eth0", "DEVICE=eth0\n# keep me\n", mode: 0o600)
    try root.writeConfig("ifcfg-eth1", "DEVICE=eth1\n")
    try root.writeConfig("ifcfg-old", "DEVICE=old\n")
    try root.writeConfig("ifcfg-same", "DEVICE=same\n")
    let old: [String: String?] = [
      "ifcfg-eth0": "DEVICE=eth0\n# keep me\n", "ifcfg-eth1": "DEVICE=eth1\n", "ifcfg-old": "DEVICE=old\n",
      "ifcfg-br0": nil, "ifcfg-br1": nil,
    ]
    let new: [String: String?] = [
      "ifcfg-eth0": "DEVICE=eth0\n# keep me\nBRIDGE=br0\n", "ifcfg-eth1": "DEVICE=eth1\nBRIDGE=br0\n",
      "ifcfg-old": nil, "ifcfg-br0": "DEVICE=br0\nTYPE=Bridge\n", "ifcfg-br1": "DEVICE=br1\n",
    ]
    let changes = old.keys.map { name in
      FileChange(
        path: TemporaryRoot.configFolder + "/" + name, old: (old[name] ?? nil).map { Array($0.utf8) },
        new: (new[name] ?? nil).map { Array($0.utf8) })
    }
    return (root, ChangeSet(root: RootFolder(root.path), changes: changes), old, new)
  }

  private func assertEachFile(
    _ root: TemporaryRoot, isOneOf old: [String: String?], _ new: [String: String?], allOld: Bool,
    file: StaticString = #filePath, line: UInt = #line
  ) {
    for name in old.keys {
      let now = root.readConfig(name)
      if allOld {
        XCTAssertEqual(now, old[name] ?? nil, name, file: file, line: line)
      } else {
        XCTAssertTrue(now == (old[name] ?? nil) || now == (new[name] ?? nil), "\(name) holds \(now ?? "nothing")", file: file, line: line)
      }
    }
    XCTAssertEqual(root.readConfig("ifcfg-same"), "DEVICE=same\n", file: file, line: line)
  }

  func testAppliesEveryChangeKeepingModes() throws {
    let (root, changes, _, new) = try scenario()
    try ChangeSetWriter().apply(changes, lockFolder: "etc/sysconfig")
    for (name, content) in new { XCTAssertEqual(root.readConfig(name), content, name) }
    XCTAssertEqual(root.mode(TemporaryRoot.configFolder + "/ifcfg-eth0"), 0o600)
    XCTAssertEqual(root.mode(TemporaryRoot.configFolder + "/ifcfg-br0"), 0o644)
    XCTAssertFalse(root.configNames().contains { $0.hasPrefix(".") })
    XCTAssertNotNil(root.read("etc/sysconfig/.netcf-compile.lock"))
  }

  func testKeepsExtendedAttributes() throws {
    let (root, changes, _, _) = try scenario()
    let path = root.config + "/ifcfg-eth1"
    let fileSystem = POSIXFileSystem()
    do {
      try fileSystem.setExtendedAttribute(at: path, name: "user.netcf-test", value: Array("label".utf8))
    } catch {
      throw XCTSkip("extended attributes are not supported here: \(error)")
    }
    try ChangeSetWriter().apply(changes, lockFolder: nil)
    XCTAssertEqual(root.readConfig("ifcfg-eth1"), "DEVICE=eth1\nBRIDGE=br0\n")
    XCTAssertEqual(try fileSystem.extendedAttributes(at: path)["user.netcf-test"], Array("label".utf8))
  }

  func testFailureAtEveryStepLeavesEveryFileOldOrNew() throws {
    let (probeRoot, probeChanges, _, _) = try scenario()
    let probe = FaultInjectingFileSystem()
    try ChangeSetWriter(fileSystem: probe).apply(probeChanges, lockFolder: "etc/sysconfig")
    let steps = probe.calls.count
    XCTAssertGreaterThan(steps, 10)
    _ = probeRoot
    for step in 0..<steps {
      for persistent in [false, true] {
        let (root, changes, old, new) = try scenario()
        let fault: FaultInjectingFileSystem.Fault =
          persistent ? .from(step: step, code: EIO) : .once(step: step, code: EIO)
        let fileSystem = FaultInjectingFileSystem(fault: fault)
        do {
          try ChangeSetWriter(fileSystem: fileSystem).apply(changes, lockFolder: "etc/sysconfig")
          // Only steps whose failure costs nothing may go unreported
          // (removing a leftover); then everything is new.
          let failed = fileSystem.calls.filter(\.failed).map(\.operation)
          XCTAssertTrue(failed.allSatisfy { $0 == .list || $0 == .remove && !persistent }, "step \(step): \(failed)")
          for (name, content) in new { XCTAssertEqual(root.readConfig(name), content, "step \(step)") }
          continue
        } catch {
          XCTAssertTrue(error.diagnostics.first?.message.contains("Input/output error") == true, "\(error)")
        }
        if persistent {
          assertEachFile(root, isOneOf: old, new, allOld: false)
          // The next healthy run removes leftover temporary files.
          try ChangeSetWriter().apply(ChangeSet(root: RootFolder(root.path), changes: []), lockFolder: nil)
          let cleanup = try NetcfCompiler(dialect: FakeDialect()).toNative(
            [Interface(name: "eth9", kind: .ethernet)], root: root.path)
          try NetcfCompiler(dialect: FakeDialect()).apply(cleanup)
          XCTAssertFalse(root.configNames().contains { $0.hasPrefix(".netcf") }, "step \(step): \(root.configNames())")
        } else {
          assertEachFile(root, isOneOf: old, new, allOld: true)
          XCTAssertFalse(root.configNames().contains { $0.hasPrefix(".") }, "step \(step): \(root.configNames())")
        }
      }
    }
  }

  func testClearErrorsAndNothingChanged() throws {
    let cases: [(FaultInjectingFileSystem.Fault, String)] = [
      (.matching(operation: .create, pathSuffix: ".tmp", code: EROFS), "Read-only file system"),
      (.matching(operation: .create, pathSuffix: ".netcf-compile.ifcfg-eth1.tmp", code: EACCES), "Permission denied"),
      (.matching(operation: .create, pathSuffix: ".netcf-compile.ifcfg-br1.tmp", code: ENOSPC), "No space left on device"),
      (.matching(operation: .rename, pathSuffix: "ifcfg-eth1", code: ENOSPC), "No space left on device"),
    ]
    for (fault, message) in cases {
      let (root, changes, old, new) = try scenario()
      let fileSystem = FaultInjectingFileSystem(fault: fault)
      do {
        try ChangeSetWriter(fileSystem: fileSystem).apply(changes, lockFolder: "etc/sysconfig")
        XCTFail("expected \(message)")
      } catch {
        let rendered = error.diagnostics.map { DiagnosticRenderer().header($0) }.joined(separator: "\n")
        XCTAssertTrue(rendered.contains(message), rendered)
        XCTAssertTrue(rendered.contains(root.config + "/"), rendered)
      }
      assertEachFile(root, isOneOf: old, new, allOld: true)
      XCTAssertFalse(root.configNames().contains { $0.hasPrefix(".") })
    }
  }

  func testRefusesHardLinkedFile() throws {
    let (root, changes, old, new) = try scenario()
    XCTAssertEqual(link(root.config + "/ifcfg-eth1", root.path + "/elsewhere"), 0)
    XCTAssertThrowsError(try ChangeSetWriter().apply(changes, lockFolder: nil)) { error in
      XCTAssertTrue("\(error)".contains("hard links"), "\(error)")
    }
    assertEachFile(root, isOneOf: old, new, allOld: true)
  }

  func testRefusesSymbolicLinks() throws {
    // A configuration folder that is a link out of the root.
    let outside = try TemporaryRoot()
    let root = try TemporaryRoot()
    try FileManager.default.createDirectory(atPath: root.path + "/etc/sysconfig", withIntermediateDirectories: true)
    XCTAssertEqual(symlink(outside.path, root.config), 0)
    let changes = ChangeSet(
      root: RootFolder(root.path),
      changes: [FileChange(path: TemporaryRoot.configFolder + "/ifcfg-eth0", old: nil, new: Array("X=1\n".utf8))])
    XCTAssertThrowsError(try ChangeSetWriter().apply(changes, lockFolder: nil)) { error in
      XCTAssertTrue("\(error)".contains("symbolic link"), "\(error)")
    }
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: outside.path), [])

    // A configuration file that is a link.
    let second = try TemporaryRoot()
    try second.write("target", "DEVICE=eth0\n")
    try FileManager.default.createDirectory(atPath: second.config, withIntermediateDirectories: true)
    XCTAssertEqual(symlink(second.path + "/target", second.config + "/ifcfg-eth0"), 0)
    let replace = ChangeSet(
      root: RootFolder(second.path),
      changes: [FileChange(path: TemporaryRoot.configFolder + "/ifcfg-eth0", old: Array("DEVICE=eth0\n".utf8), new: Array("X=1\n".utf8))])
    XCTAssertThrowsError(try ChangeSetWriter().apply(replace, lockFolder: nil))
    XCTAssertEqual(second.read("target"), "DEVICE=eth0\n")
    XCTAssertThrowsError(try NetcfCompiler(dialect: FakeDialect()).fromNative(root: second.path)) { error in
      XCTAssertTrue("\(error)".contains("symbolic link"), "\(error)")
    }
  }

  func testRefusesUnsafePaths() throws {
    let root = try TemporaryRoot()
    for path in ["../escape", "etc/../../escape", "etc/.hidden", "/abs"] {
      let changes = ChangeSet(root: RootFolder(root.path), changes: [FileChange(path: path, old: nil, new: [1])])
      XCTAssertThrowsError(try ChangeSetWriter().apply(changes, lockFolder: nil), path)
    }
  }

  func testRefusesFileChangedSinceRead() throws {
    let (root, changes, _, _) = try scenario()
    try root.writeConfig("ifcfg-eth1", "DEVICE=eth1\nEDITED=yes\n")
    XCTAssertThrowsError(try ChangeSetWriter().apply(changes, lockFolder: nil)) { error in
      XCTAssertTrue("\(error)".contains("changed by someone else"), "\(error)")
    }
    XCTAssertEqual(root.readConfig("ifcfg-eth1"), "DEVICE=eth1\nEDITED=yes\n")
    XCTAssertNil(root.readConfig("ifcfg-br0"))
  }

  func testLockKeepsASecondRunOut() throws {
    let (root, changes, old, new) = try scenario()
    let fileSystem = POSIXFileSystem()
    try FileManager.default.createDirectory(atPath: root.path + "/etc/sysconfig", withIntermediateDirectories: true)
    let held = try fileSystem.lock(at: root.path + "/etc/sysconfig/.netcf-compile.lock")
    XCTAssertThrowsError(try ChangeSetWriter().apply(changes, lockFolder: "etc/sysconfig")) { error in
      XCTAssertTrue("\(error)".contains("another run"), "\(error)")
    }
    assertEachFile(root, isOneOf: old, new, allOld: true)
    fileSystem.unlock(held)
    try ChangeSetWriter().apply(changes, lockFolder: "etc/sysconfig")
  }

  func testMakesOneFileSystemSyncForAllFiles() throws {
    let (root, changes, _, _) = try scenario()
    defer { _ = root }
    let fileSystem = FaultInjectingFileSystem()
    try ChangeSetWriter(fileSystem: fileSystem).apply(changes, lockFolder: nil)
    XCTAssertEqual(fileSystem.calls.filter { $0.operation == .syncFileSystem }.count, 1)
    let renames = fileSystem.calls.enumerated().filter { $0.element.operation == .rename }.map(\.offset)
    let sync = fileSystem.calls.firstIndex { $0.operation == .syncFileSystem } ?? Int.max
    XCTAssertTrue(renames.allSatisfy { $0 > sync })
    XCTAssertEqual(renames.count, 4)
  }
}

/// A dialect that writes a file it would not read back.
private struct CarelessDialect: Dialect {
  var name = "careless"
  var configDirectory = "etc/sysconfig/network-scripts"
  func isConfigFile(named name: String) -> Bool { name.hasPrefix("ifcfg-") }
  func read(_ tree: NativeTree) throws(DiagnosticError) -> DialectReading { DialectReading(interfaces: []) }
  func write(_ interfaces: [Interface], into tree: NativeTree) throws(DiagnosticError) -> DialectWriting {
    var copy = tree
    copy.files["../../../escape"] = [1]
    copy.files["notes.txt"] = [1]
    return DialectWriting(tree: copy)
  }
  func remove(_ names: [String], from tree: NativeTree) throws(DiagnosticError) -> NativeTree { tree }
}

final class CompilerSafetyTests: XCTestCase {
  func testRefusesFilesTheDialectWouldNotReadBack() throws {
    let root = try TemporaryRoot()
    XCTAssertThrowsError(
      try NetcfCompiler(dialect: CarelessDialect()).toNative([Interface(name: "eth0", kind: .ethernet)], root: root.path)
    ) { error in
      XCTAssertEqual((error as? DiagnosticError)?.diagnostics.count, 2)
    }
  }

  func testComputingChangesWritesNothing() throws {
    let root = try TemporaryRoot()
    let fileSystem = FaultInjectingFileSystem()
    let changes = try NetcfCompiler(dialect: FakeDialect(), fileSystem: fileSystem).toNative(
      [Interface(name: "eth0", kind: .ethernet)], root: root.path)
    XCTAssertEqual(changes.changes.map(\.path), ["etc/sysconfig/network-scripts/ifcfg-eth0"])
    XCTAssertEqual(changes.changes.first?.kind, .created)
    XCTAssertTrue(fileSystem.calls.allSatisfy { [.status, .list, .read].contains($0.operation) })
  }
}
