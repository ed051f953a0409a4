import Diagnostics
import PropertyTesting
import ShellSyntax
import XCTest

/// Looking up, setting, inserting and removing assignments.
final class ShellEditingTests: XCTestCase {
  private func parse(_ text: String) -> ShellFile { ShellFile(parsing: Array(text.utf8), path: "ifcfg-eth0") }
  private func text(_ file: ShellFile) -> String { String(decoding: file.bytes, as: UTF8.self) }

  func testLookupReadsTheLastAssignment() throws {
    let file = parse("A=1\nB='x'\nA=\"2\"\n")
    XCTAssertEqual(file.lastAssignmentIndex(of: "A"), 2)
    XCTAssertEqual(file.assignmentIndices(of: "A"), [0, 2])
    XCTAssertEqual(file.value(of: "A")?.string, "2")
    XCTAssertNil(file.value(of: "C"))
    XCTAssertEqual(file.keys, ["B", "A"])
  }

  func testKeysWithAPrefix() {
    let file = parse("IPADDR_1=a\nIPADDR=b\nIP=c\nIPADDR_0=d\nIPADDR_1=e\nX=f\n")
    XCTAssertEqual(file.keys(withPrefix: "IPADDR"), ["IPADDR", "IPADDR_0", "IPADDR_1"])
    XCTAssertEqual(file.keys(withPrefix: "IPADDR_"), ["IPADDR_0", "IPADDR_1"])
    XCTAssertEqual(file.keys(withPrefix: ""), file.keys)
    XCTAssertEqual(file.keys(withPrefix: "Y"), [])
  }

  func testSetKeepsIndentExportTrailingCommentAndCRLF() throws {
    var file = parse("# top\r\n  export IPADDR=\"1.2.3.4\" ; # primary\r\nNAME=x\r\n")
    try file.setValue("10.0.0.1", for: "IPADDR", preferring: .single)
    XCTAssertEqual(text(file), "# top\r\n  export IPADDR=\"10.0.0.1\" ; # primary\r\nNAME=x\r\n")
    XCTAssertEqual(file.value(of: "IPADDR")?.string, "10.0.0.1")
  }

  func testSetQuotesInTheStyleOfTheExistingValue() throws {
    var file = parse("A=x\nB='x'\nC=\"x\"\nD=$'x'\n")
    for key in ["A", "B", "C", "D"] { try file.setValue("y", for: key, preferring: .single) }
    XCTAssertEqual(text(file), "A=y\nB='y'\nC=\"y\"\nD=y\n")
    try file.setValue("a b", for: "A", preferring: .double)
    try file.setValue("a'b", for: "B", preferring: .single)
    XCTAssertEqual(text(file), "A=\"a b\"\nB=\"a'b\"\nC=\"y\"\nD=y\n")
  }

  func testSetLeavesAnEqualValueUntouched() throws {
    var file = parse("A='x' # c\nB=$'x'\n")
    XCTAssertNil(try file.setValue("x", for: "A", preferring: .double))
    XCTAssertNil(try file.setValue("x", for: "B", preferring: .double))
    XCTAssertEqual(text(file), "A='x' # c\nB=$'x'\n")
  }

  func testSetEditsTheLastOfDuplicateKeys() throws {
    var file = parse("A=1\nB=2\nA=3 # last\n")
    try file.setValue("4", for: "A", preferring: .double)
    XCTAssertEqual(text(file), "A=1\nB=2\nA=4 # last\n")
  }

  func testSetReplacesAnExpansionAndItsDiagnostic() throws {
    var file = parse("A=$HOME\n")
    XCTAssertEqual(file.diagnostics.map(\.code), ["expansion"])
    try file.setValue("/root", for: "A", preferring: .double)
    XCTAssertEqual(text(file), "A=/root\n")
    XCTAssertEqual(file.diagnostics, [])
  }

  func testSetOfAnAbsentKeyAppends() throws {
    var file = parse("A=1")
    let written = try file.setValue("x y", for: "B", preferring: .single)
    XCTAssertEqual(written?.style, .single)
    XCTAssertEqual(text(file), "A=1\nB='x y'\n")
  }

  func testSetRefusesUnencodableValuesAtTheValue() {
    var file = parse("A=1\nB=2\n")
    XCTAssertThrowsError(try file.setValue("a\nb", for: "B", preferring: .double)) { error in
      let diagnostic = (error as? DiagnosticError)?.diagnostics.first
      XCTAssertEqual(diagnostic?.code, "unencodable-value")
      XCTAssertEqual(diagnostic?.range, SourceRange(start: 6, end: 7))
      XCTAssertEqual(diagnostic?.path, "ifcfg-eth0")
    }
    XCTAssertEqual(text(file), "A=1\nB=2\n")
  }

  func testInsertAfterALine() throws {
    var file = parse("# c\nA=1\nC=3\n")
    try file.insert(key: "B", value: "2", after: 1, preferring: .double)
    XCTAssertEqual(text(file), "# c\nA=1\nB=2\nC=3\n")
    try file.insert(key: "Z", value: "", at: 0, preferring: .single)
    XCTAssertEqual(text(file), "Z=''\n# c\nA=1\nB=2\nC=3\n")
  }

  func testAppendUsesTheDominantNewlineAndEndsTheLastLine() throws {
    var file = parse("A=1\r\nB=2\r\nC=3")
    try file.append(key: "D", value: "4", preferring: .double)
    XCTAssertEqual(text(file), "A=1\r\nB=2\r\nC=3\r\nD=4\r\n")
    var mixed = parse("A=1\r\nB=2\nC=3\n# c")
    try mixed.append(key: "D", value: "4", preferring: .double)
    XCTAssertEqual(text(mixed), "A=1\r\nB=2\nC=3\n# c\nD=4\n")
    var empty = parse("")
    try empty.append(key: "D", value: "4", preferring: .double)
    XCTAssertEqual(text(empty), "D=4\n")
  }

  func testInsertRefusesInvalidKeys() {
    var file = parse("A=1\n")
    for key in ["", "1A", "A-B", "A B", "\u{00e9}"] {
      XCTAssertThrowsError(try file.append(key: key, value: "1", preferring: .double), key) { error in
        XCTAssertEqual((error as? DiagnosticError)?.diagnostics.map(\.code), ["invalid-key"])
      }
    }
    XCTAssertEqual(text(file), "A=1\n")
  }

  func testRemoveEveryAssignmentOfAKey() {
    var file = parse("A=1\n# keep\nB=2\n  export A='3' # x\nA=4")
    XCTAssertEqual(file.removeAssignments(of: "A"), 3)
    XCTAssertEqual(text(file), "# keep\nB=2\n")
    XCTAssertEqual(file.removeAssignments(of: "A"), 0)
    XCTAssertEqual(file.diagnostics, [])
  }

  func testCreateFromPairs() throws {
    let pairs: [(key: String, value: String)] = [
      ("DEVICE", "eth0"), ("NAME", "System eth0"), ("X", "it's"), ("E", ""),
    ]
    let redHat = try ShellFile.create(pairs, preferring: .double)
    XCTAssertEqual(text(redHat), "DEVICE=eth0\nNAME=\"System eth0\"\nX=\"it's\"\nE=\"\"\n")
    let suse = try ShellFile.create(pairs, preferring: .single, newline: .crlf)
    XCTAssertEqual(text(suse), "DEVICE=eth0\r\nNAME='System eth0'\r\nX=\"it's\"\r\nE=''\r\n")
    for (key, value) in pairs { XCTAssertEqual(suse.value(of: key)?.string, value) }
    XCTAssertThrowsError(
      try ShellFile.create([(key: "A B", value: "1"), (key: "C", value: "\n")], preferring: .double)
    ) {
      XCTAssertEqual(($0 as? DiagnosticError)?.diagnostics.map(\.code), ["invalid-key", "unencodable-value"])
    }
  }

  /// On random realistic files: setting a key changes its value and no other line.
  func testSetChangesOnlyTheEditedLine() {
    let edits = Gen<([[UInt8]], String, [UInt8])>(
      generate: { rng in
        (
          ShellGenerators.file.generate(&rng), ShellGenerators.pick(ShellGenerators.keys, &rng),
          ShellGenerators.value.generate(&rng)
        )
      },
      shrink: { value in ShellGenerators.file.shrink(value.0).map { ($0, value.1, value.2) } })
    XCTAssertProperty(edits, count: 1_000) { lines, key, value in
      var file = ShellFile(parsing: lines.flatMap { $0 })
      if file.diagnostics.contains(where: { $0.code == "unterminated-quote" }) { return nil }
      let before = file
      do {
        try file.setValue(value, for: key, preferring: .double)
      } catch {
        return "refused \(value): \(error)"
      }
      if file.value(of: key) != .literal(value) {
        return "value of \(key) is \(String(describing: file.value(of: key)))"
      }
      guard let index = before.lastAssignmentIndex(of: key) else {
        return file.lines.dropLast().map(\.bytes) == before.lines.map(\.bytes)
          ? nil : "append changed other lines"
      }
      guard file.lines.count == before.lines.count else { return "line count changed" }
      for offset in file.lines.indices
      where offset != index && file.lines[offset].bytes != before.lines[offset].bytes {
        return "line \(offset) changed"
      }
      let old = before.lines[index].assignment
      let new = file.lines[index].assignment
      if old?.indent != new?.indent || old?.trailing != new?.trailing
        || old?.exportKeyword != new?.exportKeyword
        || old?.newline != new?.newline
      {
        return "trivia of the edited line changed: \(String(describing: old)) -> \(String(describing: new))"
      }
      return nil
    }
  }
}
