import DialectTesting
import Foundation
import SUSEDialect

/// The folders of the SUSE dialect tests.
enum TestFiles {
  static let fixtures = TestFolders.packageRoot.appendingPathComponent("Tests/SUSEDialectTests/Fixtures")
  static let golden = TestFolders.packageRoot.appendingPathComponent("Golden/suse")
}
