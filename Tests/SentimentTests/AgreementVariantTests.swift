import Testing

@testable import Sentiment

/// A multi-word term matches in every person: "nobody called us" as "nobody called me", "the bins
/// still hasnt been collected" as "still haven't" (review r26: "nobody called us" and "still hasn't"
/// scored 0 while the listed forms scored as complaints). Swapping an object pronoun or the person
/// of a negative auxiliary changes nothing the term says about the service.
@Suite struct AgreementVariantTests {
  static let valence = """
    nobody called me\t-2.0
    still haven't\t-1.5
    don't work\t-2.0
    doesn't work\t-1.0
    hung up on them\t-0.5
    """

  func compound(_ text: String, _ model: SentimentModel) -> Double {
    SentimentScorer(model: model).score(text: text, explain: false).0.compound
  }

  @Test func otherPersonsScoreAsTheListedTerm() throws {
    let model = try TestLexicons.model(valence: Self.valence)
    // −2.0 / √(4 + 15) ≈ −0.4588 (VADER's normalisation, Hutto & Gilbert 2014).
    for text in ["nobody called me", "nobody called us", "nobody called them", "nobody called her"] {
      #expect(abs(compound(text, model) - -2.0 / 19.0.squareRoot()) < 1e-9, "\(text)")
    }
    // "still haven't" → "still hasn't" and its spellings without the apostrophe and spelt out.
    for text in ["still hasn't", "still hasnt", "still has not", "still hadn't"] {
      #expect(abs(compound(text, model) - -1.5 / 17.25.squareRoot()) < 1e-9, "\(text)")
    }
  }

  /// A form some lexicon lists itself keeps its own value; so does the apostrophe-free spelling of
  /// a listed form ("dont work" is "don't work", −2.0, not "doesn't work"'s other person).
  @Test func aListedFormKeepsItsValue() throws {
    let model = try TestLexicons.model(valence: Self.valence)
    #expect(abs(compound("it doesn't work", model) - -1.0 / 16.0.squareRoot()) < 1e-9)
    #expect(abs(compound("they dont work", model) - -2.0 / 19.0.squareRoot()) < 1e-9)
    #expect(abs(compound("they doesnt work", model) - -1.0 / 16.0.squareRoot()) < 1e-9)
    // "hung up on me" comes from "hung up on them": the only listed term it is a form of.
    #expect(abs(compound("hung up on me", model) - -0.5 / 15.25.squareRoot()) < 1e-9)
  }

  @Test func variantsOfATerm() {
    func forms(_ term: [String]) -> [[String]] {
      ModelBuilder.agreementVariants(term.map { Array($0.utf8) }).map { $0.map { String(decoding: $0, as: UTF8.self) } }
    }
    #expect(
      forms(["called", "me"]) == [["called", "us"], ["called", "him"], ["called", "her"], ["called", "them"]])
    #expect(forms(["still", "haven't"]) == [["still", "hasn't"], ["still", "hadn't"]])
    // One word alone has no variant ("me" or "don't" carry no valence of their own).
    #expect(forms(["me"]).isEmpty)
    // An opening "don't"/"doesn't" keeps its person: "don't bother" is advice, "it doesn't bother
    // me" praise (review of this session's diff).
    #expect(forms(["don't", "bother"]).isEmpty)
    #expect(forms(["doesn't", "disappoint"]).isEmpty)
    #expect(forms(["it", "doesn't", "work"]) == [["it", "don't", "work"]])
    #expect(forms(["not", "bad"]).isEmpty)
  }
}
