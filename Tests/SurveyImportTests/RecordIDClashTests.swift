import Foundation
import SurveyImport
import TestSupport
import Testing

@testable import SurveyImport

/// QA review 20 #2: the duplicate-id check compares the id as written (`respondent:question`), so
/// two answers whose parts differ but join to the same id (a ":" in either part) clash.
@Suite struct RecordIDClashTests {
  @Test func partsJoiningToTheSameIdClashInEitherOrder() {
    var ids = RecordIDSet()
    #expect(ids.check(respondent: "x", question: "a:b", line: 2) == nil)
    let clash = ids.check(respondent: "x:a", question: "b", line: 3)
    #expect(clash == RecordIDSet.Earlier(respondent: "x", question: "a:b", line: 2))
    // The clashing answer is not added: its pair is still new.
    #expect(ids.insert(respondent: "x:a", question: "b", line: 3) == nil)

    var reversed = RecordIDSet()
    #expect(reversed.check(respondent: "x:a", question: "b", line: 2) == nil)
    #expect(reversed.check(respondent: "x", question: "a:b", line: 3)?.respondent == "x:a")
    // Other ids with colons stay distinct, and a real duplicate is still named as one.
    #expect(reversed.check(respondent: "x:a", question: "c", line: 4) == nil)
    #expect(reversed.check(respondent: "urn:uuid:1", question: "b", line: 5) == nil)
    #expect(reversed.check(respondent: "x:a", question: "b", line: 6)?.respondent == "x:a")
  }

  /// The bound is unchanged: past `limit` respondents, a respondent not kept is only checked
  /// against its own contiguous answers, and a clash with a kept respondent is still found.
  @Test func theBoundedCheckStillFindsClashesWithKeptRespondents() {
    var ids = RecordIDSet(limit: 1)
    #expect(ids.check(respondent: "x", question: "a:b", line: 1) == nil)
    #expect(ids.check(respondent: "y", question: "q", line: 2) == nil)
    #expect(ids.saturated)
    #expect(ids.check(respondent: "x:a", question: "b", line: 3)?.line == 1)
    #expect(ids.check(respondent: "z:a", question: "b", line: 4) == nil)
    #expect(ids.check(respondent: "z", question: "a:b", line: 4)?.respondent == "z:a")
  }

  /// Ids with many colons are kept whole, up to the overflow bound.
  @Test func idsWithManyColonsAreComparedWhole() {
    var ids = RecordIDSet(overflowLimit: 1)
    let colons = String(repeating: ":", count: RecordIDSet.splitLimit)
    #expect(ids.check(respondent: "r" + colons, question: "q:1", line: 1) == nil)
    #expect(ids.check(respondent: "r" + colons + ":q", question: "1", line: 2)?.line == 1)
    #expect(ids.check(respondent: "r" + colons, question: "q:1", line: 3)?.line == 1)
    #expect(!ids.saturated)
    #expect(ids.check(respondent: "s" + colons, question: "q:1", line: 4) == nil)
    #expect(ids.saturated)
  }

  @Test func csvAndJSONLRejectTheSecondAnswerWithTheClashNamed() throws {
    let csv = try FlatFormatFindingsTests.write("colon.csv", "id,a:b,b\nx,one,two\nx:a,three,four\n")
    let result = try Fixture.run(path: csv) {
      $0.questions = ["a:b", "b"]
      $0.keepGoing = true
    }
    #expect(result.records.map(\.id) == ["x:a:b", "x:b", "x:a:a:b"])
    #expect(result.summary.rejected == 1)
    let reject = try #require(result.rejects.first)
    #expect(reject.line == 3 && reject.respondent == "x:a" && reject.question == "b")
    #expect(
      reject.reason.hasPrefix(
        "duplicate id \"x:a:b\": respondent x:a's answer to b has the same id as respondent x's answer to a:b (respondent x first seen at line 2)"
      ))

    let jsonl = try FlatFormatFindingsTests.write(
      "colon.jsonl", "{\"id\":\"p:1\",\"comment\":\"one\"}\n{\"id\":\"p\",\"1:comment\":\"two\"}\n")
    let strict = try Fixture.run(path: jsonl) { $0.questions = ["comment", "1:comment"] }
    #expect(strict.records.map(\.id) == ["p:1:comment"])
    #expect(strict.error?.description.contains("same id as respondent p:1's answer to comment") == true)
  }
}
