import VerbatimCore

/// LimeSurvey response export (`.lsr`): `<document><LimeSurveyDocType>Responses</…>` with
/// `<responses><fields><fieldname>…` (every column) and `<rows><row>` (one per response). Values
/// are CDATA; an element left out means the question was not shown (NULL), an empty element means
/// shown and left blank. Column elements are SGQA names (`<sid>X<gid>X<qid><sub>`) with a leading
/// `_` (XML names cannot start with a digit). Which columns are free text comes from the survey
/// structure (`.lss`): types S, T, U, Q (multiple short text), and the `other` and `comment`
/// columns. Without an `.lss` (given or found beside), SGQA columns without a subquestion code and
/// the `other`/`comment` columns are taken as text (with a warning).
struct LimeSurveyReader {
  let stream: XMLStream
  let context: ImportContext

  func read() throws {
    var buffer: [UInt8] = []
    var fields: [String] = []
    var structure: LSSStructure?
    var textColumns: [String] = []
    var isText: [String: Bool] = [:]  // per column name, so SGQA names are parsed once
    var questionTexts: [String: String?] = [:]
    var names: [String] = []
    var values: [String] = []
    while try stream.next() {
      guard stream.kind == .element else { continue }
      switch stream.name {
      case "LimeSurveyDocType" where stream.depth == 1:
        let type = try stream.readText()
        if type == "Survey" {
          throw ImportError.notASurveyExport(
            path: context.path, what: "a LimeSurvey survey structure (.lss): import the .lsr and give this with --lss")
        }
        if type != "Responses" {
          throw ImportError.notASurveyExport(
            path: context.path, what: "a LimeSurvey \(type) document, not a response export (.lsr)")
        }
      case "fieldname" where stream.depth == 3:
        fields.append(try stream.readText())
      case "row" where stream.depth == 3:
        if structure == nil {
          structure = try loadStructure(fields: fields)
          textColumns = fields.filter { structure!.isText(column: $0) }
        }
        let line = stream.currentLine
        names.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        if !stream.isEmptyElement {
          while try stream.next() {
            if stream.kind == .endElement && stream.depth == 3 { break }
            guard stream.kind == .element, stream.depth == 4 else { continue }
            var name = stream.name
            if name.hasPrefix("_"), name.utf8.dropFirst().first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true {
              name.removeFirst()
            }
            names.append(name)
            try stream.readText(into: &buffer)
            values.append(String(decoding: buffer, as: UTF8.self))
          }
        }
        context.beginRespondent()
        guard let idIndex = names.firstIndex(of: "id"), !values[idIndex].isEmpty else {
          try context.reject(line: line, reason: "a <row> without an id")
          continue
        }
        let respondent = values[idIndex]
        var meta: [JSONMember] = []
        for index in names.indices where index != idIndex {
          let name = names[index]
          let text: Bool
          if let known = isText[name] {
            text = known
          } else {
            text = structure!.isText(column: name)
            isText[name] = text
          }
          if text { continue }
          if !values[index].isEmpty { meta.append(JSONMember(names[index], .string(values[index]))) }
        }
        let rowMeta = RowMeta(meta)
        for column in textColumns {
          guard let index = names.firstIndex(of: column) else {
            context.notShown(question: column)
            continue
          }
          let questionText: String?
          if let known = questionTexts[column] {
            questionText = known
          } else {
            questionText = structure!.questionText(column: column)
            questionTexts[column] = questionText
          }
          let keepGoing = try context.answer(
            respondent: respondent, question: column, questionText: questionText,
            text: values[index], meta: rowMeta)
          if !keepGoing { return }
        }
      default:
        break
      }
    }
  }

  /// The `.lss` given, or one beside the `.lsr` for the same survey id, or a fallback.
  private func loadStructure(fields: [String]) throws(ImportError) -> LSSStructure {
    if let path = context.options.lssPath { return try LSSStructure.load(path: path) }
    let surveyID = fields.lazy.compactMap { SGQA($0)?.survey }.first
    if let surveyID {
      for candidate in CompanionFile.files(in: CompanionFile.directory(of: context.path), suffix: ".lss") {
        if let structure = try? LSSStructure.load(path: candidate), structure.surveyIDs.contains(surveyID) {
          context.warn("question types and texts from \(candidate) (survey \(surveyID))")
          return structure
        }
      }
    }
    context.warn(
      "no .lss found for this survey: question columns without a subquestion code and every other/comment column are imported as text, subquestion columns as metadata (give --lss for exact question types)"
    )
    return LSSStructure(fallback: true)
  }
}
