import Foundation
import TestSupport
import Testing
import VerbatimCore

@testable import SurveyImport

/// Session 56: a real SurveyMonkey export (a candidate questionnaire; its two header rows are
/// quoted in a public parser's comments) has Multiple Textboxes questions, whose boxes row 2
/// labels as it labels matrix rows and choices ("Contact info" / "Name", "Email"; "First, what is
/// the biggest issue?" / "I feel the biggest issue is:", "If elected, I would:"). Only "Open-Ended
/// Response" columns are taken as text, which is right (row 2 does not say which labelled columns
/// hold typed text), but those typed answers went to meta without a word.
@Suite struct SurveyMonkeyLabelledColumnTests {
  static let export = """
    Respondent ID,Collector ID,Contact info,,Why are you the right person?,"First, the biggest issue?",,Support?
    ,,Name,Email,Open-Ended Response,I feel the biggest issue is:,"If elected, I would:",Response
    114,4011,Ann,ann@example.org,"I live here, and I listen.",Parking,Build more,Yes

    """

  /// The open-ended column is the one record; the labelled columns stay in meta, and a note names
  /// them and says how to take a textbox as text. "Response" columns are not counted there.
  @Test func labelledColumnsAreSaid() throws {
    let result = try Fixture.run(path: try Fixture.write("sm.csv", Self.export))
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.question) == ["Why are you the right person?"])
    #expect(
      result.records.first?.meta.map(\.key) == [
        "Collector ID", "Contact info / Name", "Contact info / Email",
        "First, the biggest issue? / I feel the biggest issue is:", "First, the biggest issue? / If elected, I would:",
        "Support?",
      ])
    let note = try #require(result.warnings.first { $0.contains("SurveyMonkey column(s) labelled in row 2") })
    #expect(note.contains("4 SurveyMonkey column(s)"), "Name, Email and the two boxes: \(note)")
    #expect(note.contains("name textboxes with --question"), "\(note)")
  }

  /// Named with `--question`, a box is an answer like any column, and no note is needed.
  @Test func aBoxNamedWithQuestionIsText() throws {
    let path = try Fixture.write("sm.csv", Self.export)
    let result = try Fixture.run(path: path) { $0.questions = ["First, the biggest issue? / If elected, I would:"] }
    #expect(result.records.map(\.text) == ["Build more"])
    #expect(!result.warnings.contains { $0.contains("labelled in row 2") })
  }
}
