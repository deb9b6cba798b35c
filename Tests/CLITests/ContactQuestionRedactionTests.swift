import Foundation
import TestSupport
import Testing

/// QA review 29: under `--redact`, `code -` and `redact --jsonl` withhold an answer to a contact
/// question whole ("Pat" is no pattern a redactor finds) and count it; other answers keep their text.
@Suite struct ContactQuestionRedactionTests {
  static let input =
    #"{"id":"r1:Q9","question":"Q9","question_text":"Surname / Family name","text":"Molloy"}"# + "\n"
    + #"{"id":"r1:Q1","question":"Q1","question_text":"Any other comments?","text":"Lovely staff"}"# + "\n"

  @Test(arguments: [["code", "-", "--redact", "--no-tags"], ["redact", "--jsonl", "-"]])
  func aContactAnswerIsWithheld(arguments: [String]) throws {
    let result = try TestSupport.runVerbatim(arguments, input: Data(Self.input.utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    let texts = result.stdoutText.split(separator: "\n").compactMap {
      (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["text"] as? String
    }
    #expect(texts == ["[REDACTED]", "Lovely staff"])
    #expect(!result.stdoutText.contains("Molloy"))
    #expect(result.stderrText.contains("1 identifying value(s) withheld"), "\(result.stderrText)")
  }
}
