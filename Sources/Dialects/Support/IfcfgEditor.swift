import ShellSyntax

/// Edits one ifcfg file key by key, touching a line only when its meaning must change.
///
/// In `creating` mode (a new file) every key the dialect writes is written;
/// when editing, a key whose absence already means the wanted value stays
/// absent. New keys go after the last modelled key, in the order they are
/// added, so that a new file lists its keys in the dialect's order.
public struct IfcfgEditor: Sendable {
  /// How a dialect writes values.
  public struct Style: Sendable {
    /// The file's usual quotes (double on Red Hat, single on SUSE).
    public var quote: ShellQuote
    /// Whether new values are always quoted, as YaST writes them
    /// (`STARTMODE='auto'`), even when a bare word would do.
    public var quotesNewValues: Bool
    /// Whether the dialect's reading depends on `key`.
    public var isModelled: @Sendable (String) -> Bool

    public init(quote: ShellQuote, quotesNewValues: Bool, isModelled: @escaping @Sendable (String) -> Bool) {
      self.quote = quote
      self.quotesNewValues = quotesNewValues
      self.isModelled = isModelled
    }
  }

  public var file: IfcfgFile
  public let creating: Bool
  public let style: Style
  public private(set) var errors: [Diagnostic] = []
  /// The file as it was before any edit: errors point into these bytes,
  /// the ones the user has, not into an intermediate version.
  private let original: ShellFile

  public init(file: IfcfgFile, creating: Bool, style: Style) {
    self.file = file
    self.creating = creating
    self.style = style
    self.original = file.shell
  }

  public func current(_ key: String) -> String? { file.string(key) }
  public func has(_ key: String) -> Bool { file.has(key) }
  public func boolean(_ key: String) -> Bool? { file.boolean(key) }

  /// Makes `key` mean `value`: keeps an existing value for which `same` holds,
  /// rewrites the value bash reads (the last assignment), or adds the key
  /// when `addIfMissing`.
  public mutating func ensure(
    _ key: String, _ value: String, addIfMissing: Bool = true, same: ((String) -> Bool)? = nil
  ) {
    if file.has(key) {
      if let current = file.string(key), same?(current) ?? (current == value) { return }
      do {
        try file.shell.setValue(value, for: key, preferring: style.quote)
      } catch {
        errors += located(error.diagnostics, key: key)
      }
      return
    }
    guard addIfMissing else { return }
    insert(key, value, at: insertionPoint)
  }

  /// Makes `key` mean the boolean `value` (written `yes`/`no`).
  public mutating func ensure(_ key: String, boolean value: Bool, addIfMissing: Bool = true) {
    ensure(key, IfcfgBoolean.yesNo(value), addIfMissing: addIfMissing) { IfcfgBoolean.parse($0) == value }
  }

  /// Removes every line assigning `key`, unless the value bash reads is
  /// empty: the readers take `KEY=` for an absent key, so the line already
  /// means what removing it would (and GetPut keeps it).
  public mutating func remove(_ key: String) {
    if file.has(key), file.shell.value(of: key)?.bytes == [] { return }
    file.shell.removeAssignments(of: key)
  }

  /// `diagnostics` about writing `key`, in the original file: a lexer error
  /// the file already had (a broken line the edit refuses to touch) where it
  /// is, anything else at the value bash reads for `key` (or the file's
  /// start when the key was not there).
  private func located(_ diagnostics: [Diagnostic], key: String) -> [Diagnostic] {
    let range = original.assignment(of: key)?.valueRange ?? .at(0)
    return diagnostics.map { diagnostic in
      var moved = diagnostic
      let existing = original.diagnostics.first { $0.severity == .error && $0.code == diagnostic.code }
      moved.range = existing?.range ?? range
      return moved
    }
  }

  /// Inserts a new assignment at line `index`, quoted in the dialect's style.
  private mutating func insert(_ key: String, _ value: String, at index: Int) {
    do {
      let encoded = try file.shell.insert(key: key, value: value, at: index, preferring: style.quote)
      if style.quotesNewValues, encoded.style == .bare { quoteBareValue(ofLine: index) }
    } catch {
      errors += located(error.diagnostics, key: key)
    }
  }

  /// Wraps the bare value of the assignment on line `index` in the file's
  /// quotes: a bare word holds only `[A-Za-z0-9_./:@%+,=-]`, so the quoted
  /// word means the same to every reader.
  private mutating func quoteBareValue(ofLine index: Int) {
    guard index >= 0, index < file.shell.lines.count, let assignment = file.shell.lines[index].assignment
    else { return }
    let range = assignment.valueRange
    var bytes = file.shell.bytes
    guard range.start >= 0, range.end <= bytes.count, range.start <= range.end else { return }
    let quote: UInt8 = style.quote == .single ? UInt8(ascii: "'") : UInt8(ascii: "\"")
    bytes.insert(quote, at: range.end)
    bytes.insert(quote, at: range.start)
    file.shell = ShellFile(parsing: bytes, path: file.path)
  }

  /// After the last modelled assignment, or at the end.
  private var insertionPoint: Int {
    let lines = file.shell.lines
    let isModelled = style.isModelled
    if let last = lines.lastIndex(where: { $0.assignment.map { isModelled($0.key) } ?? false }) {
      return last + 1
    }
    return lines.count
  }
}
