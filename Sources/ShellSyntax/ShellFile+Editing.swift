import Diagnostics

/// Looking up and editing assignments: what the dialects build on.
///
/// Every edit splices only the bytes it changes into the file, then parses the
/// result again, so ``ShellFile/lines``, their ranges and ``ShellFile/diagnostics``
/// always describe ``ShellFile/bytes``.
extension ShellFile {
  // MARK: - Reading

  /// The index in ``lines`` of the assignment bash reads for `key`: the last one.
  public func lastAssignmentIndex(of key: String) -> Int? {
    ShellLineRecord.withUTF8(of: key) { key in
      records.withUnsafeBufferPointer { records in
        source.withUnsafeBufferPointer { keyTable.lastIndex(of: key, in: records, source: $0) }
      }
    }
  }

  /// The indices in ``lines`` of every assignment of `key`, in file order.
  public func assignmentIndices(of key: String) -> [Int] {
    ShellLineRecord.withUTF8(of: key) { key in
      source.withUnsafeBufferPointer { source in
        records.indices.filter { records[$0].hasKey(key, in: source) }
      }
    }
  }

  /// The assignment bash reads for `key` (the last one), if any.
  public func assignment(of key: String) -> ShellAssignment? {
    guard let index = lastAssignmentIndex(of: key), index < records.count else { return nil }
    return ShellAssignment(source: source, record: records[index])
  }

  /// The decoded value bash reads for `key`, or nil when `key` is not assigned.
  public func value(of key: String) -> ShellValue? {
    guard let index = lastAssignmentIndex(of: key), index < records.count else { return nil }
    return records[index].value(in: source)
  }

  /// The value bash reads for `key` as text, or nil when `key` is not assigned
  /// or its value is not static or not valid UTF-8.
  public func string(of key: String) -> String? {
    guard let index = lastAssignmentIndex(of: key), index < records.count else { return nil }
    return records[index].string(in: source)
  }

  /// The keys assigned, each once, in the order of their last assignment.
  public var keys: [String] {
    let indices = records.withUnsafeBufferPointer { records in
      source.withUnsafeBufferPointer { keyTable.lastIndices(in: records, source: $0) }
    }
    return indices.compactMap { index in
      guard index < records.count else { return nil }
      return String(decoding: source.clampedSlice(records[index].keyRange), as: UTF8.self)
    }
  }

  /// The keys assigned that start with `prefix`, each once, in the order of their last
  /// assignment: ``keys`` filtered, comparing bytes rather than making a String of every key.
  public func keys(withPrefix prefix: String) -> [String] {
    let indices = records.withUnsafeBufferPointer { records in
      source.withUnsafeBufferPointer { keyTable.lastIndices(in: records, source: $0) }
    }
    let prefix = Array(prefix.utf8)
    return indices.compactMap { index in
      guard index < records.count else { return nil }
      let key = source.clampedSlice(records[index].keyRange)
      guard key.starts(with: prefix) else { return nil }
      return String(decoding: key, as: UTF8.self)
    }
  }

  // MARK: - Editing

  /// Sets `key` to `value`: rewrites only the value bytes of its last assignment
  /// (keeping indent, `export`, trailing comment and newline), quoted in the style
  /// of the existing value where possible; appends a new assignment when `key` is
  /// not assigned. Nothing changes when the decoded value is already `value`.
  ///
  /// - Throws: the lexer's errors on the line when it does not parse (`X=a b`,
  ///   an unterminated quote, a NUL): an edit would keep the broken part.
  /// - Returns: the word written, or nil when nothing changed.
  @discardableResult
  public mutating func setValue(
    _ value: [UInt8], for key: String, preferring quote: ShellQuote
  ) throws(DiagnosticError) -> EncodedShellValue? {
    guard let assignment = self.assignment(of: key) else {
      return try append(key: key, value: value, preferring: quote)
    }
    if assignment.hasValue(value) { return nil }
    // A line that does not parse (`X=a b`, an open quote, a NUL) would keep
    // its broken part around a new value: refused, with the lexer's errors.
    let line = assignment.range
    let broken = diagnostics.filter {
      $0.severity == .error && line.start <= $0.range.start && $0.range.start < max(line.end, line.start + 1)
    }
    if !broken.isEmpty { throw DiagnosticError(broken) }
    let encoded = try ShellValueEncoder.encode(
      value, inStyleOf: assignment.quoteStyle, preferring: quote, path: path, range: assignment.valueRange)
    var edited = bytes
    let range = assignment.valueRange
    edited.replaceSubrange(range.start..<range.end, with: encoded.bytes)
    self = ShellFile(parsing: edited, path: path)
    return encoded
  }

  /// ``setValue(_:for:preferring:)-([UInt8],_,_)`` with a UTF-8 value.
  @discardableResult
  public mutating func setValue(
    _ value: String, for key: String, preferring quote: ShellQuote
  ) throws(DiagnosticError) -> EncodedShellValue? {
    try setValue(Array(value.utf8), for: key, preferring: quote)
  }

  /// Inserts `key=value` as a new line at `index` in ``lines`` (0 is the top,
  /// `lines.count` the end), with the file's dominant newline; a last line
  /// without a newline gets one first.
  @discardableResult
  public mutating func insert(
    key: String, value: [UInt8], at index: Int, preferring quote: ShellQuote
  ) throws(DiagnosticError) -> EncodedShellValue {
    let position = min(max(index, 0), records.count)
    let offset = position < records.count ? Int(records[position].start) : source.count
    guard ShellBytes.isName(key) else {
      throw DiagnosticError(
        ShellDiagnosticCode.invalidKey.diagnostic(
          "`\(key)` is not a shell variable name", path: path, range: .at(offset)))
    }
    // After a quote that never closes, a new line would be part of its value.
    let open = diagnostics.filter {
      $0.code == ShellDiagnosticCode.unterminatedQuote.rawValue && $0.range.start < offset
    }
    if !open.isEmpty { throw DiagnosticError(open) }
    let encoded = try ShellValueEncoder.encode(value, preferring: quote, path: path, range: .at(offset))
    let newline = dominantNewline
    var line: [UInt8] = []
    if position > 0, records[position - 1].newline == .none { line += newline.bytes }
    line += Array(key.utf8) + [ShellBytes.equals] + encoded.bytes + newline.bytes
    var edited = source
    edited.insert(contentsOf: line, at: min(offset, edited.count))
    self = ShellFile(parsing: edited, path: path)
    return encoded
  }

  /// Inserts `key=value` as a new line after line `lineIndex` of ``lines``.
  @discardableResult
  public mutating func insert(
    key: String, value: [UInt8], after lineIndex: Int, preferring quote: ShellQuote
  ) throws(DiagnosticError) -> EncodedShellValue {
    try insert(
      key: key, value: value, at: lineIndex < records.count ? max(lineIndex, -1) + 1 : records.count,
      preferring: quote)
  }

  /// Appends `key=value` at the end of the file.
  @discardableResult
  public mutating func append(
    key: String, value: [UInt8], preferring quote: ShellQuote
  ) throws(DiagnosticError) -> EncodedShellValue {
    try insert(key: key, value: value, at: records.count, preferring: quote)
  }

  /// Removes every assignment line of `key`; returns how many were removed.
  @discardableResult
  public mutating func removeAssignments(of key: String) -> Int {
    let removedIndices = assignmentIndices(of: key)
    guard !removedIndices.isEmpty else { return 0 }
    var edited: [UInt8] = []
    edited.reserveCapacity(source.count)
    var next = 0
    for index in removedIndices {
      let record = records[index]
      edited.append(contentsOf: source.clampedSlice(next..<Int(record.start)))
      next = record.end(count: source.count)
    }
    edited.append(contentsOf: source.clampedSlice(next..<source.count))
    let removed = removedIndices.count
    if removed > 0 { self = ShellFile(parsing: edited, path: path) }
    return removed
  }

  /// A new file holding `pairs` in order, one assignment per line, each ending with `newline`.
  public static func create(
    _ pairs: [(key: String, value: [UInt8])], preferring quote: ShellQuote, newline: ShellNewline = .lf,
    path: String = ""
  ) throws(DiagnosticError) -> ShellFile {
    var bytes: [UInt8] = []
    var errors: [Diagnostic] = []
    for (key, value) in pairs {
      guard ShellBytes.isName(key) else {
        errors.append(
          ShellDiagnosticCode.invalidKey.diagnostic(
            "`\(key)` is not a shell variable name", path: path, range: .at(bytes.count)))
        continue
      }
      do {
        let encoded = try ShellValueEncoder.encode(
          value, preferring: quote, path: path, range: .at(bytes.count))
        bytes.append(contentsOf: key.utf8)
        bytes.append(ShellBytes.equals)
        bytes.append(contentsOf: encoded.bytes)
        bytes.append(contentsOf: newline == .none ? ShellNewline.lf.bytes : newline.bytes)
      } catch {
        errors.append(contentsOf: error.diagnostics)
      }
    }
    if !errors.isEmpty { throw DiagnosticError(errors) }
    return ShellFile(parsing: bytes, path: path)
  }

  /// ``create(_:preferring:newline:path:)-([(key:String,value:[UInt8])],_,_,_)`` with UTF-8 values.
  public static func create(
    _ pairs: [(key: String, value: String)], preferring quote: ShellQuote, newline: ShellNewline = .lf,
    path: String = ""
  ) throws(DiagnosticError) -> ShellFile {
    try create(
      pairs.map { (key: $0.key, value: Array($0.value.utf8)) }, preferring: quote, newline: newline,
      path: path)
  }
}

extension ShellFile {
  /// ``insert(key:value:at:preferring:)`` with a UTF-8 value.
  @discardableResult
  public mutating func insert(
    key: String, value: String, at index: Int, preferring quote: ShellQuote
  ) throws(DiagnosticError) -> EncodedShellValue {
    try insert(key: key, value: Array(value.utf8), at: index, preferring: quote)
  }

  /// ``insert(key:value:after:preferring:)`` with a UTF-8 value.
  @discardableResult
  public mutating func insert(
    key: String, value: String, after lineIndex: Int, preferring quote: ShellQuote
  ) throws(DiagnosticError) -> EncodedShellValue {
    try insert(key: key, value: Array(value.utf8), after: lineIndex, preferring: quote)
  }

  /// ``append(key:value:preferring:)`` with a UTF-8 value.
  @discardableResult
  public mutating func append(
    key: String, value: String, preferring quote: ShellQuote
  ) throws(DiagnosticError) -> EncodedShellValue {
    try append(key: key, value: Array(value.utf8), preferring: quote)
  }
}
