import Foundation

/// libxml2's `xmllint`: the ground truth for XML well-formedness.
public enum Xmllint {
  /// Runs one `xmllint --noout` over every named file of `directory` and
  /// returns the names it reported parser errors for.
  public static func rejectedFiles(_ names: [String], in directory: URL) throws -> Set<String> {
    let output = try ExternalProgram.run(try ExternalProgram.find("xmllint"), ["--noout"] + names, directory: directory)
    var rejected: Set<String> = []
    let known = Set(names)
    for line in output.standardError.split(separator: "\n") {
      // "f0001.xml:3: parser error : message"
      let fields = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
      guard fields.count == 3, known.contains(String(fields[0])), fields[1].allSatisfy(\.isNumber),
        fields[2].hasPrefix(" parser error")
      else { continue }
      rejected.insert(String(fields[0]))
    }
    return rejected
  }
}
