/// Triple-S XML metadata (versions 1.2, 2.0, 3.0): the `<record>` and its `<variable>`s.
/// Read with the safe streaming reader (the DOCTYPE's DTD is never fetched).
///
/// Every variable must have a `<position>` whose `start` is a whole number ≥ 1 and whose
/// `finish`, when given, is a whole number ≥ `start`; anything else is an error naming the
/// variable and the line, never a guessed position; two variables whose positions overlap are an
/// error too. `use="serial"` marks the respondent-id variable (at most one).
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
    /// `<size>`: the most characters a value has (CSV data); nil when not given.
    var size: Int?
    var values: [(code: String, label: String)] = []
    /// Whether `<values>` hold a `<range from to>` (a quantity's valid values, with labels for special
    /// codes such as 999 "Not stated"): codes outside the listed ones are then expected.
    var hasRange = false
    /// `use="serial"`: the variable holds the respondent id.
    var isSerial = false
    /// Line of the `<variable>` element, and of its `<position>` (0 when there is none).
    var line = 0
    var positionLine = 0
    var startText: String?
    var finishText: String?

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

  /// The data file that the `href` of the `<record>` in the metadata file `path` names, or nil when
  /// `path` is not a readable regular file of Triple-S metadata or its record names none. Reads
  /// only up to the `<record>` start tag (or the first element, when that is not `<sss>`), so that
  /// outputs can be checked against the data file before the import opens them.
  static func dataReference(in path: String) -> String? {
    guard !InputSpool.isNeeded(for: path), let stream = try? XMLStream(path: path) else { return nil }
    var sawRoot = false
    while (try? stream.next()) == true {
      guard stream.kind == .element else { continue }
      if !sawRoot {
        guard stream.name == "sss" else { return nil }
        sawRoot = true
      } else if stream.name == "record" {
        return (try? stream.attribute("href")) ?? nil
      } else if stream.name == "variable" {
        return nil
      }
    }
    return nil
  }

  /// Reads the metadata from a stream positioned on `<sss>`.
  static func read(stream: XMLStream) throws -> TripleSMetadata {
    var result = TripleSMetadata()
    result.version = try stream.attribute("version") ?? ""
    var current: Variable?
    func finish(_ variable: Variable) throws(ImportError) {
      let checked = try validated(variable, path: stream.path)
      if checked.isSerial, let other = result.variables.first(where: \.isSerial) {
        throw .unsupportedAt(
          path: stream.path, line: checked.line, column: 0,
          message:
            "invalid Triple-S metadata: variables \"\(other.name)\" and \"\(checked.name)\" are both use=\"serial\" (only one can hold the respondent id)"
        )
      }
      // Two variables with one name would give their answers one question id, so every record of
      // the second would be a "duplicate" blamed on the data file (QA review 13).
      if let other = result.variables.first(where: { $0.name == checked.name }) {
        throw .unsupportedAt(
          path: stream.path, line: checked.line, column: 0,
          message:
            "invalid Triple-S metadata: two variables are named \"\(checked.name)\" (the first at line \(other.line)); variable names must be unique"
        )
      }
      // Positions belong to one variable each (Triple-S standard, "position"): an overlap reads one
      // field into two variables (QA review 40: a serial at 1–4 and a text at 3–12 gave a verbatim
      // starting with the id's digits).
      if let other = result.variables.first(where: { $0.start <= checked.finish && checked.start <= $0.finish }) {
        throw .unsupportedAt(
          path: stream.path, line: checked.positionLine, column: 0,
          message:
            "invalid Triple-S metadata: variable \"\(checked.name)\" (positions \(checked.start)–\(checked.finish)) overlaps \"\(other.name)\" (positions \(other.start)–\(other.finish), line \(other.positionLine)); each position belongs to one variable"
        )
      }
      result.variables.append(checked)
    }
    while try stream.next() {
      guard stream.kind == .element || (stream.kind == .endElement && stream.name == "variable") else { continue }
      if stream.kind == .endElement {
        if let variable = current { try finish(variable) }
        current = nil
        continue
      }
      switch stream.name {
      case "record":
        result.format = try stream.attribute("format") ?? "fixed"
        result.skip = Int(try stream.attribute("skip")?.trimmed ?? "") ?? 0
        result.href = try stream.attribute("href")
        result.dataEncoding = try stream.attribute("data-file-encoding") ?? stream.attribute("encoding")
      case "variable":
        var variable = Variable()
        variable.ident = try stream.attribute("ident") ?? ""
        let type = try stream.attribute("type") ?? "single"
        guard let known = VariableType(rawValue: type) else {
          throw ImportError.unsupportedAt(
            path: stream.path, line: stream.currentLine, column: 0,
            message: "unknown Triple-S variable type \"\(type)\"")
        }
        variable.type = known
        variable.isSerial = try stream.attribute("use")?.trimmed == "serial"
        variable.line = stream.currentLine
        if stream.isEmptyElement { try finish(variable) } else { current = variable }
      case "name" where current != nil: current!.name = try stream.readText().trimmed
      case "label" where current != nil: current!.label = try readLabel(stream)
      case "position" where current != nil:
        current!.positionLine = stream.currentLine
        current!.startText = try stream.attribute("start") ?? ""
        current!.finishText = try stream.attribute("finish")
      case "range" where current != nil:
        current!.hasRange = true
      case "size" where current != nil:
        current!.size = Int(try stream.readText().trimmed)
      case "spread" where current != nil:
        current!.subfields = Int(try stream.attribute("subfields")?.trimmed ?? "") ?? 0
      case "value" where current != nil:
        let code = try stream.attribute("code")?.trimmed ?? ""
        current!.values.append((code, try readLabel(stream)))
      default: break
      }
    }
    return result
  }

  /// `variable` with `start` and `finish` set from its `<position>`, or an error naming it.
  private static func validated(_ variable: Variable, path: String) throws(ImportError) -> Variable {
    var variable = variable
    let name = variable.name.isEmpty ? "ident \(variable.ident)" : "\"\(variable.name)\" (ident \(variable.ident))"
    func invalid(_ line: Int, _ problem: String) -> ImportError {
      .unsupportedAt(
        path: path, line: line, column: 0, message: "invalid Triple-S metadata: variable \(name): \(problem)")
    }
    guard let startText = variable.startText else {
      throw invalid(variable.line, "no <position start=… finish=…>: its place in the data is unknown")
    }
    guard let start = Int(startText.trimmed), start >= 1 else {
      throw invalid(variable.positionLine, "<position start=\"\(startText)\"> is not a whole number of at least 1")
    }
    var finish = start
    if let finishText = variable.finishText {
      guard let value = Int(finishText.trimmed) else {
        throw invalid(variable.positionLine, "<position finish=\"\(finishText)\"> is not a whole number")
      }
      guard value >= start else {
        throw invalid(variable.positionLine, "<position> finish \(value) is before start \(start)")
      }
      finish = value
    }
    variable.start = start
    variable.finish = finish
    return variable
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
