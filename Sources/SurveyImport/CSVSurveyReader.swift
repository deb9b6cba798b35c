import VerbatimCore

/// CSV exports: the first record is the header. The respondent column is the first of
/// `respondent`, `respondent_id`, `respondent id`, `responseid`, `response_id`, `response id`,
/// `_recordid`, `id`, `uuid`, `respid`, `case_id` … (`idNames`, any case), or the `--id-column`; a
/// row whose id cell is empty is rejected. Only a file without any id column numbers its
/// respondents by data row (1-based, with a note), so such numbers never mix with real ids. Open-ended columns are the `--question` columns, else those ending in
/// `_TEXT` (Qualtrics) or named text, comment(s), verbatim, feedback, answer. A Qualtrics CSV's
/// second header row (question texts) and third (ImportIds, as JSON or, in exports before 2018, as
/// `{'ImportId': 'QID1'}`) are recognised and used, and so is a
/// SurveyMonkey CSV's second header row: its "Open-Ended Response" and "Other (please specify)"
/// columns are the open-ended ones.
/// Every other non-empty column goes to `meta`.
struct CSVSurveyReader {
  let context: ImportContext

  /// Tools' own spellings are among them: SurveyMonkey's "Respondent ID", Alchemer's (SurveyGizmo's)
  /// "Response ID", Microsoft Forms' "ID", Jotform's "Submission ID", and last Typeform's "#" (its
  /// response token; Typeform's "Network ID" is shared by the responses from one network and is
  /// no id). Google Forms writes no id ("Timestamp" first): its rows are numbered.
  static let idNames = [
    "respondent", "respondent_id", "respondentid", "respondent id", "responseid", "response_id", "response id",
    "_recordid", "id", "uuid", "respondent_uuid", "response_uuid", "respid", "resp_id", "caseid", "case_id",
    "participant_id", "submission_id", "submission id", "#",
  ]
  /// The respondent-id column among `names` (a CSV header, a JSONL line's members): the first of
  /// `idNames`, in their order, that a name spells; among names spelling it in different cases
  /// ("ID", "id"), the one in lower case. One rule for every format (review h42: CSV took
  /// `ResponseId` and JSONL `id` from the same names).
  static func idNameIndex(in names: [String]) -> Int? {
    let lowered = names.map { $0.lowercased() }
    return idNames.lazy.compactMap { name in names.firstIndex(of: name) ?? lowered.firstIndex(of: name) }.first
  }

  static let textNames: Set<String> = ["text", "comment", "comments", "verbatim", "feedback", "answer", "open_end"]

  /// Whether a (lower-cased) header is Alchemer's (SurveyGizmo's): its system columns "Legacy
  /// Comments", "Comments" and "SessionID" come before the questions. Its "Comments" and "Legacy
  /// Comments" hold the survey team's notes on a response (the API's `sResponseComment`), not the
  /// respondent's words, so they are no answer columns by name.
  static func isAlchemerHeader(_ lowered: [String]) -> Bool {
    lowered.contains("legacy comments") && lowered.contains("comments") && lowered.contains("sessionid")
  }

  /// Up to three header names that read like questions (they end in "?"), for the message that asks
  /// for --question: a form tool's CSV (Google Forms, Microsoft Forms, Typeform, Jotform) heads
  /// each answer column with its question.
  static func questionLikeColumns(_ header: [String], except idIndex: Int?) -> [String] {
    Array(header.indices.filter { $0 != idIndex && header[$0].hasSuffix("?") }.prefix(3).map { header[$0] })
  }

  /// Whether a column (a JSONL member) named `lowered` (lower-cased) holds open-ended answers by
  /// its name: one of `textNames`, or ending in "_text" (Qualtrics' `QID4_TEXT`).
  static func isTextName(_ lowered: String) -> Bool { lowered.hasSuffix("_text") || textNames.contains(lowered) }

  /// A SurveyMonkey export's second header row: blank under the id column and naming at least one
  /// column "Response" or "Open-Ended Response".
  static func isSurveyMonkeySubheader(_ row: [String], idIndex: Int?, width: Int) -> Bool {
    guard row.count == width, let idIndex, row[idIndex].isEmpty else { return false }
    return row.contains { $0.lowercased() == "open-ended response" || $0.lowercased() == "response" }
  }

  /// The metadata names of Qualtrics' legacy CSV: a column headed `V` and digits takes its row-2
  /// label ("V3" → "Name") when the label is not empty and names no other column; other columns keep
  /// their header.
  static func legacyMetaNames(header: [String], labels: [String?], texts: Set<Int>) -> [String] {
    func isVName(_ name: String) -> Bool {
      name.count >= 2 && (name.first == "V" || name.first == "v") && name.dropFirst().allSatisfy(\.isASCIIDigit)
    }
    var counts: [String: Int] = [:]
    for name in header { counts[name, default: 0] += 1 }
    for (index, label) in labels.enumerated() where !texts.contains(index) && isVName(header[index]) {
      if let label = label?.trimmed, !label.isEmpty { counts[label, default: 0] += 1 }
    }
    return header.indices.map { index in
      guard !texts.contains(index), isVName(header[index]), index < labels.count,
        let label = labels[index]?.trimmed, !label.isEmpty, counts[label] == 1
      else { return header[index] }
      return label
    }
  }

  /// The column (in characters) of a one-line row without quotes where the first field past
  /// `expected` begins, or, with fewer fields, just past the last field (where the line ends, and a
  /// missing field would begin): each field is followed by its one-byte delimiter.
  static func fieldCountColumn(_ row: [[UInt8]], expected: Int) -> Int {
    var column = 1
    for (index, field) in row.enumerated() {
      if index == expected { return column }
      column += field.withUnsafeBufferPointer { field.count - UTF8Validation.continuationByteCount($0) }
      if index + 1 < row.count { column += 1 }
    }
    return column
  }

  /// A second header row of question texts: under the id column it names that column again
  /// ("ResponseId" over "Response ID"), which no respondent's id does; or, in a Qualtrics export
  /// set to another language, its StartDate, EndDate and RecordedDate cells hold words without a
  /// digit ("Fecha de inicio"), which no response's dates do (QA review 40: a Spanish export's row 2
  /// was imported as respondent "ID de respuesta").
  static func isQuestionTextRow(_ row: [[UInt8]], header: [String], idIndex: Int?) -> Bool {
    guard let idIndex, idIndex < row.count else { return false }
    func squeezed(_ text: String) -> String { String(text.lowercased().filter { $0 != " " && $0 != "_" }) }
    let cell = squeezed(FieldDecoding.string(row[idIndex]))
    if !cell.isEmpty && cell == squeezed(header[idIndex]) { return true }
    let dateColumns = header.indices.filter {
      $0 < row.count && ["startdate", "enddate", "recordeddate"].contains(squeezed(header[$0]))
    }
    return !dateColumns.isEmpty
      && dateColumns.allSatisfy { index in
        let value = FieldDecoding.string(row[index])
        return !value.trimmed.isEmpty && !value.contains { $0.isNumber }
      }
  }

  /// Whether `row` is the header row again (`headerRow`, the names as written, before repeated
  /// names are numbered): cell by cell the same names, a byte-order mark before a cell and the
  /// spaces around it aside. A one-column file's row repeats its header only when no id column is
  /// named (an answer may be the column's name).
  static func repeatsHeader(_ row: [[UInt8]], headerRow: [String], idIndex: Int?) -> Bool {
    guard row.count == headerRow.count, headerRow.count > 1 || idIndex == nil else { return false }
    return zip(row, headerRow).allSatisfy { cell, name in
      var bytes = cell[...]
      while bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
      return String(decoding: bytes, as: UTF8.self).trimmed == name
    }
  }

  /// A SurveyMonkey column kind that holds typed text: "Open-Ended Response", or a choice list's
  /// "Other (please specify)".
  static func isSurveyMonkeyOpenEnded(_ kind: String) -> Bool {
    let lowered = kind.lowercased()
    return lowered == "open-ended response" || lowered.contains("please specify")
  }

  /// SurveyMonkey names a question once, over the first of its columns: the others take the last
  /// question named and their own subheader ("Which?" / "Other (please specify)").
  static func surveyMonkeyNames(header: [String], subheader: [String]) -> [String] {
    var names: [String] = []
    var question = ""
    for (index, name) in header.enumerated() {
      if !name.isEmpty {
        question = name
        // The first of a question's several columns is named like the others, by its option (QA
        // review 40: "Which features do you use?" held "Search", the next column was "… / Export").
        let continued = index + 1 < header.count && header[index + 1].isEmpty
        let option = index < subheader.count ? subheader[index].trimmed : ""
        let isOption = !option.isEmpty && !["response", "open-ended response"].contains(option.lowercased())
        names.append(continued && isOption ? name + " / " + option : name)
      } else {
        names.append(question.isEmpty ? subheader[index] : question + " / " + subheader[index])
      }
    }
    return names
  }

  /// A header that names a column more than once keeps the first occurrence's name and calls the
  /// n-th (n ≥ 2) `name[n]`, as the generic XML reader names a repeated path, so every column
  /// is still a question (or a meta field) of its own and record ids stay unique. A generated
  /// name that another column already has takes the next free number. Each repeated name is
  /// reported once through `note`.
  static func numberingRepeats(_ header: [String], note: (String) -> Void) -> [String] {
    var taken = Set(header)
    guard taken.count < header.count else { return header }
    var seen: [String: Int] = [:]
    var columns: [String: [Int]] = [:]
    var result = header
    for (index, name) in header.enumerated() {
      let count = seen[name, default: 0] + 1
      seen[name] = count
      columns[name, default: []].append(index + 1)
      guard count > 1 else { continue }
      var position = count
      while taken.contains("\(name)[\(position)]") { position += 1 }
      result[index] = "\(name)[\(position)]"
      taken.insert(result[index])
    }
    // The note gives each column's name as imported: "the n-th is `name[n]`" was untrue when a
    // generated name was taken and the next free number used (QA review 31, L11).
    for name in header where columns[name]!.count > 1 && seen[name] != 0 {
      let positions = columns[name]!
      let list = positions.map(String.init).joined(separator: ", ")
      let imported = positions.dropFirst().map { "column \($0) as \(result[$0 - 1])" }.joined(separator: ", ")
      note(
        "the header names column \"\(name)\" \(positions.count) times (columns \(list)): the first keeps the name; "
          + "\(imported)")
      seen[name] = 0
    }
    return result
  }

  /// Why a field of column `column` cannot be read as text: invalid UTF-8, or (with --encoding) a
  /// byte the given encoding does not define or a broken UTF-16 sequence; `piece` is what the
  /// field holds ("answer", "name", "question text").
  func undecodableReason(column: String, piece: String = "answer") -> String {
    if let encoding = context.options.encoding, encoding != .utf8 {
      return encoding == .utf16
        ? "column \(column) holds a broken UTF-16 sequence (an unpaired surrogate, or the file ends inside a "
          + "character): check --encoding, or fix the file"
        : "column \(column) holds a byte that \(encoding.rawValue) does not define: check --encoding, or fix the byte"
    }
    return "invalid UTF-8 in column \(column) (if the whole file is in another encoding, give --encoding, e.g. "
      + "windows-1252 for Excel's CSV; if only this \(piece) holds a stray byte, fix it)"
  }

  /// A header row (the column names, Qualtrics' question-text row, SurveyMonkey's second header
  /// row) must be text as it stands: a field that is not is refused at its line and column, naming
  /// `what` the row is (field test h45: a windows-1252 `’` in a name was read as ISO-8859-1 without
  /// a word, and became the control character U+0092 in a question id). `names` names the columns
  /// when known (`nil` for the names row itself: column numbers).
  func requireText(
    _ row: [[UInt8]], line: Int, quoted: Bool, what: String, piece: String, names: [String]?
  ) throws(ImportError) {
    for (index, field) in row.enumerated() where String(validating: field, as: UTF8.self) == nil {
      let name = names.flatMap { index < $0.count && !$0[index].isEmpty ? $0[index] : nil } ?? String(index + 1)
      throw .malformed(
        path: context.path, line: line, column: quoted ? 0 : Self.fieldCountColumn(row, expected: index),
        message: "\(what): " + undecodableReason(column: name, piece: piece), recordsBefore: 0)
    }
  }

  func read() throws {
    let parser = try CSVParser(path: context.sourcePath, displayName: context.path)
    context.bytesSource = { parser.bytesRead }
    var currentLine = 0  // the row being handled (the reader looks one row ahead at the start)
    context.lineSource = { currentLine }
    defer { context.summary.bytes = parser.bytesRead }
    var fields: [[UInt8]] = []
    guard try parser.nextRecord(into: &fields) else {
      throw ImportError.notASurveyExport(path: context.path, what: "the CSV file has no header row")
    }
    if let problem = parser.problem {
      throw ImportError.malformed(
        path: context.path, line: problem.line, column: problem.column, message: "header row: \(problem.message)",
        recordsBefore: 0)
    }
    try requireText(
      fields, line: parser.recordLine, quoted: parser.recordHadQuote, what: "header row", piece: "name", names: nil)
    // Names without the spaces around them: "id, comment" (a space after each comma) names "id" and
    // "comment" (QA review 31: " comment" was no text column, and messages hid the space).
    var header = fields.map { FieldDecoding.string($0).trimmed }
    // The names as written, for a row that repeats them (concatenated exports).
    let headerRow = header
    let lowered = header.map { $0.lowercased() }
    // Row 2, read before the id column is chosen: Qualtrics' legacy exporter names the columns V1,
    // V2 … in row 1 and writes "ResponseID", "ResponseSet" … and the question texts in row 2 (QA
    // review 38: that row was imported as a respondent, and "-99" kept as answer text).
    // An error in row 2 (a quote never closed) is thrown where it was before, after the id column
    // is checked and named.
    var secondRow: (fields: [[UInt8]], line: Int, problem: CSVProblem?, quoted: Bool)?
    var secondRowError: (any Error)?
    // Where the cells of rows 2 and 3 start, to place a cell of Qualtrics' ImportId row.
    var secondRowPlaces: [(line: Int, column: Int)] = []
    parser.recordsFieldPlaces = true
    do {
      if try parser.nextRecord(into: &fields) {
        secondRow = (fields, parser.recordLine, parser.problem, parser.recordHadQuote)
        secondRowPlaces = parser.fieldPlaces
      }
      parser.recordsFieldPlaces = false
    } catch {
      secondRowError = error
    }
    let legacyQualtrics =
      lowered.first == "v1" && secondRow?.problem == nil
      && secondRow?.fields.first.map { FieldDecoding.string($0).trimmed.lowercased() } == "responseid"
    let idIndex: Int?
    if let named = context.options.idColumn {
      guard let index = header.firstIndex(of: named) ?? lowered.firstIndex(of: named.lowercased()) else {
        throw ImportError.usage("\(context.path): --id-column \(named): no such column in the CSV header")
      }
      idIndex = index
    } else {
      // The first id name present (`idNameIndex`, the JSON Lines reader's rule too).
      let named = Self.idNameIndex(in: header)
      idIndex = named ?? (legacyQualtrics ? 0 : nil)
      if named == nil && legacyQualtrics {
        context.note("column V1 is taken as the respondent id: row 2 names it ResponseID (Qualtrics' legacy CSV)")
      }
      let qualifying = header.indices.filter { Self.idNames.contains(lowered[$0]) }
      if let idIndex, qualifying.count > 1 {
        // A column spelt exactly as the chosen one is named by its number ("id (column 2)"; QA
        // review 38: the note said "column id is taken …; id would qualify too").
        let others = qualifying.filter { $0 != idIndex }.map {
          header[$0] == header[idIndex] ? "\(header[$0]) (column \($0 + 1))" : header[$0]
        }
        context.note(
          "column \(header[idIndex]) is taken as the respondent id; \(others.joined(separator: ", ")) would qualify "
            + "too (name the right one with --id-column)")
      }
      if idIndex == nil {
        // Not silent (QA review 13: a "uuid" column was meta and the rows were numbered unseen).
        context.note(
          "no respondent id column (none is named respondent, response_id, id, uuid …): respondents are numbered by data row; name the column with --id-column"
        )
      }
    }
    // SurveyMonkey CSV: row 2 names each column's kind ("Response", "Open-Ended Response", a
    // choice label) and is blank under the id; its open-ended columns hold the answers.
    var surveyMonkeyRow: (fields: [[UInt8]], line: Int)?
    var firstData: (fields: [[UInt8]], line: Int, problem: CSVProblem?, quoted: Bool)?
    if let secondRowError { throw secondRowError }
    if let secondRow {
      let subheader = secondRow.fields.map { FieldDecoding.string($0) }
      if secondRow.problem == nil, !legacyQualtrics,
        Self.isSurveyMonkeySubheader(subheader, idIndex: idIndex, width: header.count)
      {
        try requireText(
          secondRow.fields, line: secondRow.line, quoted: secondRow.quoted, what: "SurveyMonkey's second header row",
          piece: "cell", names: header)
        surveyMonkeyRow = (secondRow.fields, secondRow.line)
        header = Self.surveyMonkeyNames(header: header, subheader: subheader)
      } else {
        firstData = secondRow
      }
    }
    header = Self.numberingRepeats(header, note: context.note)
    // QA review 29: a column without a name went to meta under "" without a word.
    // Said once the rows are read: a column without a name and without a value in any row is the
    // delimiter that ends every line of Qualtrics' legacy export, and asks for no change (field test
    // h45: every such import was told to name it in the header).
    let unnamed = header.indices.filter { header[$0].trimmed.isEmpty }
    var unnamedHoldsValues = false
    var textIndices: [Int]
    if !context.options.questions.isEmpty {
      textIndices = try context.options.questions.map { (name: String) throws(ImportError) -> Int in
        guard let index = header.firstIndex(of: name) ?? header.firstIndex(of: name.trimmed) else {
          throw .usage("\(context.path): --question \(name): no such column in the CSV header")
        }
        // QA review 29: the id column was imported as answer text, one "answer" per respondent.
        if index == idIndex {
          throw .usage(
            "\(context.path): --question \(name) names the respondent id column; name an open-ended column (or another id with --id-column)"
          )
        }
        return index
      }
    } else if let surveyMonkeyRow {
      let kinds = surveyMonkeyRow.fields.map { FieldDecoding.string($0).trimmed }
      textIndices = kinds.indices.filter { Self.isSurveyMonkeyOpenEnded(kinds[$0]) }
      // Row 2 labels the columns of a matrix, a ranking and a Multiple Textboxes question alike (a
      // real export, session 56: "Contact info / Name", "… / I feel the biggest issue is:"); which
      // ones hold typed text is not written there, so they stay in meta, and that is said.
      let labelled = kinds.indices.filter { index in
        index != idIndex && index < header.count && !kinds[index].isEmpty && !textIndices.contains(index)
          && kinds[index].lowercased() != "response"
      }
      if !labelled.isEmpty {
        let names = labelled.prefix(3).map { "\"\(header[$0])\"" }.joined(separator: ", ")
        context.note(
          "\(labelled.count) SurveyMonkey column(s) labelled in row 2 (choices, matrix rows, ranking items or Multiple "
            + "Textboxes boxes: \(names)\(labelled.count > 3 ? " …" : "")) kept in meta: only \"Open-Ended "
            + "Response\" and \"Other (please specify)\" columns are taken as text; name textboxes with --question")
      }
    } else {
      textIndices = header.indices.filter { Self.isTextName(lowered[$0]) }
      if Self.isAlchemerHeader(lowered) {
        let notes = textIndices.filter { lowered[$0] == "comments" || lowered[$0] == "legacy comments" }
        if !notes.isEmpty {
          textIndices.removeAll { notes.contains($0) }
          context.note(
            "\(notes.map { header[$0] }.joined(separator: " and ")): Alchemer's notes on each response, not answers: "
              + "kept in meta (--question names a column to import)")
        }
      }
    }
    // Checked once the Qualtrics ImportId row (row 3), which may name the only text-entry column
    // ("QID2_TEXT" under the header "Q2"; QA review 13), has been read, and before any data row.
    func requireTextColumns() throws(ImportError) {
      guard textIndices.isEmpty else { return }
      let questions = Self.questionLikeColumns(header, except: idIndex)
      let example =
        questions.isEmpty
        ? ""
        : "; columns headed by a question, as form tools write them: "
          + questions.map { "--question \"\($0)\"" }.joined(separator: " ")
      throw ImportError.unsupported(
        path: context.path,
        message:
          "cannot tell which CSV columns hold open-ended answers (none ends in _TEXT or is named text/comment/verbatim/feedback/answer): name them with --question COLUMN\(example)"
      )
    }
    if firstData == nil { try requireTextColumns() }
    var textSet = Set(textIndices)
    var questionTexts: [String?] = Array(repeating: nil, count: header.count)
    // Metadata members' names: the header, except in Qualtrics' legacy CSV, whose V1, V2 … are named
    // by row 2 ("Name", "EmailAddress", "IPAddress"), so `--redact` sees what they hold (QA review
    // 40: "V3": "Smith, John" went through).
    var metaNames = header
    // A Qualtrics export (its question-text or ImportId row was found): "-99" is its code for
    // "seen but unanswered". A plain CSV keeps "-99" as an answer, as JSONL does (QA review 20).
    var qualtrics = false
    var pending: [[UInt8]]?
    var rowNumber = 0
    var emptyRows = (count: 0, first: 0)
    // Empty lines of a file with more than one column: no record (a spreadsheet writes `,,` for an
    // empty row), counted and said. In a one-column file an empty line is an empty answer (RFC
    // 4180: a record of one empty field), held until a later row shows it is not trailing padding
    // (QA review 31: it was dropped uncounted and every later row was numbered one too low).
    var blankLines = (count: 0, first: 0)
    var heldBlankLines: [Int] = []
    // The line of a repeated header row while the rows after it may be the rest of a repeated
    // header block (Qualtrics' question-text and ImportId rows).
    var repeatedHeaderLine: Int?
    // Qualtrics CSV: row 2 = question texts, row 3 = {"ImportId":…}.
    if let firstData {
      let second = firstData.fields
      let secondLine = firstData.line
      let secondProblem = firstData.problem
      // Row 2 is Qualtrics' ImportId row when the question-text row before it was deleted (QA review
      // 31: it was imported as a respondent, and "-99" kept as answer text).
      let secondIsImportIDs = secondProblem == nil && second.first.map(QualtricsImportID.starts) == true
      // A text-entry question is named after the question ("Q2"); only its ImportId says
      // "QID2_TEXT" (review r18a: its answers went to metadata, uncounted).
      // The other way round, a column named like an answer ("MCSA_single_text", a question's own
      // export tag) whose ImportId is a question's choice column ("QID1", "QID3-1") holds answer
      // codes, not text (session 56, a real export: its codes 1, 2, 3 were imported as answers).
      func readImportIDs(_ row: [[UInt8]], line: Int, places: [(line: Int, column: Int)]) {
        defer { warnAboutUnreadableImportIDs(row, line: line, places: places) }
        guard context.options.questions.isEmpty else { return }
        var codes: [Int] = []
        for index in row.indices where index < header.count && index != idIndex {
          guard let importID = QualtricsImportID.value(of: row[index]) else { continue }
          if QualtricsImportID.isTextEntry(importID) {
            if textSet.insert(index).inserted { textIndices.append(index) }
          } else if textSet.contains(index), QualtricsImportID.isQuestionColumn(importID) {
            textSet.remove(index)
            codes.append(index)
          }
        }
        if !codes.isEmpty {
          textIndices.removeAll { !textSet.contains($0) }
          let names = codes.prefix(5).map { "\(header[$0]) (\(QualtricsImportID.value(of: row[$0]) ?? ""))" }
          context.note(
            "column(s) \(names.joined(separator: ", "))\(codes.count > 5 ? " …" : "") are named like answers, but "
              + "their ImportIds are choice columns of questions, not text entry: kept in meta (name one with "
              + "--question to import it as text)")
        }
        textIndices.sort()
      }
      // A cell of the ImportId row that names no ImportId (not valid JSON, no "ImportId" member,
      // empty, typed over in a spreadsheet) leaves its column to its header name, as in an export
      // without that row: said, with the cell's place (brief h61b: passed over without a word).
      func warnAboutUnreadableImportIDs(_ row: [[UInt8]], line: Int, places: [(line: Int, column: Int)]) {
        var unreadable: [String] = []
        var count = 0
        for index in header.indices {
          let cell = index < row.count ? row[index] : nil
          if let cell, QualtricsImportID.value(of: cell) != nil { continue }
          count += 1
          guard unreadable.count < 3 else { continue }
          let place = index < places.count ? "\(places[index].line):\(places[index].column)" : "\(line)"
          let name = header[index].isEmpty ? "column \(index + 1)" : "\"\(header[index])\""
          let taken = index == idIndex ? "the id column" : textSet.contains(index) ? "taken as text" : "kept in meta"
          unreadable.append(
            cell.map { "\(name) at \(place): \(QualtricsImportID.problem(with: $0)), \(taken)" }
              ?? "\(name): no cell (the row ends before it), \(taken)")
        }
        guard count > 0 else { return }
        context.warn(
          "line \(line), Qualtrics' ImportId row: \(count) cell(s) name no ImportId, so their columns are read by "
            + "their header names, as in an export without that row (\(unreadable.joined(separator: "; "))"
            + "\(count > 3 ? "; …" : "")); check the export, or name text columns with --question")
      }
      // Row 2 is question texts, ImportIds, or the first data row.
      func takeSecondRow() throws {
        if secondIsImportIDs {
          qualtrics = true
          readImportIDs(second, line: secondLine, places: secondRowPlaces)
          try requireTextColumns()
          context.note(
            "line \(secondLine) read as Qualtrics' ImportId row, not a response (the question-text row before it is missing)"
          )
          return
        }
        try requireTextColumns()
        // The header row again is no question-text row, though its id cell names the id column: it
        // is rejected as on any later line (QA review 41: it switched on Qualtrics' rules, and "-99"
        // was counted blank, with exit status 0).
        if secondProblem == nil, legacyQualtrics || Self.isQuestionTextRow(second, header: header, idIndex: idIndex),
          !Self.repeatsHeader(second, headerRow: headerRow, idIndex: idIndex)
        {
          // Qualtrics' older CSV: row 2 = question texts, with no ImportId row after it.
          try requireText(
            second, line: secondLine, quoted: firstData.quoted, what: "Qualtrics' question-text row",
            piece: "question text", names: header)
          qualtrics = true
          questionTexts = header.indices.map { $0 < second.count ? FieldDecoding.string(second[$0]) : nil }
          if legacyQualtrics { metaNames = Self.legacyMetaNames(header: header, labels: questionTexts, texts: textSet) }
          // Counted as no record, so it is named (QA review 23).
          context.note(
            "line \(secondLine) read as Qualtrics' question-text row, not a response: "
              + (legacyQualtrics
                ? "it names column V1 ResponseID"
                : "its id cell repeats the id column's name, or its date columns hold words, not dates"))
        } else {
          try handle(second, line: secondLine, problem: secondProblem, quoted: firstData.quoted)
        }
      }
      let third: Bool
      do {
        parser.recordsFieldPlaces = true
        defer { parser.recordsFieldPlaces = false }
        third = try parser.nextRecord(into: &fields)
      } catch {
        // Row 3 ends the file with an error (a quote never closed): row 2 is still kept or rejected
        // before the error is reported, as every row before a fatal error is (review r16a).
        try takeSecondRow()
        throw error
      }
      if third, parser.problem == nil, secondProblem == nil, !secondIsImportIDs,
        fields.first.map(QualtricsImportID.starts) == true,
        !Self.repeatsHeader(second, headerRow: headerRow, idIndex: idIndex)
      {
        try requireText(
          second, line: secondLine, quoted: firstData.quoted, what: "Qualtrics' question-text row",
          piece: "question text", names: header)
        qualtrics = true
        questionTexts = header.indices.map { $0 < second.count ? FieldDecoding.string(second[$0]) : nil }
        readImportIDs(fields, line: parser.recordLine, places: parser.fieldPlaces)
        try requireTextColumns()
        pending = nil
      } else {
        try takeSecondRow()
        pending = fields.isEmpty && parser.problem == nil ? nil : fields
      }
      if let row = pending {
        try handle(row, line: parser.recordLine, problem: parser.problem, quoted: parser.recordHadQuote)
      }
    }
    while !context.stopped, try parser.nextRecord(into: &fields) {
      try handle(fields, line: parser.recordLine, problem: parser.problem, quoted: parser.recordHadQuote)
    }
    context.notePaddedIDs()
    // Imported as it stands (many exports lack a final line break), but said: a file cut short
    // ends so too, and its last answer would be cut with it (QA review 41: exit 0, no word).
    if let last = parser.unterminatedLastLine, !context.stopped {
      context.note(
        "line \(last), the last, does not end with a line break: check that the file is complete (an export cut "
          + "short ends mid-answer; its last row is imported as it stands)")
    }
    if blankLines.count > 0 {
      context.note("\(blankLines.count) empty line(s) skipped (no record in them), first at line \(blankLines.first)")
    }
    if let first = heldBlankLines.first {
      context.note(
        "\(heldBlankLines.count) empty line(s) at the end of the file skipped, first at line \(first) (in a "
          + "one-column file an empty line between rows is an empty answer)")
    }
    if !unnamed.isEmpty {
      let columns = unnamed.map { String($0 + 1) }.joined(separator: ", ")
      context.note(
        unnamedHoldsValues
          ? "column(s) \(columns) of the CSV header have no name: their values are kept in meta under an empty "
            + "name; name them in the header"
          : "column(s) \(columns) of the CSV header have no name and no value in any row (a delimiter that ends "
            + "every line): nothing is kept from them")
    }
    if emptyRows.count > 0 {
      context.note(
        "\(emptyRows.count) row(s) with no value in any column (only delimiters, as a spreadsheet leaves after "
          + "cleared rows) skipped, first at line \(emptyRows.first)")
    }

    func handle(_ row: [[UInt8]], line: Int, problem: CSVProblem?, quoted: Bool) throws {
      currentLine = line
      // What a rejected row weighs in a --max-rejects percentage (the ImportId row may add columns).
      context.answersPerRow = textIndices.count
      // A line `""` is a record whose one field is empty (review r17a: in a one-column file it was
      // dropped uncounted); an empty line is one too in a one-column file, and none otherwise.
      if problem == nil, row.count == 1, !quoted,
        row[0].isEmpty || (header.count > 1 && row[0].allSatisfy { $0 == 0x20 || $0 == 0x09 })
      {
        if header.count == 1 {
          heldBlankLines.append(line)
        } else {
          if blankLines.count == 0 { blankLines.first = line }
          blankLines.count += 1
        }
        return
      }
      if !heldBlankLines.isEmpty {
        let held = heldBlankLines
        heldBlankLines = []
        for blank in held where !context.stopped { try handle([[]], line: blank, problem: nil, quoted: true) }
        if context.stopped { return }
        currentLine = line
      }
      // A row of bare delimiters (`,,,,`), as Excel writes for rows whose cells were cleared, holds
      // no respondent and no answer: skipped and counted, not rejected as "empty respondent id",
      // which stopped the import (QA review 16).
      if problem == nil, row.count > 1, row.allSatisfy({ $0.allSatisfy { $0 == 0x20 || $0 == 0x09 } }) {
        // Still a data row for the numbering of a file without an id column: the rows after it
        // keep the numbers they had (human codes may use them).
        rowNumber += 1
        if emptyRows.count == 0 { emptyRows.first = line }
        emptyRows.count += 1
        return
      }
      // The header row again: two exports concatenated (`cat a.csv b.csv`), the second one's BOM
      // kept or not (QA review 31: it was imported as a respondent "id" answering "comment").
      if problem == nil, Self.repeatsHeader(row, headerRow: headerRow, idIndex: idIndex) {
        try context.reject(
          line: line,
          reason: "the header row again: the file holds concatenated exports; split them, or delete this line")
        repeatedHeaderLine = line
        return
      }
      // The rest of a repeated header block: Qualtrics' question-text row (its id cell repeats the
      // id column's name, or it is the first block's row 2 again; legacy: "ResponseID" in V1) and
      // ImportId row (QA review 40: imported as respondents "Response ID" and {"ImportId":…}).
      if let headerLine = repeatedHeaderLine {
        repeatedHeaderLine = nil
        let cells = problem == nil ? row.map { FieldDecoding.string($0) } : []
        let what: String? =
          problem != nil
          ? nil
          : row.first.map(QualtricsImportID.starts) == true
            ? "Qualtrics' ImportId row"
            : Self.isQuestionTextRow(row, header: header, idIndex: idIndex)
              || (qualtrics && cells.count == header.count && cells.map(Optional.some) == questionTexts)
              || (legacyQualtrics && cells.first?.trimmed.lowercased() == "responseid")
              ? "Qualtrics' question-text row" : nil
        if let what {
          try context.reject(
            line: line,
            reason:
              "\(what) again, after the header row again at line \(headerLine): the file holds concatenated "
              + "exports; split them, or delete this line")
          // The ImportId row may follow the question-text row.
          if what == "Qualtrics' question-text row" { repeatedHeaderLine = headerLine }
          return
        }
      }
      rowNumber += 1
      context.beginRespondent()
      // A reject names the respondent when the id column was read whole before the fault and is
      // valid UTF-8 and not blank (QA review 20: an oversized field or a bad byte named none), or
      // by its number in a file without an id column (review h42 #6).
      func readableID(before field: Int) -> String? {
        guard let idIndex else { return String(rowNumber) }
        guard idIndex < min(row.count, field),
          let id = String(validating: row[idIndex], as: UTF8.self)?.trimmed, !id.isEmpty
        else { return nil }
        return id
      }
      if let problem {
        try context.reject(
          line: problem.line, column: problem.column, respondent: readableID(before: problem.field - 1),
          reason: problem.message)
        return
      }
      guard row.count == header.count else {
        // The id is known when it is the first column: a stray delimiter can only shift the fields
        // after the one it is in (review h42 #6: ragged rows named no respondent). A row without
        // quotes is one line whose columns follow from its fields: the reject points where the
        // first extra field begins, or where a missing one would (QA review 44 U4).
        try context.reject(
          line: line, column: quoted ? nil : Self.fieldCountColumn(row, expected: header.count),
          respondent: idIndex == 0 ? readableID(before: 1) : readableID(before: 0),
          reason: "the row has \(row.count) field(s), the header has \(header.count)")
        return
      }
      var values: [String] = []
      values.reserveCapacity(row.count)
      for (index, bytes) in row.enumerated() {
        guard let value = String(validating: bytes, as: UTF8.self) else {
          try context.reject(
            line: line, respondent: readableID(before: row.count), reason: undecodableReason(column: header[index]))
          return
        }
        values.append(value)
      }
      let respondent: String
      if let idIndex {
        respondent = context.respondentID(values[idIndex], line: line)
        guard !respondent.isEmpty else {
          try context.reject(line: line, reason: "empty respondent id (column \(header[idIndex]))")
          return
        }
      } else {
        respondent = String(rowNumber)
      }
      if !unnamedHoldsValues { unnamedHoldsValues = unnamed.contains { $0 < values.count && !values[$0].isEmpty } }
      var meta: [JSONMember] = []
      for index in values.indices where index != idIndex && !textSet.contains(index) && !values[index].isEmpty {
        meta.append(JSONMember(metaNames[index], .string(values[index])))
      }
      let rowMeta = RowMeta(meta)
      for index in textIndices {
        let text = values[index]
        let keepGoing = try context.answer(
          respondent: respondent, question: header[index], questionText: questionTexts[index], text: text,
          meta: rowMeta, blank: qualtrics && text == "-99")
        if !keepGoing { return }
      }
    }
  }
}
