import Foundation
import TestSupport
import Testing
import VerbatimCore

@testable import SurveyImport

/// Qualtrics CSV exports from before 2018 write the ImportId row as Python-style dictionaries in
/// single quotes, `{'ImportId': 'QID2-TEXT'}`, and join an id's parts with `-`. Field test h45 (real
/// exports of that age): the row was imported as a respondent named `{'ImportId': 'responseId'}`
/// whose "answer" was the ImportId text, and a text-entry question named only by its ImportId
/// (`Q2` over `QID2-TEXT`) lost every answer to meta.
@Suite struct QualtricsDictionaryImportIDTests {
  static func write(_ csv: String) throws -> String {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent("older-export.csv")
    try Data(csv.utf8).write(to: url)
    return url.path
  }

  @Test func theSingleQuotedImportIDRowIsAHeaderRow() throws {
    let path = try Self.write(
      #"""
      ResponseID,StartDate,Q1,Q1_TEXT,Q2
      ResponseID,StartDate,Pick one,Pick one,Anything else?
      {'ImportId': 'responseId'},{'ImportId': 'startDate'},{'ImportId': 'QID1'},{'ImportId': 'QID1-TEXT'},{'ImportId': 'QID2-TEXT'}
      R_a,2016-10-06 14:28:12,1,,"Fine, thanks"
      R_b,2016-10-06 14:29:00,5,other text,-99

      """#)
    let result = try Fixture.run(path: path)
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["R_a:Q2", "R_b:Q1_TEXT"])
    #expect(result.records.map(\.text) == ["Fine, thanks", "other text"])
    #expect(result.records.first?.questionText == "Anything else?")
    #expect(result.summary.respondents == 2)
    // R_a's empty Q1_TEXT and R_b's -99 (a Qualtrics export's "seen, unanswered").
    #expect(result.summary.blank == 2)
    #expect(!result.records.contains { $0.respondent.contains("ImportId") })
  }

  @Test func aSingleQuotedImportIDRowRightAfterTheHeaderIsRecognised() throws {
    let path = try Self.write(
      #"""
      ResponseID,Q2
      {'ImportId': 'responseId'},{'ImportId': 'QID2-TEXT'}
      R_a,slow

      """#)
    let result = try Fixture.run(path: path)
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["R_a:Q2"])
    #expect(result.warnings.contains { $0.contains("line 2 read as Qualtrics' ImportId row") })
  }

  @Test func importIDCellsAreReadInBothForms() {
    #expect(QualtricsImportID.value(of: Array(#"{"ImportId":"QID2_TEXT"}"#.utf8)) == "QID2_TEXT")
    #expect(
      QualtricsImportID.value(of: Array(#"{"ImportId":"startDate","timeZone":"America/New_York"}"#.utf8))
        == "startDate")
    #expect(QualtricsImportID.value(of: Array("{'ImportId': 'QID5#3-1-1-TEXT'}".utf8)) == "QID5#3-1-1-TEXT")
    #expect(QualtricsImportID.value(of: Array("{'ImportId':'QID1'}".utf8)) == "QID1")
    #expect(QualtricsImportID.value(of: Array("{'ImportId': QID1}".utf8)) == nil)
    #expect(QualtricsImportID.value(of: Array("ImportId".utf8)) == nil)
    #expect(QualtricsImportID.isTextEntry("QID2-TEXT"))
    #expect(QualtricsImportID.isTextEntry("QID3_4_TEXT"))
    #expect(!QualtricsImportID.isTextEntry("QID1"))
    #expect(!QualtricsImportID.isTextEntry("QID1-TEXTURE"))
  }
}
