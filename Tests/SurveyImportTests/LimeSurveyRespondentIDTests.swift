import Foundation
import TestSupport
import Testing
import VerbatimCore

@testable import SurveyImport

/// QA review 41: a LimeSurvey `<row>` with two `<id>` elements was imported under the first id,
/// the second going to meta, with exit status 0, where the Qualtrics reader rejects "a <Response>
/// with two respondent ids" (QA review 29). Whose answers they are would be a guess.
@Suite struct LimeSurveyRespondentIDTests {
  static func export(_ rows: String) throws -> String {
    try Fixture.write(
      "ids.lsr",
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <document><LimeSurveyDocType>Responses</LimeSurveyDocType><DBVersion>443</DBVersion>
      <responses><fields><fieldname>id</fieldname><fieldname>1X1X1</fieldname></fields>
      <rows>
      \(rows)
      </rows></responses></document>

      """)
  }

  /// Two different ids reject the row, naming both, under `--keep-going`; the same id twice is one
  /// id; the counts add up (one record, two rejected rows).
  @Test func aRowWithTwoDifferentIdsIsRejected() throws {
    let path = try Self.export(
      """
      <row><id>1</id><id>2</id><_1X1X1>whose?</_1X1X1></row>
      <row><id>3</id><id> 3 </id><_1X1X1>mine</_1X1X1></row>
      <row><id></id><_1X1X1>no one's</_1X1X1></row>
      """)
    let result = try Fixture.run(path: path) { $0.keepGoing = true }
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["3:1X1X1"], "only the row with one id is imported")
    #expect(
      result.rejects.map(\.reason) == [
        "a <row> with two respondent ids, <id> \"1\" and <id> \"2\"", "a <row> whose <id> is empty",
      ])
    #expect(result.rejects.map(\.line) == [5, 7])
    #expect(result.summary.records + result.summary.rejected == 3, "\(result.summary)")
  }

  /// Without `--keep-going` the import stops there (exit 65) with the file and line.
  @Test func withoutKeepGoingTheImportStops() throws {
    let path = try Self.export("<row><id>1</id><id>2</id><_1X1X1>whose?</_1X1X1></row>")
    let result = try Fixture.run(path: path)
    let error = try #require(result.error, "two ids must stop the import")
    #expect(error.exitStatus == .dataError)
    #expect(error.description.contains("ids.lsr:5: a <row> with two respondent ids"), "\(error.description)")
  }
}
