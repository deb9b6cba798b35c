import Tokenization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The default profile's rules for what should have happened and did not (see `FeedbackRules.swift`
/// for the list): 27, unmet obligations ("Should have been told", "ought to have checked"); 28,
/// unmet conditions ("The engineer would have finished today if the part had been in the van").
extension DefaultProfileScorer {
  // MARK: Rule 27

  /// `Unit.entry` of the "should" of an unmet obligation (rule 27); not an index into the valence
  /// entries.
  static let unmetObligationEntry: Int32 = -8
  /// `Unit.entry` of the "if" (or inverted "had") of an unmet condition (rule 28).
  static let unmetConditionEntry: Int32 = -9

  /// Turns "should have" / "should've" / "ought to have" (negated or not) + a past participle into a
  /// complaint unit: an obligation in the perfect says it was not met ("Should have been told about
  /// the fee", "should've been a two minute job", "someone ought to have checked", "they shouldn't
  /// have charged me twice"; a negated obligation's negator does not flip the participle). Not "as
  /// it should have been" (a standard that was met), not regret at coming late ("we should have
  /// switched years ago", "Should have done this years ago!": a first-person subject or none, and
  /// "sooner", "earlier" or "ago" in the sentence), and not a question ("Should I have called?"
  /// has its subject between).
  mutating func markUnmetObligations(_ text: TokenizedText) {
    let tokens = text.tokens.count
    for index in units.indices
    where (units[index].kind == .neutral || units[index].kind == .negator) && units[index].length == 1 {
      let modal = units[index].start
      guard mayBeWord(modal, of: .obligationModals), Self.isWord(text, modal, in: Self.obligationModals) else {
        continue
      }
      var next = modal + 1
      var not: Int?  // the unit of "not" in "should not have"
      if !Self.isWord(text, modal, in: Self.perfectObligations) {
        if Self.norm(of: text, modal, is: "ought") {
          guard next < tokens, Self.norm(of: text, next, is: "to") else { continue }
          next += 1
        }
        if next < tokens, Self.norm(of: text, next, is: "not") {
          not = unitIndex(startingAt: next).flatMap { units[$0].length == 1 ? $0 : nil }
          next += 1
        }
        guard next < tokens, Self.norm(of: text, next, is: "have") else { continue }
        next += 1
      }
      while next < tokens, next - modal <= 5, Self.isWord(text, next, in: Self.obligationGaps) { next += 1 }
      guard next < tokens, text.tokens[next].kind == .word, isParticiple(text, next) else { continue }
      if modal >= 1,
        Self.isWord(text, modal - 1, in: Self.standardMarkers)
          || (modal >= 2 && Self.isWord(text, modal - 2, in: Self.standardMarkers))
      {
        continue
      }
      // The writer's regret: "we should have switched years ago", or with the subject left out
      // ("Should have done this years ago!").
      let opensSentence = units.first { $0.kind != .boundary }?.start == modal
      if opensSentence || (modal >= 1 && Self.isWord(text, modal - 1, in: Self.firstPersonSubjects)),
        sentenceHasRegret(text)
      {
        continue
      }
      // The obligation's negation ("shouldn't have charged me twice") is part of the complaint: it
      // does not flip the participle's own value.
      if let not { units[not].kind = .neutral }
      units[index].kind = .valence
      units[index].entry = Self.unmetObligationEntry
    }
  }

  /// Whether the token is a past participle: a word of four letters or more ending in "-ed", or an
  /// irregular one ("been", "told", "gone").
  func isParticiple(_ text: TokenizedText, _ token: Int) -> Bool {
    Self.norm(of: text, token, endsWith: "ed", minimum: 4) || Self.isWord(text, token, in: Self.irregularParticiples)
  }

  /// Whether the sentence (the current units) holds "sooner", "earlier" or "ago".
  private func sentenceHasRegret(_ text: TokenizedText) -> Bool {
    units.contains { unit in
      (unit.start..<(unit.start + unit.length)).contains { Self.isWord(text, $0, in: Self.regretWords) }
    }
  }

  /// The obligation modals (`RuleTriggers.obligationModals` lists them too: a text without one
  /// skips `markUnmetObligations`).
  static let obligationModalWords = [
    "should", "ought", "shouldn't", "shouldnt", "should've", "shouldve", "shoulda",
  ]
  private static let obligationModals = ShortWords(obligationModalWords)
  /// Modals that hold their "have".
  private static let perfectObligations: ShortWords = ["should've", "shouldve", "shoulda"]
  /// Adverbs between "have" and the participle ("should have at least called", "should have
  /// really been told").
  private static let obligationGaps: ShortWords = [
    "at", "least", "really", "just", "already", "probably", "definitely", "surely", "also", "still", "properly",
  ]
  /// Words before the modal (or its subject) that make it a standard met: "as it should have
  /// been", "that's how it should have been done", "better than it should have".
  private static let standardMarkers: ShortWords = ["as", "like", "how", "than", "what"]
  static let firstPersonSubjects: ShortWords = ["i", "we"]
  private static let regretWords: ShortWords = ["sooner", "earlier", "ago"]
  private static let irregularParticiples: ShortWords = [
    "been", "gone", "done", "told", "known", "got", "gotten", "sent", "made", "taken", "given", "seen", "come",
    "put", "paid", "kept", "brought", "thought", "bought", "left", "built", "caught", "felt", "found", "heard",
    "held", "meant", "read", "run", "said", "set", "shown", "sold", "spent", "taught", "understood", "won",
    "written", "spoken", "driven", "fixed", "let", "hit", "cut", "become", "chosen", "begun", "eaten",
  ]

  // MARK: Rule 28

  /// Turns the "if" of a counterfactual condition into a complaint unit when the sentence states no
  /// opinion otherwise: a condition in the past perfect with a counterfactual consequent ("would
  /// have", "I'd have", "wouldn't be") says the condition did not hold, and feedback names it
  /// because it should have ("The engineer would have finished today if the part had been in the
  /// van", "If I'd known the desk closes at 4 I'd have gone elsewhere", "Had someone told us, we'd
  /// have budgeted for it"). Not when the condition is negated or opens with "without": that one
  /// held, and the consequent was averted ("If they hadn't caught the error we'd have paid
  /// twice"); not "even if", "as if", "what if", or a condition of obligation ("if I had to
  /// choose"); and not when another term of the sentence has a value (rule 6 negates praise in
  /// the consequent: "It would have been great if …").
  mutating func markUnmetConditions(_ text: TokenizedText) {
    guard textWordLists.contains(.counterfactualModals) || textWordLists.contains(.counterfactualPerfects),
      !units.contains(where: { $0.kind == .valence })
    else { return }
    guard let consequent = counterfactualConsequent(text) else { return }
    let first = units.firstIndex { $0.kind != .boundary }
    for index in units.indices where units[index].kind == .neutral && units[index].length == 1 {
      let token = units[index].start
      let inverted = index == first && Self.isWord(text, token, in: Self.invertedConditions)
      guard inverted || Self.norm(of: text, token, is: "if"), token != consequent else { continue }
      if token > 0, Self.isWord(text, token - 1, in: Self.conditionBlockers) { continue }
      let (pastPerfect, negated, obligation) = readCondition(text, from: index, inverted: inverted, stop: consequent)
      // A consequent before the condition makes a simple past counterfactual too ("It might have been
      // a 9 if the invoices matched").
      guard pastPerfect || consequent < token, !negated, !obligation else { continue }
      units[index].kind = .valence
      units[index].entry = Self.unmetConditionEntry
      return
    }
  }

  /// What the condition opening at unit `index` ("if", or a sentence-initial "had" when
  /// `inverted`) holds, read to the unit at token `stop` (the consequent's modal), a clause
  /// boundary, a connective or a comma: whether it is in the past perfect ("if the part had been",
  /// "if I'd known"; not "if you'd like"), negated, or an obligation ("if I had to choose"). Rules
  /// 28 and 29 read a condition through here.
  func readCondition(_ text: TokenizedText, from index: Int, inverted: Bool, stop: Int) -> (
    pastPerfect: Bool, negated: Bool, obligation: Bool
  ) {
    var end = index + 1
    var pastPerfect = inverted
    var negated = false
    var obligation = false
    while end < units.count, units[end].kind != .boundary, units[end].kind != .contrast, units[end].start != stop {
      let unit = units[end]
      if unit.kind == .negator { negated = true }
      if unit.length == 1 {
        let word = unit.start
        // "had" ("if the part had been"), or a contracted one before a participle ("if I'd known";
        // not "if you'd like", "if you'd have time").
        if Self.norm(of: text, word, is: "had")
          || (Self.isWord(text, word, in: Self.conditionPerfects) && word + 1 < text.tokens.count
            && isParticiple(text, word + 1))
        {
          pastPerfect = true
        }
        if Self.norm(of: text, word, is: "to"), word > 0, Self.norm(of: text, word - 1, is: "had") {
          obligation = true
        }
        if Self.norm(of: text, word, is: ",") { break }
      }
      end += 1
    }
    return (pastPerfect, negated, obligation)
  }

  /// The token of the counterfactual modal of the sentence: the "have" of "would have" (or
  /// "would've"), or the modal of "wouldn't be" / "would not be"; nil when there is none.
  private func counterfactualConsequent(_ text: TokenizedText) -> Int? {
    for unit in units where unit.length == 1 || unit.kind == .negator {
      if unit.kind != .negator, isCounterfactualPerfect(text, unit) { return unit.start }
      let token = unit.start + unit.length - 1
      if Self.isWord(text, token, in: Self.negatedWould) || Self.isWord(text, unit.start, in: Self.negatedWould) {
        let next = unit.start + unit.length
        if next < text.tokens.count, Self.norm(of: text, next, is: "be") || Self.norm(of: text, next, is: "have") {
          return unit.start
        }
      }
    }
    return nil
  }

  /// Sentence-initial inversions of a condition ("Had someone told us, …", "Were the app faster, …").
  static let invertedConditions: ShortWords = ["had"]
  /// Words before "if" that make it no counterfactual of this kind.
  static let conditionBlockers: ShortWords = ["even", "as", "what", "only"]
  /// Contracted past perfects in the condition ("if I'd known").
  private static let conditionPerfects: ShortWords = [
    "i'd", "we'd", "you'd", "they'd", "he'd", "she'd", "it'd", "id", "theyd",
  ]
  private static let negatedWould: ShortWords = ["wouldn't", "wouldnt", "couldn't", "couldnt"]
}
