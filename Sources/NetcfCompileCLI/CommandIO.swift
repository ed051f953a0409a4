#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif
@_exported import NetcfCompile

/// Everything a command touches outside itself: standard input, output and
/// error, the working directory, and the file system. Tests pass a
/// ``BufferedIO``; the program passes ``StandardIO``.
public protocol CommandIO {
  var fileSystem: any FileSystem { get }
  /// The folder relative paths are resolved against.
  var currentDirectory: String { get }
  /// All of standard input, or `nil` when it holds more than `limit` bytes or cannot be read.
  mutating func readStandardInput(limit: Int) -> [UInt8]?
  mutating func writeOutput(_ bytes: [UInt8])
  mutating func writeError(_ bytes: [UInt8])
}

extension CommandIO {
  mutating func writeOutput(_ text: String) { writeOutput(Array(text.utf8)) }
  mutating func writeError(_ text: String) { writeError(Array(text.utf8)) }
}

/// Standard input, output and error of the process, and the real file system.
public struct StandardIO: CommandIO {
  public let fileSystem: any FileSystem
  public let currentDirectory: String

  public init(fileSystem: any FileSystem = POSIXFileSystem()) {
    self.fileSystem = fileSystem
    self.currentDirectory = WorkingDirectory.current
  }

  public mutating func readStandardInput(limit: Int) -> [UInt8]? {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: buffer.prefix(count))
      if bytes.count > limit { return nil }
    }
  }

  public mutating func writeOutput(_ bytes: [UInt8]) { Self.write(bytes, to: 1) }
  public mutating func writeError(_ bytes: [UInt8]) { Self.write(bytes, to: 2) }

  private static func write(_ bytes: [UInt8], to descriptor: Int32) {
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { buffer in
        Glibc.write(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
      }
      if count < 0 {
        if errno == EINTR { continue }
        return
      }
      written += count
    }
  }
}

/// Input and output held in memory, for running commands in-process.
public struct BufferedIO: CommandIO {
  public var fileSystem: any FileSystem
  public var currentDirectory: String
  public var input: [UInt8]
  public var output: [UInt8] = []
  public var error: [UInt8] = []

  public init(input: [UInt8] = [], fileSystem: any FileSystem = POSIXFileSystem(), currentDirectory: String = "/") {
    self.input = input
    self.fileSystem = fileSystem
    self.currentDirectory = currentDirectory
  }

  public mutating func readStandardInput(limit: Int) -> [UInt8]? { input.count > limit ? nil : input }
  public mutating func writeOutput(_ bytes: [UInt8]) { output += bytes }
  public mutating func writeError(_ bytes: [UInt8]) { error += bytes }

  public var outputText: String { String(decoding: output, as: UTF8.self) }
  public var errorText: String { String(decoding: error, as: UTF8.self) }
}
