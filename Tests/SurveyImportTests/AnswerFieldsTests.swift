import Foundation
import Testing

@testable import SurveyImport

/// Review h43 D6: a JSONL file naming a new answer member on every line imported in quadratic
/// time (20,000 lines: 31 s; 150,000 lines: over 12 minutes), because every line went through
/// every answer member seen so far, and rebuilt a set of them. The work is now counted
/// (`AnswerFields.steps`), so the complexity is checked without a clock.
@Suite struct AnswerFieldsTests {
  /// Runs the JSONL reader on `path` directly, for its work counter.
  private static func read(
    _ path: String, _ configure: (inout ImportOptions) -> Void = { _ in }
  ) throws -> (context: ImportContext, records: [SurveyRecord]) {
    var options = ImportOptions()
    configure(&options)
    final class Records { var all: [SurveyRecord] = [] }
    let records = Records()
    let context = ImportContext(
      path: path, options: options,
      body: { record in
        records.all.append(record)
        return true
      }, onReject: { _ in }, onProgress: nil)
    try JSONLSurveyReader(context: context).read()
    return (context, records.all)
  }

  @Test func aNewMemberOnEveryLineCostsWorkInProportionToTheLines() throws {
    let lines = 3000
    let text = (0..<lines).map { #"{"id":\#($0),"text":"x","q\#($0)_text":"y"}"# }.joined(separator: "\n")
    let path = try Fixture.write("mm.jsonl", text + "\n")
    let (context, records) = try Self.read(path)
    #expect(records.count == 2 * lines)
    #expect(context.summary.questions == lines + 1)
    // A few steps per member of each line and one per field at the end: about 7 per line. Going
    // through the fields on each line would be some lines² / 2 = 4,500,000.
    #expect(context.answerFieldSteps <= 10 * lines, "steps: \(context.answerFieldSteps)")
  }

  /// The "not shown" figure of such a file (review h43 D6 asked whether 399,980,000 for 20,000
  /// lines was a product rather than a count): it is the number of (respondent, question) cells
  /// absent, counted here one by one. Each respondent has 2 of the N + 1 questions, so N × (N − 1)
  /// cells are not shown, and records + not shown = respondents × questions.
  @Test func notShownCountsEachAbsentCellOnce() throws {
    let lines = 200
    let text = (0..<lines).map { #"{"id":\#($0),"text":"x","q\#($0)_text":"y"}"# }.joined(separator: "\n")
    let path = try Fixture.write("mm.jsonl", text + "\n")
    let (context, records) = try Self.read(path)
    var answered: [String: Set<String>] = [:]
    for record in records { answered[record.respondent, default: []].insert(record.question) }
    let questions = Set(records.map(\.question))
    let absent = answered.values.map { questions.count - $0.count }.reduce(0, +)
    #expect(absent == lines * (lines - 1))
    #expect(context.summary.notShown == absent)
    #expect(context.summary.answersAccounted == context.summary.respondents * context.summary.questions)
  }

  /// Irregular lines: a respondent on two lines, a question first met late, a null answer, a
  /// rejected cell; every cell is a record, blank, rejected or not shown, once.
  @Test func countsAddUpOnIrregularLines() throws {
    let path = try Fixture.write(
      "irr.jsonl",
      """
      {"id":"a","comment":"x"}
      {"id":"b","comment":null,"q1_text":"y"}
      {"id":"a","q2_text":"z","comment":"again"}
      {"id":"c","q2_text":5}
      {"id":"d","q3_text":"w","q1_text":"v"}

      """)
    let (context, records) = try Self.read(path) { $0.keepGoing = true }
    let summary = context.summary
    // Questions: comment, q1_text, q2_text, q3_text; respondents a, b, c, d.
    #expect(summary.respondents == 4)
    #expect(summary.questions == 4)
    // a: comment, q2_text (its second comment is a duplicate, rejected); b: comment (blank),
    // q1_text; c: q2_text (rejected); d: q3_text, q1_text.
    #expect(records.map(\.id) == ["a:comment", "b:q1_text", "a:q2_text", "d:q1_text", "d:q3_text"])
    #expect(summary.blank == 1)
    #expect(summary.rejectedAnswers == 2)
    // Not shown: a 2 (q1, q3), b 2 (q2, q3), c 3, d 2 (comment, q2).
    #expect(summary.notShown == 9)
    #expect(summary.records + summary.blank + summary.notShown + 1 == 16)
  }

  /// An answer rejected because its id is written like another respondent's ("x" + "a:b_text" and
  /// "x:a" + "b_text" are both "x:a:b_text") is a present cell: it was counted as rejected and as
  /// not shown (2 respondents × 2 questions were 5 cells).
  @Test func aClashingIdIsRejectedNotAlsoNotShown() throws {
    let path = try Fixture.write(
      "clash.jsonl",
      """
      {"id":"x","a:b_text":"1"}
      {"id":"x:a","b_text":"2"}

      """)
    let (context, records) = try Self.read(path) { $0.keepGoing = true }
    #expect(records.count == 1)
    #expect(context.summary.rejectedAnswers == 1)
    #expect(context.summary.notShown == 2)
    #expect(context.summary.answersAccounted == 2 * 2)
  }

  /// A line's answers are handed out in the order the fields were first met, whatever the order
  /// of its members.
  @Test func answersFollowTheFieldOrder() throws {
    let path = try Fixture.write(
      "order.jsonl",
      """
      {"id":1,"a_text":"1","b_text":"2"}
      {"id":2,"b_text":"3","c_text":"4","a_text":"5"}

      """)
    let (_, records) = try Self.read(path)
    #expect(records.map(\.id) == ["1:a_text", "1:b_text", "2:a_text", "2:b_text", "2:c_text"])
  }

  /// A `--question` given twice is one question (its answer was rejected as a duplicate of itself).
  @Test func aQuestionGivenTwiceIsOneField() throws {
    let path = try Fixture.write("dq.jsonl", #"{"id":1,"a_text":"x"}"# + "\n")
    let (context, records) = try Self.read(path) { $0.questions = ["a_text", "a_text"] }
    #expect(records.map(\.id) == ["1:a_text"])
    #expect(context.summary.rejected == 0)
  }

  @Test func aLineWithoutAnyOfManyFieldsNamesAFewOfThem() throws {
    let names = (0..<20).map { "q\($0)_text" }
    var rejects: [ImportReject] = []
    let path = try Fixture.write("few.jsonl", #"{"id":1,"other":"x"}"# + "\n")
    let result = try Fixture.run(path: path) {
      $0.questions = names
      $0.keepGoing = true
    }
    rejects = result.rejects
    #expect(rejects.count == 1)
    #expect(rejects.first?.reason.hasPrefix("none of the 20 answer members (q0_text, q1_text,") == true)
  }
}
