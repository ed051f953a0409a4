extension IfcfgFile {
  /// Parses the named files of `tree` in name order, on every core: files are
  /// independent, so chunks of them are lexed in parallel and the results are
  /// put back in name order.
  public static func parseAll(
    _ tree: NativeTree, directory: String, where isWanted: (String) -> Bool
  ) -> [IfcfgFile] {
    let names = tree.files.keys.filter(isWanted).sorted()
    return ParallelChunks.map(names) { name in
      IfcfgFile(fileName: name, directory: directory, bytes: tree.files[name] ?? [])
    }
  }
}
