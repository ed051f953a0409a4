/// The bytes of one input together with the name it is reported under.
///
/// Every front end reads bytes, never `String`: a file may hold CRLF line
/// ends, NUL bytes or invalid UTF-8, and all of them must survive a round trip.
public struct SourceFile: Sendable, Hashable {
  /// The path shown in diagnostics (`path:line:col`).
  public var path: String
  /// The raw contents.
  public var bytes: [UInt8]

  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }

  public init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }
}
