import Foundation
import SurveyImport
import TestSupport
import Testing

/// QA review 20 #6: "-99" is blank only in a Qualtrics export; a plain CSV keeps it as an answer,
/// as JSONL and LimeSurvey do.
@Suite struct PlainCSVMinus99Tests {
  @Test func aPlainCSVKeepsMinus99() throws {
    let path = try FlatFormatFindingsTests.write("plain.csv", "id,comment\n1,-99\n2, \n")
    let result = try Fixture.run(path: path)
    #expect(result.records.map(\.text) == ["-99"])
    #expect(result.summary.blank == 1)
  }

  @Test func aQualtricsCSVStillTakesMinus99AsBlank() throws {
    let withImportIDs = try FlatFormatFindingsTests.write(
      "q.csv",
      """
      ResponseId,Q1,Q2_TEXT
      Response ID,How likely,Why?
      {"ImportId":"_recordId"},{"ImportId":"QID1"},{"ImportId":"QID2_TEXT"}
      R_1,9,-99
      R_2,3,I gave -99

      """)
    let result = try Fixture.run(path: withImportIDs)
    #expect(result.records.map(\.text) == ["I gave -99"])
    #expect(result.summary.blank == 1)
    // Qualtrics' older CSV: the question-text row alone.
    let older = try FlatFormatFindingsTests.write(
      "q2.csv", "ResponseId,Q2_TEXT\nResponse ID,Why?\nR_1,-99\nR_2,ok\n")
    let olderResult = try Fixture.run(path: older)
    #expect(olderResult.records.map(\.text) == ["ok"])
    #expect(olderResult.summary.blank == 1)
  }
}
