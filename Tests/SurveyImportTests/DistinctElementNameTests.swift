import Foundation
import Testing

@testable import SurveyImport

/// Review h42 #7: a million distinct element names grew memory and time until libxml2 failed with
/// "Memory allocation failed", and past the 100,000 questions a summary counts it no longer added
/// up. A document with more than `XMLLimits.distinctElementNames` is refused where it passes the
/// bound, and the counts of what was read before a fatal error add up.
@Suite struct DistinctElementNameTests {
  @Test func tooManyDistinctElementNamesAreRefusedEarly() throws {
    var text = "<Responses>\n<Response><_recordId>R1</_recordId>\n"
    for index in 0..<(XMLLimits.distinctElementNames + 10) { text += "<E\(index)>x</E\(index)>\n" }
    text += "</Response>\n</Responses>\n"
    let result = try Fixture.run(path: try Fixture.write("names.xml", text))
    guard case .malformed(_, let line, _, let message, _)? = result.error else {
      Issue.record("expected a malformed-input error, got \(String(describing: result.error))")
      return
    }
    #expect(message.contains("more than 100000 distinct element names"), "\(message)")
    // <Responses>, <Response> and <_recordId> are three of the names.
    #expect(line == 3 + XMLLimits.distinctElementNames - 3)
  }

  /// Not-shown answers of the responses read before a fatal error are counted (they were left out).
  @Test func countsAddUpWhenAFatalErrorEndsTheRead() throws {
    let text = """
      <Responses>
      <Response><_recordId>R1</_recordId><Q1_TEXT>one</Q1_TEXT></Response>
      <Response><_recordId>R2</_recordId><Q2_TEXT>two</Q2_TEXT></Response>
      <Response><_recordId>R3</_recordId><Q1_TEXT>a & b</Q1_TEXT></Response>
      </Responses>

      """
    let result = try Fixture.run(path: try Fixture.write("cut.xml", text)) { $0.keepGoing = true }
    let summary = result.summary
    #expect(summary.respondents == 2)
    #expect(summary.records == 2)
    #expect(summary.notShown == 2)
    #expect(summary.records + summary.blank + summary.notShown == summary.respondents * summary.questions)
  }

  /// JSONL answer members accumulate over lines: past the bound the file is refused too.
  @Test func tooManyDistinctJSONLAnswerMembersAreRefused() throws {
    var text = ""
    for line in 0..<2 {
      let members = (0..<60_000).map { "\"q\(line)_\($0)_text\":\"x\"" }.joined(separator: ",")
      text += "{\"respondent\":\"R\(line)\",\(members)}\n"
    }
    let result = try Fixture.run(path: try Fixture.write("members.jsonl", text))
    let message = try #require(result.error).description
    #expect(message.contains("members.jsonl:2: more than 100000 distinct answer members"), "\(message)")
    // The refused line's members are not counted (review h43: they were 60,000 not shown for R0).
    #expect(result.summary.notShown == 0)
    #expect(result.summary.questions == 60_000)
    #expect(!result.warnings.contains { $0.contains("distinct questions") }, "\(result.warnings)")
  }
}
