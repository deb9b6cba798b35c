import Tokenization

/// The default profile's rule 50 (see `FeedbackRules.swift` for the list): praise on a condition.
extension DefaultProfileScorer {
  /// Rule 50: praise in a present counterfactual with a condition after it ("It would be a great
  /// app if it didn't crash", "This could be a lovely hotel if the rooms were cleaned", "Would be
  /// perfect if it had a dark mode") names what the product is not yet: the modal opens a
  /// suggestion, as a `frame=suggestion` phrase of the lexicon does (rule 13), so the praise and
  /// the condition's wished-for praise count nothing, and a fault the condition wishes away counts
  /// as the complaint it is (rule 41: "if it didn't crash" is −, not a negated negative's +).
  ///
  /// The modal is "would", "could", "might" or a contraction ("it'd", "we'd"), right before "be"
  /// (not "would have been": rule 6 negates that praise), then the sentence's first valence term
  /// within `conditionalPraiseReach` units ("a great app", "really good"), positive, then an "if"
  /// in the same clause (not "even if", "as if", "what if", "only if"; not "if" + a gerund, which
  /// means "when", nor "if you …" / "if anyone …", a recommendation for the reader's situation);
  /// not an offer ("would be happy to recommend them if asked"). A comparative keeps rule 9's negation ("It would be better if the app was
  /// faster": "better" is asked for, and "faster" now counts nothing too). A sentence that already
  /// has a suggestion frame keeps it, and the modal of a question ("Would it be good if …") is not
  /// before "be".
  ///
  /// The condition may come first: "If it were cheaper it would be perfect", "If the app didn't
  /// crash so much, it would be great", "If the app crashed less it would be great", "If they
  /// answered the phone it would be a good service" (`leadingCondition`). The frame then also
  /// reads the condition (rule 41: the fault wished away and the outcome wished for are the
  /// complaint). A condition on the reader's situation ("If you need a quick fix it would be
  /// perfect") or on the writer's own choice ("If I had to
  /// describe it in one word it would be amazing", "If I'd known it would be this good") keeps the
  /// praise, and so does one with an indicative consequent ("If you need a quick fix it's
  /// perfect": praise of the product for that use).
  mutating func markConditionalPraise(_ text: TokenizedText) {
    guard !hasSuggestionFrame else { return }
    for modal in units.indices where units[modal].kind == .neutral && units[modal].length == 1 {
      let token = units[modal].start
      guard Self.isWord(text, token, in: Self.conditionalModals), modal + 1 < units.count else { continue }
      let be = units[modal + 1]
      guard be.kind == .neutral, be.length == 1, be.start == token + 1, Self.norm(of: text, be.start, is: "be")
      else { continue }
      guard let praise = conditionalPraise(text, after: modal + 1), !isOffer(text, praise),
        hasCondition(text, after: praise) || leadingCondition(text, before: modal) != nil
      else { continue }
      units[modal].entry = Self.suggestionFrameEntry
      hasSuggestionFrame = true
      return
    }
    markConditionalRecommendation(text)
    markConditionalRating(text)
  }

  /// Rule 50 for a star rating on a condition without a modal ("5 stars if you fix the crashes"),
  /// read as "would give 5 stars if …": the rating becomes the sentence's suggestion frame. Run
  /// after the modal cases, and on its own for a text without a counterfactual modal (most texts
  /// with an "if" have none, and need not run the whole rule).
  mutating func markConditionalRating(_ text: TokenizedText) {
    guard !hasSuggestionFrame else { return }
    for praise in units.indices where units[praise].kind == .valence && units[praise].length > 1 {
      let entry = units[praise].entry
      guard entry >= 0, opensRatingClause(text, praise), tables.valence(ofEntry: entry) > 0,
        hasCondition(text, after: praise)
      else { continue }
      units[praise].kind = .neutral
      units[praise].entry = Self.suggestionFrameEntry
      hasSuggestionFrame = true
      return
    }
  }

  /// Rule 50 for a recommendation, a return or a rating on a condition: "I'd recommend them if
  /// they fixed the app", "Would give 5 stars if the app worked", "I would happily recommend them
  /// if they answered the phone", "If they answered the phone I'd recommend them". Praise that
  /// waits for the condition is not given yet: the modal (or the lexicon phrase that opens with
  /// it, "would recommend", "I'd definitely recommend") becomes the sentence's suggestion frame,
  /// as rule 50's "would be" does, so the recommendation and the condition's praise count nothing
  /// and a fault or an expected outcome wished for is the complaint (rule 41: "if the app
  /// worked", "if they answered the phone"). The praise is a positive term that opens with the
  /// modal or follows it within `conditionalPraiseReach` units of adverbs and neutral words, with a
  /// verb of recommending, returning or rating (`recommendationVerbs`) in it or before it ("would
  /// give 5 stars"). A condition on the reader's situation keeps the recommendation ("Would
  /// recommend if you need a quick fix"), as in rule 50.
  private mutating func markConditionalRecommendation(_ text: TokenizedText) {
    for praise in units.indices where units[praise].kind == .valence {
      let entry = units[praise].entry
      guard entry >= 0, tables.valence(ofEntry: entry) > 0 else { continue }
      let start = units[praise].start
      let end = start + units[praise].length
      var frame: Int?
      var verb = (start..<end).contains { Self.isWord(text, $0, in: Self.recommendationVerbs) }
      if Self.isWord(text, start, in: Self.conditionalModals) {
        // "Would recommend", "I'd definitely recommend": the phrase opens with the modal.
        guard units[praise].length > 1 else { continue }
        frame = praise
      } else {
        // The modal within reach before the term, over neutral words and intensifiers only: the
        // first term after it ("would happily recommend" is framed at "happily").
        var index = praise - 1
        while index >= 0, praise - index <= Self.conditionalPraiseReach {
          let unit = units[index]
          if unit.kind == .neutral, unit.length == 1, Self.isWord(text, unit.start, in: Self.conditionalModals) {
            frame = index
            break
          }
          guard unit.kind == .neutral || unit.kind == .intensifier else { break }
          if Self.isWord(text, unit.start, in: Self.recommendationVerbs) { verb = true }
          index -= 1
        }
      }
      guard let frame, verb || recommendationFollows(text, after: praise) else { continue }
      guard hasCondition(text, after: praise) || leadingCondition(text, before: frame) != nil else { continue }
      units[frame].kind = .neutral
      units[frame].entry = Self.suggestionFrameEntry
      hasSuggestionFrame = true
      return
    }
  }

  /// Whether the suggestion frame at unit `frame` is a phrase of praise that opens with a
  /// conditional modal ("would recommend", "I'd definitely recommend"), made a frame by
  /// `markConditionalRecommendation`; a lexicon frame ("would be nice if") scores 0.
  func isRecommendationFrame(_ text: TokenizedText, _ frame: Int) -> Bool {
    let unit = units[frame]
    guard unit.entry == Self.suggestionFrameEntry, unit.length > 1,
      Self.isWord(text, unit.start, in: Self.conditionalModals)
    else { return false }
    let match = ids.withUnsafeBufferPointer { tables.valenceMatch($0, from: unit.start, to: unit.start + unit.length) }
    return match.map { $0.length == unit.length && tables.valence(ofEntry: $0.value) > 0 } ?? false
  }

  /// Whether the positive term at unit `praise` is a star rating ("5 stars", "five stars") that
  /// opens its sentence or clause and is followed at once by "if": a rating offered on a condition
  /// without a modal ("5 stars if you add a dark mode. 2 stars until then"), which rule 50 reads as
  /// "would give 5 stars if …" (the condition itself is checked as for a modal's).
  private func opensRatingClause(_ text: TokenizedText, _ praise: Int) -> Bool {
    let unit = units[praise]
    let end = unit.start + unit.length
    guard unit.length > 1, end < text.tokens.count, Self.norm(of: text, end, is: "if"),
      Self.isWord(text, end - 1, in: Self.ratingUnits)
    else { return false }
    return praise == 0 || units[praise - 1].kind == .boundary || units[praise - 1].kind == .contrast
  }

  /// The last word of a star rating.
  private static let ratingUnits: ShortWords = ["stars", "star"]

  /// Whether a verb of recommending follows the term at unit `praise` right after it: "would
  /// happily recommend", "would gladly stay again" (the adverb is the first term after the modal).
  private func recommendationFollows(_ text: TokenizedText, after praise: Int) -> Bool {
    let next = units[praise].start + units[praise].length
    return next < text.tokens.count && Self.isWord(text, next, in: Self.recommendationVerbs)
  }

  /// Verbs of recommending, returning or rating after a modal ("would recommend", "would give 5
  /// stars", "would stay again").
  private static let recommendationVerbs: ShortWords = [
    "recommend", "give", "rate", "stay", "use", "buy", "return", "come", "shop", "fly", "book", "choose", "go",
    "visit", "order", "pay", "rebook", "renew", "score",
  ]

  /// The unit index of the positive term that the "be" at unit `be` predicates, or nil: the first
  /// valence unit within `conditionalPraiseReach` units, with only neutral words and intensifiers
  /// before it ("a", "really", "five"), and a positive lexicon value.
  private func conditionalPraise(_ text: TokenizedText, after be: Int) -> Int? {
    var index = be + 1
    while index < units.count, index - be <= Self.conditionalPraiseReach {
      switch units[index].kind {
      case .neutral, .intensifier:
        index += 1
        continue
      case .valence:
        let entry = units[index].entry
        guard entry >= 0, tables.valence(ofEntry: entry) > 0 else { return nil }
        return index
      default:
        return nil
      }
    }
    return nil
  }

  /// Whether the praise at unit `praise` is followed by "to": an offer or a readiness ("I would be
  /// happy to recommend them if anyone asks", "would be glad to stay again if we're back").
  private func isOffer(_ text: TokenizedText, _ praise: Int) -> Bool {
    let next = units[praise].start + units[praise].length
    return next < text.tokens.count && Self.norm(of: text, next, is: "to")
  }

  /// Whether an "if" opens a condition after unit `praise`, in its clause (before a boundary or a
  /// contrast), and not after `conditionBlockers` ("even if", "as if"), nor before a gerund ("if
  /// shooting in low light" is "when"), nor before the reader ("if you're on a budget", "if anyone
  /// needs a plumber": a recommendation for a situation, `readerSubjects`).
  private func hasCondition(_ text: TokenizedText, after praise: Int) -> Bool {
    var index = praise + 1
    while index < units.count, units[index].kind != .boundary, units[index].kind != .contrast {
      let unit = units[index]
      if unit.kind == .neutral, unit.length == 1, Self.norm(of: text, unit.start, is: "if") {
        if unit.start > 0 && Self.isWord(text, unit.start - 1, in: Self.conditionBlockers) { return false }
        // "would be really helpful if shooting in low light": a gerund makes "if" "when".
        let next = unit.start + 1
        guard next < text.tokens.count else { return true }
        return !(text.tokens[next].kind == .word && Self.norm(of: text, next, endsWith: "ing", minimum: 5))
          && !isReaderCondition(text, next)
      }
      index += 1
    }
    return false
  }

  /// The unit index of the "if" of a condition that comes before the modal at unit `modal`, in
  /// its sentence ("If it were cheaper it would be perfect", "If the app didn't crash so much, it
  /// would be great"), or nil. The "if" opens the sentence or a clause (after a boundary or "and",
  /// "so", "but"), and is not "even if", "as if", "what if", "only if"; the word after it is the
  /// condition's subject (`leadingConditionSubjects`: "it", "the app", "they"; not "if a little
  /// small", a concession), and not the reader in the present ("if you need", "if you're":
  /// `isReaderCondition`) nor the writer ("if I had to choose", "if we'd known"). At most
  /// `leadingConditionBoundaries` boundaries stand between the "if" and the modal, and no contrast.
  func leadingCondition(_ text: TokenizedText, before modal: Int) -> Int? {
    if let imperative = imperativeCondition(text, before: modal) { return imperative }
    var boundaries = 0
    var index = modal - 1
    while index >= 0 {
      let unit = units[index]
      switch unit.kind {
      case .contrast:
        return nil
      case .boundary:
        boundaries += 1
        guard boundaries <= Self.leadingConditionBoundaries else { return nil }
      case .neutral where unit.length == 1 && Self.norm(of: text, unit.start, is: "if"):
        return opensLeadingCondition(text, index) && isWishedCondition(text, index, modal: modal) ? index : nil
      default:
        break
      }
      index -= 1
    }
    return nil
  }

  /// The unit index of an imperative that opens the sentence and asks the company for a change,
  /// joined by "and" to the modal at unit `modal` ("Get the office sorted and you'd be
  /// unbeatable", "Fix the app and it would be perfect", "Lower the prices, and I'd recommend
  /// them"; blind review h59b), or nil: a condition as "if" + a wish is ("If they fixed the app it
  /// would be perfect"). The verb is one of `imperativeConditionVerbs` (changes a company makes;
  /// not "try", "book" or "go", which advise the reader), "and" stands right before the modal or
  /// before its subject, and at most `leadingConditionBoundaries` boundaries and no contrast stand
  /// between.
  private func imperativeCondition(_ text: TokenizedText, before modal: Int) -> Int? {
    var joiner = modal - 1
    if joiner >= 0, units[joiner].kind == .neutral, units[joiner].length == 1,
      Self.isWord(text, units[joiner].start, in: Self.leadingConditionSubjects)
        || Self.isWord(text, units[joiner].start, in: Self.writerSubjects)
    {
      joiner -= 1
    }
    guard joiner > 0, units[joiner].kind == .neutral, units[joiner].length == 1,
      Self.norm(of: text, units[joiner].start, is: "and"),
      let verb = units.firstIndex(where: { $0.kind != .boundary }), verb < joiner,
      Self.isWord(text, units[verb].start, in: Self.imperativeConditionVerbs)
    else { return nil }
    var boundaries = 0
    for unit in units[(verb + 1)..<joiner] {
      if unit.kind == .contrast { return nil }
      if unit.kind == .boundary { boundaries += 1 }
    }
    return boundaries <= Self.leadingConditionBoundaries ? verb : nil
  }

  /// The writer as the subject of the modal after an imperative condition ("Fix the app and I
  /// would recommend them").
  private static let writerSubjects: ShortWords = ["i", "we"]
  /// Imperatives that ask the company for a change, opening a condition joined by "and" to a
  /// present counterfactual (`imperativeCondition`).
  private static let imperativeConditionVerbs: ShortWords = [
    "fix", "sort", "get", "add", "bring", "lower", "reduce", "cut", "hire", "train", "improve", "update", "change",
    "open", "extend", "offer", "clean", "make", "drop", "answer", "stop", "ditch", "remove", "lose", "employ",
    "invest", "speed", "hurry",
  ]

  /// Whether the condition from the "if" at unit `index` to the modal at unit `modal` is a wish,
  /// not a prediction or a trouble the praise is about: a verb in the past or a modal (`were`,
  /// `didn't`, `had`, `they'd`, a word in "-ed": "If it were cheaper", "If they answered the
  /// phone") within `wishedConditionVerbReach` tokens of the "if" ("If the sponsors pay attention,
  /// the horses could be properly outfitted" predicts),
  /// and no negative term that no negator in the condition reaches nor a "less" after it wishes
  /// smaller ("if there was a misunderstanding, she would be on top of it" praises how she deals
  /// with it; "If the app didn't crash" and "If the app crashed less" wish the fault away, and "If
  /// they answered the phone" an outcome that should happen, rule 25's), unless a comparative
  /// after it wishes the trouble better (a term of praise, "If the queue moved faster", or one of
  /// `wishedComparatives`, "If the wait was shorter").
  private func isWishedCondition(_ text: TokenizedText, _ index: Int, modal: Int) -> Bool {
    var past = false
    var negated = false
    // A negative term no negator reaches, and whether a comparative of praise follows it.
    var trouble = false
    var bettered = false
    let verbLimit = units[index].start + Self.wishedConditionVerbReach
    for other in (index + 1)..<modal {
      let unit = units[other]
      // A fault a fix is wished for ("if they fixed the bugs", "if they'd fix the login bug") is
      // wished away, as a negated one is.
      if tokenWordLists[unit.start].contains(.fixVerbs) || Self.isWord(text, unit.start, in: Self.wishedFixes) {
        negated = true
      }
      switch unit.kind {
      case .negator:
        negated = true
      case .valence:
        // An expected outcome (rule 25: "if they answered the phone") is wished for, not a trouble.
        if !negated, unit.entry >= 0, tables.valence(ofEntry: unit.entry) < 0,
          !tables.countsOnlyNegated(entry: unit.entry), !isLessened(text, unit, before: units[modal].start)
        {
          trouble = true
        } else if trouble, unit.entry >= 0, tables.valence(ofEntry: unit.entry) > 0, isComparative(text, at: other) {
          bettered = true
        }
      case .neutral where trouble && unit.length == 1 && Self.isWord(text, unit.start, in: Self.wishedComparatives):
        // "If the wait was shorter": a comparative the lexicon leaves neutral.
        bettered = true
      default:
        break
      }
      if !past, unit.start <= verbLimit {
        past = (unit.start..<min(unit.start + unit.length, verbLimit + 1)).contains {
          text.tokens[$0].kind == .word
            && (Self.isWord(text, $0, in: Self.wishedConditionVerbs)
              || Self.norm(of: text, $0, endsWith: "ed", minimum: 4))
        }
      }
    }
    return past && (!trouble || bettered)
  }

  /// Whether the fault `unit` of a leading condition is wished smaller by a "less" after it, with
  /// at most `lessenedFaultReach` words of degree between ("If the app crashed less", "if it
  /// froze a lot less", "if it lagged much less often"): the wish of a negated fault, as "If the
  /// app didn't crash so much". The "less" stands before the modal's token `limit`.
  private func isLessened(_ text: TokenizedText, _ unit: Unit, before limit: Int) -> Bool {
    var token = unit.start + unit.length
    let end = min(limit, token + Self.lessenedFaultReach + 1)
    while token < end {
      if tokenWordLists[token].contains(.lessWord) { return true }
      guard Self.isWord(text, token, in: Self.lessDegreeWords) else { return false }
      token += 1
    }
    return false
  }

  /// Whether the "if" at unit `index` opens a condition before its consequent (see
  /// `leadingCondition`).
  private func opensLeadingCondition(_ text: TokenizedText, _ index: Int) -> Bool {
    let token = units[index].start
    if index > 0 {
      let before = units[index - 1]
      let opensClause =
        before.kind == .boundary || before.kind == .contrast
        || (before.length == 1 && Self.isWord(text, before.start, in: Self.leadingConditionJoiners))
      guard opensClause, !Self.isWord(text, token - 1, in: Self.conditionBlockers) else { return false }
    }
    // "If only the battery lasted longer, it would be ideal": the wish's "only" before the subject.
    var subject = token + 1
    if subject < text.tokens.count, Self.norm(of: text, subject, is: "only") { subject += 1 }
    guard subject < text.tokens.count,
      Self.isWord(text, subject, in: Self.leadingConditionSubjects)
        || Self.isWord(text, subject, in: Self.bareConditionSubjects)
    else {
      return false
    }
    return !isReaderCondition(text, subject)
  }

  /// Whether the modal frame unit `frame` of a suggestion is rule 50's (a lone modal) rather than a
  /// lexicon phrase: its explanation then reads "would be … if".
  func isConditionalPraiseFrame(_ text: TokenizedText, _ frame: Int) -> Bool {
    units[frame].length == 1 && Self.isWord(text, units[frame].start, in: Self.conditionalModals)
  }

  /// Modals of a present counterfactual (rule 50); not "should" ("should be good if the weather
  /// holds" predicts) nor the perfects ("would've": rule 6).
  static let conditionalModals: ShortWords = [
    "would", "could", "might", "i'd", "we'd", "it'd", "they'd", "you'd", "itd", "theyd", "youd", "that'd", "thatd",
  ]
  /// Whether the condition whose first word is token `index` states the reader's situation: "if
  /// you're on a budget", "if anyone needs a plumber", "if you work from home" (`readerSubjects`).
  /// A "you" whose verb is a modal or in the past ("-ed", not "need") is the company addressed,
  /// asked for what it does not do ("if you trained your staff", "if you could sort out my
  /// refund"), and is no such condition.
  private func isReaderCondition(_ text: TokenizedText, _ index: Int) -> Bool {
    guard Self.isWord(text, index, in: Self.readerSubjects) else { return false }
    // "if you don't mind the noise", "if you're not in a hurry": the reader must put up with a
    // fault, so the praise is not given outright (review h55f).
    if isToleranceCondition(text, index) { return false }
    // "if someone could ring me back", "if anybody can tell me why": a request to the company
    // (blind review h63d); "if anyone needs a plumber" is the reader's situation.
    if Self.isWord(text, index, in: Self.indefiniteSubjects) {
      return !(index + 1 < text.tokens.count && Self.isWord(text, index + 1, in: Self.requestModals))
    }
    guard Self.norm(of: text, index, is: "you") || Self.norm(of: text, index, is: "u"), index + 1 < text.tokens.count
    else { return true }
    let verb = index + 1
    // "-ed" of a past, not of "need", "feed", "exceed".
    let isPast =
      Self.norm(of: text, verb, endsWith: "ed", minimum: 4) && !Self.norm(of: text, verb, endsWith: "eed", minimum: 3)
    let addressed = Self.isWord(text, verb, in: Self.addressedModals) || Self.isWord(text, verb, in: Self.changeVerbs)
    return !(addressed || isPast)
  }

  /// Whether the reader's condition that opens at token `index` asks the reader to put up with
  /// something: its verb negated right after the subject ("if you don't mind", "if you're not in a
  /// hurry", "if you aren't fussy") or "can live with" / "can put up with" ("if you can live with
  /// the noise").
  private func isToleranceCondition(_ text: TokenizedText, _ index: Int) -> Bool {
    var next = index + 1
    guard next < text.tokens.count else { return false }
    if Self.isWord(text, next, in: Self.negatedReaderVerbs) { return true }
    // "you're not": the contraction is one token.
    if Self.isWord(text, index, in: Self.contractedReaderCopulas), Self.norm(of: text, next, is: "not") { return true }
    if Self.isWord(text, next, in: Self.readerCopulas), next + 1 < text.tokens.count,
      Self.norm(of: text, next + 1, is: "not")
    {
      return true
    }
    guard Self.norm(of: text, next, is: "can") else { return false }
    next += 1
    return next + 1 < text.tokens.count && Self.isWord(text, next, in: Self.toleranceVerbs)
  }

  /// Negated verbs right after the reader in a condition of tolerance ("if you don't mind").
  private static let negatedReaderVerbs: ShortWords = [
    "don't", "dont", "aren't", "arent", "doesn't", "doesnt", "isn't", "isnt",
  ]
  /// Forms of "be" and "do" before a "not" of tolerance ("if you're not in a hurry", "if you do
  /// not mind").
  private static let readerCopulas: ShortWords = ["you're", "youre", "are", "do", "is", "'re"]
  /// The reader's contracted copulas ("you're not in a hurry").
  private static let contractedReaderCopulas: ShortWords = ["you're", "youre", "ur"]
  /// Verbs of putting up with after "if you can" ("live with", "put up with", "overlook").
  private static let toleranceVerbs: ShortWords = ["live", "put", "overlook", "ignore", "tolerate", "stand", "bear"]

  /// Indefinite subjects of a condition: a request to the company with a modal after them, the
  /// reader's situation otherwise (`isReaderCondition`).
  private static let indefiniteSubjects: ShortWords = ["someone", "somebody", "anyone", "anybody"]
  /// Modals after an indefinite subject that make the condition a request ("if someone could").
  private static let requestModals: ShortWords = ["could", "would", "can", "will", "might"]
  /// Modals and past forms after "you" that address the company ("if you could", "if you had").
  private static let addressedModals: ShortWords = [
    "could", "would", "had", "were", "did", "made", "got", "gave", "sent", "took", "kept", "paid", "put",
  ]
  /// Verbs of a change asked of the company after "if you" ("if you fix the login", "if you add a
  /// dark mode", "if you bring back the old layout"): the company addressed, not the reader's
  /// situation.
  private static let changeVerbs: ShortWords = [
    "fix", "add", "remove", "bring", "improve", "change", "stop", "lower", "reduce", "update", "restore",
    "reinstate", "introduce", "sort",
  ]
  /// Subjects of a condition that is the reader's situation ("if you're travelling with kids").
  private static let readerSubjects: ShortWords = [
    "you", "you're", "youre", "your", "u", "ur", "anyone", "someone", "anybody", "somebody",
  ]
  /// Subjects of a condition that comes first: the product, the company, the staff ("If it were
  /// cheaper", "If the app didn't crash", "If they answered the phone", "If there were more
  /// staff", "If my parcel had turned up"), and "you" or "someone" addressed ("If you answered the
  /// phone", "If someone could call me back": `isReaderCondition` tells it from the reader's
  /// situation).
  private static let leadingConditionSubjects: ShortWords = [
    "it", "it's", "its", "they", "they're", "theyre", "there", "there's", "theres", "he", "she", "this", "that",
    "the", "their", "these", "those", "you", "u", "they'd", "theyd", "it'd", "you'd", "my", "our", "your",
    "someone", "somebody", "anyone", "anybody",
  ]
  /// Subjects of a leading condition without a determiner: what customers name bare ("If delivery
  /// was quicker", "If staff were friendlier", "If prices were lower").
  private static let bareConditionSubjects: ShortWords = [
    "delivery", "deliveries", "staff", "service", "prices", "pricing", "shipping", "postage", "support", "food",
    "parking", "wifi", "communication", "management", "customer", "checkout", "portions", "everything",
  ]
  /// Comparatives without a valence that wish a trouble better in a leading condition ("If the wait
  /// was shorter", "if the queues were smaller").
  private static let wishedComparatives: ShortWords = [
    "shorter", "smaller", "fewer", "lower", "sooner", "earlier", "closer", "quieter", "clearer", "warmer", "hotter",
  ]
  /// The base forms of the fix verbs ("if they'd fix the bug", "if they could sort the wifi").
  private static let wishedFixes = ShortWords(baseFixVerbList)
  /// Most tokens from a leading condition's "if" to its verb ("if the customer service team
  /// answered"); a word in "-ed" further on is often an adjective ("If the sponsors pay attention,
  /// all 68 licensed horses …").
  private static let wishedConditionVerbReach = 5
  /// Verbs of a wished condition without "-ed": the past and the modals ("If it were cheaper", "if
  /// they had a dark mode", "if they'd fix the bug", "if it could sync").
  private static let wishedConditionVerbs: ShortWords = [
    "was", "were", "had", "did", "didn't", "didnt", "wasn't", "wasnt", "weren't", "werent", "hadn't", "hadnt",
    "could", "couldn't", "couldnt", "would", "wouldn't", "wouldnt", "they'd", "theyd", "it'd", "you'd", "made",
    "got", "gave", "took", "kept", "paid", "put", "sent", "ran", "came", "went", "brought", "told", "knew", "held",
    "built", "spent", "left", "felt", "bought", "sold", "cost", "cut", "set", "let", "fit", "froze", "broke", "lost",
    "fell",
  ]
  /// Most words of degree between a condition's fault and its "less" ("crashed a lot less").
  private static let lessenedFaultReach = 2
  /// Words of degree between a fault and its "less" ("a lot less", "much less", "far less").
  private static let lessDegreeWords: ShortWords = ["a", "lot", "much", "far", "bit", "little", "way", "so"]
  /// Words after which an "if" opens a clause ("and if they answered …", "so if it worked …").
  private static let leadingConditionJoiners: ShortWords = ["and", "so", "but", "honestly", "tbh", "just"]
  /// Most boundaries between a leading condition's "if" and the modal ("If the app didn't crash,
  /// and the support answered, it would be great").
  private static let leadingConditionBoundaries = 2
  /// Most units between "be" and the praise: "would be a really great app if".
  static let conditionalPraiseReach = 4
}
