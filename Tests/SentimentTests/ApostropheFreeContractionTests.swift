import Sentiment
import Testing

/// "doesnt work", "wont be back": answers typed without the apostrophe of a negative contraction
/// match the lexicon's "doesn't work" and "won't be back" (the negator list already names both
/// spellings of "don't", "can't" …). A spelling a lexicon lists itself keeps its own value.
@Suite struct ApostropheFreeContractionTests {
  static let valence = """
    doesn't work\t-2.0
    won't be back\t-3.0
    can't fault\t2.0
    cant fault\t1.0
    wont\t0.5
    """

  func compound(_ text: String, _ model: SentimentModel) -> Double {
    SentimentScorer(model: model).score(text: text, explain: false).0.compound
  }

  @Test func apostropheFreeSpellingsScoreAsTheContraction() throws {
    let model = try TestLexicons.model(valence: Self.valence)
    for (written, listed) in [("it doesnt work", "it doesn't work"), ("I wont be back", "I won't be back")] {
      let reference = compound(listed, model)
      #expect(reference < 0, "\(listed)")
      #expect(compound(written, model) == reference, "\(written)")
    }
  }

  @Test func aSpellingListedItselfKeepsItsOwnValue() throws {
    let model = try TestLexicons.model(valence: Self.valence)
    // 1.0 / √(1 + 15) = 0.25 (VADER's normalisation, Hutto & Gilbert 2014); "can't fault" would be
    // 2 / √19 ≈ 0.459.
    #expect(abs(compound("cant fault", model) - 0.25) < 1e-9)
    #expect(abs(compound("can't fault", model) - 2 / 19.0.squareRoot()) < 1e-9)
    // A one-word entry without "n't" gets no variant of its own: "wont" is the listed word.
    #expect(abs(compound("wont", model) - 0.5 / 15.25.squareRoot()) < 1e-9)
  }

  @Test func theShippedLexiconsMatchBothSpellings() throws {
    let model = try SentimentModel.shipped()
    for listed in ["it doesn't work", "I won't be back", "I wouldn't recommend them"] {
      let written = String(listed.filter { $0 != "'" })
      #expect(compound(written, model) == compound(listed, model), "\(written)")
    }
  }

  /// Review r11 finding 2: "later files win" holds for the apostrophe-free spelling too.
  @Test func aLaterLexiconReRatesBothSpellings() throws {
    let model = try TestLexicons.model(valence: Self.valence + "\ndoesn't work\t1.5\n")
    let listed = compound("it doesn't work", model)
    #expect(listed > 0)
    #expect(compound("it doesnt work", model) == listed)
  }
}
