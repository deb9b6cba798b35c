import Foundation
import TestSupport
import Testing

/// The survey question reaches the codebook's `QUESTION(…)` rules in `tag` (`--question-field`,
/// `--question`), `code -` and `code FILE` (`--question-field`), whichever way a record is read
/// (flat lines read in place, records with `meta.` conditions parsed). With the shipped codebook
/// (1.22.0), a "Yes" to "Would you recommend us?" is `general.recommend` and a "No" to "Was your
/// issue resolved?" is `service.resolution`; alone they are about nothing.
@Suite struct QuestionRuleCommandTests {
  private func codes(_ result: TestSupport.ProcessResult) throws -> [[String]] {
    try TestSupport.jsonLines(result.stdout).map {
      ($0["tags"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
    }
  }

  private let lines =
    #"{"id":1,"text":"Yes, every time.","q":"Would you recommend us to your colleagues?"}"# + "\n"
    + #"{"id":2,"text":"No, I am still waiting.","q":"Was your issue resolved?"}"# + "\n"
    + #"{"id":3,"text":"Yes, every time.","q":"Did you visit the cafe?"}"# + "\n"
    + #"{"id":4,"text":"Yes, every time."}"# + "\n"

  @Test func tagReadsEachRecordsQuestion() throws {
    let result = try TestSupport.runVerbatim(
      ["tag", "--jsonl", "--question-field", "q", "--threads", "1"], input: Data(lines.utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(try codes(result) == [["general.recommend"], ["service.resolution"], [], []])
    // Without the option no rule sees a question.
    let plain = try TestSupport.runVerbatim(["tag", "--jsonl", "--threads", "1"], input: Data(lines.utf8))
    #expect(try codes(plain) == [[], [], [], []])
  }

  @Test func tagTakesOneQuestionForEveryLine() throws {
    let result = try TestSupport.runVerbatim(
      ["tag", "--question", "Would you use us again?"], input: Data("Probably not\nThe food\n".utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(try codes(result) == [["general.recommend"], []])
  }

  @Test func codeReadsTheQuestionOnBothPaths() throws {
    let flat = try TestSupport.runVerbatim(
      ["code", "-", "--question-field", "q", "--threads", "1"], input: Data(lines.utf8))
    #expect(flat.status == 0, "\(flat.stderrText)")
    #expect(try codes(flat) == [["general.recommend"], ["service.resolution"], [], []])
    // A nested member makes every line take the parsed-record path.
    let nested = lines.replacingOccurrences(of: #""id":"#, with: #""meta":{"x":1},"id":"#)
    let parsed = try TestSupport.runVerbatim(
      ["code", "-", "--question-field", "q", "--threads", "1"], input: Data(nested.utf8))
    #expect(try codes(parsed) == [["general.recommend"], ["service.resolution"], [], []])
  }

  @Test func codeFileReadsTheExportsQuestionText() throws {
    let folder = try TestSupport.temporaryDirectory()
    let url = folder.appendingPathComponent("export.jsonl")
    try
      (#"{"respondent":"r1","question":"Q7","question_text":"Would you recommend us?","text":"yep"}"# + "\n"
      + #"{"respondent":"r2","question":"Q8","question_text":"What did you buy?","text":"yep"}"# + "\n")
      .write(to: url, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim(
      ["code", url.path, "--question-field", "question_text", "--threads", "1"])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(try codes(result) == [["general.recommend"], []])
  }

  /// A bare answer's per-tag sentiment reads its question in `tag` as in `code`: "No" to "Would you
  /// recommend us?" is a negative `general.recommend`, not a neutral one (the word alone has no
  /// sentiment).
  @Test func tagsSentimentOfABareAnswerReadsTheQuestion() throws {
    let input = Data(
      (#"{"id":1,"text":"No","q":"Would you recommend us?"}"# + "\n"
        + #"{"id":2,"text":"Yes","q":"Would you recommend us?"}"# + "\n").utf8)
    func labels(_ arguments: [String]) throws -> [String] {
      let result = try TestSupport.runVerbatim(arguments, input: input)
      #expect(result.status == 0, "\(result.stderrText)")
      return try TestSupport.jsonLines(result.stdout).map { record in
        let tags = record["tags"] as? [[String: Any]] ?? []
        let recommend = tags.first { $0["code"] as? String == "general.recommend" }
        return (recommend?["sentiment"] as? [String: Any])?["label"] as? String ?? "untagged"
      }
    }
    let tagged = try labels(["tag", "--jsonl", "--question-field", "q", "--threads", "1"])
    #expect(tagged == ["negative", "positive"])
    #expect(try labels(["code", "-", "--question-field", "q", "--threads", "1"]) == tagged)
    #expect(try labels(["tag", "--jsonl", "--question-field", "q", "--explain", "--threads", "1"]) == tagged)
  }

  @Test func aQuestionFieldNeedsJSONLines() throws {
    let result = try TestSupport.runVerbatim(["tag", "--question-field", "q"], input: Data("yes\n".utf8))
    #expect(result.status == 2)
    #expect(result.stderrText.contains("--jsonl"))
  }
}
