import DialectSupport
import InterfaceTesting
import PropertyTesting
import XCTest

/// The lens laws of one dialect on generated interface sets and noisy file
/// trees: CreateGet, noisy files reading as their interfaces, GetPut byte
/// for byte, and PutGet after random edits keeping every untouched line.
public struct DialectLawChecks: Sendable {
  /// Cases per property.
  public static let cases = 300

  public let dialect: any Dialect
  public let generators: IfcfgInterfaceGenerators
  /// The files the dialect creates for a view, made noisy without changing their meaning.
  public let noisyTree: @Sendable ([Interface], inout SplitMix64) throws -> NativeTree
  /// The interface a file belongs to; nil for a file every edit concerns.
  public let owner: @Sendable (String) -> String?
  /// The lines of an edited interface's file that the edit must keep, in order.
  public let keptLines: @Sendable (_ fileName: String, _ bytes: [UInt8]) -> [[UInt8]]

  public init(
    dialect: any Dialect, generators: IfcfgInterfaceGenerators,
    noisyTree: @escaping @Sendable ([Interface], inout SplitMix64) throws -> NativeTree,
    owner: @escaping @Sendable (String) -> String?,
    keptLines: @escaping @Sendable (_ fileName: String, _ bytes: [UInt8]) -> [[UInt8]]
  ) {
    self.dialect = dialect
    self.generators = generators
    self.noisyTree = noisyTree
    self.owner = owner
    self.keptLines = keptLines
  }

  private static func equivalent(_ a: [Interface], _ b: [Interface]) -> Bool { a.canonical == b.canonical }

  /// The same checks on another dialect value (the same format, set up otherwise).
  public func with(dialect: any Dialect) -> DialectLawChecks {
    DialectLawChecks(
      dialect: dialect, generators: generators, noisyTree: noisyTree, owner: owner, keptLines: keptLines)
  }

  /// A write that skips interfaces the files already describe gives the
  /// very bytes `editor` (a dialect that edits every interface) gives, for
  /// the view itself and after a random edit of one of its interfaces.
  public func checkSkippingAgreesWithEditing(
    editor: any Dialect, file: StaticString = #filePath, line: UInt = #line
  ) {
    let noisyCases = self.noisyCases
    let gen = Gen<(NoisyCase, UInt64)>(generate: { rng in (noisyCases.generate(&rng), rng.next()) })
    XCTAssertProperty(gen, count: Self.cases, file: file, line: line) { input in
      let (noisy, editSeed) = input
      var rng = SplitMix64(seed: editSeed)
      var edited = noisy.view
      if !edited.isEmpty {
        let index = Int(rng.next() % UInt64(edited.count))
        var names = IfcfgInterfaceGenerators.Names()
        names.used = Self.allNames(noisy.view)
        edited[index] = generators.edit(edited[index], &rng, names: &names)
      }
      for view in [noisy.view, edited] {
        let skipping = Result { try dialect.write(view, into: noisy.tree).tree }
        let editing = Result { try editor.write(view, into: noisy.tree).tree }
        switch (skipping, editing) {
        case (.success(let a), .success(let b)) where a == b: continue
        case (.failure, .failure): continue
        default: return "skipping gave \(skipping)\nediting gave \(editing)\nfor \(view)"
        }
      }
      return nil
    }
  }

  /// A generated view and its noisy files.
  public struct NoisyCase: CustomStringConvertible, Sendable {
    public var view: [Interface]
    public var tree: NativeTree
    public var description: String {
      "view: \(view)\nfiles:\n"
        + tree.files.keys.sorted().map {
          "== \($0)\n" + String(decoding: tree.files[$0] ?? [], as: UTF8.self)
        }.joined()
    }
  }

  public var noisyCases: Gen<NoisyCase> {
    let views = generators.interfaces
    let noisyTree = self.noisyTree
    return Gen(generate: { rng in
      let view = views.generate(&rng)
      let tree = (try? noisyTree(view, &rng)) ?? NativeTree()
      return NoisyCase(view: view, tree: tree)
    })
  }

  /// CreateGet: created files read back as the view.
  public func checkCreateGet(file: StaticString = #filePath, line: UInt = #line) {
    var checked = 0
    XCTAssertProperty(generators.interfaces, count: Self.cases, file: file, line: line) { view in
      checked += 1
      return LensLaws.createGet(dialect.lens, view, equivalent: Self.equivalent)
    }
    XCTAssertGreaterThanOrEqual(checked, Self.cases, file: file, line: line)
  }

  /// Noisy files read as the interfaces they were made from.
  public func checkNoisyFilesReadAsTheirInterfaces(file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertProperty(noisyCases, count: Self.cases, file: file, line: line) { noisy in
      do {
        let read = try dialect.read(noisy.tree).interfaces
        return Self.equivalent(read, noisy.view) ? nil : "noisy files read as \(read)"
      } catch {
        return "read threw \(error)"
      }
    }
  }

  /// GetPut: putting what was read gives the noisy files back byte for byte.
  public func checkGetPutByteIdenticalOnNoisyFiles(file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertProperty(noisyCases, count: Self.cases, file: file, line: line) { noisy in
      LensLaws.getPut(dialect.lens, noisy.tree)
    }
  }

  /// PutGet after a random edit of one interface: every interface reads back
  /// as put, none appears but those the edit released, and the lines the
  /// edit did not concern are kept.
  public func checkPutGetOnRandomEditsKeepsUntouchedLines(file: StaticString = #filePath, line: UInt = #line) {
    let noisyCases = self.noisyCases
    let gen = Gen<(NoisyCase, UInt64)>(generate: { rng in (noisyCases.generate(&rng), rng.next()) })
    var edits = 0
    XCTAssertProperty(gen, count: Self.cases, file: file, line: line) { input in
      let (noisy, editSeed) = input
      var rng = SplitMix64(seed: editSeed)
      let index = Int(rng.next() % UInt64(max(noisy.view.count, 1)))
      guard index < noisy.view.count else { return nil }
      var names = IfcfgInterfaceGenerators.Names()
      names.used = Self.allNames(noisy.view)
      let edited = generators.edit(noisy.view[index], &rng, names: &names)
      var view = noisy.view
      view[index] = edited
      edits += 1
      do {
        let written = try dialect.lens.put(view, noisy.tree)
        let back = try dialect.read(written).interfaces
        let backByName = Dictionary(back.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for interface in view where backByName[interface.name]?.canonical != interface.canonical {
          return
            "PutGet: \(interface.name) reads back as \(String(describing: backByName[interface.name]))\nwanted \(interface)"
        }
        let released = Self.allNames([noisy.view[index]]).subtracting(Self.allNames([edited]))
        for extra in back
        where !view.contains(where: { $0.name == extra.name }) && !released.contains(extra.name) {
          return "PutGet: unexpected interface \(extra.name)"
        }
        return untouchedLinesKept(
          before: noisy.tree, after: written, editedNames: Self.allNames([noisy.view[index], edited]))
      } catch {
        return "put or get threw \(error)"
      }
    }
    XCTAssertGreaterThan(edits, Self.cases / 2, file: file, line: line)
  }

  /// Every name in a set of interface trees.
  public static func allNames(_ interfaces: [Interface]) -> Set<String> {
    var names: Set<String> = []
    func visit(_ interface: Interface) {
      names.insert(interface.name)
      switch interface.kind {
      case .bridge(let bridge): bridge.ports.forEach(visit)
      case .bond(let bond): bond.slaves.forEach(visit)
      case .ethernet, .vlan: break
      }
    }
    interfaces.forEach(visit)
    return names
  }

  /// Files of interfaces the edit did not concern are byte-identical; in the
  /// others, every line ``keptLines`` keeps survives in order.
  func untouchedLinesKept(before: NativeTree, after: NativeTree, editedNames: Set<String>) -> String? {
    for (name, bytes) in before.files {
      guard let new = after.files[name] else { return "file \(name) was deleted" }
      let concerned = owner(name).map { editedNames.contains($0) } ?? true
      if !concerned {
        if new != bytes { return "\(name) changed but its interface was not edited" }
        continue
      }
      let old = keptLines(name, bytes)
      var remaining = keptLines(name, new)[...]
      for line in old {
        guard let found = remaining.firstIndex(of: line) else {
          return "\(name): line \(String(decoding: line, as: UTF8.self).debugDescription) was lost or changed"
        }
        remaining = remaining[(found + 1)...]
      }
    }
    return nil
  }
}
