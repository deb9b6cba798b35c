import VerbatimCore

/// JSON Lines: one object per line. The respondent is the `respondent` member, else the `id`
/// member: a non-empty string or a number. A line without either, or with `null`, an empty or
/// whitespace-only string or another JSON type, is rejected (like a Qualtrics response without
/// `_recordId`): a made-up id could collide with a real one. An object with a `question` is one
/// answer to that question (long form), its text the `text` member, else the one member named like
/// an answer (`answer`, `comment`, `…_text`…; QA review 40: `"answer"` was filed under the question
/// "answer" and the `question` dropped); a line with several such members and no `text` is
/// rejected. Otherwise the open-ended members are the `--question` names, else the members
/// named like answers (`text`, `comment`, `feedback`, `…_text`…) on any line: a question first seen
/// on a later line counts as not shown for the respondents before it. A line with none of them is
/// rejected (and counted only there), one with some of them counts the others as not shown. An
/// answer that is `null` is blank (not answered), like an empty string. Other members go to `meta`,
/// the respondent id's other candidates (`id` beside `respondent`, with a note) and a `text` or
/// `question_text` that is no answer included (QA review 40: they were dropped); only a long-form
/// line's `id` that is its record id (`respondent:question`, as `verbatim import` writes it) is not.
///
/// A line whose object repeats a member name is rejected: JSON leaves the meaning of duplicate
/// names undefined, so no choice (first or last) would be safe. A line longer than
/// `ImportLimits.maximumRecordBytes`, or an answer longer than `ImportLimits.maximumFieldBytes`,
/// is rejected without being kept in memory.
struct JSONLSurveyReader {
  let context: ImportContext

  /// A line's metadata: the members of its `"meta"` object (a line written by `verbatim import`),
  /// then its other members except `excluded` (a `"meta"` member that is not an object is kept as
  /// an ordinary member). A top-level member named like one inside `"meta"` is dropped when its
  /// value is the same; with another value the line cannot be read unambiguously, so its name is
  /// returned as the conflict (the caller rejects the line).
  static func metadata(_ members: [JSONMember], excluding excluded: Set<String>) -> (
    members: [JSONMember], conflict: String?
  ) {
    metadata(members, excludedAt: members.map { excluded.contains($0.key) })
  }

  /// `metadata(_:excluding:)` with the excluded members given by position (`excluded[i]` for
  /// `members[i]`), as `read` keeps them for lines that name the same members.
  static func metadata(_ members: [JSONMember], excludedAt excluded: [Bool]) -> (
    members: [JSONMember], conflict: String?
  ) {
    guard let meta = members.first(where: { $0.key == "meta" }), case .object(let inner) = meta.value else {
      var kept: [JSONMember] = []
      for (index, member) in members.enumerated() where !excluded[index] { kept.append(member) }
      return (kept, nil)
    }
    var result = inner
    for (index, member) in members.enumerated() where !excluded[index] && member.key != "meta" {
      if let same = inner.first(where: { $0.key == member.key }) {
        if same.value != member.value { return ([], member.key) }
        continue
      }
      result.append(member)
    }
    return (result, nil)
  }

  /// Why a line that is not valid JSON is rejected: invalid UTF-8 at its byte (1-based, as the
  /// text commands count it) when the line holds some at or before the place the parser stopped
  /// (QA review 41: a stray byte outside a string was "expected a JSON value"), else the syntax
  /// error, with its column in characters (placed as `file:line:column:`, review h43 B5).
  static func syntaxReason(
    _ error: JSONSyntaxError, in bytes: UnsafeBufferPointer<UInt8>, encoding: SourceEncoding?
  ) -> (reason: String, column: Int?) {
    guard let bad = UTF8Validation.firstInvalidOffset(bytes), bad <= error.offset else {
      return ("malformed JSON: \(error.message)", error.position(in: bytes).column)
    }
    return (invalidBytesReason(at: bad, encoding: encoding), nil)
  }

  /// Why a line with a byte that is not UTF-8 at `bad` (0-based) is rejected: its byte, as the
  /// text commands say it (a column in characters is not defined there).
  static func invalidBytesReason(at bad: Int, encoding: SourceEncoding?) -> String {
    if let encoding, encoding != .utf8 {
      // Converted from another encoding (`Transcoder`): a byte it does not define, as the CSV reader
      // says it (the byte's place in the converted line is not its place in the file).
      return encoding == .utf16
        ? "the line holds a broken UTF-16 sequence (an unpaired surrogate, or the file ends inside a character): "
          + "check --encoding, or fix the file"
        : "the line holds a byte that \(encoding.rawValue) does not define: check --encoding, or fix the byte"
    }
    return
      "invalid UTF-8 at byte \(bad + 1) of the line (if the whole file is in another encoding, give --encoding, e.g. "
      + "windows-1252; if only this line holds a stray byte, fix it)"
  }

  /// The respondent id of a line that is not valid UTF-8 but whose id is: the line read with
  /// U+FFFD for its bad bytes parses as an object whose id member (`--id-column`, else
  /// `CSVSurveyReader.idNameIndex`) is a number or a string without U+FFFD (review h42 #6: such
  /// rejects named no respondent). Nil otherwise. Runs only for a line already rejected.
  static func readableID(in bytes: UnsafeBufferPointer<UInt8>, idColumn: String?) -> String? {
    guard UTF8Validation.firstInvalidOffset(bytes) != nil,
      case .object(let members)? = try? JSONParser.parse(String(decoding: bytes, as: UTF8.self))
    else { return nil }
    let index =
      idColumn.map { named in members.firstIndex { $0.key == named } }
      ?? CSVSurveyReader.idNameIndex(in: members.map(\.key))
    switch index.map({ members[$0].value }) {
    case .string(let text)? where !text.contains("\u{FFFD}") && !text.trimmed.isEmpty: return text.trimmed
    case .number(let text)?: return text
    default: return nil
    }
  }

  static func conflictReason(_ key: String) -> String {
    "\"\(key)\" is both a member of \"meta\" and a top-level member, with different values"
  }

  func read() throws {
    let reader: LineReader
    do { reader = try LineReader(path: context.sourcePath) } catch {
      throw ImportError.cannotOpen(path: context.path, reason: error.description)
    }
    context.bytesSource = { Int64(reader.bytesRead) }
    var currentLine = 0
    context.lineSource = { currentLine }
    defer { context.summary.bytes = Int64(reader.bytesRead) }
    // The text members: --question, else those the CSV reader takes by name ("text", "comment",
    // "feedback", "answer", "…_text", any case; QA review 15: a "feedback" member was a reject in
    // JSONL and an answer in CSV), gathered from every line: a JSONL writer leaves out the members
    // a respondent did not answer, so the first line need not name them all (QA review 18: a
    // question first seen on line 2 went to the metadata, and a line with only it was rejected).
    // Until a line has one, "text".
    // Looked up by name, never gone through per line (review h43 D6: a new member on every line
    // made the import quadratic).
    var fields = AnswerFields(context.options.questions.isEmpty ? ["text"] : context.options.questions)
    var fieldsDecided = !context.options.questions.isEmpty
    // Distinct respondents whose lines reached their answers. Not shown is counted per respondent
    // once the file is read: a member none of a respondent's lines has (review h42: counted per
    // line, a respondent's two lines with one answer each were two answers not shown).
    var respondentsWithFields = 0
    context.answeredPairs = [:]
    defer {
      fields.forEachField { field in
        let answered = context.answeredPairs?[field] ?? 0
        context.notShown(question: field, known: false, count: max(0, respondentsWithFields - answered))
      }
      context.answerFieldSteps = fields.steps
    }
    // "respondent" and "id" are the id (a re-imported `import` output has both); with --id-column
    // another member is, and they are metadata like any other member (review of this session's diff).
    let reserved: Set<String> =
      context.options.idColumn == nil
      ? ["respondent", "id", "question", "question_text", "text"] : ["question", "question_text", "text"]
    // Made once, not per line: a set per line cost about 4,000 instructions per record.
    let reservedButText = reserved.subtracting(["text"])
    // What a rejected line weighs in a --max-rejects percentage: its answer members.
    context.answersPerRow = fields.count
    var notedIDVariant = false
    // A JSONL file usually names the same members in the same order on every line. What the names
    // alone decide is kept from the last line that reached each decision and reused while the
    // names stay the same: the id member's position (with the note on its other spellings), the
    // new answer fields (none, once a line with these names added them) and the members that are
    // not metadata. Worked out per line, the lowercasing and set lookups cost about 2,000
    // instructions a record.
    var names = LineNames()
    // Blank lines hold no record; said once at the end, as the other commands say it (QA review 37).
    var blankLines = 0
    defer {
      if blankLines > 0 {
        context.note(
          "skipped \(blankLines) blank line(s): JSON Lines holds one object per line, and a blank line is no record")
      }
    }
    try reader.forEachLine(maximumLength: ImportLimits.maximumRecordBytes) { line, length in
      currentLine = line
      context.beginRespondent()
      try context.reject(
        line: line,
        reason:
          "the line is \(length) bytes long, more than the \(ImportLimits.describe(ImportLimits.maximumRecordBytes)) limit for one record"
      )
      return true
    } _: { bytes, line in
      currentLine = line
      var bytes = bytes
      if line == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
        bytes = UnsafeBufferPointer(rebasing: bytes.dropFirst(3))
      }
      if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
        blankLines += 1
        return true
      }
      // Counted by its id once that is read (a respondent may span lines); a line rejected before
      // is a respondent of its own.
      context.beginRespondent(counted: false)
      var counted = false
      defer { if !counted { context.summary.respondents += 1 } }
      // A concatenated file's byte-order mark, named as such (QA review 41: "expected a JSON value").
      do throws(InputError) { try InputError.checkNoByteOrderMark(bytes, path: context.path, line: line) } catch {
        try context.reject(line: line, reason: error.problem)
        return true
      }
      let value: JSONValue
      do throws(JSONSyntaxError) { value = try JSONParser.parse(bytes) } catch {
        let respondent = Self.readableID(in: bytes, idColumn: context.options.idColumn)
        if let respondent {
          counted = true
          context.countRespondent(respondent, line: line)
        }
        let (reason, column) = Self.syntaxReason(error, in: bytes, encoding: context.options.encoding)
        try context.reject(line: line, column: column, respondent: respondent, reason: reason)
        return true
      }
      guard case .object(let members) = value else {
        try context.reject(line: line, reason: "the line is not a JSON object")
        return true
      }
      // The field limit of a CSV row and an XML record (QA review 39: 120,000 members were taken).
      if members.count > ImportLimits.maximumFields {
        try context.reject(line: line, reason: ImportLimits.tooManyFields)
        return true
      }
      // Nested objects ("meta") too (QA review 32, L1).
      if let (path, name) = value.firstRepeatedName {
        // Placed at the second occurrence, as the other commands place it (QA review 41).
        let column = JSONParser.repeatedNameColumn(path: path, name: name, in: bytes) ?? 1
        try context.reject(line: line, column: column, reason: JSONValue.repeatedNameMessage(path: path, name: name))
        return true
      }
      let idMember: JSONMember?
      let sameNames = names.matches(members)
      if sameNames {
        idMember = names.idIndex.map { members[$0] }
      } else if let named = context.options.idColumn {
        idMember = members.first { $0.key == named }
      } else {
        // The CSV reader's rule (`CSVSurveyReader.idNameIndex`): "respondent", "ResponseId" or
        // "_recordId" before a bare "id" (review h42: JSONL took "id", CSV "ResponseId").
        idMember = CSVSurveyReader.idNameIndex(in: members.map(\.key)).map { members[$0] }
        // "ID" beside "id" (QA review 31), "id" beside "respondent" (QA review 40): said once, as
        // the CSV reader says it; the other is metadata. A long-form line's "id" that is its record
        // id ("R1:Q5" beside "respondent": "R1" and "question": "Q5", as `import` writes) is none.
        let question = members.first { $0.key == "question" }?.value.stringValue
        func isRecordID(_ member: JSONMember) -> Bool {
          guard member.key == "id", let question, let id = member.value.stringValue else { return false }
          switch idMember?.value {
          case .string(let text)?: return id == text.trimmed + ":" + question
          case .number(let text)?: return id == text + ":" + question
          default: return false
          }
        }
        if !notedIDVariant, let chosen = idMember?.key,
          let other = members.first(where: {
            $0.key != chosen && !isRecordID($0)
              && ($0.key.lowercased() == chosen.lowercased() || CSVSurveyReader.idNames.contains($0.key.lowercased()))
          })
        {
          notedIDVariant = true
          context.note(
            "line \(line): member \(chosen) is taken as the respondent id; \(other.key) would qualify too (name the "
              + "right one with --id-column)")
        }
      }
      if !sameNames { names.remember(members, id: idMember) }
      let respondent: String
      switch idMember?.value {
      case .string(let text)? where !text.trimmed.isEmpty: respondent = context.respondentID(text, line: line)
      case .number(let text)?: respondent = text
      case nil:
        try context.reject(
          line: line,
          reason: context.options.idColumn.map { "no \"\($0)\" member (--id-column): every line needs a respondent id" }
            ?? "no \"respondent\" or \"id\" member (nor response_id, ResponseId, uuid …; --id-column names another): every line needs a respondent id"
        )
        return true
      case .null?:
        try context.reject(line: line, reason: "the respondent id (\"\(idMember!.key)\") is null")
        return true
      case .string?:
        try context.reject(line: line, reason: "the respondent id (\"\(idMember!.key)\") is empty")
        return true
      case .some:
        try context.reject(
          line: line, reason: "the respondent id (\"\(idMember!.key)\") is not a string or a number")
        return true
      }
      counted = true
      context.countRespondent(respondent, line: line)
      // A long-form line (a "question" and its text) names no answer fields of the wide form.
      let longForm =
        names.question.map { members[$0].value.stringValue != nil } == true
        && (names.text != nil || !names.answerLike.isEmpty)
      if context.options.questions.isEmpty && !names.fieldsSettled && !longForm {
        names.fieldsSettled = true
        let named = members.map(\.key).filter { key in
          CSVSurveyReader.isTextName(key.lowercased()) && key != idMember?.key
            && !reservedButText.contains(key) && !(fieldsDecided && fields.contains(key))
        }
        if !fieldsDecided, !named.isEmpty {
          fields.replace(with: named)
          fieldsDecided = true
        } else {
          // Answer members accumulate over the lines; past the bound of one record's fields the
          // file is refused, as XML with too many element names is (review h42 #7), before the
          // members past it count (they were counted as not shown, past the summary's cap).
          if fields.count + named.count > ImportLimits.maximumFields {
            throw ImportError.unsupportedAt(
              path: context.path, line: line, column: 0,
              message:
                "more than \(ImportLimits.maximumFields) distinct answer members in the file (refused: a "
                + "hostile or broken file; a survey export has a few thousand questions)")
          }
          for name in named { fields.append(name) }
        }
        if !named.isEmpty {
          names.excluded = nil
          names.answers = nil
          context.answersPerRow = fields.count
        }
      }
      func tooLarge(_ text: String, _ field: String) throws -> Bool {
        guard text.utf8.count > ImportLimits.maximumFieldBytes else { return false }
        try context.reject(
          line: line, respondent: respondent, question: field,
          reason:
            "\"\(field)\" is larger than the \(ImportLimits.describe(ImportLimits.maximumFieldBytes)) limit for one field"
        )
        return true
      }
      // A "question" (or "question_text") that is not a string is an error, not a line without one
      // (review r17a: {"question": 5, …} was filed under the question "text").
      let questionMember = names.question.map { members[$0].value }
      let questionTextMember = names.questionText.map { members[$0].value }
      // A "question" names the question whatever the text member is called: "text", else the one
      // member named like an answer (QA review 40: "answer" was filed under the question "answer").
      var textIndex = names.text
      if questionMember?.stringValue != nil, textIndex == nil, names.answerLike.count > 1 {
        let listed = names.answerLike.map { members[$0].key }.joined(separator: ", ")
        try context.reject(
          line: line, respondent: respondent,
          reason:
            "the line names one question (\"question\") but has \(names.answerLike.count) members named like an "
            + "answer (\(listed)) and no \"text\": which one answers it is unknown (name it \"text\")")
        return true
      }
      if questionMember?.stringValue != nil, textIndex == nil { textIndex = names.answerLike.first }
      let textMember = textIndex.map { members[$0].value }
      for (name, member) in [("question", questionMember), ("question_text", questionTextMember)] {
        if let member, member.stringValue == nil, !(name == "question_text" && member == .null) {
          try context.reject(
            line: line, respondent: respondent, reason: "the \"\(name)\" member is not a string (write it in quotes)")
          return true
        }
      }
      // An empty "question" names no question: the record id would be "R1:" (review h59c).
      if let question = questionMember?.stringValue, question.allSatisfy(\.isWhitespace) {
        try context.reject(
          line: line, respondent: respondent,
          reason: "the \"question\" member is empty: name the question (the record id is respondent:question)")
        return true
      }
      // A null text is the usual JSON for "not answered": a blank answer (review r20b: it was
      // rejected, and with --keep-going the question then counted as never found, exit 2).
      let nullText = textMember == .null
      if let question = questionMember?.stringValue, let text = nullText ? "" : textMember?.stringValue {
        if try tooLarge(text, question) { return true }
        // Not metadata: the id, the question, its text, the answer, and an "id" that is the record
        // id; anything else is (QA review 40: "id" beside "respondent" was dropped).
        let excluded = members.indices.map { index in
          index == names.idIndex || index == names.question || index == names.questionText || index == textIndex
            || (members[index].key == "id" && members[index].value.stringValue == respondent + ":" + question)
        }
        let meta = Self.metadata(members, excludedAt: excluded)
        if let conflict = meta.conflict {
          try context.reject(line: line, respondent: respondent, reason: Self.conflictReason(conflict))
          return true
        }
        let rowMeta = RowMeta(meta.members)
        return try context.answer(
          respondent: respondent, question: question, questionText: questionTextMember?.stringValue, text: text,
          meta: rowMeta, blank: nullText, longForm: true)
      }
      // The line's answers: its members that are fields, in field order, looked up by name (QA
      // review 39: a search of the members for each field made 40,000 "…_text" members take 3 s;
      // review h43 D6: going through every field on each line made 20,000 lines take 31 s).
      if names.answers == nil { names.answers = fields.answerMembers(of: members) }
      let answers = names.answers!
      guard !answers.isEmpty else {
        let what =
          fieldsDecided
          ? fields.absenceReason()
          : "no text member (one named text, comment, comments, verbatim, feedback, answer, open_end or …_text in any case; --question names another)"
        try context.reject(line: line, respondent: respondent, reason: what)
        return true
      }
      if names.excluded == nil {
        // Not metadata: the answer fields and the id member.
        var excluded = Array(repeating: false, count: members.count)
        for index in answers { excluded[index] = true }
        if let id = names.idIndex { excluded[id] = true }
        names.excluded = excluded
      }
      let meta = Self.metadata(members, excludedAt: names.excluded!)
      if let conflict = meta.conflict {
        try context.reject(line: line, respondent: respondent, reason: Self.conflictReason(conflict))
        return true
      }
      let rowMeta = RowMeta(meta.members)
      if context.reachesAnswersFirstTime(respondent) { respondentsWithFields += 1 }
      for index in answers {
        let field = members[index].key
        let answer = members[index].value
        if answer == .null {
          if try !context.answer(
            respondent: respondent, question: field, questionText: nil, text: "", meta: rowMeta, blank: true)
          {
            return false
          }
          continue
        }
        guard let text = answer.stringValue else {
          context.noteRejectedCell(respondent: respondent, question: field, line: line)
          try context.reject(
            line: line, respondent: respondent, question: field, reason: "\"\(field)\" is not a string")
          continue
        }
        if try tooLarge(text, field) {
          context.noteRejectedCell(respondent: respondent, question: field, line: line)
          continue
        }
        if try !context.answer(respondent: respondent, question: field, questionText: nil, text: text, meta: rowMeta) {
          return false
        }
      }
      return true
    }
    context.notePaddedIDs()
  }
}

/// The member names of the last line `JSONLSurveyReader.read` decided on, with those decisions.
private struct LineNames {
  private var keys: [String] = []
  private var known = false
  /// The id member's position among them.
  private(set) var idIndex: Int?
  /// The positions of the members "question", "question_text" and "text".
  private(set) var question: Int?
  private(set) var questionText: Int?
  private(set) var text: Int?
  /// The positions of the members named like an answer (`CSVSurveyReader.isTextName`) other than
  /// "text", "question_text" and the id: a long-form line's text when it has no "text".
  private(set) var answerLike: [Int] = []
  /// Whether a line with these names has added its answer fields (a next one adds none: every
  /// answer-like name is then a field, the id or reserved).
  var fieldsSettled = false
  /// Per member: not metadata (the id, the reserved names and the answer fields), for the lines
  /// with answer fields; nil until worked out, and again when the fields change.
  var excluded: [Bool]?
  /// The positions of the members that are answer fields, in field order (`AnswerFields`); nil
  /// until worked out, and again when the fields change.
  var answers: [Int]?

  /// Whether `members` have these names in this order.
  func matches(_ members: [JSONMember]) -> Bool {
    guard known, members.count == keys.count else { return false }
    for index in members.indices where members[index].key != keys[index] { return false }
    return true
  }

  /// Starts over with the names of `members` (a line without repeated names), `id` among them.
  mutating func remember(_ members: [JSONMember], id: JSONMember?) {
    keys = members.map(\.key)
    known = true
    idIndex = id.flatMap { id in members.firstIndex { $0.key == id.key } }
    question = members.firstIndex { $0.key == "question" }
    questionText = members.firstIndex { $0.key == "question_text" }
    text = members.firstIndex { $0.key == "text" }
    answerLike = members.indices.filter { index in
      let key = members[index].key
      return key != "text" && key != "question_text" && key != id?.key && CSVSurveyReader.isTextName(key.lowercased())
    }
    fieldsSettled = false
    excluded = nil
    answers = nil
  }
}
