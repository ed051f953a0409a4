import Foundation
import XCTest

@testable import Lint

/// What lint looks at, suppression, severities and exit status, determinism.
final class LinterTests: XCTestCase {
  private let rh = "etc/sysconfig/network-scripts/"
  private let suse = "etc/sysconfig/network/"

  func testOnlyConfigurationFoldersAndInterfaceXMLAreChecked() throws {
    let report = try LintTestSupport.lint([
      rh + "ifcfg-eth0": "DEVICE=eth0\nONBOT=yes\n",
      rh + "ifcfg-eth0.rpmsave": "ONBOT=yes\n",
      rh + "route-eth0": "ONBOT=yes\n",
      "elsewhere/ifcfg-eth0": "ONBOT=yes\n",
      ".git/" + rh + "ifcfg-eth0": "ONBOT=yes\n",
      "xml/other.xml": "<network/>\n",
      "xml/eth0.xml": "<?xml version=\"1.0\"?>\n<!-- <interface> -->\n<interface type=\"ethernet\" name=\"eth0\"><bogus/></interface>\n",
    ])
    XCTAssertEqual(report.brief, ["unknown-key@\(rh)ifcfg-eth0:2:1", "xml-extension@xml/eth0.xml:3:40"])
    XCTAssertEqual(report.fileCount, 2)
  }

  func testDialectFlagChecksEveryFolder() throws {
    let files = ["elsewhere/ifcfg-eth0": "DEVICE=eth0\nONBOT=yes\n"]
    XCTAssertEqual(try LintTestSupport.lint(files).findings, [])
    let report = try LintTestSupport.lint(files, configuration: LintConfiguration(dialect: .fixed(.redHat)))
    XCTAssertEqual(report.brief, ["unknown-key@elsewhere/ifcfg-eth0:2:1"])
    let asSUSE = try LintTestSupport.lint(files, configuration: LintConfiguration(dialect: .fixed(.suse)))
    XCTAssertEqual(asSUSE.rules, ["unknown-key", "unknown-key"])
  }

  func testSeveritiesAndExitStatus() throws {
    let warningsOnly = try LintTestSupport.lint([rh + "ifcfg-eth0": "DEVICE=eth0\nONBOT=yes\n"])
    XCTAssertEqual(warningsOnly.exitStatus, 0)
    XCTAssertEqual(warningsOnly.warningCount, 1)
    let withError = try LintTestSupport.lint([rh + "ifcfg-eth0": "DEVICE=eth0\nMTU=big\n"])
    XCTAssertEqual(withError.exitStatus, 1)
    XCTAssertEqual(withError.findings.first?.severity, .error)
    for finding in withError.findings + warningsOnly.findings {
      XCTAssertEqual(LintRules.rule(finding.rule)?.severity, finding.severity)
    }
  }

  func testSuppressionCommentsAndFlag() throws {
    let files = [
      rh + "ifcfg-eth0": "DEVICE=eth0\n# netcf-compile: disable=unknown-key\nONBOT=yes\nMTU=big\n",
      rh + "ifcfg-eth1": "# netcf-compile: disable=all\nDEVICE=eth1\nONBOT=yes\nMTU=big\nMASTER=bond7\n",
      rh + "ifcfg-eth2": "DEVICE=eth2\nONBOT=yes\n",
      "xml/a.xml": "<interface type=\"ethernet\" name=\"a\"><bogus/><!--netcf-compile: disable=xml-extension--></interface>\n",
    ]
    XCTAssertEqual(
      try LintTestSupport.lint(files).brief, ["invalid-value@\(rh)ifcfg-eth0:4:5", "unknown-key@\(rh)ifcfg-eth2:2:1"])
    let flagged = try LintTestSupport.lint(files, configuration: LintConfiguration(disabled: ["invalid-value"]))
    XCTAssertEqual(flagged.brief, ["unknown-key@\(rh)ifcfg-eth2:2:1"])
  }

  func testSuppressionParsing() {
    var suppressions = Suppressions()
    suppressions.scan(Array("# netcf-compile: disable=unknown-key,Deprecated-Key trailing".utf8)[...])
    suppressions.scan(Array(" netcf-compile: disable=xml-schema-->".utf8)[...])
    suppressions.scan(Array("# netcf-compile: enable=expansion".utf8)[...])
    XCTAssertTrue(suppressions.contains("unknown-key"))
    XCTAssertTrue(suppressions.contains("deprecated-key"))
    XCTAssertTrue(suppressions.contains("xml-schema"))
    XCTAssertFalse(suppressions.contains("expansion"))
    XCTAssertFalse(suppressions.contains("trailing"))
  }

  func testFilesAndFoldersNamedOnTheCommandLine() throws {
    let root = try LintTestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    try LintTestSupport.write(
      [rh + "ifcfg-eth0": "DEVICE=eth0\nONBOT=yes\n", rh + "ifcfg-eth1": "DEVICE=eth1\nMASTER=bond0\n"], under: root)
    let linter = Linter()
    let one = linter.lint(paths: [rh + "ifcfg-eth0"], currentDirectory: root.path)
    XCTAssertEqual(one.brief, ["unknown-key@\(rh)ifcfg-eth0:2:1"])
    let folder = linter.lint(paths: ["./etc/"], currentDirectory: root.path)
    XCTAssertEqual(folder.brief, ["unknown-key@\(rh)ifcfg-eth0:2:1", "missing-master@\(rh)ifcfg-eth1:2:8"])
    let absolute = linter.lint(paths: [root.path + "/" + rh], currentDirectory: "/")
    XCTAssertEqual(absolute.findings.first?.path, root.path + "/" + rh + "ifcfg-eth0")
    let missing = linter.lint(paths: ["nothing-here", rh + "ifcfg-eth0"], currentDirectory: root.path)
    XCTAssertEqual(missing.brief, ["unknown-key@\(rh)ifcfg-eth0:2:1", "unreadable-file@nothing-here:1:1"])
  }

  func testOversizedFileIsReportedAndTheRestChecked() throws {
    let report = try LintTestSupport.lint(
      [rh + "ifcfg-eth0": "DEVICE=eth0\n" + String(repeating: "# padding\n", count: 50), rh + "ifcfg-eth1": "ONBOT=1\n"],
      configuration: LintConfiguration(maximumFileSize: 100))
    XCTAssertEqual(report.rules, ["unreadable-file", "unknown-key"])
    XCTAssertEqual(report.exitStatus, 1)
  }

  func testParallelRunsAreDeterministic() throws {
    var files: [String: String] = [:]
    for index in 0..<200 {
      files[rh + "ifcfg-eth\(index)"] = "DEVICE=eth\(index)\nONBOT=yes\nIPADDR=10.0.\(index % 100).1\nPREFIX=24\nMASTER=bond\(index % 3)\n"
    }
    let root = try LintTestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    try LintTestSupport.write(files, under: root)
    let first = Linter().lint(paths: [], currentDirectory: root.path)
    let second = Linter().lint(paths: [], currentDirectory: root.path)
    XCTAssertEqual(first, second)
    XCTAssertEqual(first.findings, first.findings.sorted())
    XCTAssertEqual(first.findings.count { $0.rule == "unknown-key" }, 200)
    XCTAssertEqual(first.findings.count { $0.rule == "missing-master" }, 200)
    XCTAssertEqual(first.findings.count { $0.rule == "duplicate-address" }, 100)
  }

  func testHostFoldersAreCheckedSeparately() throws {
    let report = try LintTestSupport.lint([
      "a/" + rh + "ifcfg-eth0": "DEVICE=eth0\nIPADDR=192.0.2.1\nPREFIX=24\n",
      "b/" + rh + "ifcfg-eth0": "DEVICE=eth0\nIPADDR=192.0.2.1\nPREFIX=24\n",
      "b/" + rh + "ifcfg-eth0.5": "DEVICE=eth0.5\nVLAN=yes\n",
      "c/" + rh + "ifcfg-eth0.5": "DEVICE=eth0.5\nVLAN=yes\n",
    ])
    XCTAssertEqual(report.brief, ["missing-vlan-parent@c/\(rh)ifcfg-eth0.5:1:8"])
  }
}

