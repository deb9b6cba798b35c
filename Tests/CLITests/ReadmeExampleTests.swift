import Foundation
import TestSupport
import Testing

/// The README's `score --explain` example is the binary's output, line breaks aside: its lexicon line
/// numbers move whenever a lexicon grows (QA review 18 found "general-en.tsv:4189" for line 4216).
@Suite struct ReadmeExampleTests {
  @Test func scoreExplainExampleIsTheOutput() throws {
    let readme = try String(
      contentsOf: TestSupport.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let lines = readme.components(separatedBy: "\n")
    let prefix = "$ echo \""
    let suffix = "\" | verbatim score --explain"
    let start = try #require(lines.firstIndex { $0.hasPrefix(prefix) && $0.hasSuffix(suffix) })
    let input = String(lines[start].dropFirst(prefix.count).dropLast(suffix.count))
    // The output lines up to the end of the block, joined without the line breaks added for the page.
    let shown = lines[(start + 1)...].prefix { !$0.hasPrefix("```") }
      .map { $0.trimmingCharacters(in: .whitespaces) }.joined()
    let result = try TestSupport.runVerbatim(["score", "--explain"], input: Data((input + "\n").utf8))
    #expect(result.status == 0)
    #expect(result.stdoutText.trimmingCharacters(in: .newlines) == shown)
  }

  /// The README's example of a tag read with the answer's question is the binary's output (the
  /// rule's number moves when the codebook gains rules).
  @Test func tagQuestionExampleIsTheOutput() throws {
    let readme = try String(
      contentsOf: TestSupport.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let lines = readme.components(separatedBy: "\n")
    let command = "| verbatim tag --jsonl --question-field question_text --no-sentiment"
    let at = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == command })
    let echo = lines[at - 1]
    #expect(echo.hasPrefix("$ echo '") && echo.hasSuffix("' \\"))
    let input = String(echo.dropFirst("$ echo '".count).dropLast("' \\".count))
    let result = try TestSupport.runVerbatim(
      ["tag", "--jsonl", "--question-field", "question_text", "--no-sentiment"], input: Data((input + "\n").utf8))
    #expect(result.status == 0)
    #expect(result.stdoutText.trimmingCharacters(in: .newlines) == lines[at + 1])
  }
}
