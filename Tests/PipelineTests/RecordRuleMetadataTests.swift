import SurveyImport
import Testing
import VerbatimCore

@testable import Pipeline

/// The metadata an export record's `meta.…` conditions see.
@Suite struct RecordRuleMetadataTests {
  /// Rule metadata of an export record: coded answers give code and label; `question` is the record's.
  @Test func ruleMetadataOfASurveyRecord() {
    let coded = SurveyRecord(
      respondent: "1", question: "Q2", text: "bad",
      meta: [
        JSONMember("Q1", .object([JSONMember("code", .string("1")), JSONMember("label", .string("Bad"))])),
        JSONMember("question", .string("shadowed")),
      ])
    let metadata = ruleMetadata(of: coded, keys: ["Q1", "question"])
    #expect(metadata["Q1"] == ["1", "Bad"])
    #expect(metadata["question"] == ["Q2"])
    #expect(ruleMetadata(of: coded, keys: []).isEmpty)
  }
}
