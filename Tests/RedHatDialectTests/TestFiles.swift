import DialectTesting
import Foundation
import InterfaceXML
import RedHatDialect

/// The folders of the Red Hat dialect tests.
enum TestFiles {
  static let fixtures = TestFolders.packageRoot.appendingPathComponent("Tests/RedHatDialectTests/Fixtures")
  static let golden = TestFolders.packageRoot.appendingPathComponent("Golden/redhat")

  /// The one interface of an interface XML document.
  static func interface(xml text: String, path: String) throws -> Interface {
    let interfaces = try InterfaceXML.parse(Array(text.utf8), path: path)
    guard interfaces.count == 1, let interface = interfaces.first else {
      throw DiagnosticError(.error("test-input", "expected one interface", path: path, range: .at(0)))
    }
    return interface
  }
}
