import PropertyTesting
import XMLSyntax

/// A small seeded generator of XML trees and documents.
struct TinyGenerator {
  var random: SplitMix64

  init(seed: UInt64) { random = SplitMix64(seed: seed) }

  init(random: SplitMix64) { self.random = random }

  /// Trees built in code, shrinking by dropping attributes and children and
  /// by replacing an element with one of its child elements.
  static let elements = Gen<XMLElement>(
    generate: { random in
      var generator = TinyGenerator(random: random)
      let element = generator.element(depth: 0)
      random = generator.random
      return element
    },
    shrink: shrink)

  static func shrink(_ element: XMLElement) -> [XMLElement] {
    var candidates: [XMLElement] = element.childElements.prefix(4).map { $0 }
    for index in element.attributes.indices {
      var copy = element
      copy.attributes.remove(at: index)
      candidates.append(copy)
    }
    for children in shrinkArray(element.children, element: { child in
      guard case .element(let inner) = child else { return [] }
      return shrink(inner).prefix(4).map { .element($0) }
    }) {
      var copy = element
      copy.children = children
      candidates.append(copy)
    }
    return candidates
  }

  mutating func next() -> UInt64 { random.next() }

  mutating func int(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(next() % UInt64(bound)) }

  mutating func pick<T>(_ options: [T]) -> T { options[int(options.count)] }

  mutating func chance(_ percent: Int) -> Bool { int(100) < percent }

  mutating func name() -> String {
    let first = ["a", "b", "iface", "Z", "_u", "é", "名", "mtu", "x:y"]
    let rest = ["", "1", "-2", ".3", "_", "ñ", "b"]
    return pick(first) + pick(rest)
  }

  mutating func text() -> String {
    let pieces = ["x", " ", "\n", "\t", "<", ">", "&", "\"", "'", "]]>", "é", "\u{1F600}", "\r", "text", "]"]
    return (0..<(1 + int(4))).map { _ in pick(pieces) }.joined()
  }

  mutating func element(depth: Int) -> XMLElement {
    var element = XMLElement(name: name())
    var used = Set<String>()
    for _ in 0..<int(4) {
      let attribute = name()
      if used.insert(attribute).inserted { element.attributes.append(XMLAttribute(name: attribute, value: text())) }
    }
    guard depth < 5 else { return element }
    var lastWasText = false
    for _ in 0..<int(depth == 0 ? 5 : 4) {
      switch int(10) {
      case 0...4:
        element.children.append(.element(self.element(depth: depth + 1)))
        lastWasText = false
      case 5, 6:
        // Adjacent text nodes would merge when parsed again.
        // Parsing normalizes CR and drops empty text, so neither is generated here.
        let content = text().replacingOccurrences(of: "\r", with: "")
        if !lastWasText { element.children.append(.text(content.isEmpty ? "x" : content, .at(0))) }
        lastWasText = true
      case 7:
        element.children.append(.comment(pick(["", " c ", "a-b", "x"]), .at(0)))
        lastWasText = false
      case 8:
        element.children.append(.cdata(pick(["", "<&>", "a]b", "]]"]), .at(0)))
        lastWasText = false
      default:
        element.children.append(.processingInstruction(target: pick(["p", "target"]), data: pick(["", "d a t a"]), .at(0)))
        lastWasText = false
      }
    }
    return element
  }
}
