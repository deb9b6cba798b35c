import Foundation
import TestSupport
import Testing

@testable import SurveyImport

/// Qualtrics' legacy CSV exporter names the columns V1, V2 … (then the question ids) in row 1 and
/// writes "ResponseID", "ResponseSet" … and the question texts in row 2; V1 holds the response
/// ids. QA review 38: row 2 was imported as a respondent with "Why?" as its answer, the rows were
/// numbered (no id column), and "-99" (Qualtrics' "seen but unanswered") was kept as text.
@Suite struct QualtricsLegacyCSVTests {
  static let export = """
    V1,V2,Q1,Q2_TEXT\r
    ResponseID,ResponseSet,How satisfied?,Why?\r
    R_a,Default,5,Quick\r
    R_b,Default,1,-99\r

    """

  @Test func rowTwoIsTheQuestionTextsAndV1TheIds() throws {
    let path = try Fixture.write("legacy.csv", Self.export)
    let result = try Fixture.run(path: path)
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["R_a:Q2_TEXT"])
    #expect(result.records.first?.text == "Quick")
    #expect(result.records.first?.questionText == "Why?")
    #expect(result.summary.blank == 1)
    #expect(result.warnings.contains { $0.contains("line 2 read as Qualtrics' question-text row") })
  }

  /// `--id-column V1` names the same column: the same records.
  @Test func theSameWithTheIdColumnNamed() throws {
    let path = try Fixture.write("legacy.csv", Self.export)
    let named = try Fixture.run(path: path) { $0.idColumn = "V1" }
    #expect(named.records.map(\.id) == ["R_a:Q2_TEXT"])
    #expect(named.summary.blank == 1)
  }

  /// A file whose row 1 starts with V1 but whose row 2 is data stays data.
  @Test func aV1ColumnAloneIsNotTheLegacyLayout() throws {
    let path = try Fixture.write("v1.csv", "V1,comment\nfirst,good\nsecond,bad\n")
    let result = try Fixture.run(path: path)
    #expect(result.records.map(\.text) == ["good", "bad"])
  }
}
