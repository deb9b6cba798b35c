import Testing

/// A quoted phrase lies in one sentence, as `NEAR`, `ONEAR` and `SENTENCE` pairs do: a line break
/// ends a sentence (the tokenizer's UAX #29 breaks), so a list-style answer "Room: hot\nWater
/// pressure: fine" holds no "hot water" (QA review 41: it tagged a bathroom complaint with the
/// evidence "hot\nWater").
struct PhraseAcrossSentencesTests {
  @Test func aPhraseDoesNotRunAcrossALineBreak() throws {
    #expect(try !Fixtures.matches("\"hot water\"", "Room: hot\nWater pressure: fine"))
    #expect(try !Fixtures.matches("\"wifi slow\"", "The wifi\n\nslow breakfast"))
    #expect(try !Fixtures.matches("\"wifi slow\"", "I paid for wifi. Slow breakfast too."))
  }

  @Test func aPhraseInOneSentenceStillMatches() throws {
    #expect(try Fixtures.spans("\"hot water\"", "No hot water.\nRoom: fine") == [[3, 12]])
    // A phrase in a later sentence of a text with line breaks.
    #expect(try Fixtures.matches("\"wifi slow\"", "Wifi slow in the lobby"))
    #expect(try Fixtures.matches("\"customer service\"", "Room fine.\nCustomer service rude."))
  }
}
