/// The IR's validation as a dialect reports it before writing.
public enum InterfaceValidation {
  /// Throws an `invalid-interface` error for every problem ``InterfaceValidator``
  /// finds, at the file of the top-level interface it concerns.
  /// - Parameter path: the path of the named top-level interface's file.
  public static func check(_ interfaces: [Interface], path: (String) -> String) throws(DiagnosticError) {
    let issues = InterfaceValidator.validate(interfaces)
    if !issues.isEmpty {
      throw DiagnosticError(
        issues.map { issue in
          let top = issue.path.interfaces.first ?? ""
          return .error(
            "invalid-interface", "\(issue.path.interfaces.joined(separator: "/")): \(issue.problem)",
            path: path(top), range: .at(0))
        })
    }
  }
}
