import Foundation
import TestSupport
import Testing
import VerbatimCore

@testable import SurveyImport

/// Session 56 (a real export, QualtricsTools' `Questions_with_Text_Entry_Components.csv`): a
/// question whose export tag ends in "_text" ("MCSA_single_text") names its choice column so; the
/// name rule took it for text, and its answer codes (1, 2, 3) were imported as 30 open-ended
/// answers, though the ImportId row says `QID1` (a choice column) beside `QID1-TEXT` for the
/// "other" text typed with it.
@Suite struct QualtricsChoiceColumnNamedLikeTextTests {
  /// The shape of the real export (its pre-2018 `{'ImportId': …}` row), cut to two questions.
  static let legacyRow = """
    ResponseID,MCSA_single_text,MCSA_single_text_TEXT,Matrix_text_1,Matrix_text_1_TEXT,feedback
    ResponseID,Pick one,Pick one,Rate-Statement 1,Rate-Statement 1,feedback
    {'ImportId': 'responseId'},{'ImportId': 'QID1'},{'ImportId': 'QID1-TEXT'},{'ImportId': 'QID4-1'},\
    {'ImportId': 'QID4-1-TEXT'},{'ImportId': 'feedback'}
    R_1,3,by bus,2,too loud,fine
    R_2,1,,3,-99,

    """

  /// The choice columns go to meta, with a note naming them; the text-entry columns and an
  /// embedded-data field named like an answer ("feedback", ImportId not a question's) stay text.
  /// Two respondents × three text columns = 3 records + 3 blank ("", Qualtrics' -99, "").
  @Test func aChoiceColumnNamedLikeTextIsMeta() throws {
    let path = try Fixture.write("te.csv", Self.legacyRow)
    let result = try Fixture.run(path: path)
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(
      result.records.map(\.id) == ["R_1:MCSA_single_text_TEXT", "R_1:Matrix_text_1_TEXT", "R_1:feedback"],
      "the codes 3 and 1 are not answers")
    #expect(result.records.map(\.text) == ["by bus", "too loud", "fine"])
    #expect(
      result.records.first?.meta.map(\.key) == ["MCSA_single_text", "Matrix_text_1"],
      "the codes are kept, in meta")
    #expect(result.summary.records == 3 && result.summary.blank == 3, "\(result.summary)")
    #expect(
      result.warnings.contains { $0.contains("column(s) MCSA_single_text (QID1) are named like answers") },
      "\(result.warnings)")
  }

  /// The same with today's JSON ImportIds (`{"ImportId":"QID1"}`).
  @Test func theJSONImportIdRowIsReadTheSame() throws {
    let path = try Fixture.write(
      "te.csv",
      """
      ResponseId,Q1_text,Q1_text_TEXT
      Response ID,Pick one,Pick one - Other - Text
      "{""ImportId"":""_recordId""}","{""ImportId"":""QID1""}","{""ImportId"":""QID1_4_TEXT""}"
      R_1,4,by bus

      """)
    let result = try Fixture.run(path: path)
    #expect(result.records.map(\.id) == ["R_1:Q1_text_TEXT"])
    #expect(result.records.first?.meta.map(\.value) == [.string("4")])
  }

  /// `--question` still imports such a column as text: the user's word wins over the ImportId.
  @Test func questionOverridesTheImportId() throws {
    let path = try Fixture.write("te.csv", Self.legacyRow)
    let result = try Fixture.run(path: path) { $0.questions = ["MCSA_single_text"] }
    #expect(result.records.map(\.text) == ["3", "1"])
  }

  /// Only a question's choice column is one: metadata, embedded data and Text iQ columns are not.
  @Test func whichImportIdsAreChoiceColumns() {
    for id in ["QID1", "QID3_1", "QID3-1", "QID5#1-2"] {
      #expect(QualtricsImportID.isQuestionColumn(id), "\(id)")
    }
    for id in ["QID1_TEXT", "QID3-1-TEXT", "startDate", "_recordId", "feedback", "QID2_TEXT_eae5Topics", "QIDX"] {
      #expect(!QualtricsImportID.isQuestionColumn(id), "\(id)")
    }
  }
}
