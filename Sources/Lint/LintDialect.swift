/// The native formats lint reads.
public enum LintDialect: String, Sendable, Hashable, CaseIterable {
  case redHat = "redhat"
  case suse

  /// How messages name the dialect.
  var displayName: String {
    switch self {
    case .redHat: "Red Hat"
    case .suse: "SUSE"
    }
  }

  /// The dialect's documented keys.
  var knownKeys: KnownKeys {
    switch self {
    case .redHat: KnownKeys.redHat
    case .suse: KnownKeys.suse
    }
  }

  /// The dialect whose configuration folder `folder` is (`.../network-scripts`
  /// for Red Hat, `.../sysconfig/network` for SUSE), if any.
  static func owning(folder: String) -> LintDialect? {
    let trimmed = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    if trimmed == "network-scripts" || trimmed.hasSuffix("/network-scripts") { return .redHat }
    if trimmed == "sysconfig/network" || trimmed.hasSuffix("/sysconfig/network") { return .suse }
    return nil
  }
}

/// `--dialect`: one dialect for every folder, or `auto` to decide per folder.
public enum LintDialectChoice: Sendable, Hashable {
  case auto
  case fixed(LintDialect)

  /// `auto`, `redhat` or `suse`.
  public init?(_ text: String) {
    if text == "auto" {
      self = .auto
    } else if let dialect = LintDialect(rawValue: text) {
      self = .fixed(dialect)
    } else {
      return nil
    }
  }

  /// The dialect of the ifcfg files in `folder`, or nil when they are not checked.
  func dialect(of folder: String) -> LintDialect? {
    switch self {
    case .auto: LintDialect.owning(folder: folder)
    case .fixed(let dialect): dialect
    }
  }
}
