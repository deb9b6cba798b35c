import VerbatimCore

/// Qualtrics XML response export: `<Responses><Response>…</Response></Responses>`, one child
/// element per export column. Open-ended answers are the columns ending in `_TEXT` and, with a
/// `.qsf`, the form fields of text-entry "Form" questions (`QID9_1`…; without the `.qsf` they
/// cannot be told from matrix cells and stay in `meta`) and text-entry questions exported under
/// the question's own name (`Q2`, `QID2`); text-entry boxes the `.qsf` validates as an e-mail
/// address, phone number, postal code, date or number are not answers and stay in `meta`
/// (unless `--question` names them). The respondent is `_recordId` (API v3) or
/// `ResponseID`/`ResponseId` (older exports). Every other non-empty column goes to `meta`.
/// Question texts come from the matching `.qsf` (`ImportOptions.qsfPath`).
///
/// Blank answers: an empty (or whitespace-only) element means "not answered" and `-99` means
/// "seen but unanswered". Both are counted as blank, never as records; with `--keep-blank` both
/// are emitted with `"text": ""`, and a `-99` one carries `"qualtrics_seen_unanswered": "-99"`
/// in its `meta` so the two stay distinguishable.
struct QualtricsReader {
  let stream: XMLStream
  let context: ImportContext

  static let idColumns: Set<String> = ["_recordId", "ResponseID", "ResponseId", "responseId"]

  func read() throws {
    try Self.checkRoot(stream: stream, path: context.path)
    let questions = try context.options.qsfPath.map { path throws(ImportError) in try QSFQuestions.load(path: path) }
    if let source = questions?.source { context.recordCompanion(source) }
    let named = Set(context.options.questions)
    // Validated contact boxes seen in the export, for a note at the end.
    var validatedSeen: Set<String> = []
    func isText(_ column: String) -> Bool { QualtricsFieldRules.isText(column, questions: questions, named: named) }
    var buffer: [UInt8] = []
    var names: [String] = []
    var values: [String] = []
    var seenColumns: Set<String> = []
    let checkQuestions = !context.options.questions.isEmpty  // columns are only collected for it
    // Answers per open-ended column and respondents with an id: a column some responses lack was
    // not shown to them (display logic), counted at the end so the summary adds up (review r20b).
    var answered: [String: Int] = [:]
    var identified = 0
    // Also when a fatal error ends the read under --keep-going, so that the counts of what was read
    // add up (review h42 #7).
    defer {
      if !context.stopped {
        for (question, count) in answered.sorted(by: { $0.key < $1.key }) where count < identified {
          context.notShown(question: question, count: identified - count)
        }
      }
    }
    // Open-ended columns the .qsf does not describe (another survey's .qsf?), for a note at the end.
    var undescribed: Set<String> = []
    // Elements under <Responses> that are not <Response>: skipped, but said (QA review 31: a
    // <response> in lower case or a <Response> wrapped in another element vanished unsaid).
    var skipped: [String: (count: Int, line: Int)] = [:]
    while try stream.next() {
      guard stream.kind == .element, stream.depth == 1 else { continue }
      guard stream.name == "Response" else {
        let name = stream.name
        if skipped[name] == nil { skipped[name] = (0, stream.currentLine) }
        skipped[name]!.count += 1
        try stream.skipSubtree()
        continue
      }
      let line = stream.currentLine
      stream.recordStartLine = line
      names.removeAll(keepingCapacity: true)
      values.removeAll(keepingCapacity: true)
      var size = XMLRecordSize()
      var fields = 0
      if !stream.isEmptyElement {
        while try stream.next() {
          if stream.kind == .endElement && stream.depth == 1 { break }
          guard stream.kind == .element, stream.depth == 2 else { continue }
          fields += 1
          try XMLLimits.checkFieldCount(fields, stream: stream, record: "<Response>")
          // Over the record limit: the rest is read through, not kept.
          if size.isOver {
            try stream.skipSubtree()
            continue
          }
          let name = stream.name
          try stream.readText(into: &buffer)
          guard size.add(name.utf8.count + buffer.count, line: stream.currentLine) else { continue }
          names.append(name)
          values.append(String(decoding: buffer, as: UTF8.self))
          // A response or an answer nested inside a field is not a record of its own (QA review 31:
          // its text became one metadata value of the outer response, unsaid).
          if let nested = stream.childElementsInText.first(where: {
            $0 == "Response" || Self.idColumns.contains($0) || $0.uppercased().hasSuffix("_TEXT")
          }) {
            context.warn(
              "line \(line): a <Response> holds <\(nested)> inside its <\(stream.name)>: a response or answer nested "
                + "there is not read as one; its text was taken as the value of <\(stream.name)>")
          }
        }
      }
      stream.recordStartLine = nil
      if checkQuestions, seenColumns.count < 100_000 { seenColumns.formUnion(names) }
      context.beginRespondent()
      let idIndices = names.indices.filter { Self.idColumns.contains(names[$0]) }
      if size.isOver {
        let id = idIndices.lazy.map { values[$0].trimmed }.first { !$0.isEmpty }
        try context.reject(line: line, respondent: id, reason: size.reason(record: "<Response>"))
        continue
      }
      guard let idIndex = idIndices.first(where: { !values[$0].trimmed.isEmpty }) else {
        // QA review 29: an empty <_recordId></_recordId> was reported as missing.
        let reason =
          idIndices.first.map { "a <Response> whose <\(names[$0])> is empty" }
          ?? "a <Response> without _recordId or ResponseID"
        try context.reject(line: line, reason: reason)
        continue
      }
      // Two different ids: whose answer it is would be a guess (QA review 29: the first was taken
      // and the second went to meta). The same id under two names (_recordId and ResponseId) is one.
      if let other = idIndices.first(where: {
        values[$0].trimmed != values[idIndex].trimmed && !values[$0].trimmed.isEmpty
      }) {
        try context.reject(
          line: line,
          reason:
            "a <Response> with two respondent ids, <\(names[idIndex])> \"\(values[idIndex].trimmed)\" and <\(names[other])> \"\(values[other].trimmed)\""
        )
        continue
      }
      // Pretty-printed XML (`<_recordId>\n  R_1\n</_recordId>`): the id without the layout around it.
      let respondent = values[idIndex].trimmed
      identified += 1
      var meta: [JSONMember] = []
      for index in names.indices where index != idIndex && !isText(names[index]) && !values[index].isEmpty {
        meta.append(JSONMember(names[index], .string(values[index])))
        if QualtricsFieldRules.isValidatedBox(names[index], questions: questions, named: named) {
          validatedSeen.insert(names[index])
        }
      }
      let rowMeta = RowMeta(meta)
      var seenUnansweredMeta: RowMeta?
      for index in names.indices where isText(names[index]) {
        if answered.count < ImportContext.questionsCounted || answered[names[index]] != nil {
          answered[names[index], default: 0] += 1
        }
        let questionText = questions?.text(forColumn: names[index])
        if questions != nil, questionText == nil, undescribed.count < 100 || undescribed.contains(names[index]) {
          undescribed.insert(names[index])
        }
        let value = values[index]
        let seenUnanswered = value == "-99"
        if seenUnanswered && seenUnansweredMeta == nil {
          seenUnansweredMeta = RowMeta(meta + [JSONMember("qualtrics_seen_unanswered", .string("-99"))])
        }
        let keepGoing = try context.answer(
          respondent: respondent, question: names[index], questionText: questionText,
          text: value, meta: seenUnanswered ? seenUnansweredMeta! : rowMeta, blank: seenUnanswered)
        if !keepGoing { return }
      }
    }
    QualtricsFieldRules.noteValidated(context, seen: validatedSeen, questions: questions)
    for (name, seen) in skipped.sorted(by: { $0.value.line < $1.value.line }) {
      let hint = name.lowercased() == "response" ? " (element names are case-sensitive: <Response>)" : ""
      context.warn(
        "\(seen.count) <\(name)> element(s) under <Responses>, the first at line \(seen.line), are not <Response> "
          + "and were skipped, with anything inside them\(hint)")
    }
    try QualtricsFieldRules.run(
      context, undescribed: undescribed, seen: seenColumns, isText: isText, unit: "column",
      place: "in \(context.path)")
  }

  /// A Qualtrics response export is a `<Responses>` document; any other root (e.g. a LimeSurvey
  /// `<document>` read with `--format qualtrics`) has none of the elements this reader needs.
  static func checkRoot(stream: XMLStream, path: String) throws(ImportError) {
    guard stream.kind == .element, stream.name != "Responses", stream.name != "responses" else { return }
    let hint = stream.name == "document" ? " (it looks like a LimeSurvey export: use --format limesurvey)" : ""
    throw .notASurveyExport(
      path: path,
      what: "the root element <\(stream.name)> is not a Qualtrics response export (<Responses><Response>)\(hint)")
  }
}
