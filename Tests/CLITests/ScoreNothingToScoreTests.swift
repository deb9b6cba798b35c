import Foundation
import TestSupport
import Testing

/// Review r28: `"text": null` (a question the respondent skipped) was scored neutral without a
/// word, so a skipped answer looked like a neutral one. The record is still written (every input
/// has its output line), and standard error now counts the texts that had nothing to score.
@Suite struct ScoreNothingToScoreTests {
  @Test func emptyNullAndPunctuationOnlyTextsAreCounted() throws {
    let input = """
      {"id":1,"text":null}
      {"id":2,"text":""}
      {"id":3,"text":"  ...  "}
      {"id":4,"text":"The staff were lovely"}

      """
    for threads in ["1", "2"] {
      let result = try TestSupport.runVerbatim(["score", "--jsonl", "--threads", threads], input: Data(input.utf8))
      #expect(result.status == 0, "\(result.stderrText)")
      let lines = result.stdoutText.split(separator: "\n")
      #expect(lines.count == 4)
      #expect(lines.prefix(3).allSatisfy { $0.contains(#""label":"neutral","compound":0.0,"pos":0.0,"neu":0.0"#) })
      #expect(lines[3].contains(#""label":"positive""#))
      #expect(result.stderrText.contains("3 text(s) had nothing to score"), "\(result.stderrText)")
    }
  }

  @Test func noNoteWhenEveryTextHasWords() throws {
    let result = try TestSupport.runVerbatim(["score"], input: Data("fine\nno opinion words here\n".utf8))
    #expect(result.status == 0)
    #expect(!result.stderrText.contains("nothing to score"), "\(result.stderrText)")
  }
}
