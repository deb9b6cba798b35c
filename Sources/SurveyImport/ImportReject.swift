public import VerbatimCore

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
