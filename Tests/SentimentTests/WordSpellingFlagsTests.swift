import Testing

@testable import Sentiment

/// A word that only a longer term holds has a vocabulary id but starts no term; the unit builder
/// then tests it as a wildcard's match or a contracted negation only where its record says its
/// spelling may make it one (`TermStarts.wildcard`, `.contractedNegation`). Such a word must read
/// as it does when no term holds it. Test lexicons (`TestLexicons`: "disappoint*" −2.0, good 2.0,
/// negation × −0.74), plus two phrases that hold "disappointing" and "didn't" as later words.
struct WordSpellingFlagsTests {
  static let phrases = TestLexicons.valence + "\nso disappointing\t-3.0\nreally didn't care\t-1.0\n"

  @Test func recordsFlagTheWordsTheirSpellingMakesTerms() throws {
    let tables = try TestLexicons.model(valence: Self.phrases).rules
    func starts(_ word: String) -> TermStarts {
      tables.starts(Array(word.utf8).withUnsafeBufferPointer { tables.vocabulary.id(of: $0) })
    }
    // In the vocabulary (later words of the two phrases), starting no term.
    #expect(starts("disappointing") == .wildcard)
    #expect(starts("didn't") == .contractedNegation)
    // "care" is neither; "so" and "really" start a phrase and match no wildcard.
    #expect(starts("care").isEmpty)
    #expect(starts("so") == .valence)
    #expect(starts("really") == .valence)
  }

  @Test func aWordHeldByAPhraseReadsAsOnItsOwn() throws {
    let held = try TestLexicons.model(valence: Self.phrases)
    let plain = try TestLexicons.model()
    for model in [held, plain] {
      // The wildcard "disappoint*": −2.0.
      try TestLexicons.expectSum("the ending was disappointing", -2.0, model)
      // "didn't" negates "good" two words on: 2.0 × −0.74.
      try TestLexicons.expectSum("the food didn't taste good", 2.0 * -0.74, model)
    }
    // The phrase itself, where the lexicon has it.
    try TestLexicons.expectSum("so disappointing", -3.0, held)
  }
}
