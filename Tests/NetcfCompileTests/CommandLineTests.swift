import Foundation
import NetcfCompile
import NetcfCompileCLI
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

final class CommandLineTests: XCTestCase {
  // MARK: Help, version, usage errors

  func testHelpAndVersion() {
    let help = runCommand(["--help"])
    XCTAssertEqual(help.status, 0)
    for command in ["from-native", "to-native", "lint", "remove"] { XCTAssertTrue(help.output.contains(command)) }
    let version = runCommand(["--version"])
    XCTAssertEqual(version.status, 0)
    XCTAssertEqual(version.output, "netcf-compile \(NetcfCompileCommand.version)\n")
    for command in Commands.all {
      let result = runCommand([command.name, "--help"])
      XCTAssertEqual(result.status, 0, command.name)
      XCTAssertTrue(result.output.hasPrefix("Usage: netcf-compile \(command.name)"), result.output)
      XCTAssertTrue(result.output.contains("Examples:"), command.name)
      for option in command.options { XCTAssertTrue(result.output.contains(option.flag), option.flag) }
    }
  }

  func testNoArgumentsIsAUsageError() {
    let result = runCommand([])
    XCTAssertEqual(result.status, 2)
    XCTAssertTrue(result.error.contains("Usage:"))
  }

  func testUnknownThingsGetExitTwoAndAOneLineHint() {
    let cases: [[String]] = [
      ["frobnicate"], ["--frobnicate"], ["to-native", "--root", "/x", "--bogus"],
      ["from-native", "--dialect", "gentoo"], ["to-native", "--dialect=debian", "--root", "/x"],
      ["from-native", "--root"], ["to-native", "--diff=yes", "--root", "/x"], ["to-native", "a.xml"],
      ["remove", "--root", "/x"], ["remove", "--root", "/x", "../etc"], ["from-native", "eth0/x"],
      ["from-native", "--max-file-size", "lots"], ["from-native", "--root", "/a", "--root", "/b"],
      ["lint", "--format", "xml"], ["from-native", "--root", ""],
    ]
    for arguments in cases {
      let result = runCommand(arguments)
      XCTAssertEqual(result.status, 2, "\(arguments)")
      XCTAssertEqual(result.error.filter { $0 == "\n" }.count, 1, "\(arguments): \(result.error)")
      XCTAssertTrue(result.error.hasPrefix("netcf-compile: error: "), result.error)
      XCTAssertTrue(result.error.contains("--help"), result.error)
      XCTAssertEqual(result.output, "")
    }
  }

  func testLintIsRecognisedButNotAvailableYet() {
    let result = runCommand(["lint", "--dialect", "auto", "--format", "json", "some/path"])
    XCTAssertEqual(result.status, 2)
    XCTAssertTrue(result.error.contains("lint is not available yet"), result.error)
  }

  func testLintHookReceivesParsedOptions() {
    struct Recorder: LintCommand {
      func run(_ options: LintOptions, io: inout some CommandIO, environment: CommandEnvironment) -> Int32 {
        io.writeOutput(Array("\(options.dialect) \(options.format) \(options.paths)\n".utf8))
        return 1
      }
    }
    let result = runCommand(["lint", "--format=sarif", "a", "b"], lint: Recorder())
    XCTAssertEqual(result.status, 1)
    XCTAssertEqual(result.output, "auto sarif [\"a\", \"b\"]\n")
  }

  // MARK: from-native

  private func sampleRoot() throws -> TemporaryRoot {
    let root = try TemporaryRoot()
    try root.writeConfig("ifcfg-eth0", "DEVICE=eth0\nBRIDGE=br0\n")
    try root.writeConfig("ifcfg-br0", "DEVICE=br0\nTYPE=Bridge\nMTU=9000\n")
    try root.writeConfig("ifcfg-eth1", "# uplink\nDEVICE=eth1\n")
    try root.writeConfig("ifcfg-wlan0", "DEVICE=wlan0\nTYPE=Wireless\n")
    try root.writeConfig("ifcfg-eth1.bak", "DEVICE=broken\nMTU=x\n")
    try root.writeConfig(".netcf-compile.ifcfg-eth1.tmp", "MTU=x\n")
    return root
  }

  func testFromNativePrintsEveryInterfaceInNameOrder() throws {
    let root = try sampleRoot()
    let result = runCommand(["from-native", "--root", root.path])
    XCTAssertEqual(result.status, 0, result.error)
    XCTAssertEqual(result.output, "interfaces\ninterface br0 bridge mtu=9000 ports=eth0\ninterface eth1 ethernet\n")
    XCTAssertTrue(result.error.contains(root.config + "/ifcfg-wlan0:1:1: warning: TYPE=Wireless"), result.error)
  }

  func testFromNativeOneNameIsOneDocumentSeveralAreACollection() throws {
    let root = try sampleRoot()
    let one = runCommand(["from-native", "--root", root.path, "eth1"])
    XCTAssertEqual(one.status, 0)
    XCTAssertEqual(one.output, "interface eth1 ethernet\n")
    let two = runCommand(["from-native", "--root", root.path, "eth1", "br0"])
    XCTAssertEqual(two.output, "interfaces\ninterface br0 bridge mtu=9000 ports=eth0\ninterface eth1 ethernet\n")
  }

  func testFromNativeRelativeRootAndUnknownName() throws {
    let root = try sampleRoot()
    let parent = (root.path as NSString).deletingLastPathComponent
    let relative = (root.path as NSString).lastPathComponent
    XCTAssertEqual(runCommand(["from-native", "--root", relative, "eth1"], currentDirectory: parent).output, "interface eth1 ethernet\n")
    let missing = runCommand(["from-native", "--root", root.path, "eth7"])
    XCTAssertEqual(missing.status, 1)
    XCTAssertTrue(missing.error.contains("no top-level interface named 'eth7'"), missing.error)
    XCTAssertEqual(missing.output, "")
  }

  func testFromNativeRejectsAnInvalidFileWithItsPosition() throws {
    let root = try TemporaryRoot()
    try root.writeConfig("ifcfg-eth0", "DEVICE=eth0\nMTU=big\n")
    let result = runCommand(["from-native", "--root", root.path])
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.error.hasPrefix(root.config + "/ifcfg-eth0:2:5: error: MTU 'big' is not a number"), result.error)
    XCTAssertTrue(result.error.contains("\n  MTU=big\n      ^"), result.error)
  }

  func testFromNativeLimits() throws {
    let root = try sampleRoot()
    let small = runCommand(["from-native", "--root", root.path, "--max-file-size", "10"])
    XCTAssertEqual(small.status, 1)
    XCTAssertTrue(small.error.contains("larger than the limit of 10 bytes"), small.error)
    let few = runCommand(["from-native", "--root", root.path, "--max-files=3"])
    XCTAssertEqual(few.status, 1)
    XCTAssertTrue(few.error.contains("more than the limit of 3 entries"), few.error)
    XCTAssertEqual(runCommand(["from-native", "--root", root.path, "--max-files", "100", "--max-file-size", "100"]).status, 0)
  }

  func testFromNativeReadsLinkAddresses() throws {
    let root = try TemporaryRoot()
    try root.write("sys/class/net/eth0/address", "52:54:00:AB:CD:EF\n")
    try root.write("sys/class/net/lo/address", "garbage\n")
    let addresses = NativeTreeReader(dialect: FakeDialect()).linkAddresses(root: RootFolder(root.path), fileSystem: POSIXFileSystem())
    XCTAssertEqual(addresses, ["eth0": "52:54:00:ab:cd:ef"])
  }

  func testFromNativeOut() throws {
    let root = try sampleRoot()
    let out = try TemporaryRoot()
    try out.write("eth1.xml", "stale\n", mode: 0o600)
    let result = runCommand(["from-native", "--root", root.path, "--out", out.path + "/sub/../"])
    XCTAssertEqual(result.status, 0, result.error)
    XCTAssertEqual(result.output, "")
    XCTAssertEqual(out.read("br0.xml"), "interface br0 bridge mtu=9000 ports=eth0\n")
    XCTAssertEqual(out.read("eth1.xml"), "interface eth1 ethernet\n")
    XCTAssertEqual(out.mode("eth1.xml"), 0o600)
    XCTAssertNil(out.read("eth0.xml"))
    let fresh = out.path + "/new/folder"
    XCTAssertEqual(runCommand(["from-native", "--root", root.path, "--out", fresh, "eth1"]).status, 0)
    XCTAssertEqual(out.read("new/folder/eth1.xml"), "interface eth1 ethernet\n")
  }

  // MARK: to-native

  func testToNativeFromFilesFoldersAndStandardInput() throws {
    let root = try sampleRoot()
    let documents = try TemporaryRoot()
    try documents.write("xml/br1.xml", "interface br1 bridge ports=eth2,eth3\n")
    try documents.write("xml/notes.txt", "not a document\n")
    try documents.write("eth1.xml", "interfaces\ninterface eth1 ethernet mtu=1400\n")
    let result = runCommand(
      ["to-native", "--root", root.path, "xml", "eth1.xml"], currentDirectory: documents.path)
    XCTAssertEqual(result.status, 0, result.error)
    XCTAssertEqual(root.readConfig("ifcfg-br1"), "DEVICE=br1\nTYPE=Bridge\n")
    XCTAssertEqual(root.readConfig("ifcfg-eth2"), "DEVICE=eth2\nTYPE=Ethernet\nBRIDGE=br1\n")
    XCTAssertEqual(root.readConfig("ifcfg-eth1"), "# uplink\nDEVICE=eth1\nTYPE=Ethernet\nMTU=1400\n")
    XCTAssertEqual(root.readConfig("ifcfg-wlan0"), "DEVICE=wlan0\nTYPE=Wireless\n")

    let fresh = try TemporaryRoot()
    let piped = runCommand(["to-native", "--root", fresh.path], input: "interface eth5 ethernet\n")
    XCTAssertEqual(piped.status, 0, piped.error)
    XCTAssertEqual(fresh.readConfig("ifcfg-eth5"), "DEVICE=eth5\nTYPE=Ethernet\n")
    XCTAssertEqual(fresh.mode(TemporaryRoot.configFolder + "/ifcfg-eth5"), 0o644)
    let dash = runCommand(["to-native", "--root", fresh.path, "-"], input: "interface eth6 ethernet\n")
    XCTAssertEqual(dash.status, 0, dash.error)
    XCTAssertNotNil(fresh.readConfig("ifcfg-eth6"))
  }

  func testToNativeDiffWritesNothing() throws {
    let root = try sampleRoot()
    let before = root.configNames().map { root.readConfig($0) }
    let result = runCommand(
      ["to-native", "--root", root.path, "--diff"], input: "interface eth1 ethernet mtu=1400\ninterface eth9 ethernet\n")
    XCTAssertEqual(result.status, 0, result.error)
    XCTAssertEqual(
      result.output,
      """
      --- a/etc/sysconfig/network-scripts/ifcfg-eth1
      +++ b/etc/sysconfig/network-scripts/ifcfg-eth1
      @@ -1,2 +1,4 @@
       # uplink
       DEVICE=eth1
      +TYPE=Ethernet
      +MTU=1400
      --- /dev/null
      +++ b/etc/sysconfig/network-scripts/ifcfg-eth9
      @@ -0,0 +1,2 @@
      +DEVICE=eth9
      +TYPE=Ethernet

      """)
    XCTAssertEqual(root.configNames().map { root.readConfig($0) }, before)
  }

  func testToNativeRejectsBadInputAndWritesNothing() throws {
    let root = try sampleRoot()
    let names = root.configNames()
    let bad = runCommand(["to-native", "--root", root.path], input: "interface eth9 ethernet\nwhat is this\n")
    XCTAssertEqual(bad.status, 1)
    XCTAssertTrue(bad.error.hasPrefix("<stdin>:2:1: error: expected 'interface NAME TYPE'"), bad.error)
    let invalid = runCommand(["to-native", "--root", root.path], input: "interface eth9 ethernet mtu=12\n")
    XCTAssertEqual(invalid.status, 1)
    XCTAssertTrue(invalid.error.contains("mtu 12 is out of range"), invalid.error)
    let unsafe = runCommand(["to-native", "--root", root.path], input: "interface ../../x ethernet\n")
    XCTAssertEqual(unsafe.status, 1)
    XCTAssertTrue(unsafe.error.contains("invalid interface name"), unsafe.error)
    let missing = runCommand(["to-native", "--root", root.path, "/nonexistent/file.xml"])
    XCTAssertEqual(missing.status, 1)
    XCTAssertTrue(missing.error.hasPrefix("/nonexistent/file.xml:1:1: error: cannot read the file: No such file"), missing.error)
    XCTAssertEqual(root.configNames(), names)
    XCTAssertNil(root.readConfig("ifcfg-eth9"))
  }

  func testToNativeRefusesAnInterfaceThatIsBothTopLevelAndAPort() throws {
    let root = try TemporaryRoot()
    let result = runCommand(["to-native", "--root", root.path], input: "interface br1 bridge ports=eth1\ninterface eth1 ethernet\n")
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.error.contains("interface 'eth1' is defined at the top level and as a port or slave of 'br1'"), result.error)
    XCTAssertEqual(root.configNames(), [])
  }

  func testToNativeReportsFileSystemFailureAndChangesNothing() throws {
    let root = try sampleRoot()
    let fileSystem = FaultInjectingFileSystem(fault: .matching(operation: .rename, pathSuffix: "ifcfg-eth3", code: ENOSPC))
    let result = runCommand(
      ["to-native", "--root", root.path], input: "interface br1 bridge ports=eth2,eth3\ninterface eth1 ethernet mtu=1400\n",
      fileSystem: fileSystem)
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(
      result.error.hasPrefix(root.config + "/ifcfg-eth3:1:1: error: cannot rename the file into place: No space left on device"),
      result.error)
    XCTAssertNil(root.readConfig("ifcfg-br1"))
    XCTAssertNil(root.readConfig("ifcfg-eth2"))
    XCTAssertEqual(root.readConfig("ifcfg-eth1"), "# uplink\nDEVICE=eth1\n")
    XCTAssertFalse(root.configNames().contains { $0.hasPrefix(".netcf") })
  }

  func testToNativeWithNoChangeWritesNothing() throws {
    let root = try TemporaryRoot()
    try root.writeConfig("ifcfg-eth5", "DEVICE=eth5\nTYPE=Ethernet\n")
    let fileSystem = FaultInjectingFileSystem()
    let result = runCommand(["to-native", "--root", root.path], input: "interface eth5 ethernet\n", fileSystem: fileSystem)
    XCTAssertEqual(result.status, 0, result.error)
    XCTAssertFalse(fileSystem.calls.contains { [.create, .rename, .lock, .makeDirectory].contains($0.operation) })
  }

  // MARK: remove

  func testRemoveDeletesTheInterfaceAndItsPorts() throws {
    let root = try sampleRoot()
    let diff = runCommand(["remove", "--root", root.path, "--diff", "br0"])
    XCTAssertEqual(diff.status, 0, diff.error)
    XCTAssertTrue(diff.output.contains("--- a/etc/sysconfig/network-scripts/ifcfg-br0\n+++ /dev/null\n@@ -1,3 +0,0 @@\n-DEVICE=br0\n"), diff.output)
    XCTAssertTrue(diff.output.contains("+++ /dev/null\n@@ -1,2 +0,0 @@\n-DEVICE=eth0\n-BRIDGE=br0\n"), diff.output)
    XCTAssertNotNil(root.readConfig("ifcfg-br0"))
    let result = runCommand(["remove", "--root", root.path, "br0"])
    XCTAssertEqual(result.status, 0, result.error)
    XCTAssertNil(root.readConfig("ifcfg-br0"))
    XCTAssertNil(root.readConfig("ifcfg-eth0"))
    XCTAssertNotNil(root.readConfig("ifcfg-eth1"))
    let again = runCommand(["remove", "--root", root.path, "br0"])
    XCTAssertEqual(again.status, 1)
    XCTAssertTrue(again.error.contains("no top-level interface named 'br0'"), again.error)
  }

  func testRemoveFailureRestoresRemovedFiles() throws {
    let root = try sampleRoot()
    let fileSystem = FaultInjectingFileSystem(fault: .matching(operation: .remove, pathSuffix: "/ifcfg-eth0", code: EACCES))
    let result = runCommand(["remove", "--root", root.path, "br0"], fileSystem: fileSystem)
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.error.contains("Permission denied"), result.error)
    XCTAssertEqual(root.readConfig("ifcfg-br0"), "DEVICE=br0\nTYPE=Bridge\nMTU=9000\n")
    XCTAssertEqual(root.readConfig("ifcfg-eth0"), "DEVICE=eth0\nBRIDGE=br0\n")
  }

  func testDialectOption() throws {
    let root = try sampleRoot()
    XCTAssertEqual(runCommand(["from-native", "--dialect", "redhat", "--root", root.path, "eth1"]).output, "interface eth1 ethernet\n")
    let suse = runCommand(["from-native", "--dialect=suse", "--root", root.path])
    XCTAssertEqual(suse.status, 2)
    XCTAssertTrue(suse.error.contains("the suse dialect is not available in this build"), suse.error)
    var io = BufferedIO()
    let environment = CommandEnvironment(
      dialects: [FakeDialect(), FakeDialect(name: "suse", configDirectory: "etc/sysconfig/network")], format: FakeFormat())
    try root.write("etc/sysconfig/network/ifcfg-eth4", "DEVICE=eth4\n")
    XCTAssertEqual(NetcfCompileCLI.run(arguments: ["from-native", "--dialect", "suse", "--root", root.path], io: &io, environment: environment), 0)
    XCTAssertEqual(io.outputText, "interfaces\ninterface eth4 ethernet\n")
  }

  // MARK: the built dialect

  func testStandardEnvironmentHasTheRedHatDialect() {
    XCTAssertEqual(CommandEnvironment.standard.dialects.first?.name, "redhat")
    XCTAssertEqual(BuiltInDialects.named("redhat")?.configDirectory, "etc/sysconfig/network-scripts")
  }
}
