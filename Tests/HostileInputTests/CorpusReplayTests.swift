import XCTest

/// Every committed fuzz input (Fuzz/corpus/**, Fuzz/regressions/**) goes
/// through every front end's checks (FrontEnds/FrontEndChecks.swift) in the
/// normal test build: no trap, the lexer prints back byte for byte, errors
/// are diagnostics in range, accepted input obeys the lens laws.
final class CorpusReplayTests: XCTestCase {
  private func replay(_ folder: String, minimum: Int) throws {
    let inputs = RepositoryFiles.files(under: folder)
    XCTAssertGreaterThanOrEqual(inputs.count, minimum, "inputs under \(folder)")
    for input in inputs {
      let bytes = Array(try Data(contentsOf: input))
      let name = input.path.dropFirst(RepositoryFiles.root.path.count + 1)
      for frontEnd in FrontEndChecks.all {
        let problems = frontEnd.check(bytes)
        XCTAssertEqual(problems, [], "\(frontEnd.name) on \(name)")
      }
    }
  }

  func testCommittedCorporaThroughEveryFrontEnd() throws {
    try replay("Fuzz/corpus", minimum: 100)
  }

  func testRegressionInputsThroughEveryFrontEnd() throws {
    try replay("Fuzz/regressions", minimum: 1)
  }

  /// Each fuzz target has a committed corpus, and each front end a target.
  func testEveryFrontEndHasACorpusAndATarget() {
    for frontEnd in FrontEndChecks.all {
      XCTAssertFalse(RepositoryFiles.files(under: "Fuzz/corpus/" + frontEnd.name).isEmpty, frontEnd.name)
      XCTAssertTrue(
        FileManager.default.fileExists(atPath: RepositoryFiles.root.path + "/Fuzz/Targets/\(frontEnd.name).swift"),
        frontEnd.name)
    }
  }

  /// The checks themselves fail on what they are meant to catch.
  func testChecksCatchBrokenProperties() {
    let inRange = FrontEndChecks.rangeProblem(
      .error("x", "m", path: "f", range: .init(start: 0, end: 3)), files: ["f": [1, 2, 3]])
    XCTAssertNil(inRange)
    let outside = FrontEndChecks.rangeProblem(
      .error("x", "m", path: "f", range: .init(start: 2, end: 4)), files: ["f": [1, 2, 3]])
    XCTAssertNotNil(outside)
    XCTAssertEqual(
      FrontEndChecks.diagnosticProblems(.init([]), files: [:], what: "w"), ["w: an error without diagnostics"])
  }
}
