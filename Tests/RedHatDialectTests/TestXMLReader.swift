/// A small reader for netcf's key-set forests (`<forest><tree path><node
/// label value/>`): elements, quoted attributes, comments.
struct TestXMLElement {
  var name: String
  var attributes: [String: String]
  var children: [TestXMLElement]

  func child(_ name: String) -> TestXMLElement? { children.first { $0.name == name } }
  func all(_ name: String) -> [TestXMLElement] { children.filter { $0.name == name } }
}

enum TestXMLReader {
  struct Failure: Error, CustomStringConvertible { var description: String }

  static func parse(_ text: String) throws -> TestXMLElement {
    let bytes = Array(text.utf8)
    var index = 0
    var stack: [TestXMLElement] = [TestXMLElement(name: "#root", attributes: [:], children: [])]
    func starts(_ s: String) -> Bool { bytes[index...].starts(with: Array(s.utf8)) }
    func skip(past s: String) throws {
      let target = Array(s.utf8)
      while index < bytes.count, !bytes[index...].starts(with: target) { index += 1 }
      guard index < bytes.count else { throw Failure(description: "unterminated \(s)") }
      index += target.count
    }
    while index < bytes.count {
      guard bytes[index] == UInt8(ascii: "<") else {
        index += 1
        continue
      }
      if starts("<!--") {
        try skip(past: "-->")
      } else if starts("<?") {
        try skip(past: "?>")
      } else if starts("</") {
        try skip(past: ">")
        guard stack.count > 1 else { throw Failure(description: "unbalanced end tag") }
        let done = stack.removeLast()
        stack[stack.count - 1].children.append(done)
      } else {
        index += 1
        var name = ""
        while index < bytes.count,
          ![UInt8(ascii: " "), 0x0A, 0x09, 0x0D, UInt8(ascii: ">"), UInt8(ascii: "/")].contains(bytes[index])
        {
          name.append(Character(Unicode.Scalar(bytes[index])))
          index += 1
        }
        var attributes: [String: String] = [:]
        var selfClosing = false
        while index < bytes.count {
          let byte = bytes[index]
          if byte == UInt8(ascii: ">") {
            index += 1
            break
          }
          if byte == UInt8(ascii: "/") {
            selfClosing = true
            index += 1
            continue
          }
          if [UInt8(ascii: " "), 0x0A, 0x09, 0x0D].contains(byte) {
            index += 1
            continue
          }
          var key = ""
          while index < bytes.count, bytes[index] != UInt8(ascii: "=") {
            key.append(Character(Unicode.Scalar(bytes[index])))
            index += 1
          }
          index += 1
          guard index < bytes.count else { throw Failure(description: "bad attribute") }
          let quote = bytes[index]
          index += 1
          var value: [UInt8] = []
          while index < bytes.count, bytes[index] != quote {
            value.append(bytes[index])
            index += 1
          }
          index += 1
          attributes[key] = String(decoding: value, as: UTF8.self)
        }
        let element = TestXMLElement(name: name, attributes: attributes, children: [])
        if selfClosing {
          stack[stack.count - 1].children.append(element)
        } else {
          stack.append(element)
        }
      }
    }
    guard stack.count == 1, let root = stack[0].children.first else {
      throw Failure(description: "unbalanced document")
    }
    return root
  }
}
