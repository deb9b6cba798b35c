import Testing
import Tokenization

/// A title or shorthand typed without a space before a capital ("Mr.Smith", "St.Louis", "I.e.The";
/// QA review 42) is split like any run-on full stop ("service.Never", `RunOnSentences`) but ends no
/// sentence, as "Mr. Smith" and "e.g. The" end none (`SentenceAbbreviations`; UAX #29 SB7,
/// Upper ATerm × Upper, joins them too).
@Suite struct RunOnTitleTests {
  @Test(arguments: [true, false])
  func aTitleBeforeACapitalEndsNoSentence(fastPath: Bool) throws {
    let tokenizer = try Tokenizer(options: TokenizerOptions(asciiFastPath: fastPath))
    for (text, expected) in [
      ("Mr.Smith was rude", ["Mr", ".", "Smith", "was", "rude"]), ("St.Louis branch", ["St", ".", "Louis", "branch"]),
      ("I.e.The app", ["I.e", ".", "The", "app"]), ("ask Dr.Patel now", ["ask", "Dr", ".", "Patel", "now"]),
    ] {
      let tokenized = try tokenizer.tokenize(text)
      #expect(tokenized.tokens.map { tokenized.text(of: $0) } == expected, "\(text)")
      #expect(tokenized.sentences.count == 1, "\(text)")
    }
  }

  /// Any other word before the capital still ends a sentence.
  @Test func anotherWordStillEndsASentence() throws {
    #expect(try Tokenizer().tokenize("Great staff.Never again").sentences.count == 2)
  }
}
