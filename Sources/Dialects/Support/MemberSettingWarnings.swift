/// Ports and slaves come up with their master, so in ifcfg files they carry
/// no start mode or addressing of their own.
public enum MemberSettingWarnings {
  /// A `not-expressible` warning for every port or slave (at any depth) of
  /// `interface` that has a start mode or addressing, which is not written.
  /// - Parameters:
  ///   - comingUp: how the member comes up, closing the message (`it comes up with its master`).
  ///   - path: the path of the file of the named member.
  public static func warnings(
    _ interface: Interface, comingUp: String, path: (String) -> String
  ) -> [Diagnostic] {
    let members = interface.members
    var result: [Diagnostic] = []
    for member in members {
      if member.startMode != nil || member.ipv4 != nil || member.ipv6 != nil {
        result.append(
          .warning(
            "not-expressible",
            "\(member.name) is a port of \(interface.name): its start mode and addresses are not written (\(comingUp))",
            path: path(member.name), range: .at(0)))
      }
      result += warnings(member, comingUp: comingUp, path: path)
    }
    return result
  }
}
