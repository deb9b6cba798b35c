import Foundation
import SurveyImport
import TestSupport
import Testing
import VerbatimCore

/// The CSV exports of form tools: each heads an answer column with its question, so none is an
/// answer column by name, and each has its own id column. The header shapes are the tools' (from
/// their documentation and from public code that reads such files); the rows are made up.
/// - Google Forms: "Timestamp", "Email Address" (when collected), then the questions; no id.
/// - Typeform: "#" (the response token), the questions, "Response Type", "Start Date (UTC)",
///   "Stage Date (UTC)", "Submit Date (UTC)", "Network ID" (shared by a network's responses), "Tags".
/// - Microsoft Forms: "ID", "Start time", "Completion time", "Email", "Name", "Last modified time".
/// - Alchemer (SurveyGizmo): "Response ID", "Time Started", "Date Submitted", "Status", "Contact ID",
///   "Legacy Comments", "Comments" (the team's notes on a response, the API's sResponseComment),
///   "Language", "Referer", "SessionID", "User Agent", "Tags", "IP Address", location columns.
/// - Jotform: "Submission Date", the questions, "Submission ID".
@Suite struct FormToolCSVTests {
  static let question = "What could we do better?"

  static func run(_ csv: String, questions: [String] = []) throws -> ImportResult {
    let path = try Fixture.write("export.csv", csv)
    return try Fixture.run(path: path) { $0.questions = questions }
  }

  /// Without --question the import stops and says how to name the columns, quoting the ones that
  /// read like questions, as they must be typed.
  @Test func questionColumnsAreNamedInTheMessage() throws {
    let result = try Self.run(
      "Timestamp,Email Address,How did you hear about us?,\(Self.question)\n2026/09/20 10:00:00 AM,a@example.com,A friend,Longer hours\n"
    )
    let message = result.error?.description ?? ""
    #expect(message.contains("name them with --question"), "\(message)")
    #expect(
      message.contains("--question \"How did you hear about us?\" --question \"What could we do better?\""),
      "\(message)")
  }

  /// Google Forms writes no id: the rows are numbered (with the note saying so), never an e-mail.
  @Test func googleFormsRowsAreNumbered() throws {
    let result = try Self.run(
      "Timestamp,Email Address,\(Self.question)\n2026/09/20 10:00:00 AM,a@example.com,Longer hours\n2026/09/20 11:00:00 AM,b@example.com,More staff\n",
      questions: [Self.question])
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.respondent) == ["1", "2"])
    #expect(result.warnings.contains { $0.contains("numbered by data row") }, "\(result.warnings)")
  }

  /// Typeform's "#" is the response token; "Network ID" is not taken.
  @Test func typeformTokenIsTheID() throws {
    let result = try Self.run(
      "#,\(Self.question),Response Type,Start Date (UTC),Stage Date (UTC),Submit Date (UTC),Network ID,Tags\n"
        + "odwdp4nzj1xg6m9l36odwdp4nzlv2gcw,Longer hours,completed,2024-10-05 02:39:31,,2024-10-05 02:41:38,653e97acae,\n"
        + "k2j3h4g5f6d7s8a9k2j3h4g5f6d7s8a9,More staff,completed,2024-10-05 03:00:00,,2024-10-05 03:02:00,653e97acae,\n",
      questions: [Self.question])
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(
      result.records.map(\.respondent) == ["odwdp4nzj1xg6m9l36odwdp4nzlv2gcw", "k2j3h4g5f6d7s8a9k2j3h4g5f6d7s8a9"])
    #expect(result.records.first?.meta.contains { $0.key == "Network ID" } == true)
  }

  @Test func microsoftFormsID() throws {
    let result = try Self.run(
      "ID,Start time,Completion time,Email,Name,Last modified time,\(Self.question)\n1,8/20/25 12:51:45,8/20/25 12:54:25,anonymous,,,Longer hours\n",
      questions: [Self.question])
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["1:\(Self.question)"])
  }

  /// Alchemer's "Comments" and "Legacy Comments" are no answers: without --question the import asks
  /// for the question columns instead of importing the team's (mostly empty) notes.
  @Test func alchemerNotesAreNoAnswers() throws {
    let header =
      "Response ID,Time Started,Date Submitted,Status,Contact ID,Legacy Comments,Comments,Language,Referer,SessionID,User Agent,Tags,IP Address,Longitude,Latitude,Country,City,State/Region,Postal,\(Self.question)\n"
    let row =
      "101,2024-01-01 10:00:00,2024-01-01 10:05:00,Complete,,,called back,English,,1704100000_abc,Mozilla,,192.0.2.1,,,,,,,Longer hours\n"
    let bare = try Self.run(header + row)
    #expect(
      bare.error?.description.contains("--question \"\(Self.question)\"") == true, "\(String(describing: bare.error))")
    #expect(bare.warnings.contains { $0.contains("Alchemer's notes") }, "\(bare.warnings)")
    let named = try Self.run(header + row, questions: [Self.question])
    #expect(named.error == nil, "\(String(describing: named.error))")
    #expect(named.records.map(\.id) == ["101:\(Self.question)"], "Response ID is the id")
    #expect(named.records.first?.meta.contains { $0.key == "Comments" && $0.value == .string("called back") } == true)
  }

  @Test func jotformSubmissionID() throws {
    let result = try Self.run(
      "Submission Date,Full Name,\(Self.question),Submission ID\n2024-01-01 10:00:00,Ann,Longer hours,5834729104857362910\n",
      questions: [Self.question])
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.respondent) == ["5834729104857362910"])
  }
}
