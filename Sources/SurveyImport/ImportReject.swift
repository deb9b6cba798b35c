public import VerbatimCore

/// A piece of input that was not imported, and why.
public struct ImportReject: Sendable, Equatable {
  public var file: String
  public var line: Int
  /// The column in that line, in characters (as editors count them), where the format has one and
  /// the problem is at a place in the line (a CSV quote, a JSON syntax error); nil otherwise.
  public var column: Int?
  /// The `"id"` of a JSON Lines record refused by `code -`, as written, when it could be read.
  public var id: JSONValue?
  public var respondent: String?
  public var question: String?
  public var reason: String

  public init(
    file: String, line: Int, column: Int? = nil, id: JSONValue? = nil, respondent: String? = nil,
    question: String? = nil, reason: String
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.id = id
    self.respondent = respondent
    self.question = question
    self.reason = reason
  }

  /// `file:line:column` or `file:line`, as messages place it.
  public var place: String { column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)" }

  /// Writes `{"file", "line", "column"?, "id"?, "respondent"?, "question"?, "reason"}`.
  public func write(to writer: inout JSONWriter) {
    writer.beginObject()
    writer.key("file")
    writer.string(file)
    writer.key("line")
    writer.number(line)
    if let column {
      writer.key("column")
      writer.number(column)
    }
    if let id {
      writer.key("id")
      writer.value(id)
    }
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
