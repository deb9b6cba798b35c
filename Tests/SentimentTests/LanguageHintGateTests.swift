import Testing
import Tokenization

@testable import Sentiment

/// `SentimentScorer.scoredTextMayBeNonEnglish`, the gate that lets `score` and `code` skip
/// `LanguageHint.nonEnglish` for an English text: it must be set for every text the hint names a
/// language for (the gate may let other texts through, never stop one the hint would name).
struct LanguageHintGateTests {
  /// Texts the hint names (the hint's own test texts) and English ones it does not, ASCII and not,
  /// with the other languages' function words typed in capitals, in hashtags and alone.
  static let texts = [
    "Ich bin sehr zufrieden, das war toll", "Die App ist super, kein Problem", "DIE APP IST SUPER UND GUT",
    "Le service client est nul, j'ai attendu une heure au telephone.", "Le service est nul et pas rapide",
    "La atencion al cliente fue excelente, muy amables", "Il servizio non era molto buono, ma ok",
    "De bezorging was niet op tijd en ik heb geen reactie gehad", "O atendimento foi muito bom, obrigado",
    "商品の品質がとても良かったです。", "Доставка была очень медленной", "Il servizio è stato molto lento",
    "The parcel was late and the driver was rude", "I loved Berlin, die Stadt ist toll, and the hotel was great",
    "Waited 40 minutes on hold :(", "great", "Merci", "", "#die #und #nicht", "que por para", "und und und",
    "el y es lo", "Gut feeling: gut says no", "het een en", "zeer goed, dank", "molto grazie anche",
  ]

  @Test func gateIsSetForEveryTextTheHintNames() throws {
    let model = try TestLexicons.model()
    let tokenizer = try Tokenizer()
    let scorer = SentimentScorer(model: model)
    var named = 0
    for text in Self.texts {
      let tokenized = try tokenizer.tokenize(text)
      _ = scorer.score(tokenized, explain: false)
      let gate = scorer.scoredTextMayBeNonEnglish
      if LanguageHint.nonEnglish(tokenized) != nil {
        named += 1
        #expect(gate, "the gate stops \(text), which the hint names")
      }
    }
    // The texts above exercise the gate: most of them are named.
    #expect(named >= 14)
  }

  /// Every other language's function word alone, and twice with another of its language's words,
  /// opens the gate (each is in the scorer's vocabulary with the trigger).
  @Test func everyListedWordOpensTheGate() throws {
    let model = try TestLexicons.model()
    let tokenizer = try Tokenizer()
    let scorer = SentimentScorer(model: model)
    for word in LanguageHint.otherLanguagesFunctionWords where word.utf8.allSatisfy({ $0 < 0x80 }) {
      _ = scorer.score(try tokenizer.tokenize("the \(word) was"), explain: false)
      #expect(scorer.scoredTextMayBeNonEnglish, "\(word)")
    }
  }

  /// A plain English ASCII text closes the gate (the hint is skipped for it), and non-ASCII text
  /// and the other calls leave it open.
  @Test func englishClosesTheGateOthersLeaveItOpen() throws {
    let model = try TestLexicons.model()
    let tokenizer = try Tokenizer()
    let scorer = SentimentScorer(model: model)
    let english = try tokenizer.tokenize("The parcel was late and the driver was rude")
    _ = scorer.score(english, explain: false)
    #expect(!scorer.scoredTextMayBeNonEnglish)
    _ = scorer.score(english, sentences: [0])
    #expect(scorer.scoredTextMayBeNonEnglish)
    _ = scorer.score(try tokenizer.tokenize("The café was late"), explain: false)
    #expect(scorer.scoredTextMayBeNonEnglish)
  }

  /// The hint looks words up by their first eight bytes at most: a listed word longer than that
  /// would be matched differently by the vocabulary, so none is.
  @Test func listedWordsFitTheHintsKeys() {
    #expect(!LanguageHint.otherLanguagesFunctionWords.isEmpty)
    for word in LanguageHint.otherLanguagesFunctionWords { #expect(word.utf8.count <= 8, "\(word)") }
  }
}
