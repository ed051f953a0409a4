/// Myers' O(ND) difference algorithm over lines (byte slices compared as bytes).
enum LineDiff {
  /// One step of an edit script.
  enum Edit: Equatable {
    case keep(oldIndex: Int, newIndex: Int)
    case delete(oldIndex: Int)
    case insert(newIndex: Int)
  }

  /// The lines of `bytes`, each with its line terminator; a final line
  /// without `\n` is a line too.
  static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    var result: [ArraySlice<UInt8>] = []
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      result.append(bytes[start...index])
      start = index + 1
    }
    if start < bytes.count { result.append(bytes[start...]) }
    return result
  }

  /// The most trace entries kept before giving up on a shortest script.
  static let traceBudget = 32 << 20

  /// An edit script turning `old` into `new`: a shortest one (Myers) on the
  /// lines between the common prefix and suffix, or, when that would take
  /// more than ``traceBudget`` entries, every middle line deleted then inserted.
  static func edits(_ old: [ArraySlice<UInt8>], _ new: [ArraySlice<UInt8>]) -> [Edit] {
    var prefix = 0
    while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < old.count - prefix, suffix < new.count - prefix,
      old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
    {
      suffix += 1
    }
    let oldMiddle = Array(old[prefix..<(old.count - suffix)])
    let newMiddle = Array(new[prefix..<(new.count - suffix)])
    let middle =
      shortestEdits(oldMiddle, newMiddle)
      ?? (oldMiddle.indices.map { Edit.delete(oldIndex: $0) } + newMiddle.indices.map { Edit.insert(newIndex: $0) })
    var script = (0..<prefix).map { Edit.keep(oldIndex: $0, newIndex: $0) }
    for edit in middle {
      switch edit {
      case .keep(let o, let n): script.append(.keep(oldIndex: o + prefix, newIndex: n + prefix))
      case .delete(let o): script.append(.delete(oldIndex: o + prefix))
      case .insert(let n): script.append(.insert(newIndex: n + prefix))
      }
    }
    for index in 0..<suffix {
      script.append(.keep(oldIndex: old.count - suffix + index, newIndex: new.count - suffix + index))
    }
    return script
  }

  /// A shortest edit script, or `nil` when it would exceed the budget.
  private static func shortestEdits(_ old: [ArraySlice<UInt8>], _ new: [ArraySlice<UInt8>]) -> [Edit]? {
    // Hash the lines to integers so comparisons are cheap.
    var ids: [ArraySlice<UInt8>: Int] = [:]
    func id(_ line: ArraySlice<UInt8>) -> Int {
      if let known = ids[line] { return known }
      let next = ids.count
      ids[line] = next
      return next
    }
    let a = old.map(id)
    let b = new.map(id)
    let n = a.count
    let m = b.count
    let maximum = n + m
    if maximum == 0 { return [] }
    let offset = maximum + 1
    var v = [Int](repeating: 0, count: 2 * maximum + 3)
    var trace: [[Int]] = []
    var found = false
    for d in 0...maximum {
      if (d + 1) * v.count > traceBudget { return nil }
      trace.append(v)
      var k = -d
      while k <= d {
        var x: Int
        if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
          x = v[offset + k + 1]
        } else {
          x = v[offset + k - 1] + 1
        }
        var y = x - k
        while x < n, y < m, a[x] == b[y] {
          x += 1
          y += 1
        }
        v[offset + k] = x
        if x >= n, y >= m {
          found = true
          break
        }
        k += 2
      }
      if found { break }
    }
    // Walk the trace back from (n, m).
    var script: [Edit] = []
    var x = n
    var y = m
    for d in stride(from: trace.count - 1, through: 0, by: -1) {
      let vd = trace[d]
      let k = x - y
      let previousK: Int
      if k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1]) {
        previousK = k + 1
      } else {
        previousK = k - 1
      }
      let previousX = d == 0 ? 0 : vd[offset + previousK]
      let previousY = previousX - previousK
      while x > previousX, y > previousY, x > 0, y > 0 {
        x -= 1
        y -= 1
        script.append(.keep(oldIndex: x, newIndex: y))
      }
      if d > 0 {
        if x == previousX {
          script.append(.insert(newIndex: previousY))
        } else {
          script.append(.delete(oldIndex: previousX))
        }
      }
      x = previousX
      y = previousY
    }
    return script.reversed()
  }
}
