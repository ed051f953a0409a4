import Foundation

/// Everything under a folder: each entry's kind, permission bits and
/// contents (or link target), by relative path. Two snapshots are equal
/// when nothing under the folder changed, byte for byte.
struct Snapshot: Equatable, CustomStringConvertible {
  enum Entry: Equatable {
    case file(mode: UInt32, bytes: [UInt8])
    case folder(mode: UInt32)
    case link(target: String)
    case other
  }

  var entries: [String: Entry]

  init(of folder: String) {
    var entries: [String: Entry] = [:]
    func visit(_ relative: String) {
      let path = relative.isEmpty ? folder : folder + "/" + relative
      var info = stat()
      guard lstat(path, &info) == 0 else { return }
      let mode = UInt32(info.st_mode) & 0o7777
      switch UInt32(info.st_mode) & UInt32(S_IFMT) {
      case UInt32(S_IFREG):
        entries[relative] = .file(mode: mode, bytes: FileManager.default.contents(atPath: path).map { Array($0) } ?? [])
      case UInt32(S_IFDIR):
        entries[relative] = .folder(mode: mode)
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() {
          visit(relative.isEmpty ? name : relative + "/" + name)
        }
      case UInt32(S_IFLNK):
        entries[relative] = .link(target: (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "")
      default:
        entries[relative] = .other
      }
    }
    visit("")
    self.entries = entries
  }

  var description: String { entries.keys.sorted().joined(separator: ", ") }
}
