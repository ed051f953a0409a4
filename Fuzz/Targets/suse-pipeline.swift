import Glibc
import SUSEDialect

/// libFuzzer entry: every input goes through the checks of FrontEndChecks
/// (Tests/HostileInputTests/FrontEnds); a broken property aborts, so that
/// libFuzzer keeps the input as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  let check: ([UInt8]) -> [String] = { FrontEndChecks.pipeline(SUSEDialect(), $0) }
  let problems = check(bytes)
  if !problems.isEmpty {
    fputs("suse-pipeline: " + problems.joined(separator: "\nsuse-pipeline: ") + "\n", stderr)
    abort()
  }
  return 0
}
