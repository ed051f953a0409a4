/// Unified diffs (`diff -u` style) between two folders' files, in name order.
public enum UnifiedDiff {
  /// The diff of every file that differs.
  public static func folders(_ before: [String: [UInt8]], _ after: [String: [UInt8]]) -> String {
    var out = ""
    for name in Set(before.keys).union(after.keys).sorted() where before[name] != after[name] {
      out += file(name: name, before[name], after[name])
    }
    return out
  }

  /// The diff of one file; nil stands for an absent file.
  public static func file(name: String, _ old: [UInt8]?, _ new: [UInt8]?) -> String {
    let a = lines(old ?? [])
    let b = lines(new ?? [])
    var out = "--- \(old == nil ? "/dev/null" : "a/" + name)\n+++ \(new == nil ? "/dev/null" : "b/" + name)\n"
    // Longest common subsequence table.
    var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
      }
    }
    enum Op { case same(String), del(String), add(String) }
    var ops: [Op] = []
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if i < a.count, j < b.count, a[i] == b[j] {
        ops.append(.same(a[i]))
        i += 1
        j += 1
      } else if j < b.count, i == a.count || lcs[i][j + 1] > lcs[i + 1][j] {
        ops.append(.add(b[j]))
        j += 1
      } else {
        ops.append(.del(a[i]))
        i += 1
      }
    }
    // Hunks with three lines of context.
    let changed = ops.indices.filter { if case .same = ops[$0] { return false } else { return true } }
    var hunkStart = 0
    var k = 0
    while k < changed.count {
      var end = changed[k]
      while k + 1 < changed.count, changed[k + 1] - end <= 6 {
        k += 1
        end = changed[k]
      }
      let low = max(changed[hunkStart] - 3, 0)
      let high = min(end + 3, ops.count - 1)
      var oldStart = 0
      var newStart = 0
      for op in ops[..<low] {
        switch op {
        case .same:
          oldStart += 1
          newStart += 1
        case .del: oldStart += 1
        case .add: newStart += 1
        }
      }
      var oldCount = 0
      var newCount = 0
      var body = ""
      for op in ops[low...high] {
        switch op {
        case .same(let line):
          oldCount += 1
          newCount += 1
          body += " " + line
        case .del(let line):
          oldCount += 1
          body += "-" + line
        case .add(let line):
          newCount += 1
          body += "+" + line
        }
        if body.utf8.last != 0x0A { body += "\n\\ No newline at end of file\n" }
      }
      out +=
        "@@ -\(oldCount == 0 ? oldStart : oldStart + 1),\(oldCount) +\(newCount == 0 ? newStart : newStart + 1),\(newCount) @@\n"
        + body
      k += 1
      hunkStart = k
    }
    return out
  }

  /// Lines with their line ends (a CR stays visible in the line).
  private static func lines(_ bytes: [UInt8]) -> [String] {
    var result: [String] = []
    var current: [UInt8] = []
    for byte in bytes {
      current.append(byte)
      if byte == 0x0A {
        result.append(String(decoding: current, as: UTF8.self))
        current = []
      }
    }
    if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
    return result
  }
}
