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

  /// Review r19a: `meta.id` and `meta.respondent` read the record's identifiers, as they do in the
  /// JSON Lines `verbatim import` writes (where they are top-level members).
  @Test func recordIdentifiersAnswerIdAndRespondent() {
    let record = SurveyRecord(
      respondent: "1", question: "comment", text: "hold", meta: [JSONMember("seg", .string("gold"))])
    let metadata = ruleMetadata(of: record, keys: ["id", "respondent", "seg"])
    #expect(metadata["id"] == ["1:comment"])
    #expect(metadata["respondent"] == ["1"])
    #expect(metadata["seg"] == ["gold"])
  }
}
