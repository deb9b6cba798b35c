import Tokenization

/// What a negator reaches (step 2 of the default profile): outcome negators, double negatives,
/// negative inversion, the words a negation reaches over, interjected "no", causative frames.
extension DefaultProfileScorer {
  /// Whether the nearest negator of the `negation=only` term at unit `position` denies its outcome
  /// (rule 25): at most two words before it, adverbs, determiners and object pronouns not counted
  /// ("not came", "not yet delivered", "no one has ever responded", "didn't get a reply"), with no
  /// opinion term between ("no trouble responding"), not "less" ("paid less for
  /// its opening bid"), and the term not the end of a hyphenated compound ("no so-called hiss").
  func isOutcomeNegator(_ text: TokenizedText, _ negator: Int?, of position: Int, _ valenceBetween: Bool)
    -> Bool
  {
    guard let negator, !valenceBetween, !first(units[negator], isIn: .lessWord) else { return false }
    let unit = units[position]
    if unit.start >= 2, isGluedHyphen(text, at: unit.start - 1) { return false }
    let other = units[negator]
    // "nobody has ever responded", "didn't get a reply": an adverb, determiner or object pronoun
    // between does not count.
    let gaps = (other.start + other.length..<unit.start).count { Self.isWord(text, $0, in: Self.outcomeGapWords) }
    // A subject negator reaches over its subject's phrase too ("No one at the desk could answer";
    // QA review 38), as its negation does.
    return modifierDistance(from: other.start + other.length, to: unit.start) - gaps
      <= 2 + (last(other, isIn: .subjectNegators) ? Self.subjectPhraseWords : 0)
  }

  /// Whether the negator unit at `negator` negates the phrase at `position`, which opens with a
  /// negator of its own, as a double negative: right before it, or with only a form of "be"
  /// between ("never not helpful", "no one was not helpful" are praise, as "never not friendly"
  /// is; QA review 36, F17). Only a phrase that opens with "not": "ain't no good" and "wasn't no
  /// help" are negative concord, one negation. A word other than "be" between starts an item of
  /// its own ("no food, not good").
  func isDoubleNegative(_ text: TokenizedText, negator: Int, phrase position: Int) -> Bool {
    guard first(units[position], isIn: .not) else { return false }
    let end = units[negator].start + units[negator].length
    let start = units[position].start
    return end == start || (start == end + 1 && Self.isWord(text, end, in: Self.copulas))
  }

  /// Forms of "be" that may stand between the two negators of a double negative.
  private static let copulas: ShortWords = ["is", "was", "are", "were", "be", "been", "am"]

  /// Whether the negator unit at `index` opens a negative inversion: "never", "not once", "never
  /// once" or "never ever" at the start of its clause, followed by an auxiliary ("Not once WAS the
  /// agent helpful", "Never DID anyone call back"; QA review 36, F02). The subject then follows the
  /// auxiliary, so the negation reaches `invertedClauseWords` further, over that subject ("I" as
  /// well: "Never did I feel welcome").
  func isInvertedNegator(_ text: TokenizedText, at index: Int) -> Bool {
    let unit = units[index]
    guard index == 0 || units[index - 1].kind == .boundary else { return false }
    let last = unit.start + unit.length - 1
    guard tokenWordLists[last].contains(.never) || Self.isWord(text, last, in: Self.inversionAdverbs),
      unit.length == 1 || first(unit, isIn: .not) || first(unit, isIn: .never)
    else { return false }
    return last + 1 < tokenCount && Self.isWord(text, last + 1, in: Self.invertedAuxiliaries)
  }

  /// The last words of a negator that opens a negative inversion besides "never" ("not ONCE",
  /// "never EVER").
  private static let inversionAdverbs: ShortWords = ["once", "ever"]

  /// Auxiliaries that follow a negator in a negative inversion ("Never HAVE I been", "Not once DID
  /// they call").
  private static let invertedAuxiliaries: ShortWords = [
    "was", "were", "is", "are", "did", "do", "does", "has", "have", "had", "will", "would", "could", "can",
  ]

  /// Whether the valence unit at `position` is a one-word comparative ("better", "happier", "worse",
  /// or "more" before it).
  func isComparative(_ text: TokenizedText, at position: Int) -> Bool {
    let unit = units[position]
    guard unit.length == 1, text.tokens[unit.start].kind == .word else { return false }
    return first(text, unit, endsWith: "er", minimum: 5) || first(unit, isIn: .irregularComparatives)
      || (unit.start > 0 && tokenWordLists[unit.start - 1].contains(.more))
  }

  /// Whether a unit between a negator and a term leaves the term in the negator's reach without
  /// counting toward the distance (QA review 36, F02: "No agent was very helpful", "Nobody was
  /// really that helpful", "nobody here is ever helpful" read as praise): a one-word intensifier
  /// that is a degree adverb ("very", or in "-ly": "really", "particularly", "slightly"), or one of
  /// `negationGapAdverbs`. An adverb says how strongly, not whether. Not the degree words of
  /// comparison or excess ("so", "such", "more", "most", "too": "nobody has ever been so helpful"
  /// and "no one here is more helpful" are praise), nor intensifiers that are also prepositions or
  /// adjectives ("beyond", "pretty", "real": "never percolates beyond a monotonous whine"). The
  /// list holds "able" too: "was able to" stands for "could", so "No one was able to help" is "No
  /// one could help" (fiftieth session: it read as praise).
  func isNegationGap(_ text: TokenizedText, _ unit: Unit) -> Bool {
    guard unit.length == 1 else { return false }
    switch unit.kind {
    case .intensifier:
      return Self.norm(of: text, unit.start, is: "very") || Self.norm(of: text, unit.start, endsWith: "ly", minimum: 4)
    case .neutral:
      // Most texts hold none of them: one bit test instead of a look at the word.
      return textTriggers.contains(.negationGapAdverbs) && Self.isWord(text, unit.start, in: Self.negationGapAdverbs)
    default:
      return false
    }
  }

  /// Whether a neutral unit opens another clause, which a negator's gap words do not reach over
  /// (`isNegationGap`): a subject pronoun, a subordinator or a wh-word ("I don't really know why I
  /// like it": "like" is not denied).
  func opensClause(_ text: TokenizedText, _ unit: Unit) -> Bool {
    unit.kind == .neutral
      && (isClauseOpener(text, unit) || first(unit, isIn: .subordinators)
        || (textTriggers.contains(.whWords) && Self.isWord(text, unit.start, in: Self.whWords)))
  }

  /// Wh-words that open a clause (`opensClause`).
  private static let whWords = ShortWords(whWordList)
  /// The words of `whWords` (`RuleTriggers.whWords`).
  static let whWordList = ["why", "what", "how", "where", "who", "which", "whether"]

  /// Whether the negator `unit` is "no" (or "nooo") as an interjection: right before a determiner,
  /// a possessive or a subject pronoun, where it determines no noun ("nooo the app crashed again",
  /// "No this is bad", "no my order is wrong"; QA review 36, F03). It then negates nothing; "no
  /// one", "no refund" and "No, the app crashed" (a boundary) are unchanged.
  func isInterjectedNo(_ text: TokenizedText, _ unit: Unit) -> Bool {
    guard unit.length == 1, first(unit, isIn: .clauseNegators), first(unit, isIn: .determinerNegators) else {
      return false
    }
    let next = unit.start + 1
    guard next < tokenCount, text.tokens[next].kind == .word else { return false }
    let lists = tokenWordLists[next]
    return lists.contains(.harmDeterminers) || lists.contains(.clauseOpeners)
      || Self.isWord(text, next, in: Self.possessives)
  }

  /// Possessive determiners: "no" right before one is an interjection (`isInterjectedNo`).
  private static let possessives: ShortWords = ["my", "our", "your", "his", "her", "their", "its"]

  /// Adverbs that stand between a negator and the term it negates without ending its reach ("No
  /// agent was EVER helpful", "nobody ACTUALLY helped"; `isNegationGap`).
  private static let negationGapAdverbs = ShortWords(negationGapAdverbList)
  /// The words of `negationGapAdverbs` (`RuleTriggers.negationGapAdverbs`).
  static let negationGapAdverbList = ["ever", "even", "actually", "able"]

  /// Adverbs, determiners and object pronouns between a negator and an expected outcome that leave
  /// it in reach (rule 25).
  private static let outcomeGapWords: ShortWords = [
    "ever", "even", "yet", "actually", "really", "once", "properly", "a", "an", "any", "the", "my", "our", "your",
    "their", "me", "us", "them", "him", "her",
  ]

  // MARK: Helpers

  func startsWithNegator(_ unit: Unit) -> Bool {
    ids.withUnsafeBufferPointer {
      tables.negators.longestMatch($0, from: unit.start, to: unit.start + unit.length) != nil
    }
  }

  /// The first token of a "make/made + me/us/them… + feel/felt" frame that ends right before token
  /// `start`, if there is one.
  func causativeFrameStart(before start: Int) -> Int? {
    tokenWordLists[start - 1].contains(.feelVerbs) && tokenWordLists[start - 2].contains(.objectPronouns)
      && tokenWordLists[start - 3].contains(.causeVerbs) ? start - 3 : nil
  }
}
