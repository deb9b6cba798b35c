import Foundation
import TestSupport
import Testing

/// `score --question-field` and `--question`: a bare answer takes its survey question's sign
/// (`QuestionFrame`, `BareAnswer`); the option checks and the run's report.
@Suite struct ScoreQuestionTests {
  private func labels(_ result: TestSupport.ProcessResult) throws -> [String] {
    try TestSupport.jsonLines(result.stdout).map { record in
      let sentiment = try #require(record["sentiment"] as? [String: Any])
      return try #require(sentiment["label"] as? String)
    }
  }

  @Test func eachRecordIsReadWithItsOwnQuestion() throws {
    // Both reading paths: flat lines read in place, and a line with a nested member (parsed whole).
    let input = Data(
      """
      {"id":1,"text":"Nothing.","question_text":"How could we improve?"}
      {"id":2,"text":"Nothing.","question_text":"What was good?"}
      {"id":3,"text":"Everything!","question_text":"What was good?","meta":{"wave":2}}
      {"id":4,"text":"Nothing.","question_text":"Any other comments?"}
      {"id":5,"text":"Nothing."}
      {"id":6,"text":"Nothing, it was perfect","question_text":"What was good?"}

      """.utf8)
    let result = try TestSupport.runVerbatim(
      ["score", "--jsonl", "--question-field", "question_text", "-"], input: input)
    #expect(result.status == 0, "\(result.stderrText)")
    // 1: nothing to improve; 2: nothing was good; 3: everything was good; 4 and 5: no question
    // that asks for a side (or none at all); 6: an answer with an opinion of its own.
    #expect(try labels(result) == ["positive", "negative", "positive", "neutral", "neutral", "positive"])
    #expect(result.stderrText.contains("3 bare answer(s)"), "\(result.stderrText)")
  }

  @Test func oneQuestionForEveryLine() throws {
    let result = try TestSupport.runVerbatim(
      ["score", "--question", "What did you like least?", "-"], input: Data("Nothing really\nEverything.\n".utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(try labels(result) == ["positive", "negative"])
  }

  @Test func requestsAndDeclinesAreCountedInTheNoteAndTheManifest() throws {
    // "Be more friendly" to an improvement question names a fault (`FramedRequest`); the text
    // alone scores "friendly".
    let folder = try TestSupport.temporaryDirectory()
    let manifest = folder.appendingPathComponent("run.json")
    let result = try TestSupport.runVerbatim(
      ["score", "--question", "How could we improve?", "--manifest", manifest.path, "-"],
      input: Data("Be more friendly\nThe parking\nNo idea\n".utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(try labels(result) == ["negative", "negative", "neutral"])
    #expect(result.stderrText.contains("1 answer(s) that declined"), "\(result.stderrText)")
    #expect(result.stderrText.contains("1 mention(s)"), "\(result.stderrText)")
    #expect(result.stderrText.contains("1 request(s)"), "\(result.stderrText)")
    let run = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: manifest)) as? [String: Any])
    let counts = try #require(run["counts"] as? [String: Any])
    #expect(counts["requests"] as? Int == 1)
    #expect(counts["mentions"] as? Int == 1)
    #expect(counts["declines"] as? Int == 1)
  }

  @Test func theOptionsAreCheckedBeforeAnyInputIsRead() throws {
    for (arguments, message) in [
      (["--question-field", "q"], "add --jsonl"),
      (["--jsonl", "--question-field", "q", "--question", "Why?"], "both name the question"),
      (["--profile", "vader", "--question", "Why?"], "default profile only"),
      (["--jsonl", "--question-field", "sentiment"], "writes \"sentiment\" itself"),
    ] {
      let result = try TestSupport.runVerbatim(["score"] + arguments + ["-"], input: Data("Nothing\n".utf8))
      #expect(result.status == 2, "\(arguments)")
      #expect(result.stderrText.contains(message), "\(arguments): \(result.stderrText)")
    }
  }

  @Test func codeReadsEachRecordWithItsQuestion() throws {
    // `code -`: the flat path and the parsed one (a nested member).
    let stream = Data(
      """
      {"id":1,"text":"Nothing.","q":"How could we improve?"}
      {"id":2,"text":"Parking","q":"What could we do better?","meta":{"wave":2}}
      {"id":3,"text":"Nothing.","q":"Any other comments?"}

      """.utf8)
    let piped = try TestSupport.runVerbatim(["code", "-", "--no-tags", "--question-field", "q"], input: stream)
    #expect(piped.status == 0, "\(piped.stderrText)")
    #expect(try labels(piped) == ["positive", "negative", "neutral"])
    #expect(
      piped.stderrText.contains(#"1 bare answer(s) ("Nothing.", "Everything!"), 1 mention(s)"#),
      "\(piped.stderrText)")
    // An export: the one-answer-a-line JSONL layout, whose "question" is the wording here.
    let folder = try TestSupport.temporaryDirectory()
    let export = folder.appendingPathComponent("export.jsonl")
    try Data(
      """
      {"respondent":"r1","question":"What did you like most?","text":"Everything!"}
      {"respondent":"r2","question":"What did you like most?","text":"Nothing really"}

      """.utf8
    ).write(to: export)
    let coded = try TestSupport.runVerbatim(["code", export.path, "--no-tags", "--question-field", "question"])
    #expect(coded.status == 0, "\(coded.stderrText)")
    #expect(try labels(coded) == ["positive", "negative"])
    // Without the option the answers are read alone: neutral both.
    let alone = try TestSupport.runVerbatim(["code", export.path, "--no-tags"])
    #expect(try labels(alone) == ["neutral", "neutral"])
  }

  @Test func validateRecordsTheQuestionFieldAndRefusesTheVaderProfile() throws {
    let demo = TestSupport.packageRoot.appendingPathComponent("corpora/demo")
    let out = try TestSupport.temporaryDirectory().appendingPathComponent("validated")
    let result = try TestSupport.runVerbatim([
      "validate", demo.appendingPathComponent("feedback-export.xml").path,
      "--human", demo.appendingPathComponent("codes-sentiment.csv").path, "--question-field", "question",
      "--out", out.path, "--threads", "2",
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    // The demo's questions are ids ("Q3_TEXT"): no side is asked for, and the run records the option.
    let manifest = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
    #expect(manifest.contains(#""question_field":"question""#), "\(manifest.prefix(400))")
    let vader = try TestSupport.runVerbatim([
      "validate", demo.appendingPathComponent("feedback-export.xml").path,
      "--human", demo.appendingPathComponent("codes-sentiment.csv").path, "--question-field", "question",
      "--profile", "vader", "--out", out.path + "-vader",
    ])
    #expect(vader.status == 2)
    #expect(vader.stderrText.contains("default profile only"), "\(vader.stderrText)")
  }
}
