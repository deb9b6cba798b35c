/// Triple-S XML metadata (versions 1.2, 2.0, 3.0): the `<record>` and its `<variable>`s.
/// Read with the safe streaming reader (the DOCTYPE's DTD is never fetched).
struct TripleSMetadata {
  enum VariableType: String {
    case single, multiple, quantity, character, logical, date
  }

  struct Variable {
    var ident = ""
    var type = VariableType.single
    var name = ""
    var label = ""
    var start = 0
    var finish = 0
    var subfields = 0
    var values: [(code: String, label: String)] = []

    var width: Int { max(finish, start) - start + 1 }

    func label(forCode code: String) -> String? {
      values.first { $0.code == code || Double($0.code).map { Double(code) == $0 } == true }?.label
    }
  }

  var version = ""
  var format = "fixed"
  var skip = 0
  var href: String?
  var dataEncoding: String?
  var variables: [Variable] = []

  /// Reads the metadata from a stream positioned on `<sss>`.
  static func read(stream: XMLStream) throws -> TripleSMetadata {
    var result = TripleSMetadata()
    result.version = stream.attribute("version") ?? ""
    var current: Variable?
    while try stream.next() {
      guard stream.kind == .element || (stream.kind == .endElement && stream.name == "variable") else { continue }
      if stream.kind == .endElement {
        if let variable = current { result.variables.append(variable) }
        current = nil
        continue
      }
      switch stream.name {
      case "record":
        result.format = stream.attribute("format") ?? "fixed"
        result.skip = Int(stream.attribute("skip")?.trimmed ?? "") ?? 0
        result.href = stream.attribute("href")
        result.dataEncoding = stream.attribute("data-file-encoding") ?? stream.attribute("encoding")
      case "variable":
        var variable = Variable()
        variable.ident = stream.attribute("ident") ?? ""
        let type = stream.attribute("type") ?? "single"
        guard let known = VariableType(rawValue: type) else {
          throw ImportError.unsupported(
            path: stream.path, message: "line \(stream.currentLine): unknown Triple-S variable type \"\(type)\"")
        }
        variable.type = known
        if stream.isEmptyElement { result.variables.append(variable) } else { current = variable }
      case "name" where current != nil: current!.name = try stream.readText().trimmed
      case "label" where current != nil: current!.label = try readLabel(stream)
      case "position" where current != nil:
        current!.start = Int(stream.attribute("start")?.trimmed ?? "") ?? 0
        current!.finish = Int(stream.attribute("finish")?.trimmed ?? "") ?? current!.start
      case "spread" where current != nil:
        current!.subfields = Int(stream.attribute("subfields")?.trimmed ?? "") ?? 0
      case "value" where current != nil:
        let code = stream.attribute("code")?.trimmed ?? ""
        current!.values.append((code, try readLabel(stream)))
      default: break
      }
    }
    return result
  }

  /// A label's text: the first `<text>` child (the first language), else the element's own text.
  private static func readLabel(_ stream: XMLStream) throws -> String {
    guard !stream.isEmptyElement else { return "" }
    let start = stream.depth
    var own: [UInt8] = []
    var firstText: String?
    while try stream.next() {
      switch stream.kind {
      case .text, .cdata: if stream.depth == start + 1 { stream.appendValue(to: &own) }
      case .element where stream.name == "text" && firstText == nil: firstText = try stream.readText()
      case .element where stream.name == "br": own.append(0x20)
      case .endElement where stream.depth == start:
        let text = String(decoding: own, as: UTF8.self).trimmed
        return text.isEmpty ? (firstText?.trimmed ?? "") : text
      default: break
      }
    }
    return String(decoding: own, as: UTF8.self).trimmed
  }
}

extension String {
  /// Without leading and trailing spaces, tabs and line ends.
  var trimmed: String {
    let scalars = unicodeScalars
    let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(scalars[first...last])
  }
}
