import Testing
import Tokenization

/// UAX #29 (rule SB11) ends a sentence after "Mr. " when a capital follows, so ICU's root rules
/// split "Mr. Smith was helpful." into "Mr." and "Smith was helpful."; ICU's own remedy is the
/// `ss=standard` locale keyword (abbreviation suppressions from CLDR), which lists Mr., Mrs., Dr.,
/// Prof., e.g. and vs. among many others. The tokenizer joins such sentences for a short list of its
/// own, on every path (ASCII fast path, ICU, mixed-script).
@Suite struct SentenceAbbreviationTests {
  static func spans(_ text: String, fastPath: Bool) throws -> [[Int]] {
    let tokenizer = try Tokenizer(options: TokenizerOptions(asciiFastPath: fastPath))
    return try tokenizer.tokenize(text).sentences.map { [$0.start, $0.end] }
  }

  @Test(arguments: [true, false])
  func aTitleEndsNoSentence(fastPath: Bool) throws {
    #expect(try Self.spans("Mr. Smith was very helpful. Thanks.", fastPath: fastPath) == [[0, 27], [28, 35]])
    #expect(try Self.spans("I saw DR. Patel and Mrs. Jones today.", fastPath: fastPath) == [[0, 37]])
    #expect(try Self.spans("Compared it with other banks, e.g. Monzo.", fastPath: fastPath) == [[0, 41]])
    #expect(try Self.spans("Apple vs. Samsung", fastPath: fastPath) == [[0, 17]])
  }

  /// The same in text that takes ICU's sentence iterator (non-ASCII).
  @Test func aTitleEndsNoSentenceInNonASCIIText() throws {
    #expect(try Self.spans("Dr. M\u{FC}ller was great. Danke!", fastPath: true) == [[0, 21], [22, 28]])
  }

  /// Sentences still end after words that are not listed, after a word that only ends like a
  /// title ("Hmr."), after "No." (a whole answer in feedback), at a line break, and where no space
  /// follows the stop.
  @Test(arguments: [true, false])
  func otherStopsStillEndSentences(fastPath: Bool) throws {
    #expect(try Self.spans("Asked for a refund. Nothing.", fastPath: fastPath) == [[0, 19], [20, 28]])
    #expect(try Self.spans("No. The agent hung up.", fastPath: fastPath) == [[0, 3], [4, 22]])
    #expect(try Self.spans("Call Hmr. Then wait.", fastPath: fastPath) == [[0, 9], [10, 20]])
    #expect(try Self.spans("Thanks to Dr.\nGreat care.", fastPath: fastPath) == [[0, 13], [14, 25]])
    #expect(try Self.spans("Spoke to the rep. She was rude.", fastPath: fastPath) == [[0, 17], [18, 31]])
  }

  /// A title at the very end of the text ends the only sentence, as before.
  @Test func aTitleAtTheEnd() throws {
    #expect(try Self.spans("Thank you Dr.", fastPath: true) == [[0, 13]])
  }
}
