import Tokenization

/// The default profile's rule 5 (see `FeedbackRules.swift` for the list): return intent ("Would
/// definitely stay again", "won't use them again").
extension DefaultProfileScorer {
  // MARK: Rule 5

  /// The valence and reason of a bare "again" at unit `position` that closes a return intent or a
  /// refusal (rule 5); nil otherwise. Within the clause, before "again": an intent modal ("would",
  /// "will", "I'd", "we'll") or a refusal ("won't", "wouldn't"), then a verb of coming back ("stay",
  /// "book", "use", "fly" … `WordList.returnVerbs`). Negators between the modal and the verb
  /// ("would definitely not stay") make it a refusal; "hesitate", "mind" or "else" there undo that
  /// ("wouldn't hesitate to stay again", "would never stay anywhere else again"). A clause-initial
  /// "never" or "not" right before a verb of coming back ("Never flying with them again", "Never
  /// stay here again", "I'm not going back again") is a refusal too.
  /// After "and", the subject is the earlier clause's ("I've used them twice and will use them
  /// again"), and the intent's clause starts after it; not when that clause has a subject pronoun
  /// other than the writer's ("he", "they", "you"; a noun such as "my friend" is not recognised).
  /// Not the writer's intent (no first-person subject, "would you stay again?"), a hedge or negator
  /// before the modal ("not sure I'd stay again", "I doubt I would"), or a question: nil.
  /// A stated plan stands for the modal ("I plan on ordering from them again", "we're planning to
  /// stay again": "plan", "intend" and their forms before "on" or "to"), and a repetition phrase
  /// for the bare "again" ("I'd buy it again and again", "will use them over and over again"):
  /// the lexicon rates those phrases as a recurring fault (−1.5: "it crashed again and again"),
  /// which they are not after an intent to come back (forty-ninth session).
  func returnIntent(_ text: TokenizedText, at position: Int) -> (Double, String)? {
    let unit = units[position]
    guard
      !textWordLists.isDisjoint(with: [.intentModals, .never, .refusals, .not, .going])
        || textTriggers.contains(.intentVerbs),
      !textWordLists.isDisjoint(with: [.returnVerbs, .back]),
      unit.length == 1 ? first(unit, isIn: .again) : isRepeatedAgain(text, unit)
    else { return nil }
    // The clause: back to a boundary or connective, at most `returnIntentReach` units.
    var clauseStart = position
    while clauseStart > 0 && position - clauseStart < Self.returnIntentReach {
      let kind = units[clauseStart - 1].kind
      if kind == .boundary || kind == .contrast { break }
      clauseStart -= 1
    }
    if endsWithQuestion(text, after: position) || isConditional(after: position) { return nil }
    // The modal nearest before a verb of coming back, or a clause-initial "never"/"not" right before it.
    var verb: Int?
    var modal: Int?
    var index = position - 1
    while index >= clauseStart {
      if verb == nil, first(units[index], isIn: .returnVerbs), !isGoingTo(at: index) {
        verb = index
      } else if verb == nil, first(units[index], isIn: .back), index > clauseStart, first(units[index - 1], isIn: .be) {
        // "We'll be back again".
        verb = index
      } else if let verb,
        first(units[index], isIn: .intentModals) || first(units[index], isIn: .refusals) || isGoingTo(at: index)
          || isStatedPlan(text, at: index, before: verb)
      {
        modal = index
        break
      } else if let verb, index == verb - 1, first(units[index], isIn: .never) || first(units[index], isIn: .not),
        index == clauseStart || (index == clauseStart + 1 && first(units[clauseStart], isIn: .firstPerson))
      {
        return (parameters.refusedReturnValence, "a refusal to come back (\"never … again\")")
      }
      index -= 1
    }
    guard let verb, let modal else { return nil }
    // "not going to use them again": the negator belongs to the modal, as in "won't".
    var negatedModal = false
    var subjectEnd = modal
    // A modal said with a verb phrase ("going to", "plan on") takes its negator and its "be" before
    // it, where "will" has them fused ("won't") or after it.
    let phrasalModal = isGoingTo(at: modal) || isStatedPlan(text, at: modal, before: verb)
    // "don't plan on ordering again", "not planning to stay again": so is a plan's.
    if phrasalModal, modal > clauseStart, units[modal - 1].kind == .negator {
      negatedModal = true
      subjectEnd = modal - 1
      // "I do not plan to", "we did not intend to": the auxiliary of the spelt-out negation.
      if subjectEnd > clauseStart, units[subjectEnd - 1].length == 1,
        Self.norm(of: text, units[subjectEnd - 1].start, is: "do")
          || Self.norm(of: text, units[subjectEnd - 1].start, is: "did")
      {
        subjectEnd -= 1
      }
    }
    // "we are going to", "I am going to", "we are planning to".
    if phrasalModal, subjectEnd > clauseStart, first(units[subjectEnd - 1], isIn: .be) { subjectEnd -= 1 }
    var subject = subjectEnd - 1
    while subject >= clauseStart,
      units[subject].kind == .intensifier
        || (text.tokens[units[subject].start].kind == .word && first(text, units[subject], endsWith: "ly", minimum: 4))
    {
      subject -= 1
    }
    // "I've used them twice now and will use them again": after "and" the subject is the earlier
    // clause's, and the intent's own clause starts there (review r27).
    var intentStart = clauseStart
    if subject >= clauseStart, first(units[subject], isIn: .conjunctions) {
      // Not when that clause names someone else ("He loved it and would stay again").
      if (clauseStart..<subject).contains(where: { first(units[$0], isIn: .otherSubjects) }) { return nil }
      intentStart = subject + 1
      subject = clauseStart - 1
    }
    // Before the modal: the writer as its subject ("I would", "I'm sure I will", "we'll"), or no
    // subject ("Would definitely stay again"); no negator or hedge anywhere ("not sure I'd",
    // "I doubt I would").
    if (intentStart..<subjectEnd).contains(where: { units[$0].kind == .negator || first(units[$0], isIn: .hedges) }) {
      return nil
    }
    guard
      subject < clauseStart || first(units[subject], isIn: .firstPerson)
        || first(units[modal], isIn: .firstPersonModals)
    else { return nil }
    // After the modal: no other subject ("would you stay again").
    if modal + 1 < verb, first(units[modal + 1], isIn: .otherSubjects) { return nil }
    // "I'll have to come back again": an obligation, not an intent.
    if ((modal + 1)..<verb).contains(where: { first(units[$0], isIn: .obligations) }) { return nil }
    var refused = first(units[modal], isIn: .refusals) || negatedModal
    for other in (modal + 1)..<position {
      if other < verb && units[other].kind == .negator { refused.toggle() }
      if first(units[other], isIn: .returnInverters) { refused = false }
    }
    // "Would think twice about buying refurb again", "would hate to stay again": a term of
    // misgiving from the modal (a lexicon phrase may hold it) to the verb makes it a refusal
    // (review h64d: read as an intent).
    if !refused, (modal..<verb).contains(where: { units[$0].kind == .valence && units[$0].value < 0 }) {
      refused = true
    }
    // "Would rather die than stay again": coming back is the rejected alternative.
    if ((modal + 1)..<verb).contains(where: { first(units[$0], isIn: .than) }) { refused.toggle() }
    return refused
      ? (parameters.refusedReturnValence, "a refusal to come back (\"won't … again\")")
      : (parameters.returnIntentValence, "an intent to come back (\"would … again\")")
  }

  /// Whether unit `index`, before the verb at unit `verb`, is a stated plan: "plan", "intend" or one
  /// of their forms, followed by "on" or "to" ("I plan on ordering again", "we intend to stay
  /// again"). A plan is an intent, as "will" is.
  private func isStatedPlan(_ text: TokenizedText, at index: Int, before verb: Int) -> Bool {
    guard textTriggers.contains(.intentVerbs), index + 1 < verb, units[index].length == 1,
      units[index + 1].length == 1
    else { return false }
    let word = units[index].start
    guard Self.isWord(text, word, in: Self.planVerbs) else { return false }
    let next = units[index + 1].start
    return Self.norm(of: text, next, is: "on") || Self.norm(of: text, next, is: "to")
  }

  /// The verbs of a stated plan (rule 5); also `RuleTriggers.intentVerbs`.
  static let planVerbWords = ["plan", "plans", "planning", "intend", "intends", "intending"]
  private static let planVerbs = ShortWords(planVerbWords)

  /// Whether `unit` is a phrase of repetition that ends in "again": "again and again", "over and
  /// over again", "time and time again" (rule 5 reads it as the "again" of a return intent).
  func isRepeatedAgain(_ text: TokenizedText, _ unit: Unit) -> Bool {
    guard unit.kind == .valence, unit.length == 3 || unit.length == 4, last(unit, isIn: .again),
      Self.norm(of: text, unit.start + 1, is: "and")
    else { return false }
    for token in unit.start..<(unit.start + unit.length) {
      guard Self.isWord(text, token, in: Self.repetitionWords) else { return false }
    }
    return true
  }

  private static let repetitionWords: ShortWords = ["again", "and", "over", "time"]

  /// Whether the unit at `index` is "going" followed by "to" (a future, as "will" is: "not going to
  /// use them again"), not the verb of coming back ("not going back again").
  private func isGoingTo(at index: Int) -> Bool {
    index + 1 < units.count && first(units[index], isIn: .going) && first(units[index + 1], isIn: .to)
  }

  /// Whether a condition follows in the sentence ("I would stay again if it were cheaper", "…, if the
  /// price is right").
  private func isConditional(after position: Int) -> Bool {
    var index = position + 1
    while index < units.count, index - position <= Self.afterAgainReach {
      if first(units[index], isIn: .conditions) { return true }
      index += 1
    }
    return false
  }

  /// Whether the sentence of the unit at `position` ends with "?" (the next boundary unit, within
  /// `afterAgainReach` units, is one).
  private func endsWithQuestion(_ text: TokenizedText, after position: Int) -> Bool {
    var index = position + 1
    while index < units.count, index - position <= Self.afterAgainReach {
      if units[index].kind == .boundary {
        return text.withNorm(of: text.tokens[units[index].start]) { $0.contains(UInt8(ascii: "?")) }
      }
      index += 1
    }
    return false
  }

  /// How many units before "again" the clause is searched ("I would definitely fly with them again").
  private static let returnIntentReach = 9
  /// How many units after "again" are searched for the "?" that makes the sentence a question and
  /// for a condition ("… again if they lower their prices"). Unbounded, the two walks ran to the end
  /// of the text for every "again", quadratic on a long text without stops.
  private static let afterAgainReach = 60
}
