import Testing

@testable import SurveyImport

/// The duplicate-id check: exact while respondents are kept, bounded past its limit.
@Suite struct RecordIDSetTests {
  @Test func duplicatesAreFoundWithTheLineOfTheFirstAnswer() {
    var ids = RecordIDSet()
    #expect(ids.insert(respondent: "R1", question: "Q1", line: 3) == nil)
    #expect(ids.insert(respondent: "R1", question: "Q2", line: 3) == nil)
    #expect(ids.insert(respondent: "R2", question: "Q1", line: 9) == nil)
    #expect(ids.insert(respondent: "R1", question: "Q1", line: 20) == 3)
    #expect(!ids.saturated)
  }

  @Test func pastTheLimitOnlyKeptRespondentsAndTheCurrentOneAreChecked() {
    var ids = RecordIDSet(limit: 2)
    #expect(ids.insert(respondent: "A", question: "Q", line: 1) == nil)
    #expect(ids.insert(respondent: "B", question: "Q", line: 2) == nil)
    #expect(ids.insert(respondent: "C", question: "Q", line: 3) == nil)
    #expect(ids.saturated)
    // Kept respondents are still checked; the current unkept one against its own answers.
    #expect(ids.insert(respondent: "A", question: "Q", line: 4) == 1)
    #expect(ids.insert(respondent: "D", question: "Q", line: 5) == nil)
    #expect(ids.insert(respondent: "D", question: "Q", line: 5) == 5)
  }

  /// Review r17a: answers to questions past the 64th are kept as whole ids up to a bound (500 text
  /// columns took 1.5 GB); past it the set is saturated, kept ids are still found, new ones pass.
  @Test func wholeIdsPastTheSixtyFourthQuestionAreBounded() {
    var ids = RecordIDSet(overflowLimit: 2)
    for question in 0..<64 { #expect(ids.insert(respondent: "A", question: "Q\(question)", line: 1) == nil) }
    #expect(ids.insert(respondent: "A", question: "Q64", line: 1) == nil)
    #expect(ids.insert(respondent: "A", question: "Q65", line: 1) == nil)
    #expect(!ids.saturated)
    #expect(ids.insert(respondent: "A", question: "Q66", line: 1) == nil)
    #expect(ids.saturated)
    #expect(ids.insert(respondent: "A", question: "Q64", line: 2) == 1)
    #expect(ids.insert(respondent: "A", question: "Q5", line: 2) == 1)
  }
}
