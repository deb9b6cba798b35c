import Tokenization

/// The default profile's rule 9 (see `FeedbackRules.swift` for the list): wished-for comparatives
/// ("Staff could be friendlier").
extension DefaultProfileScorer {
  // MARK: Rule 9

  /// The modal unit of "could/should/would/might be" + a comparative before the positive term at
  /// `position`: "Staff could be friendlier", "The app could be faster", "Prices could be more
  /// reasonable", "It would be better if …" ask for what is missing. A comparative is a one-word
  /// term ending in "-er" ("friendlier", "better") or a term after "more"; "a bit", "much" and other
  /// intensifiers may stand between ("could be a bit warmer"). Not after a negator ("couldn't be
  /// happier" is rule 2's superlative).
  ///
  /// The past counterfactual asks the same ("could have been better", "could of been much better",
  /// "could've been friendlier"), also with one participle before the comparative ("could have
  /// been handled better", "could be done better"; review r30; "should be made clearer").
  func modalComparative(_ text: TokenizedText, at position: Int) -> Int? {
    guard var index = comparativeStart(text, at: position) else { return nil }
    index -= 1
    while index >= 0
      && (units[index].kind == .intensifier
        || (units[index].kind == .neutral && Self.isWord(text, units[index].start, in: Self.comparativeDegrees)))
    {
      index -= 1
    }
    // One participle: "handled", "done".
    if index >= 1, units[index].kind == .neutral, units[index].length == 1, isParticiple(text, units[index]),
      isBe(text, units[index - 1])
    {
      index -= 1
    }
    // "Nothing could be done better", "Nobody could be more helpful": the subject denies the wish.
    guard let modal = counterfactualModal(text, before: index), !hasNoneSubject(text, modal: units[modal].start)
    else { return nil }
    return modal
  }

  /// The unit index of the modal of "modal be" or "modal have/of been" whose "be"/"been" is unit
  /// `index` ("could be", "could have been", "could of been", "could've been"), or nil.
  func counterfactualModal(_ text: TokenizedText, before index: Int) -> Int? {
    guard index >= 1, units[index].kind == .neutral, isBe(text, units[index]) else { return nil }
    var modal = index - 1
    if Self.norm(of: text, units[index].start, is: "been"), modal >= 1, units[modal].kind == .neutral,
      tokenWordLists[units[modal].start].contains(.have) || Self.norm(of: text, units[modal].start, is: "of")
    {
      modal -= 1
    }
    guard units[modal].kind == .neutral, tokenWordLists[units[modal].start].contains(.counterfactualModals) else {
      return nil
    }
    return modal
  }

  private func isBe(_ text: TokenizedText, _ unit: Unit) -> Bool {
    unit.length == 1
      && (tokenWordLists[unit.start].contains(.be) || Self.norm(of: text, unit.start, is: "been"))
  }

  /// Degree words before a comparative that the intensifier list does not hold ("much better",
  /// "far friendlier", "a lot quicker").
  private static let comparativeDegrees: ShortWords = ["much", "far", "lot", "lots", "way", "bit", "little", "a"]

  /// A past participle that can stand between "be"/"been" and a comparative: a word in "-ed"
  /// ("handled", "communicated") or an irregular one ("done", "made", "kept": "Should be made
  /// clearer when booking", "could be kept cleaner"; blind review h58b).
  private func isParticiple(_ text: TokenizedText, _ unit: Unit) -> Bool {
    text.tokens[unit.start].kind == .word
      && (first(text, unit, endsWith: "ed", minimum: 4) || Self.isWord(text, unit.start, in: Self.irregularParticiples))
  }

  private static let irregularParticiples: ShortWords = ["done", "made", "kept"]

  /// The unit index where the comparative at `position` starts ("more" of "more helpful", or the
  /// "-er" word itself, not one of `plainErWords`), or nil when the term is not a comparative.
  func comparativeStart(_ text: TokenizedText, at position: Int) -> Int? {
    let unit = units[position]
    if position > 0, first(units[position - 1], isIn: .more) { return position - 1 }
    let comparative =
      unit.length == 1 && text.tokens[unit.start].kind == .word && first(text, unit, endsWith: "er", minimum: 5)
      && !Self.isWord(text, unit.start, in: Self.plainErWords)
    return comparative ? position : nil
  }

  /// Praise words of the lexicons that end in "-er" but are no comparatives: "Super service",
  /// "Proper job", "Clever design", "Lifesaver app" praise what is there (CSAT remarks 55: "Super
  /// everything" was read as a request, rule 52).
  private static let plainErWords: ShortWords = [
    "super", "proper", "clever", "tender", "eager", "winner", "keeper", "banger", "charmer", "lifesaver",
    "timesaver", "saver", "pleaser", "bestseller", "tearjerker", "banter", "cheer", "laughter", "lekker",
    "prosper", "empower",
  ]

  /// The unit index of the "make" that opens an imperative asking for a comparative: "Make the
  /// website easier to use", "please make it cheaper", "make parking more convenient" (rule 9):
  /// what is asked for is missing. At most `imperativeReach` units between them.
  func imperativeComparative(_ text: TokenizedText, at position: Int) -> Int? {
    guard var make = units.firstIndex(where: { $0.kind != .boundary }), make < position else { return nil }
    if units[make].kind == .neutral, Self.norm(of: text, units[make].start, is: "please") { make += 1 }
    guard make < position, units[make].kind == .neutral, units[make].length == 1,
      Self.norm(of: text, units[make].start, is: "make"), let start = comparativeStart(text, at: position),
      start - make <= Self.imperativeReach,
      !units[(make + 1)..<start].contains(where: { $0.kind == .boundary || $0.kind == .valence })
    else { return nil }
    return make
  }

  private static let imperativeReach = 4
}
