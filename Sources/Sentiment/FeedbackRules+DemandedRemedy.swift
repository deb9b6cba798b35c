import Tokenization

/// The default profile's rule 57 (see `FeedbackRules.swift` for the list): a remedy demanded.
extension DefaultProfileScorer {
  // MARK: Rule 57

  /// The unit of the verb of a demand that makes the positive term at `position` a remedy the
  /// writer asks for, not one they got: "I want a full refund", "I am requesting that the lenses are
  /// remade free of charge or a full refund", "I would like either my entry honoured or the renewal
  /// refunded", "We expect compensation" (review h66b: complaint letters end on what they demand,
  /// and the lexicon scores the remedy as the good outcome it would be). Nil otherwise.
  ///
  /// The term names a remedy: one of its words is in `remedyWords` ("refund", "compensation",
  /// "replacement", "charge" of "free of charge", "honoured" …), so that "I would like to say the
  /// staff were great" keeps its praise. The verb (`demandVerbs`: "want", "like" after "would" or
  /// "'d", "request", "requesting", "demand", "expect", "require", "insist", "asking") stands at most
  /// `demandReach` units before the term, in its clause (no boundary or connective between), with
  /// the writer as its subject: "I", "we" (or "I'd", "I'm", "we'd", "we're") within
  /// `demandSubjectReach` words before the verb, no punctuation between ("I am writing to request").
  /// The caller applies it only to an unnegated term: "I don't want a refund" is no demand of one.
  func demandedRemedy(_ text: TokenizedText, at position: Int) -> Int? {
    let unit = units[position]
    guard (unit.start..<(unit.start + unit.length)).contains(where: { Self.isWord(text, $0, in: Self.remedyWords) })
    else { return nil }
    var index = position - 1
    while index >= 0 && position - index <= Self.demandReach {
      let candidate = units[index]
      if candidate.kind == .boundary || candidate.kind == .contrast { return nil }
      if candidate.kind == .neutral, candidate.length == 1, isDemandVerb(text, candidate.start) {
        return index
      }
      index -= 1
    }
    return nil
  }

  /// Whether token `verb` is a verb of a demand whose subject is the writer (see `demandedRemedy`).
  private func isDemandVerb(_ text: TokenizedText, _ verb: Int) -> Bool {
    guard Self.isWord(text, verb, in: Self.demandVerbs) else { return false }
    // "like" demands only as "would like" or "I'd like": "I like the free coffee" praises.
    if Self.norm(of: text, verb, is: "like") {
      guard verb >= 1,
        Self.norm(of: text, verb - 1, is: "would") || Self.isWord(text, verb - 1, in: Self.conditionalSubjects)
      else { return false }
    }
    var back = verb - 1
    while back >= 0 && verb - back <= Self.demandSubjectReach {
      if text.tokens[back].kind != .word { return false }
      if Self.isWord(text, back, in: Self.demandSubjects) { return true }
      back -= 1
    }
    return false
  }

  /// The most units between a demand's verb and the remedy it asks for ("I am requesting that the
  /// lenses are remade free of charge or a full refund": 9).
  static let demandReach = 12
  /// The most words between the writer and the verb of a demand ("I am writing to request": 4).
  static let demandSubjectReach = 4

  /// The verbs of a demand; also `RuleTriggers.intentVerbs` (which a text must hold for the rule to
  /// be asked).
  static let demandVerbWords = [
    "want", "like", "request", "requesting", "demand", "demanding", "expect", "expecting", "require",
    "insist", "asking",
  ]
  private static let demandVerbs = ShortWords(demandVerbWords)
  /// The writer as the subject of a demand.
  private static let demandSubjects: ShortWords = [
    "i", "we", "i'd", "we'd", "i’d", "we’d", "i'm", "we're", "i’m", "we’re", "im",
  ]
  /// "I'd", "we'd": the conditional of "I'd like".
  private static let conditionalSubjects: ShortWords = ["i'd", "we'd", "i’d", "we’d", "id"]
  /// Words of a remedy a customer asks for.
  private static let remedyWords: ShortWords = [
    "refund", "refunded", "refunding", "reimburse", "reimbursed", "reimbursement", "compensation",
    "compensated", "compensate", "replacement", "replaced", "remade", "redone", "honoured", "honored",
    "honour", "honor", "charge", "credit", "credited", "goodwill", "apology", "money",
  ]
}
