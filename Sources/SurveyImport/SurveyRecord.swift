public import VerbatimCore

/// One open-ended answer: what one respondent wrote for one question.
public struct SurveyRecord: Sendable, Equatable {
  /// `"<respondent>:<question>"`, unique within a well-formed export.
  public var id: String
  /// The respondent (response id, record id, or 1-based case number when the format has none).
  public var respondent: String
  /// The question's column or variable name as exported (e.g. `QID7_TEXT`, `741984X5X40`, `Q3`).
  public var question: String
  /// The question's wording, when a companion file (`.qsf`, `.lss`) or the metadata provides it.
  public var questionText: String?
  /// The answer, with line ends normalised to LF. Empty only for blank answers (`keepBlank`).
  public var text: String
  /// The respondent's other (closed) answers and fields, in file order.
  public var meta: [JSONMember] {
    didSet { encodedMeta = nil }
  }
  /// `meta` already encoded as a JSON object (shared by all records of one respondent, so it is
  /// encoded once per respondent rather than once per record).
  var encodedMeta: [UInt8]?

  public init(
    respondent: String, question: String, questionText: String? = nil, text: String, meta: [JSONMember] = []
  ) {
    self.id = respondent + ":" + question
    self.respondent = respondent
    self.question = question
    self.questionText = questionText
    self.text = text
    self.meta = meta
  }

  /// Writes the record as one compact JSON object:
  /// `{"id", "respondent", "question", "question_text"?, "text", "meta": {…}}`.
  public func write(to writer: inout JSONWriter) {
    writer.beginObject()
    writer.key("id")
    writer.string(id)
    writer.key("respondent")
    writer.string(respondent)
    writer.key("question")
    writer.string(question)
    if let questionText {
      writer.key("question_text")
      writer.string(questionText)
    }
    writer.key("text")
    writer.string(text)
    writer.key("meta")
    if let encodedMeta {
      writer.bytes.append(contentsOf: encodedMeta)  // the last member: no comma state to keep
    } else {
      writer.value(.object(meta))
    }
    writer.endObject()
  }

  public static func == (lhs: SurveyRecord, rhs: SurveyRecord) -> Bool {
    lhs.id == rhs.id && lhs.respondent == rhs.respondent && lhs.question == rhs.question
      && lhs.questionText == rhs.questionText && lhs.text == rhs.text && lhs.meta == rhs.meta
  }
}

/// One respondent's metadata, shared by the records of that respondent and encoded once.
final class RowMeta {
  let members: [JSONMember]
  private(set) lazy var encoded: [UInt8] = {
    var writer = JSONWriter(capacity: 512)
    writer.value(.object(members))
    return writer.bytes
  }()

  init(_ members: [JSONMember]) { self.members = members }
}

/// A piece of input that was not imported, and why.
public struct ImportReject: Sendable, Equatable {
  public var file: String
  public var line: Int
  public var respondent: String?
  public var question: String?
  public var reason: String

  public init(file: String, line: Int, respondent: String? = nil, question: String? = nil, reason: String) {
    self.file = file
    self.line = line
    self.respondent = respondent
    self.question = question
    self.reason = reason
  }

  /// Writes `{"file", "line", "respondent"?, "question"?, "reason"}`.
  public func write(to writer: inout JSONWriter) {
    writer.beginObject()
    writer.key("file")
    writer.string(file)
    writer.key("line")
    writer.number(line)
    if let respondent {
      writer.key("respondent")
      writer.string(respondent)
    }
    if let question {
      writer.key("question")
      writer.string(question)
    }
    writer.key("reason")
    writer.string(reason)
    writer.endObject()
  }
}

/// What an import read, so nothing disappears unaccounted: every open-ended cell is a record, a
/// blank, not shown (absent in the export) or rejected.
public struct ImportSummary: Sendable, Equatable {
  /// The format that was read.
  public var format: SurveyFormat = .auto
  /// Respondents (rows, responses, cases) seen.
  public var respondents = 0
  /// Distinct open-ended questions seen.
  public var questions = 0
  /// Records handed out (blank ones included when `keepBlank` is set).
  public var records = 0
  /// Open-ended cells that were present but empty, whitespace-only or `-99` (Qualtrics "seen but
  /// unanswered").
  public var blank = 0
  /// Open-ended cells absent from the export (LimeSurvey: question not shown).
  public var notShown = 0
  /// Pieces rejected (see `ImportReject`).
  public var rejected = 0
  /// Input bytes read.
  public var bytes: Int64 = 0
  /// The error that ended reading early under `keepGoing`, if any.
  public var error: ImportError?

  public init() {}

  /// One line for standard error.
  public var description: String {
    "\(format.rawValue): \(respondents) respondent(s), \(questions) question(s), \(records) record(s), "
      + "\(blank) blank, \(notShown) not shown, \(rejected) rejected"
  }
}
