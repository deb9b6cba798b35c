import Testing

@testable import Sentiment

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

  /// Spelt-out negations ("does not work", "will not be back", "can not fault", "cannot fault")
  /// match the contracted term (review r13a: "could not have asked for more" scored 0).
  @Test func spelledOutNegationsScoreAsTheContraction() throws {
    let model = try TestLexicons.model(valence: Self.valence)
    let pairs = [
      ("it does not work", "it doesn't work"), ("I will not be back", "I won't be back"),
      ("I can not fault them", "I can't fault them"), ("I cannot fault them", "I can't fault them"),
    ]
    for (written, listed) in pairs {
      let reference = compound(listed, model)
      #expect(reference != 0, "\(listed)")
      #expect(compound(written, model) == reference, "\(written)")
    }
  }

  @Test func contractionSpellings() {
    func spellings(_ term: [String]) -> [[String]] {
      ModelBuilder.contractionSpellings(term.map { Array($0.utf8) }).map {
        $0.map { String(decoding: $0, as: UTF8.self) }
      }
    }
    #expect(spellings(["doesn't", "work"]) == [["doesnt", "work"], ["does", "not", "work"]])
    #expect(spellings(["can't", "fault"]) == [["cant", "fault"], ["can", "not", "fault"], ["cannot", "fault"]])
    #expect(spellings(["won't", "be", "back"]) == [["wont", "be", "back"], ["will", "not", "be", "back"]])
    #expect(spellings(["ain't", "bad"]) == [["aint", "bad"]])
    #expect(spellings(["not", "bad"]).isEmpty)
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
