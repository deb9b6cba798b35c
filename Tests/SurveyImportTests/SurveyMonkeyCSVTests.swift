import Foundation
import SurveyImport
import TestSupport
import Testing

/// SurveyMonkey's CSV layout: question texts in row 1 (named once over a question's columns), the
/// column kinds in row 2 ("Response", "Open-Ended Response", choice labels), "Respondent ID" as id.
@Suite struct SurveyMonkeyCSVTests {
  static let export = """
    Respondent ID,Collector ID,IP Address,How likely are you to recommend us?,What could we do better?,Which channel?,
    ,,,Response,Open-Ended Response,Phone,Other (please specify)
    114598765432,456789,192.0.2.1,9,Waited 40 minutes on hold,Phone,
    114598765433,456789,192.0.2.2,3,"Rude agent, no refund",,a kiosk in the mall

    """

  @Test func openEndedColumnsAreImportedAndTheKindRowIsNot() throws {
    let folder = try TestSupport.temporaryDirectory()
    let path = folder.appendingPathComponent("monkey.csv")
    try Self.export.write(to: path, atomically: true, encoding: .utf8)
    let result = try Fixture.run(path: path.path)
    #expect(result.error == nil, "\(String(describing: result.error))")
    let records = result.records.map { "\($0.id)=\($0.text)" }
    #expect(
      records == [
        "114598765432:What could we do better?=Waited 40 minutes on hold",
        "114598765433:What could we do better?=Rude agent, no refund",
        "114598765433:Which channel? / Other (please specify)=a kiosk in the mall",
      ])
    // The blank "Other" of the first respondent is a blank answer; nothing is rejected.
    #expect(result.summary.blank == 1 && result.summary.rejected == 0)
  }

  /// QA review 40: the first of a question's option columns is named by its option, as the others
  /// are ("Which channel? / Phone"); it was the bare question, "Which channel?".
  @Test func theFirstOptionColumnIsNamedByItsOption() throws {
    let folder = try TestSupport.temporaryDirectory()
    let path = folder.appendingPathComponent("monkey.csv")
    try Self.export.write(to: path, atomically: true, encoding: .utf8)
    let result = try Fixture.run(path: path.path)
    let keys = result.records.first?.meta.map(\.key) ?? []
    #expect(keys.contains("Which channel? / Phone"), "\(keys)")
    #expect(!keys.contains("Which channel?"), "\(keys)")
    // A one-column question keeps its own name ("Response" is no option).
    #expect(keys.contains("How likely are you to recommend us?"), "\(keys)")
  }
}

/// Qualtrics' older CSV has a question-text row under the header and no ImportId row: that row
/// names the id column again ("Response ID" under "ResponseId"), so it is not a respondent.
@Suite struct LegacyQualtricsCSVTests {
  @Test func questionTextRowIsUsedNotImported() throws {
    let folder = try TestSupport.temporaryDirectory()
    let path = folder.appendingPathComponent("legacy.csv")
    try "ResponseId,Q1,Q2_TEXT\nResponse ID,How likely?,What could we do better?\nR_1,9,Waited too long\n".write(
      to: path, atomically: true, encoding: .utf8)
    let result = try Fixture.run(path: path.path)
    #expect(result.records.map(\.id) == ["R_1:Q2_TEXT"])
    #expect(result.records.first?.questionText == "What could we do better?")
  }
}
