import Foundation
import RedHatDialect
import XCTest

/// Every case of Golden/redhat: `input.xml` written into `before/` (or an
/// empty folder) must give exactly `expected/`, and for edit cases the
/// change must be exactly `expected.diff`. `NETCF_RECORD=1` rewrites the
/// expectations.
final class GoldenTests: XCTestCase {
  let dialect = RedHatDialect()

  func testEveryGoldenCase() throws {
    let cases = try FileManager.default.contentsOfDirectory(atPath: TestFiles.golden.path).sorted()
    XCTAssertGreaterThanOrEqual(cases.count, 40)
    var editCases = 0
    for name in cases {
      let folder = TestFiles.golden.appendingPathComponent(name)
      guard let xml = TestFiles.text(folder.appendingPathComponent("input.xml")) else {
        XCTFail("\(name): no input.xml")
        continue
      }
      let interface: Interface
      do {
        interface = try TestFiles.interface(xml: xml, path: "\(name)/input.xml")
      } catch {
        XCTFail("\(name): \(error)")
        continue
      }
      let beforeURL = folder.appendingPathComponent("before")
      let isEdit = FileManager.default.fileExists(atPath: beforeURL.path)
      if isEdit { editCases += 1 }
      let before = isEdit ? TestFiles.readFolder(beforeURL) : [:]
      let links = TestFiles.text(folder.appendingPathComponent("links.txt")).map(Self.parseLinks) ?? [:]
      let written: NativeTree
      do {
        written = try dialect.write([interface], into: NativeTree(files: before, linkAddresses: links)).tree
      } catch {
        XCTFail("\(name): write threw \(error.diagnostics.map(\.message))")
        continue
      }
      let diff = UnifiedDiff.folders(before, written.files)
      if TestFiles.recording {
        try TestFiles.writeFolder(written.files, to: folder.appendingPathComponent("expected"))
        if isEdit { try Data(diff.utf8).write(to: folder.appendingPathComponent("expected.diff")) }
        continue
      }
      let expected = TestFiles.readFolder(folder.appendingPathComponent("expected"))
      XCTAssertEqual(
        written.files.keys.sorted(), expected.keys.sorted(), "\(name): files")
      for (file, bytes) in expected where written.files[file] != bytes {
        XCTFail("\(name)/\(file): differs\n" + UnifiedDiff.file(name: file, bytes, written.files[file]))
      }
      if isEdit {
        XCTAssertEqual(
          diff, TestFiles.text(folder.appendingPathComponent("expected.diff")) ?? "", "\(name): diff")
      }
      // What was written reads back as the input.
      do {
        let back = try dialect.read(written).interfaces
        let mine = back.first { $0.name == interface.name }
        XCTAssertEqual(mine?.canonical, Self.normalized(interface).canonical, "\(name): read back")
      } catch {
        XCTFail("\(name): read back threw \(error.diagnostics.map(\.message))")
      }
    }
    XCTAssertGreaterThanOrEqual(editCases, isRecordingOnly ? 0 : 15)
  }

  private var isRecordingOnly: Bool { TestFiles.recording }

  /// `links.txt`: `NAME MAC` lines, the host's link addresses.
  static func parseLinks(_ text: String) -> [String: String] {
    var links: [String: String] = [:]
    for line in text.split(separator: "\n") {
      let parts = line.split(separator: " ")
      if parts.count == 2 { links[String(parts[0])] = parts[1].lowercased() }
    }
    return links
  }

  /// What the IR of an example means once ports drop the MTU they share with their master.
  static func normalized(_ interface: Interface) -> Interface {
    var copy = interface
    copy.kind = stripMTU(interface.kind, masterMTU: interface.mtu)
    return copy
  }

  private static func stripMTU(_ kind: InterfaceKind, masterMTU: Int?) -> InterfaceKind {
    func strip(_ member: Interface) -> Interface {
      var copy = member
      if copy.mtu == masterMTU { copy.mtu = nil }
      copy.kind = stripMTU(member.kind, masterMTU: member.mtu ?? masterMTU)
      return copy
    }
    switch kind {
    case .bridge(var bridge):
      bridge.ports = bridge.ports.map(strip)
      return .bridge(bridge)
    case .bond(var bond):
      bond.slaves = bond.slaves.map(strip)
      return .bond(bond)
    case .ethernet, .vlan:
      return kind
    }
  }
}
