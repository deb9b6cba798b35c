import Tokenization

/// The default profile's rule 35 (see `FeedbackRules.swift` for the list): a promise reported,
/// then denied in a sentence of its own.
extension DefaultProfileScorer {
  // MARK: Rule 35

  /// `Unit.entry` of the negator of a broken promise (rule 35); not an index into the valence entries.
  static let brokenPromiseEntry: Int32 = -12
  /// The most tokens of a denial sentence ("They never did .").
  static let denialTokens = 6

  /// "They said they'd sort it. They didn't.", "Told me it would be refunded in 5 days. It
  /// wasn't.", "Was told someone would call. Nobody did.", "Promised a callback. Never happened."
  /// (QA review 22: neutral; the first sentence's outcome counts nothing under rules 24 and 25).
  /// The sentence is only a negator, with at most a subject pronoun and an auxiliary before it
  /// ("they did not") and one word of doing or happening after it ("did", "happened", "came"), and
  /// punctuation; the previous sentence, no question, reports a promise (`reportedPromiseWords`:
  /// "said", "told", "promised", "supposed" …). The negator then scores `brokenPromiseValence`.
  /// Not a bare "no", "not" or "nope" (an answer), and not after a fear, a guess or a prediction of
  /// harm ("I thought it would be hard. It wasn't.", "The reviews said it would break. It
  /// didn't.": the denial is relief; `expectationWords`, `harmPredictionTerm`).
  mutating func markBrokenPromise(_ text: TokenizedText, previous: Range<Int>, previousLowest: Double) {
    var negator: Int?
    var before = 0  // neutral words before the negator: a subject, then an auxiliary ("they did not")
    var after = 0
    for index in units.indices {
      let unit = units[index]
      switch unit.kind {
      case .boundary: continue
      case .negator where negator == nil && unit.length <= 2: negator = index
      case .neutral where unit.length == 1:
        if negator == nil {
          let fits =
            before == 0
            ? Self.isWord(text, unit.start, in: Self.denialSubjects)
              || Self.isWord(text, unit.start, in: Self.denialAuxiliaries)
            : before == 1 && Self.isWord(text, unit.start, in: Self.denialAuxiliaries)
          guard fits else { return }
          before += 1
        } else {
          guard after == 0, Self.isWord(text, unit.start, in: Self.denialVerbs) else { return }
          after += 1
        }
      default: return
      }
    }
    // A prediction of harm ("They said it would break in a week. It didn't.") is denied in relief.
    guard let negator, previousLowest > Self.harmPredictionTerm,
      before > 0 || units[negator].length > 1 || !Self.isWord(text, units[negator].start, in: Self.bareAnswers),
      let last = previous.last, !Self.norm(of: text, last, is: "?"),
      previous.contains(where: { Self.isWord(text, $0, in: Self.reportedPromiseWords) }),
      !previous.contains(where: { Self.isWord(text, $0, in: Self.expectationWords) })
    else { return }
    units[negator].kind = .valence
    units[negator].entry = Self.brokenPromiseEntry
  }

  /// A previous sentence with a term of this valence or less foretold harm ("hard to" −1.0, "die"):
  /// its denial is relief. "Was told" (−0.6) is a complaint about being told, not harm foretold.
  private static let harmPredictionTerm = -1.0

  /// Negators that answer rather than deny, alone: "No.", "Nope." ("No one did." and "They did
  /// not." deny).
  private static let bareAnswers: ShortWords = ["no", "not", "nope", "nah"]
  /// A fear or a guess in the previous sentence makes the denial a relief.
  private static let expectationWords: ShortWords = [
    "thought", "think", "expected", "expecting", "worried", "feared", "afraid", "assumed", "imagined", "dreaded",
    "scared", "nervous", "concerned", "doubted",
  ]
  /// The auxiliary of a denial written out: "they DID not", "it WAS not".
  private static let denialAuxiliaries: ShortWords = ["did", "was", "were", "has", "have", "had", "is", "are"]
  /// The subject of a denial: "THEY didn't", "IT wasn't".
  private static let denialSubjects: ShortWords = ["they", "he", "she", "it", "we", "you", "that", "this"]
  /// The one word after the negator of a denial: "never DID", "never HAPPENED", "didn't COME".
  private static let denialVerbs: ShortWords = [
    "did", "do", "does", "happen", "happened", "come", "came", "arrive", "arrived", "bother", "bothered", "call",
    "called",
  ]
  /// Words that report a promise: "they SAID", "I was TOLD", "PROMISED a callback", "it was
  /// SUPPOSED to". A bare "will" or "would" is no report ("I will. Never.").
  private static let reportedPromiseWords: ShortWords = [
    "said", "told", "promised", "promise", "assured", "supposed", "guaranteed",
  ]
}
