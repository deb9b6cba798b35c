import Tokenization

/// A unit's valence entry (a lexicon's, or one a rule made of its own) and its explanation entry.
extension DefaultProfileScorer {
  /// The entry of a valence unit that a rule made of its own, not from a lexicon entry: rule 3's
  /// "keeps/stop + -ing", rule 10's "why", rule 15's "took + weeks", rule 42's "wait + hours" and a rating. Nil for a lexicon
  /// entry. `valence` and the explanation both read a unit's entry through here, so a rule unit is
  /// never taken for an index into the lexicon (review r24: `--explain` crashed on rule 15's unit,
  /// which `valence` knew and the explanation did not).
  func ruleEntry(_ text: TokenizedText, _ unit: Unit) -> ValenceEntry? {
    switch unit.entry {
    case Self.repeatedActionEntry:
      ValenceEntry(term: "keep/stop + -ing", valence: parameters.repeatedActionValence, origin: "rule: repeated action")
    case Self.longWaitEntry:
      ValenceEntry(term: "took + weeks", valence: parameters.longWaitValence, origin: "rule: long wait")
    case Self.ironicLongWaitEntry:
      ValenceEntry(term: "only took + months … praise", valence: parameters.longWaitValence, origin: "rule: long wait")
    case Self.minutesWaitEntry:
      ValenceEntry(term: "wait + minutes", valence: parameters.longWaitValence, origin: "rule: long wait")
    case Self.hoursWaitEntry:
      ValenceEntry(term: "wait + hours", valence: parameters.hoursWaitValence, origin: "rule: long wait")
    case Self.billOverQuoteEntry:
      ValenceEntry(
        term: "quoted £X … bill £Y", valence: parameters.billOverQuoteValence, origin: "rule: bill over quote")
    case Self.countedRepeatEntry:
      ValenceEntry(
        term: "phoned … N times / Nth call", valence: parameters.countedRepeatValence, origin: "rule: counted repeat")
    case Self.ratingEntry:
      ValenceEntry(term: "rating N/D", valence: ratingValence(text, unit), origin: "rule: rating")
    case Self.complaintQuestionEntry:
      ValenceEntry(term: "why …", valence: parameters.complaintQuestionValence, origin: "rule: complaint question")
    case Self.unmetObligationEntry:
      ValenceEntry(
        term: "should have + participle", valence: parameters.unmetObligationValence, origin: "rule: unmet obligation")
    case Self.promptOutcomeEntry:
      ValenceEntry(term: "within + minutes", valence: parameters.promptOutcomeValence, origin: "rule: prompt outcome")
    case Self.plainExcessEntry:
      ValenceEntry(term: "too + word", valence: parameters.plainExcessValence, origin: "rule: excess")
    case Self.brokenPromiseEntry:
      ValenceEntry(
        term: "promise. + denial", valence: parameters.brokenPromiseValence, origin: "rule: broken promise")
    case Self.priceQuoteEntry:
      ValenceEntry(term: "£N for …", valence: parameters.priceQuoteValence, origin: "rule: price quoted")
    case Self.substitutionEntry:
      ValenceEntry(
        term: "ordered a … , got a …", valence: parameters.substitutionValence, origin: "rule: substitution")
    case Self.unmetWishEntry:
      ValenceEntry(term: "wish for what should work", valence: parameters.unmetWishValence, origin: "rule: unmet wish")
    case Self.failureMannerEntry:
      ValenceEntry(
        term: "negated verb + manner adverb", valence: parameters.failureMannerValence, origin: "rule: failure manner")
    case Self.unmetConditionEntry:
      ValenceEntry(
        term: "if … had …, would have", valence: parameters.unmetConditionValence, origin: "rule: unmet condition")
    default:
      nil
    }
  }

  /// The explanation entry of a neutral unit of two or more tokens that is a lexicon phrase scored 0
  /// (`SentimentRule.neutralFrame`), nil for any other unit. Explanations only.
  func neutralFrame(_ text: TokenizedText, _ unit: Unit) -> SentimentContribution? {
    guard unit.length > 1, unit.start + unit.length <= tokenCount else { return nil }
    let match = ids.withUnsafeBufferPointer {
      tables.valenceMatch($0, from: unit.start, to: unit.start + unit.length)
    }
    guard let match, match.length == unit.length else { return nil }
    var frame = unit
    frame.entry = match.value
    frame.value = 0
    let valence = tables.valence(ofEntry: match.value)
    if unit.entry == Self.suggestionFrameEntry && valence > 0 {
      // Rule 50's recommendation on a condition ("would recommend … if"): praise not given yet.
      let words = (unit.start..<(unit.start + unit.length)).map { text.norm(of: text.tokens[$0]) }
      return contribution(text, frame, [.suggestion(frame: words.joined(separator: " ") + " … if")])
    }
    guard valence == 0 else { return nil }
    return contribution(text, frame, [.neutralFrame])
  }

  func contribution(_ text: TokenizedText, _ unit: Unit, _ rules: [SentimentRule]) -> SentimentContribution {
    let first = text.tokens[unit.start]
    let last = text.tokens[unit.start + unit.length - 1]
    let span = String(decoding: text.utf8[first.utf8Range.lowerBound..<last.utf8Range.upperBound], as: UTF8.self)
    let entry = ruleEntry(text, unit) ?? tables.entries[Int(unit.entry)]
    return SentimentContribution(
      text: span, term: entry.term, start: first.start, end: last.end, lexiconValence: entry.valence,
      origin: entry.origin, rules: rules, contribution: unit.value)
  }
}
