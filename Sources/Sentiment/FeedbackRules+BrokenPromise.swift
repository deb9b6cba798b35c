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

  /// "Promised a refund by Friday, there wasn't one", "They said they'd ring back, they never did",
  /// "Was promised an upgrade, there was none when we checked in" (review h55b: a promise and its
  /// denial in one sentence scored nothing, or the praise of what was promised). A clause that
  /// reports a promise (`reportedPromiseWords`), then, after a comma, a clause that only denies, as
  /// a sentence of rule 35 does (a subject or "there" and an auxiliary, the negator, one word of
  /// doing, happening or being there: "one", "any", an expected outcome such as "available"), with
  /// at most a "when"/"by"/"on" clause of expected outcomes after it ("when I arrived"): the negator
  /// scores
  /// `brokenPromiseValence`, and `applyPromiseBroken` zeroes the praise of what was promised. Not
  /// after a fear or a guess ("They said it might hurt, it didn't"), the writer's own words ("as I
  /// said, there is none"), nor a question.
  mutating func markBrokenPromiseInSentence(_ text: TokenizedText) {
    guard units.count >= 4,
      let promise = units.firstIndex(where: { holdsPromiseWord(text, $0) }),
      let boundary = units[promise...].firstIndex(where: { $0.kind == .boundary }), boundary + 1 < units.count
    else { return }
    // The writer's own words are no promise: "as I said, there is none".
    let promiseWord =
      (units[promise].start..<(units[promise].start + units[promise].length))
      .first { Self.isWord(text, $0, in: Self.reportedPromiseWords) } ?? units[promise].start
    if promiseWord > 0, Self.isWord(text, promiseWord - 1, in: Self.ownReport) { return }
    // The promise's clause: no fear or guess, no harm foretold besides the promise's own phrase.
    let clauseStart = (units[..<promise].lastIndex { $0.kind == .boundary } ?? -1) + 1
    for index in clauseStart..<boundary {
      let unit = units[index]
      if index != promise, unit.kind == .valence, unit.entry >= 0,
        tables.valence(ofEntry: unit.entry) <= Self.harmPredictionTerm
      {
        return
      }
      if Self.isWord(text, unit.start, in: Self.expectationWords) || unit.kind == .contrast { return }
      if (unit.start..<(unit.start + unit.length)).contains(where: { Self.isWord(text, $0, in: Self.hedgedPromise) }) {
        return
      }
    }
    var negator: Int?
    var before = 0
    var after = 0
    var hasThere = false
    var index = boundary + 1
    scan: while index < units.count {
      let unit = units[index]
      switch unit.kind {
      case .boundary:
        break scan
      case .negator where negator == nil && unit.length <= 2:
        negator = index
      case .neutral where unit.length == 1:
        if negator == nil {
          let there = Self.norm(of: text, unit.start, is: "there")
          guard before < 2,
            there || Self.isWord(text, unit.start, in: Self.denialSubjects)
              || Self.isWord(text, unit.start, in: Self.denialAuxiliaries)
          else { return }
          if there { hasThere = true }
          before += 1
        } else if after == 0,
          Self.isWord(text, unit.start, in: Self.denialVerbs)
            || Self.isWord(text, unit.start, in: Self.denialObjects)
        {
          after += 1
        } else if Self.isWord(text, unit.start, in: Self.denialTails) {
          break scan
        } else {
          return
        }
      case .valence
      where negator != nil && after == 0 && unit.entry >= 0 && tables.countsOnlyNegated(entry: unit.entry):
        // An expected outcome denied: "none AVAILABLE", "it never CAME".
        after += 1
      default:
        return
      }
      index += 1
    }
    // "it wasn't", "they weren't": a copula left elliptical denies a prediction ("Was told it would
    // be busy, it wasn't"), which rule 40 reads; "there wasn't one" and "they never did" deny a deed.
    guard let negator else { return }
    if after == 0, !hasThere,
      Self.isWord(text, units[negator].start, in: Self.denialCopulas)
        || (negator > boundary + 1 && Self.isWord(text, units[negator - 1].start, in: Self.denialCopulas))
    {
      return
    }
    // What follows the denial: a time clause of expected outcomes only ("when I arrived").
    while index < units.count {
      let unit = units[index]
      if unit.kind == .valence, unit.entry >= 0, !tables.countsOnlyNegated(entry: unit.entry) { return }
      if unit.kind == .negator || unit.kind == .contrast { return }
      index += 1
    }
    if let last = units.last, Self.norm(of: text, last.start + last.length - 1, is: "?") { return }
    units[negator].kind = .valence
    units[negator].entry = Self.brokenPromiseEntry
  }

  /// After `markBrokenPromiseInSentence`: the praise between the promise word and the comma is what
  /// was promised ("Promised a courtesy car, there wasn't one"), which did not happen: it counts
  /// nothing.
  mutating func applyPromiseBroken(_ text: TokenizedText, explain: Bool) {
    guard let denial = units.firstIndex(where: { $0.kind == .valence && $0.entry == Self.brokenPromiseEntry }),
      let promise = units[..<denial].firstIndex(where: { holdsPromiseWord(text, $0) })
    else { return }
    let word = (units[promise].start..<(units[promise].start + units[promise].length))
      .map { text.norm(of: text.tokens[$0]) }.joined(separator: " ")
    for index in (promise + 1)..<denial where units[index].kind == .valence && units[index].value > 0 {
      units[index].value = 0
      if explain { rules[index].append(.promiseBroken(by: word)) }
    }
  }

  /// Words before a promise word that make it the writer's own report: "as I SAID", "as SAID".
  private static let ownReport: ShortWords = ["i", "we", "as", "i've", "we've", "ive"]
  /// Whether the unit holds a word of `reportedPromiseWords` ("promised", or the phrase "was
  /// promised").
  private func holdsPromiseWord(_ text: TokenizedText, _ unit: Unit) -> Bool {
    (unit.start..<(unit.start + unit.length)).contains { Self.isWord(text, $0, in: Self.reportedPromiseWords) }
  }

  /// The forms of "be" whose negation, with nothing after it, denies a state: "it WASN'T".
  private static let denialCopulas: ShortWords = [
    "was", "were", "is", "are", "wasn't", "weren't", "isn't", "aren't", "wasnt", "werent", "isnt", "arent",
  ]
  /// Words after the negator of a denial clause that say what was not there: "there wasn't ONE",
  /// "none AVAILABLE", "there wasn't ANY".
  private static let denialObjects: ShortWords = ["one", "any", "available", "there", "ready", "in"]
  /// Words that open what may follow a denial clause: "… there wasn't one WHEN I arrived".
  private static let denialTails: ShortWords = ["when", "by", "on", "at", "after", "until", "till"]
  /// Words that make a reported promise a hedge, not a promise: "said it MIGHT", "told me it MAY".
  private static let hedgedPromise: ShortWords = ["might", "may", "could", "maybe", "probably", "possibly"]

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
  private static let reportedPromiseWords = ShortWords(reportedPromiseWordList)
  /// The words of `reportedPromiseWords` (in `RuleTriggers.praiseDenials`).
  static let reportedPromiseWordList = [
    "said", "told", "promised", "promise", "assured", "supposed", "guaranteed",
  ]
}
