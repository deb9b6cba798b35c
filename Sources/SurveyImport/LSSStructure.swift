/// A LimeSurvey response column name. Two spellings exist:
/// - SGQA, every version up to 6.x: `<sid>X<gid>X<qid><rest>` (rest = subquestion code and/or
///   `other` / `comment`);
/// - the Q form of LimeSurvey's current development line (its `createFieldMap` names columns
///   `Q<qid>`, `Q<qid>_Cother`, `Q<qid>_Ccomment`, `Q<qid>_S<sqid>`, `Q<qid>_S<sqid>_Ccomment`,
///   `Q<qid>_Cothercomment`, `Q<qid>_S<sqid>_S<sqid>`, `Q<qid>_S<sqid>#0`, `Q<qid>_R<aid>`,
///   `Q<qid>_Cfilecount`): no survey id, and subquestions named by their qid, not their title.
///   `rest` is given as in SGQA (`other`, `comment`, `othercomment`, `filecount`), with a
///   subquestion as `_S<sqid>` so that it is never empty.
struct SGQA {
  /// The survey id (SGQA only: the Q form does not carry it).
  var survey: String?
  var question: String
  var rest: String
  /// The Q form's subquestion qid (`Q12_S34…` gives 34).
  var subquestion: String?

  init?(_ column: String) {
    if column.hasPrefix("Q") {
      guard let parsed = Self(qForm: column) else { return nil }
      self = parsed
      return
    }
    let parts = column.split(separator: "X", maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(\.isASCIIDigit), !parts[1].isEmpty,
      parts[1].allSatisfy(\.isASCIIDigit)
    else { return nil }
    let digits = parts[2].prefix(while: \.isASCIIDigit)
    guard !digits.isEmpty else { return nil }
    survey = String(parts[0])
    question = String(digits)
    rest = String(parts[2].dropFirst(digits.count))
  }

  /// `Q<qid>` and its suffixes `_C<word>`, `_S<sqid>` (repeated, or followed by `_C<word>` or
  /// `#<scale>`) and `_R<aid>`; anything else (a `Q` column of another kind) is not one.
  private init?(qForm column: String) {
    let body = column.dropFirst()
    let digits = body.prefix(while: \.isASCIIDigit)
    guard !digits.isEmpty else { return nil }
    question = String(digits)
    var tail = body.dropFirst(digits.count)
    rest = ""
    while !tail.isEmpty {
      guard tail.hasPrefix("_"), let kind = tail.dropFirst().first else { return nil }
      let after = tail.dropFirst(2)
      switch kind {
      case "C":
        // other, comment, othercomment, filecount: the last suffix.
        guard !after.isEmpty, after.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        rest += after
        return
      case "S", "R":
        let id = after.prefix(while: \.isASCIIDigit)
        guard !id.isEmpty else { return nil }
        if kind == "S", subquestion == nil { subquestion = String(id) }
        rest += "_\(kind)\(id)"
        tail = after.dropFirst(id.count)
        if tail.hasPrefix("#") {
          let scale = tail.dropFirst()
          guard !scale.isEmpty, scale.allSatisfy(\.isASCIIDigit) else { return nil }
          rest += tail
          return
        }
      default:
        return nil
      }
    }
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}

/// Question types and texts from a LimeSurvey survey structure (`.lss`), read with the same safe
/// streaming reader: `<questions><rows><row>` (qid, parent_qid, sid, type, title; in 3.x also
/// question and language, one row per language), 3.x's `<subquestions>` (the same columns), and
/// 4.x/5.x's `<question_l10ns><rows><row>` (qid, question, language). The first language wins.
struct LSSStructure {
  struct Question {
    var parent = "0"
    var type = ""
    var title = ""
    var text: String?
  }
  var questions: [String: Question] = [:]
  /// Subquestion texts keyed by "parent qid|subquestion title".
  var subquestionTexts: [String: String] = [:]
  var surveyIDs: Set<String> = []
  var fallback = false
  /// The file it was loaded from, with its size and SHA-256 (for manifests); nil for the structure
  /// inside a `.lsa` archive (hashed with the archive) and the fallback.
  var source: CompanionInput?

  init(fallback: Bool) { self.fallback = fallback }

  static func load(path: String) throws(ImportError) -> LSSStructure {
    try CompanionFile.requireRegularFile(path, option: "--lss")
    // A pipe or FIFO is read through a private copy, which is hashed too (it cannot be read twice).
    let spool = InputSpool.isNeeded(for: path) ? try InputSpool(copying: path) : nil
    do throws(ImportError) {
      var structure = try load(stream: XMLStream(path: spool?.path ?? path, displayName: path), path: path)
      structure.source = try CompanionInput.hashing(
        role: CompanionRole.limeSurveyStructure, path: path, readFrom: spool?.path)
      return structure
    } catch {
      throw spool.map { error.replacingPath($0.path, with: path) } ?? error
    }
  }

  /// Reads the structure from an open stream (`path` names it in messages).
  static func load(stream: XMLStream, path: String) throws(ImportError) -> LSSStructure {
    var result = LSSStructure(fallback: false)
    var table = ""
    // Each question's texts, first row first, with their language. A language the survey is not
    // translated into has an empty <question/> (session 56: "question_text": "" when that row came
    // first); the survey's base language (<surveys><row><language>, after the questions) is chosen
    // once it is known, else the first text that is not empty.
    var texts: [String: [(language: String, text: String)]] = [:]
    var baseLanguage: String?
    while try stream.next() {
      guard stream.kind == .element else { continue }
      if stream.depth == 1 {
        table = stream.name
        continue
      }
      guard stream.depth == 3, stream.name == "row",
        table == "questions" || table == "subquestions" || table == "question_l10ns" || table == "surveys"
      else {
        continue
      }
      var cells: [String: String] = [:]
      while try stream.next() {
        if stream.kind == .endElement && stream.depth == 3 { break }
        if stream.kind == .element && stream.depth == 4 {
          let name = stream.name
          cells[name] = try stream.readText()
        }
      }
      if table == "surveys" {
        if baseLanguage == nil, let language = cells["language"]?.trimmed, !language.isEmpty {
          baseLanguage = language
        }
        continue
      }
      guard let qid = cells["qid"] else { continue }
      if table != "question_l10ns" {
        // LimeSurvey 3.x repeats a question's row per language and keeps subquestions in a table of
        // their own; the first row of a qid wins.
        if result.questions[qid] == nil {
          result.questions[qid] = Question(
            parent: cells["parent_qid"] ?? "0", type: cells["type"] ?? "", title: cells["title"] ?? "")
        }
        if let sid = cells["sid"] { result.surveyIDs.insert(sid) }
      }
      // The text: 4.x/5.x keep it in question_l10ns, 3.x in the question's own row (QA review 13:
      // 3.x texts were ignored).
      if let text = cells["question"] {
        let plain = HTMLText.plain(text)
        if !plain.trimmed.isEmpty, texts[qid, default: []].count < 100 {
          texts[qid, default: []].append((cells["language"]?.trimmed ?? "", plain))
        }
      }
    }
    for (qid, candidates) in texts {
      let base = baseLanguage.flatMap { language in candidates.first { $0.language == language } }
      result.questions[qid]?.text = (base ?? candidates.first)?.text
    }
    for question in result.questions.values where question.parent != "0" {
      if let text = question.text { result.subquestionTexts[question.parent + "|" + question.title] = text }
    }
    if result.questions.isEmpty {
      throw .unsupported(path: path, message: "not a LimeSurvey survey structure (.lss): no <questions> rows")
    }
    return result
  }

  /// Whether `column` is an SGQA column whose question this (real, not fallback) structure does
  /// not list: its type is unknown, so it is kept as metadata with a warning.
  func isUnknownSGQA(column: String) -> Bool {
    guard !fallback, let sgqa = SGQA(column) else { return false }
    return questions[sgqa.question] == nil
  }

  /// Whether `column` holds free text.
  func isText(column: String) -> Bool {
    guard let sgqa = SGQA(column) else { return false }
    if sgqa.rest.hasSuffix("other") || sgqa.rest.hasSuffix("comment") { return true }
    if fallback { return sgqa.rest.isEmpty }
    guard let question = questions[sgqa.question] else { return false }
    switch question.type {
    case "S", "T", "U": return sgqa.rest.isEmpty
    case "Q": return !sgqa.rest.isEmpty
    default: return false
    }
  }

  /// The question's text; for a multiple-short-text subquestion "question: subquestion".
  func questionText(column: String) -> String? {
    guard let sgqa = SGQA(column), let question = questions[sgqa.question] else { return nil }
    guard question.type == "Q", !sgqa.rest.isEmpty else { return question.text }
    // The Q form names the subquestion by its qid, SGQA by its title.
    let sub: String? =
      if let id = sgqa.subquestion { questions[id]?.text } else { subquestionTexts[sgqa.question + "|" + sgqa.rest] }
    switch (question.text, sub) {
    case (let main?, let sub?): return main + ": " + sub
    case (let main, let sub): return main ?? sub
    }
  }
}
