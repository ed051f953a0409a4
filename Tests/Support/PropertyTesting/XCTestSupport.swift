import XCTest

/// Runs a property and records an XCTest failure, with the replay seed and
/// the shrunk counterexample, when it does not hold.
public func XCTAssertProperty<Value>(
  _ gen: Gen<Value>, count: Int = 200, seed: UInt64? = nil,
  file: StaticString = #filePath, line: UInt = #line,
  _ property: (Value) -> String?
) {
  let check = PropertyCheck(count: count, seed: seed)
  if let failure = check.run(gen, property) {
    XCTFail(failure.description, file: file, line: line)
  }
}

/// Records a failure when a law check returned a message.
public func XCTAssertLaw(_ message: String?, file: StaticString = #filePath, line: UInt = #line) {
  if let message { XCTFail(message, file: file, line: line) }
}
