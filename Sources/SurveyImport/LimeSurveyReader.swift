import VerbatimCore

/// LimeSurvey response export (`.lsr`): `<document><LimeSurveyDocType>Responses</…>` with
/// `<responses><fields><fieldname>…` (every column) and `<rows><row>` (one per response). Values
/// are CDATA; an element left out means the question was not shown (NULL), an empty element means
/// shown and left blank. Column elements are SGQA names (`<sid>X<gid>X<qid><sub>`) with a leading
/// `_` (XML names cannot start with a digit), or, from LimeSurvey's current development line, Q
/// names (`Q<qid>`, `Q<qid>_Cother`, `Q<qid>_S<sqid>` …, see `SGQA`). Which columns are free text comes from the survey
/// structure (`.lss`): types S, T, U, Q (multiple short text), and the `other` and `comment`
/// columns. Without an `.lss` (given or found beside), SGQA columns without a subquestion code and
/// the `other`/`comment` columns are taken as text (with a warning).
struct LimeSurveyReader {
  let stream: XMLStream
  let context: ImportContext
  /// The `.lsa` archive the export came in, if any: its `.lss` is used unless `--lss` is given.
  var archive: LimeSurveyArchive?

  /// How many columns a warning is written for (one warning per column).
  static let warnedColumnLimit = 20

  /// Column accounting (the contract: every answer is a record, blank, not shown, in `meta`, or
  /// rejected):
  /// - a free-text column listed in `<fields>`: a record (or blank) where the row has it, not shown
  ///   where the row leaves it out;
  /// - a free-text column present in a row but not listed in `<fields>` (or an export without
  ///   `<fields>`): a record (or blank) where the row has it, with a warning naming the column;
  ///   rows without it are not counted as not shown, since the export never declared it;
  /// - a column repeated inside one row: every occurrence is imported, in row order;
  /// - any other column: `meta` (when non-empty); with an `.lss`, an SGQA column whose question
  ///   the `.lss` does not know also gets a warning, since its type cannot be checked.
  func read() throws {
    var buffer: [UInt8] = []
    var fields: [String] = []
    var sawFields = false
    var structure: LSSStructure?
    var textColumns: [String] = []
    var listed: Set<String> = []
    var isText: [String: Bool] = [:]  // per column name, so SGQA names are parsed once
    var questionTexts: [String: String?] = [:]
    var warned: Set<String> = []
    var names: [String] = []
    var values: [String] = []
    var positions: [String: [Int]] = [:]
    var seenColumns: Set<String> = []
    let checkQuestions = !context.options.questions.isEmpty  // columns are only collected for it
    func questionText(_ column: String) -> String? {
      if let known = questionTexts[column] { return known }
      let text = structure!.questionText(column: column)
      if questionTexts.count < 100_000 { questionTexts[column] = text }
      return text
    }
    try Self.checkRoot(stream: stream, path: context.path)
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
      case "fields" where stream.depth == 2:
        sawFields = true
      case "fieldname" where stream.depth == 3:
        fields.append(try stream.readText())
      case "row" where stream.depth == 3:
        let line = stream.currentLine
        stream.recordStartLine = line
        names.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        positions.removeAll(keepingCapacity: true)
        var size = XMLRecordSize()
        var fieldCount = 0
        if !stream.isEmptyElement {
          while try stream.next() {
            if stream.kind == .endElement && stream.depth == 3 { break }
            guard stream.kind == .element, stream.depth == 4 else { continue }
            fieldCount += 1
            try XMLLimits.checkFieldCount(fieldCount, stream: stream, record: "<row>")
            // Over the record limit: the rest is read through, not kept.
            if size.isOver {
              try stream.skipSubtree()
              continue
            }
            let name = Self.columnName(element: stream.name)
            try stream.readText(into: &buffer)
            guard size.add(name.utf8.count + buffer.count, line: stream.currentLine) else { continue }
            positions[name, default: []].append(names.count)
            names.append(name)
            values.append(String(decoding: buffer, as: UTF8.self))
          }
        }
        stream.recordStartLine = nil
        if structure == nil {
          structure = try loadStructure(fields: fields.isEmpty ? names : fields)
          textColumns = fields.filter { structure!.isText(column: $0) }
          listed = Set(fields)
          if !sawFields || fields.isEmpty {
            context.warn(
              "the export has no <fields> list: columns are taken from each <row>, and a column a row leaves out is not counted as not shown"
            )
          }
        }
        if checkQuestions, seenColumns.count < 100_000 { seenColumns.formUnion(names) }
        context.beginRespondent()
        let idIndices = positions["id"] ?? []
        if size.isOver {
          let id = idIndices.lazy.map { values[$0].trimmed }.first { !$0.isEmpty }
          try context.reject(line: line, respondent: id, reason: size.reason(record: "<row>"))
          continue
        }
        guard let idIndex = idIndices.first(where: { !values[$0].trimmed.isEmpty }) else {
          try context.reject(
            line: line, reason: idIndices.isEmpty ? "a <row> without an id" : "a <row> whose <id> is empty")
          continue
        }
        // Two different ids: whose answers they are would be a guess (QA review 41: the first was
        // taken and the second went to meta, as the Qualtrics reader did before QA review 29). The
        // same id twice is one.
        if let other = idIndices.first(where: {
          !values[$0].trimmed.isEmpty && values[$0].trimmed != values[idIndex].trimmed
        }) {
          try context.reject(
            line: line,
            reason:
              "a <row> with two respondent ids, <id> \"\(values[idIndex].trimmed)\" and <id> \"\(values[other].trimmed)\""
          )
          continue
        }
        let respondent = values[idIndex].trimmed
        var meta: [JSONMember] = []
        var extraText: [Int] = []
        for index in names.indices where index != idIndex {
          let name = names[index]
          let text: Bool
          if let known = isText[name] {
            text = known
          } else {
            text = structure!.isText(column: name)
            if isText.count < 100_000 { isText[name] = text }
            if !text, structure!.isUnknownSGQA(column: name), warned.count < Self.warnedColumnLimit,
              warned.insert(name).inserted
            {
              context.warn(
                "column \(name) belongs to a question the .lss does not list: kept in meta as a closed answer (check that the .lss is the survey's own)"
              )
            }
          }
          if text {
            if !listed.contains(name) { extraText.append(index) }
            continue
          }
          if !values[index].isEmpty { meta.append(JSONMember(names[index], .string(values[index]))) }
        }
        let rowMeta = RowMeta(meta)
        for column in textColumns {
          guard let indices = positions[column] else {
            context.notShown(question: column)
            continue
          }
          for index in indices {
            let keepGoing = try context.answer(
              respondent: respondent, question: column, questionText: questionText(column),
              text: values[index], meta: rowMeta)
            if !keepGoing { return }
          }
        }
        for index in extraText {
          let column = names[index]
          if sawFields && !fields.isEmpty && warned.count < Self.warnedColumnLimit && warned.insert(column).inserted {
            context.warn(
              "column \(column) is not listed in <fields>: imported as free text where a row has it (rows without it are not counted as not shown)"
            )
          }
          let keepGoing = try context.answer(
            respondent: respondent, question: column, questionText: questionText(column), text: values[index],
            meta: rowMeta)
          if !keepGoing { return }
        }
      default:
        break
      }
    }
    if context.stopped { return }
    if structure == nil, !fields.isEmpty {
      // No rows: still check --question against the declared columns.
      structure = try loadStructure(fields: fields)
    }
    try checkQuestionFilter(columns: seenColumns.union(fields), structure: structure)

  }

  /// The response column an `.lsr` element stands for. LimeSurvey's `buildXMLFromQuery`
  /// (application/helpers/export_helper.php) writes each column as an element, with `_` before a
  /// name that starts with a digit (an SGQA name) and `#` written as `-` (`#` is no XML name
  /// character), while its `<fields>` list keeps the column names as they are. A dual-scale array's
  /// columns (`123456X1X2SQ001#0`, `Q62_S63#1`) are named back as LimeSurvey names them, and as
  /// `<fields>` lists them: a `-` before the scale digits of an SGQA or Q-form name is a `#`.
  static func columnName(element: String) -> String {
    var name = element
    if name.hasPrefix("_"), name.utf8.dropFirst().first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true {
      name.removeFirst()
    }
    guard let dash = name.lastIndex(of: "-") else { return name }
    let scale = name[name.index(after: dash)...]
    guard !scale.isEmpty, scale.allSatisfy(\.isASCIIDigit), SGQA(String(name[..<dash])) != nil else { return name }
    return name[..<dash] + "#" + scale
  }

  /// A LimeSurvey response export is a `<document>`; any other root (e.g. Qualtrics'
  /// `<Responses>` read with `--format limesurvey`) has none of the elements this reader needs.
  static func checkRoot(stream: XMLStream, path: String) throws(ImportError) {
    guard stream.kind == .element, stream.name != "document" else { return }
    let hint =
      stream.name.lowercased() == "responses" ? " (it looks like a Qualtrics export: use --format qualtrics)" : ""
    throw .notASurveyExport(
      path: path,
      what:
        "the root element <\(stream.name)> is not a LimeSurvey response export (<document> with <responses><rows>)\(hint)"
    )
  }

  /// `--question` names a column; one that no row and no `<fields>` entry has is a usage error
  /// (exit 2), as for CSV, rather than an empty import. A column that exists but is not free text
  /// is a usage error too.
  private func checkQuestionFilter(columns: Set<String>, structure: LSSStructure?) throws(ImportError) {
    for question in context.options.questions {
      if !columns.contains(question) {
        throw .usage(
          "--question \(question): no such column in \(context.path) (LimeSurvey columns are SGQA names such as 123456X1X2, or Q names such as Q12 and Q12_S34 in newer exports)"
        )
      }
      if let structure, !structure.isText(column: question) {
        throw .usage(
          "--question \(question): the column exists in \(context.path) but is not a free-text question (it is imported as metadata)"
        )
      }
    }
  }

  /// The `.lss` given, or one beside the `.lsr` for the same survey id, or a fallback.
  private func loadStructure(fields: [String]) throws(ImportError) -> LSSStructure {
    if let path = context.options.lssPath {
      let structure = try LSSStructure.load(path: path)
      if let source = structure.source { context.recordCompanion(source) }
      // An .lss of another survey would turn every answer into metadata (review r18a: 0 records,
      // exit 0): refused when the export's question columns name other surveys only.
      let exportSurveys = Set(fields.lazy.compactMap { SGQA($0)?.survey })
      if !exportSurveys.isEmpty, !structure.surveyIDs.isEmpty, exportSurveys.isDisjoint(with: structure.surveyIDs) {
        throw ImportError.unsupported(
          path: context.path,
          message:
            "--lss \(path) describes survey \(structure.surveyIDs.sorted().joined(separator: ", ")), but the export's columns belong to survey \(exportSurveys.sorted().joined(separator: ", ")): give that survey's .lss"
        )
      }
      // The Q form carries no survey id: the same check by question ids (none of the export's
      // questions in the .lss).
      let exportQuestions = Set(fields.lazy.compactMap { SGQA($0) }.filter { $0.survey == nil }.map(\.question))
      if !exportQuestions.isEmpty, exportQuestions.isDisjoint(with: structure.questions.keys) {
        let sample = exportQuestions.sorted { ($0.count, $0) < ($1.count, $1) }.prefix(3).map { "Q" + $0 }
        throw ImportError.unsupported(
          path: context.path,
          message:
            "--lss \(path) lists none of the export's questions (\(sample.joined(separator: ", "))\(exportQuestions.count > 3 ? " …" : "")): give the survey's own .lss"
        )
      }
      return structure
    }
    if let archive, let structure = try archive.loadStructure() { return structure }
    let surveyID = fields.lazy.compactMap { SGQA($0)?.survey }.first
    if let surveyID {
      for candidate in CompanionFile.files(in: CompanionFile.directory(of: context.path), suffix: ".lss") {
        if let structure = try? LSSStructure.load(path: candidate), structure.surveyIDs.contains(surveyID) {
          context.warn("question types and texts from \(candidate) (survey \(surveyID))")
          if let source = structure.source { context.recordCompanion(source) }
          return structure
        }
      }
    } else {
      // The Q form names no survey: the .lss beside that lists every question of the export (qids
      // are the database's own, unique within an installation) is the survey's.
      let questions = Set(fields.lazy.compactMap { SGQA($0) }.filter { $0.survey == nil }.map(\.question))
      if !questions.isEmpty {
        for candidate in CompanionFile.files(in: CompanionFile.directory(of: context.path), suffix: ".lss") {
          if let structure = try? LSSStructure.load(path: candidate),
            questions.allSatisfy({ structure.questions[$0] != nil })
          {
            let survey = structure.surveyIDs.sorted().joined(separator: ", ")
            context.warn(
              "question types and texts from \(candidate) (survey \(survey): it lists every question of the export)")
            if let source = structure.source { context.recordCompanion(source) }
            return structure
          }
        }
      }
    }
    context.warn(
      "no .lss found for this survey: question columns without a subquestion code and every other/comment column are imported as text, subquestion columns as metadata (give --lss for exact question types)"
    )
    return LSSStructure(fallback: true)
  }
}
