import Foundation
import TestSupport
import Testing
import VerbatimCore

@testable import SurveyImport

/// A Qualtrics CSV whose question-text row was deleted in a spreadsheet, so that the ImportId row
/// comes right after the header (QA review 31): that row was imported as a respondent and "-99",
/// Qualtrics' "seen but unanswered", was kept as answer text. The `import --help` promise: the
/// question-text and ImportId rows are recognised, and either one makes "-99" blank.
@Suite struct QualtricsImportIDRowTests {
  @Test func anImportIDRowAloneIsRecognised() throws {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent("q.csv")
    try Data(
      #"""
      ResponseId,Q1_TEXT,Q2
      "{""ImportId"":""_recordId""}","{""ImportId"":""QID1_TEXT""}","{""ImportId"":""QID2_TEXT""}"
      R_1,great,fine
      R_2,-99,slow

      """#.utf8
    ).write(to: url)
    let result = try Fixture.run(path: url.path)
    #expect(result.error == nil, "\(String(describing: result.error))")
    // Q2 is a text-entry question by its ImportId alone (review r18a).
    #expect(result.records.map(\.id) == ["R_1:Q1_TEXT", "R_1:Q2", "R_2:Q2"])
    #expect(result.summary.blank == 1)
    #expect(result.warnings.contains { $0.contains("line 2 read as Qualtrics' ImportId row") })
  }
}
