import Tokenization

/// The default profile's rule 35 (see `FeedbackRules.swift` for the list): a promise reported,
/// then denied in a sentence of its own.
extension DefaultProfileScorer {
  // MARK: Rule 35

  /// `Unit.entry` of the negator of a broken promise (rule 35); not an index into the valence entries.
  static let brokenPromiseEntry: Int32 = -12
  /// The most tokens of a denial sentence ("They never did .").
  static let denialTokens = 5

  /// "They said they'd sort it. They didn't.", "Told me it would be refunded in 5 days. It
  /// wasn't.", "Was told someone would call. Nobody did.", "Promised a callback. Never happened."
  /// (QA review 22: neutral; the first sentence's outcome counts nothing under rules 24 and 25).
  /// The sentence is only a negator, with at most a subject pronoun before it and one word of
  /// doing or happening after it ("did", "happened", "came"), and punctuation; the previous
  /// sentence, no question, holds a word of promise (`reportedPromiseWords`: "said", "told",
  /// "promised", "would", "will", "they'd" …). The negator then scores `brokenPromiseValence`. Not
  /// a bare "no", "not" or "nope" (an answer: "Will it rain? No."), and not after a fear or a guess
  /// ("I thought it would be hard. It wasn't.", "I was worried it would break. It didn't.": the
  /// denial is relief; `expectationWords`).
  mutating func markBrokenPromise(_ text: TokenizedText, previous: Range<Int>) {
    var negator: Int?
    var words = 0
    for index in units.indices {
      let unit = units[index]
      switch unit.kind {
      case .boundary: continue
      case .negator where negator == nil && unit.length <= 2: negator = index
      case .neutral where unit.length == 1:
        let before = negator == nil
        guard
          before
            ? words == 0 && Self.isWord(text, unit.start, in: Self.denialSubjects)
            : Self.isWord(text, unit.start, in: Self.denialVerbs)
        else { return }
      default: return
      }
      words += 1
      if words > 3 { return }
    }
    guard let negator, units[negator].length > 1 || !Self.isWord(text, units[negator].start, in: Self.bareAnswers),
      let last = previous.last, !Self.norm(of: text, last, is: "?"),
      previous.contains(where: { Self.isWord(text, $0, in: Self.reportedPromiseWords) }),
      !previous.contains(where: { Self.isWord(text, $0, in: Self.expectationWords) })
    else { return }
    units[negator].kind = .valence
    units[negator].entry = Self.brokenPromiseEntry
  }

  /// Negators that answer rather than deny, alone: "No.", "Nope." ("No one did." denies).
  private static let bareAnswers: ShortWords = ["no", "not", "nope", "nah"]
  /// A fear or a guess in the previous sentence makes the denial a relief.
  private static let expectationWords: ShortWords = [
    "thought", "think", "expected", "expecting", "worried", "feared", "afraid", "assumed", "imagined", "dreaded",
    "scared", "nervous", "concerned", "doubted",
  ]
  /// The subject of a denial: "THEY didn't", "IT wasn't".
  private static let denialSubjects: ShortWords = ["they", "he", "she", "it", "we", "you", "that", "this"]
  /// The one word after the negator of a denial: "never DID", "never HAPPENED", "didn't COME".
  private static let denialVerbs: ShortWords = [
    "did", "do", "does", "happen", "happened", "come", "came", "arrive", "arrived", "bother", "bothered", "call",
    "called",
  ]
  /// Words that report a promise: "they SAID", "I was TOLD", "PROMISED a callback", "it WOULD be".
  private static let reportedPromiseWords: ShortWords = [
    "said", "told", "promised", "promise", "assured", "would", "will", "they'd", "he'd", "she'd", "it'd", "they'll",
    "he'll", "she'll", "it'll", "supposed",
  ]
}
