import VerbatimCore

/// Qualtrics JSON response export (Data & Analysis → Export & Import → Export data → JSON, and
/// the response-export API's `format: "json"`): `{"responses": [ … ]}`, one object per response,
/// and its NDJSON form (`format: "ndjson"`: the same objects, one per line). A response is
///
/// ```json
/// {"responseId": "R_…", "values": {"startDate": "…", "_recordId": "R_…", "QID1_TEXT": "…",
///   "QID3": 5, "QID2": ["2"]}, "labels": {"QID3": "Slightly uncomfortable"},
///   "displayedFields": ["QID1_TEXT", "QID3", …], "displayedValues": {"QID3": [1, 2, …]}}
/// ```
///
/// The open-ended answers are the members of `values` that the Qualtrics XML reader takes
/// (`QualtricsReader`): names ending in `_TEXT`, and with a `.qsf` the text-entry questions
/// exported under their own name and the fields of text-entry forms; boxes the `.qsf` validates
/// as an e-mail address, phone number… stay in `meta`. The respondent is `responseId` (and
/// `values._recordId`, which must agree). The other members of `values` go to `meta` as they are
/// (numbers stay numbers, a multiple choice's array stays an array), with `labels` (the choice
/// texts) as one `meta` member `labels`; `displayedFields` and `displayedValues` are not copied.
///
/// Blank and not shown: Qualtrics leaves an unanswered question out of `values`. An open-ended
/// field listed in the response's `displayedFields` but absent from its `values` was shown and
/// left empty: a blank answer, as an empty element is in the XML export. One neither answered
/// nor displayed was not shown. An empty string, white space, `null` and `-99` (Qualtrics'
/// "seen but unanswered" recode, a string or a number) are blank, `-99` with
/// `"qualtrics_seen_unanswered": "-99"` in the `meta` of a kept blank, as in the XML export.
///
/// Memory: the file is streamed (`JSONValueStream`); one response is kept at a time, at most
/// `ImportLimits.maximumRecordBytes` (a larger one is rejected and read through).
struct QualtricsJSONReader {
  let context: ImportContext
  let layout: JSONValueStream.Layout
  /// The archive member the export is streamed out of (Qualtrics' zipped download), if any.
  var member: LimeSurveyArchive.ZipMember?

  /// Members of a response that are not copied to `meta`.
  private static let structural: Set<String> = ["responseId", "values", "labels", "displayedFields", "displayedValues"]

  func read() throws {
    let questions = try context.options.qsfPath.map { path throws(ImportError) in try QSFQuestions.load(path: path) }
    if let source = questions?.source { context.recordCompanion(source) }
    let named = Set(context.options.questions)
    var validatedSeen: Set<String> = []
    func isText(_ column: String) -> Bool { QualtricsFieldRules.isText(column, questions: questions, named: named) }
    let stream: JSONValueStream
    if let member {
      stream = try JSONValueStream(source: member.source(), displayName: member.displayName, layout: layout)
      // Rejects name the member, as a LimeSurvey archive's name its .lsr.
      context.recordFile = member.displayName
    } else {
      stream = try JSONValueStream(path: context.sourcePath, displayName: context.path, layout: layout)
    }
    context.bytesSource = { stream.bytesRead }
    var currentLine = 0
    context.lineSource = { currentLine }
    defer { context.summary.bytes = stream.bytesRead }
    var seenColumns: Set<String> = []
    let checkQuestions = !named.isEmpty
    // Per open-ended field: the responses that had it (answered, blank or displayed); the others
    // of the identified responses were not shown it (counted at the end, as the XML reader does).
    var answered: [String: Int] = [:]
    var identified = 0
    defer {
      if !context.stopped {
        for (question, count) in answered.sorted(by: { $0.key < $1.key }) where count < identified {
          context.notShown(question: question, count: identified - count)
        }
      }
    }
    func countAnswered(_ question: String) {
      if answered.count < ImportContext.questionsCounted || answered[question] != nil {
        answered[question, default: 0] += 1
      }
    }
    var undescribed: Set<String> = []
    // What a rejected response weighs in a --max-rejects share: its open-ended fields, as far as
    // they are known (the first response's).
    var sizedRows = false
    while let piece = try stream.next(limit: ImportLimits.maximumRecordBytes) {
      currentLine = piece.line
      context.beginRespondent()
      if piece.isTruncated {
        try context.reject(
          line: piece.line, column: piece.column,
          reason:
            "the response is \(piece.size) bytes long, more than the \(ImportLimits.describe(ImportLimits.maximumRecordBytes)) limit for one record"
        )
        continue
      }
      let value: JSONValue
      do throws(JSONSyntaxError) {
        value = try piece.bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in try JSONParser.parse(buffer)
        }
      } catch {
        let (line, column) = piece.position(ofOffset: error.offset)
        try context.reject(line: line, column: column, reason: "malformed JSON in a response: \(error.message)")
        continue
      }
      guard case .object(let members) = value else {
        try context.reject(line: piece.line, column: piece.column, reason: "a response that is not a JSON object")
        continue
      }
      if let (path, name) = value.firstRepeatedName {
        let offset = piece.bytes.withUnsafeBufferPointer {
          JSONParser.repeatedNameOffset(path: path, name: name, in: $0)
        }
        let (line, column) = offset.map { piece.position(ofOffset: $0) } ?? (piece.line, piece.column)
        try context.reject(line: line, column: column, reason: JSONValue.repeatedNameMessage(path: path, name: name))
        continue
      }
      guard case .object(let fields)? = value["values"] else {
        let what = value["values"] == nil ? "without a \"values\" object" : "whose \"values\" is not an object"
        try context.reject(line: piece.line, column: piece.column, reason: "a response \(what)")
        continue
      }
      if members.count + fields.count > ImportLimits.maximumFields {
        try context.reject(line: piece.line, column: piece.column, reason: ImportLimits.tooManyFields)
        continue
      }
      if !sizedRows {
        sizedRows = true
        context.answersPerRow = max(1, fields.count { isText($0.key) })
      }
      if checkQuestions, seenColumns.count < 100_000 { seenColumns.formUnion(fields.map(\.key)) }
      // The respondent: responseId, and values._recordId, which must be the same when both are there.
      func idText(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let text)?: return text.trimmed
        case .number(let text)?: return text
        default: return nil
        }
      }
      let responseID = idText(value["responseId"])
      let recordIndex = fields.firstIndex { $0.key == "_recordId" }
      let recordID = idText(recordIndex.map { fields[$0].value })
      let candidates = [("responseId", responseID), ("_recordId", recordID)].filter { $0.1?.isEmpty == false }
      guard let (_, chosen) = candidates.first, let respondent = chosen else {
        let reason =
          value["responseId"] != nil || recordIndex != nil
          ? "a response whose responseId is empty or not a string" : "a response without responseId or _recordId"
        try context.reject(line: piece.line, column: piece.column, reason: reason)
        continue
      }
      if candidates.count == 2, candidates[1].1 != respondent {
        try context.reject(
          line: piece.line, column: piece.column,
          reason:
            "a response with two respondent ids, responseId \"\(respondent)\" and values._recordId \"\(candidates[1].1!)\""
        )
        continue
      }
      identified += 1
      var meta: [JSONMember] = []
      for (index, field) in fields.enumerated() where !isText(field.key) && field.value != .string("") {
        // The record id is the respondent: not repeated in meta.
        if index == recordIndex && recordID == respondent { continue }
        meta.append(field)
        if QualtricsFieldRules.isValidatedBox(field.key, questions: questions, named: named) {
          validatedSeen.insert(field.key)
        }
      }
      if case .object(let labels)? = value["labels"], !labels.isEmpty {
        meta.append(JSONMember("labels", .object(labels)))
      }
      for member in members where !Self.structural.contains(member.key) { meta.append(member) }
      let rowMeta = RowMeta(meta)
      var seenUnansweredMeta: RowMeta?
      func answer(_ question: String, _ text: String, blank: Bool, seenUnanswered: Bool) throws -> Bool {
        countAnswered(question)
        let questionText = questions?.text(forColumn: question)
        if questions != nil, questionText == nil, undescribed.count < 100 || undescribed.contains(question) {
          undescribed.insert(question)
        }
        if seenUnanswered && seenUnansweredMeta == nil {
          seenUnansweredMeta = RowMeta(meta + [JSONMember("qualtrics_seen_unanswered", .string("-99"))])
        }
        return try context.answer(
          respondent: respondent, question: question, questionText: questionText, text: text,
          meta: seenUnanswered ? seenUnansweredMeta! : rowMeta, blank: blank)
      }
      var stop = false
      for field in fields where isText(field.key) {
        let question = field.key
        let text: String
        switch field.value {
        case .string(let string): text = string
        case .number(let number): text = number
        case .null: text = ""
        default:
          countAnswered(question)
          try context.reject(
            line: piece.line, column: piece.column, respondent: respondent, question: question,
            reason: "\"\(question)\" is not a string (an open-ended answer is text)")
          continue
        }
        if text.utf8.count > ImportLimits.maximumFieldBytes {
          countAnswered(question)
          try context.reject(
            line: piece.line, column: piece.column, respondent: respondent, question: question,
            reason:
              "\"\(question)\" is larger than the \(ImportLimits.describe(ImportLimits.maximumFieldBytes)) limit for one field"
          )
          continue
        }
        let seenUnanswered = text == "-99"
        if try !answer(
          question, seenUnanswered ? "" : text, blank: seenUnanswered || field.value == .null,
          seenUnanswered: seenUnanswered)
        {
          stop = true
          break
        }
      }
      if stop { return }
      // Displayed and left empty: Qualtrics leaves the field out of "values".
      if case .array(let displayed)? = value["displayedFields"] {
        var present: Set<String>?
        for case .string(let question) in displayed where isText(question) {
          if present == nil { present = Set(fields.map(\.key)) }
          guard !present!.contains(question) else { continue }
          present!.insert(question)
          if checkQuestions, seenColumns.count < 100_000 { seenColumns.insert(question) }
          if try !answer(question, "", blank: true, seenUnanswered: false) { return }
        }
      }
    }
    if layout == .responsesArray, !stream.sawResponses {
      throw ImportError.notASurveyExport(
        path: context.path, what: "a JSON document without a \"responses\" array (not a Qualtrics JSON export)")
    }
    if !stream.skippedMembers.isEmpty {
      context.note(
        "top-level member(s) \(stream.skippedMembers.joined(separator: ", ")) read through: only \"responses\" holds answers"
      )
    }
    QualtricsFieldRules.noteValidated(context, seen: validatedSeen, questions: questions)
    try QualtricsFieldRules.run(
      context, undescribed: undescribed, seen: seenColumns, isText: isText, unit: "field",
      place: "in the \"values\" of \(context.path)")
  }
}
