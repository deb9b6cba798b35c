import Foundation
import TestSupport
import Testing
import Tokenization

/// A line whose text has more than `Tokenizer.maximumTokens` tokens stops the run with its file and
/// line (exit 65), after the lines before it are written (QA review 41: memory grew some 130 bytes
/// a token on such a line, per thread).
struct TokenLimitCommandTests {
  @Test func aLineOverTheTokenLimitIsNamedAndTheLinesBeforeItAreWritten() throws {
    let folder = try TestSupport.temporaryDirectory()
    let input = folder.appendingPathComponent("long.txt").path
    let long = String(repeating: ". ", count: Tokenizer.maximumTokens + 1)
    try ("good service\n" + long + "\nbad\n").write(toFile: input, atomically: true, encoding: .utf8)
    for threads in ["1", "2"] {
      let result = try TestSupport.runVerbatim(["score", "--threads", threads, input])
      #expect(result.status == 65, "\(result.stderrText)")
      #expect(result.stderrText.contains("\(input):2: the text has more than 1048576 tokens"), "\(result.stderrText)")
      #expect(try TestSupport.jsonLines(result.stdout).count == 1)
    }
  }
}
