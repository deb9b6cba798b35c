import Tokenization

/// The default profile's rule 32 (see `FeedbackRules.swift` for the list): an idea or a look
/// praised, then how it works faulted, in two clauses joined by a comma alone.
extension DefaultProfileScorer {
  // MARK: Rule 32

  /// "Good idea, poor execution", "Looks great, works terribly", "Nice concept; the app crashes":
  /// the praise is of what was promised (an idea, a design, a look), the complaint of what was
  /// delivered, and the verdict is the complaint's, as if the comma were a "but". Applied to a
  /// sentence without a contrastive connective whose first clause (up to its first comma or
  /// semicolon) has at most `promiseClauseTokens` tokens and holds only positive terms, one of them
  /// within three tokens of a word of promise (`promiseWords`), and whose second clause holds only
  /// negative ones: the first × `contrastWeakWeight`, the second × `contrastStrongWeight`. The
  /// reverse order ("Poor execution, good idea") and praise of something else ("Lovely staff,
  /// awful wait") are left as they are.
  mutating func applyPromiseAndDelivery(_ text: TokenizedText, explain: Bool) {
    guard let comma = units.firstIndex(where: { $0.kind == .boundary }), comma > 0,
      Self.norm(of: text, units[comma].start, is: ",") || Self.norm(of: text, units[comma].start, is: ";")
    else { return }
    // A short first clause: the verdict on a promise, not a description that happens to hold one
    // ("A psychological thriller with a genuinely spooky premise and an above average cast, …").
    let clause = units[0].start..<units[comma].start
    guard clause.count <= Self.promiseClauseTokens else { return }
    var end = comma + 1
    while end < units.count, units[end].kind != .boundary { end += 1 }
    let (praise, complaint) = (termSigns(0..<comma), termSigns((comma + 1)..<end))
    guard praise == (true, false), complaint == (false, true) else { return }
    // The word of promise is what a positive term praises: at most three tokens from it ("good
    // idea", "love the design", "looks great", "nice to look at").
    var promise: Int?
    for index in 0..<comma where units[index].kind == .valence && units[index].value > 0 {
      let lower = max(clause.lowerBound, units[index].start - 3)
      let upper = min(clause.upperBound, units[index].start + units[index].length + 3)
      if let word = (lower..<upper).first(where: { Self.isWord(text, $0, in: Self.promiseWords) }) {
        promise = word
        break
      }
    }
    guard let promise else { return }
    let word = text.norm(of: text.tokens[promise])
    weighClauses(
      0..<end, pivot: comma, first: parameters.contrastWeakWeight, second: parameters.contrastStrongWeight,
      explain: explain
    ) { .promiseAndDelivery(word: word, weight: $0) }
  }

  /// Whether the units of `range` hold a positive and a negative term, in one pass.
  private func termSigns(_ range: Range<Int>) -> (positive: Bool, negative: Bool) {
    var signs = (positive: false, negative: false)
    for index in range where units[index].kind == .valence {
      if units[index].value > 0 { signs.positive = true } else if units[index].value < 0 { signs.negative = true }
    }
    return signs
  }

  /// The most tokens the praising clause may have.
  static let promiseClauseTokens = 9

  /// Words that name what was promised rather than delivered: an idea, a design, a look (also the
  /// rule's trigger, `RuleTriggers.promiseWords`).
  static let promiseWordList = [
    "idea", "ideas", "concept", "premise", "design", "designed", "look", "looks", "looked", "looking", "sounds",
    "sounded", "theory", "paper", "intention", "intentions", "intent", "vision", "promise", "promises", "packaging",
    "appearance", "layout", "interface", "aesthetic", "aesthetics", "pictures", "photos",
  ]
  static let promiseWords = ShortWords(promiseWordList)
}
