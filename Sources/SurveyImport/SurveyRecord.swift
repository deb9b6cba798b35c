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
  /// The answer. From XML, line ends are normalised to LF (CRLF, lone CR and `&#13;` alike); from
  /// CSV and JSONL it is kept byte for byte. Empty only for blank answers (`keepBlank`).
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

  /// A name that repeats (an element given twice in one Qualtrics `<Response>` or LimeSurvey
  /// `<row>`) is numbered as the CSV reader numbers a repeated column: the n-th is `name[n]`, so
  /// the object never holds a name twice (review r17a: `{"region":"North","region":"South"}`).
  init(_ members: [JSONMember]) {
    var repeated = false
    if members.count > 16 {
      var seen = Set<String>(minimumCapacity: members.count)
      for member in members where !seen.insert(member.key).inserted {
        repeated = true
        break
      }
    } else if members.count > 1 {
      // A few members (the usual case, once per respondent): pairwise, without a set to allocate.
      outer: for second in 1..<members.count {
        for first in 0..<second where members[first].key == members[second].key {
          repeated = true
          break outer
        }
      }
    }
    guard repeated else {
      self.members = members
      return
    }
    let names = CSVSurveyReader.numberingRepeats(members.map(\.key), note: { _ in })
    self.members = zip(names, members).map { JSONMember($0, $1.value) }
  }
}
