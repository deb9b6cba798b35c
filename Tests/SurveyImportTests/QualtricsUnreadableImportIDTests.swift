import Foundation
import Testing

@testable import SurveyImport

/// A cell of a Qualtrics CSV's ImportId row (row 3, `{"ImportId":"QID5_TEXT"}`) that names no
/// ImportId (not valid JSON, no "ImportId" member, empty, or a row cut short) was passed over
/// without a word (brief h61b), and its column then read by its header name alone. The import
/// goes on so, as for an export without that row, and says it: a warning placing each such cell
/// (file, line and column), what is wrong with it, and where its column went.
@Suite struct QualtricsUnreadableImportIDTests {
  @Test func unreadableCellsOfTheImportIDRowAreWarnedAbout() throws {
    let path = try Fixture.write(
      "export.csv",
      #"""
      StartDate,ResponseId,Q1,Q2,Q3_TEXT
      Start Date,Response ID,How was it?,Anything else?,Other
      "{""ImportId"":""startDate""}","{""ImportId"":""_recordId""}","{""ImportId"":""QID1_TEXT""}","{""ImportId"":""QID2_TEXT""","{""importId"":""QID3_TEXT""}"
      2026-01-01 10:00:00,R_1,great,slow,fine

      """#)
    let result = try Fixture.run(path: path)
    #expect(result.error == nil, "\(String(describing: result.error))")
    // Q1 is text by its ImportId; Q2, whose ImportId cannot be read, is meta by its name; Q3_TEXT
    // is text by its name.
    #expect(result.records.map(\.id) == ["R_1:Q1", "R_1:Q3_TEXT"])
    #expect(
      result.warnings.contains(
        "\(path): warning: line 3, Qualtrics' ImportId row: 2 cell(s) name no ImportId, so their columns are read "
          + "by their header names, as in an export without that row (\"Q2\" at 3:94: not valid JSON, kept in "
          + "meta; \"Q3_TEXT\" at 3:124: not {\"ImportId\":…}, taken as text); check the export, or name text "
          + "columns with --question"), "\(result.warnings)")
  }

  /// The ImportId row right after the header (its question-text row deleted), in the pre-2018
  /// dictionary form: an empty cell, a cell without its colon and a row that ends early are named.
  @Test func theSecondRowAndTheOlderFormArePlacedToo() throws {
    let path = try Fixture.write(
      "export.csv",
      """
      StartDate,ResponseId,Q1,Q2,Q3_TEXT,Q4_TEXT
      {'ImportId': 'startDate'},{'ImportId': '_recordId'},{'ImportId': 'QID1-TEXT'},,{'ImportId' 'QID3-TEXT'}
      2026-01-01 10:00:00,R_1,great,slow,fine,ok

      """)
    let result = try Fixture.run(path: path)
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["R_1:Q1", "R_1:Q3_TEXT", "R_1:Q4_TEXT"])
    #expect(
      result.warnings.contains(
        "\(path): warning: line 2, Qualtrics' ImportId row: 3 cell(s) name no ImportId, so their columns are read "
          + "by their header names, as in an export without that row (\"Q2\" at 2:79: empty, kept in meta; "
          + "\"Q3_TEXT\" at 2:80: not a readable {'ImportId': '…'} cell, taken as text; \"Q4_TEXT\": no cell (the "
          + "row ends before it), taken as text); check the export, or name text columns with --question"),
      "\(result.warnings)")
  }

  /// A well-formed ImportId row gives no such warning.
  @Test func aWellFormedRowIsNotWarnedAbout() throws {
    let path = try Fixture.write(
      "export.csv",
      #"""
      ResponseId,Q1
      Response ID,How was it?
      "{""ImportId"":""_recordId""}","{""ImportId"":""QID1_TEXT"",""timeZone"":""UTC""}"
      R_1,great

      """#)
    let result = try Fixture.run(path: path)
    #expect(result.records.map(\.id) == ["R_1:Q1"])
    #expect(!result.warnings.contains { $0.contains("ImportId") }, "\(result.warnings)")
  }
}
