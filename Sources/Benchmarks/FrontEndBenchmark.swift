#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif
import Diagnostics
import InterfaceXML
import ShellSyntax
import XMLSyntax

/// Counts tokens and nothing else: the tokenizer's cost with a null handler,
/// like libxml2's SAX parser with no callbacks.
struct TokenCounter: XMLTokenHandler {
  var count = 0

  mutating func handle(_ token: XMLToken) throws(DiagnosticError) { count &+= 1 }
}

/// In-process speed of the front ends: the XML tokenizer against libxml2's
/// SAX parser, XML to IR, and the ifcfg lexer against a plain C reader.
struct FrontEndBenchmark {
  var tools: BenchmarkTools
  var corpus: Corpus
  var scratch: String
  var runs: Int

  /// Bytes of the large tokenizer input: tens of MB.
  static let largeDocumentBytes = 32_000_000
  static let group = "front-end"

  func run() -> [Measurement] {
    let xmlFiles = corpus.xmlFiles()
    let documents = xmlFiles.compactMap { FileBytes.read($0) }
    let large = Self.wrapped(documents, atLeast: Self.largeDocumentBytes)
    let all = Self.wrapped(documents, atLeast: 0)
    let largePath = scratch + "/large.xml"
    let allPath = scratch + "/all.xml"
    FileBytes.write(large, to: largePath)
    FileBytes.write(all, to: allPath)
    Log.info("front end: \(large.count) byte document of \(documents.count) interfaces (cycled), \(runs) runs")

    var rows: [Measurement] = []
    let parsers = tools.xmlParserSeconds(largePath, bytes: large.count, runs: runs, scratch: scratch)
    let sax = parsers["libxml2-sax-null"]
    rows.append(
      Measurement(
        group: Self.group, name: "floor: libxml2 SAX (null handlers)", seconds: sax, bytes: large.count,
        note: sax == nil ? "xmlspeed failed" : nil))
    if let expat = parsers["expat-null"] {
      rows.append(
        Measurement(
          group: Self.group, name: "expat (null handlers)", seconds: expat, bytes: large.count, floor: "libxml2 SAX",
          floorSeconds: sax))
    }
    rows.append(tokenizer(large, path: largePath, saxSeconds: sax))
    let allSax = tools.libxml2SAXSeconds(allPath, bytes: all.count, runs: runs, scratch: scratch)
    rows.append(contentsOf: xmlToIR(all, path: allPath, saxSeconds: allSax))
    rows.append(contentsOf: lexer(folder: corpus.nativeFolder(.redhat), dialect: .redhat))
    rows.append(contentsOf: lexer(folder: corpus.nativeFolder(.suse), dialect: .suse))
    return rows
  }

  /// `<interfaces>` around the documents (repeated until `atLeast` bytes), declarations dropped.
  static func wrapped(_ documents: [[UInt8]], atLeast minimum: Int) -> [UInt8] {
    var out = Array("<interfaces>\n".utf8)
    guard !documents.isEmpty else { return out + Array("</interfaces>\n".utf8) }
    repeat {
      for document in documents {
        out.append(contentsOf: withoutDeclaration(document))
        if out.last != UInt8(ascii: "\n") { out.append(UInt8(ascii: "\n")) }
      }
    } while out.count < minimum
    return out + Array("</interfaces>\n".utf8)
  }

  private static func withoutDeclaration(_ document: [UInt8]) -> ArraySlice<UInt8> {
    let slice = document[...]
    guard slice.starts(with: "<?xml".utf8), let end = slice.firstRange(of: "?>".utf8) else { return slice }
    var start = end.upperBound
    while start < slice.endIndex, slice[start] == UInt8(ascii: "\n") || slice[start] == UInt8(ascii: "\r") {
      start += 1
    }
    return slice[start...]
  }

  static let largeLimits = XMLLimits(maxInputBytes: 1 << 30)

  private func tokenizer(_ bytes: [UInt8], path: String, saxSeconds: Double?) -> Measurement {
    var failure: String?
    let times = (0..<runs).map { _ in
      Clock.measure {
        var counter = TokenCounter()
        do throws(DiagnosticError) {
          try XMLTokenizer(bytes: bytes, path: path, limits: Self.largeLimits).tokenize(into: &counter)
        } catch {
          failure = "tokenizer rejected the document: \(error)"
        }
      }
    }
    let seconds = Statistics.median(times)
    let child = ProcessRunner.runMeasuringMemory([tools.benchmark, "tokenize", path], scratch: scratch)
    let peak = child.status == 0 ? child.peakKiB : nil
    let fast = saxSeconds.map { seconds <= $0 }
    let small = peak.map { $0 * 1024 < 2 * bytes.count }
    return Measurement(
      group: Self.group, name: "XML tokenizer (null handler)", seconds: failure == nil ? seconds : nil,
      bytes: bytes.count, peakKiB: peak, floor: "libxml2 SAX", floorSeconds: saxSeconds,
      target: "<= 1x, peak < 2x input", met: fast.flatMap { fast in small.map { fast && $0 } },
      note: failure ?? "peak RSS of a child that reads and tokenizes the file once")
  }

  private func xmlToIR(_ bytes: [UInt8], path: String, saxSeconds: Double?) -> [Measurement] {
    var failure: String?
    var interfaces = 0
    let treeTimes = (0..<runs).map { _ in
      Clock.measure {
        do throws(DiagnosticError) {
          _ = try XMLDocument.parse(bytes, path: "all.xml", limits: Self.largeLimits)
        } catch {
          failure = "\(error)"
        }
      }
    }
    let irTimes = (0..<runs).map { _ in
      Clock.measure {
        do throws(DiagnosticError) {
          interfaces = try InterfaceXML.read(bytes, path: "all.xml").interfaces.count
        } catch {
          failure = "\(error)".split(separator: "\n").first.map(String.init) ?? "error"
        }
      }
    }
    let ir = Statistics.median(irTimes)
    let treePeak = ProcessRunner.runMeasuringMemory([tools.benchmark, "tree", path], scratch: scratch)
    let irPeak = ProcessRunner.runMeasuringMemory([tools.benchmark, "read-ir", path], scratch: scratch)
    return [
      Measurement(
        group: Self.group, name: "XML -> element tree", seconds: failure == nil ? Statistics.median(treeTimes) : nil,
        bytes: bytes.count, peakKiB: treePeak.status == 0 ? treePeak.peakKiB : nil, floor: "libxml2 SAX",
        floorSeconds: saxSeconds, note: failure),
      Measurement(
        group: Self.group, name: "XML -> IR (\(interfaces) interfaces)", seconds: failure == nil ? ir : nil,
        bytes: bytes.count, peakKiB: irPeak.status == 0 ? irPeak.peakKiB : nil, floor: "libxml2 SAX",
        floorSeconds: saxSeconds, target: ">= 100 MB/s",
        met: failure == nil ? Double(bytes.count) / ir / 1e6 >= 100 : nil, note: failure),
    ]
  }

  private func lexer(folder: String, dialect: Dialect) -> [Measurement] {
    let names = FileBytes.regularFiles(in: folder)
    guard !names.isEmpty else { return [] }
    let size = FileBytes.folderSize(folder)
    let floor = tools.readallSeconds([folder], runs: runs)
    var lines = 0
    let lexTimes = (0..<runs).map { _ in
      Clock.measure {
        lines = 0
        let fd = open(folder, O_RDONLY | O_DIRECTORY)
        defer { close(fd) }
        for name in FileBytes.regularFiles(in: folder) {
          guard let bytes = FileBytes.read(at: fd, name) else { continue }
          lines &+= ShellFile(parsing: bytes, path: name).lines.count
        }
      }
    }
    let readTimes = (0..<runs).map { _ in
      Clock.measure {
        let fd = open(folder, O_RDONLY | O_DIRECTORY)
        defer { close(fd) }
        for name in FileBytes.regularFiles(in: folder) { _ = FileBytes.read(at: fd, name) }
      }
    }
    let lex = Statistics.median(lexTimes)
    let label = dialect.rawValue
    return [
      Measurement(
        group: Self.group, name: "floor: readall (C) over \(label) folder", seconds: floor, files: size.files,
        bytes: size.bytes),
      Measurement(
        group: Self.group, name: "read only (Swift, in process), \(label)", seconds: Statistics.median(readTimes),
        files: size.files, bytes: size.bytes, floor: "readall", floorSeconds: floor),
      Measurement(
        group: Self.group, name: "read + ifcfg lexer, \(label) (\(lines) lines)", seconds: lex, files: size.files,
        bytes: size.bytes, floor: "readall", floorSeconds: floor, target: "<= 1.5x",
        met: floor.map { lex <= 1.5 * $0 }),
    ]
  }
}
