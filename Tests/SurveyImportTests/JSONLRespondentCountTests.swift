import Foundation
import Testing

@testable import SurveyImport

/// Review h42 #4: the JSONL summary counted lines as respondents and absent members per line, so
/// two respondents on three lines were "3 respondent(s) … 3 not shown" (one answer was not shown),
/// and import's own one-answer-a-line output of 3 respondents re-imported as 5. Respondents are now
/// distinct ids, and a question is not shown for a respondent when none of its lines answers it.
@Suite struct JSONLRespondentCountTests {
  @Test func respondentsAreDistinctIdsAndNotShownIsPerRespondent() throws {
    let path = try Fixture.write(
      "s.jsonl",
      """
      {"respondent":"a","comment":"x"}
      {"respondent":"b","comment":"y"}
      {"respondent":"a","feedback":"z"}

      """)
    let result = try Fixture.run(path: path)
    #expect(result.error == nil)
    #expect(result.summary.respondents == 2)
    #expect(result.summary.records == 3)
    #expect(result.summary.notShown == 1)
    // Counts add up per respondent: 2 respondents × 2 questions.
    #expect(result.summary.answersAccounted == 2 * 2)
  }

  @Test func importsOwnLongFormOutputCountsItsRespondents() throws {
    let path = try Fixture.write(
      "long.jsonl",
      """
      {"id":"R1:Q1","respondent":"R1","question":"Q1","text":"one"}
      {"id":"R1:Q2","respondent":"R1","question":"Q2","text":"two"}
      {"id":"R2:Q1","respondent":"R2","question":"Q1","text":"three"}
      {"id":"R3:Q1","respondent":"R3","question":"Q1","text":"four"}
      {"id":"R3:Q2","respondent":"R3","question":"Q2","text":"five"}

      """)
    let result = try Fixture.run(path: path)
    #expect(result.summary.respondents == 3)
    #expect(result.summary.records == 5)
  }

  /// A line rejected before its id is read is a respondent of its own; one rejected after is
  /// counted by its id.
  @Test func rejectedLinesAreCountedOnceEach() throws {
    let path = try Fixture.write(
      "bad.jsonl",
      """
      {"respondent":"a","comment":"x"}
      {"respondent":"a","comment":5}
      not json
      {"respondent":"b","comment":"y"}

      """)
    let result = try Fixture.run(path: path) { $0.keepGoing = true }
    #expect(result.summary.respondents == 3)
    #expect(result.summary.rejected == 2)
    // "a" answered comment (twice: the second a rejected answer), "b" once: nothing not shown.
    #expect(result.summary.notShown == 0)
  }
}
