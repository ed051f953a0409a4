import Foundation

/// Files of this repository, found from this source file's path.
enum RepositoryFiles {
  /// The repository's top folder.
  static var root: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
  }

  /// Every regular file under `relative` (recursively), sorted by path; empty when the folder is missing.
  static func files(under relative: String) -> [URL] {
    let folder = root.appendingPathComponent(relative)
    guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
    else { return [] }
    var found: [URL] = []
    for case let url as URL in enumerator
    where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
      found.append(url)
    }
    return found.sorted { $0.path < $1.path }
  }
}
