import Tokenization

/// The default profile's rule 18 (see `FeedbackRules.swift` for the list): lukewarm answers, and
/// the bare thanks that closes one.
extension DefaultProfileScorer {
  // MARK: Rule 18

  /// Whether `unit` is a lukewarm term (`tone=lukewarm`) with its lexicon value unchanged: not
  /// negated, boosted, weighted by a contrast or changed by another rule ("not ok", "very average").
  func isUnmodifiedLukewarm(_ unit: Unit) -> Bool {
    tables.tags(ofEntry: unit.entry).contains(.isLukewarm) && unit.value == tables.valence(ofEntry: unit.entry)
  }

  /// "Mostly fine", "pretty ok", "fairly average": a hedge before a lukewarm term leaves it at its
  /// lexicon value, so an answer that holds nothing else is still lukewarm (QA review 44: "Mostly
  /// fine" was praise, since the dampener made the value differ from the lexicon's). Only the
  /// hedge's own change is undone; a negated, weighted or further boosted term keeps its value.
  @inline(never)
  mutating func undoLukewarmHedges(_ text: TokenizedText, explain: Bool) {
    for index in units.indices where units[index].kind == .valence && units[index].entry >= 0 {
      let unit = units[index]
      guard unit.start > 0, tables.tags(ofEntry: unit.entry).contains(.isLukewarm),
        Self.isWord(text, unit.start - 1, in: Self.lukewarmHedges)
      else { continue }
      let lexicon = tables.valence(ofEntry: unit.entry)
      guard unit.value != lexicon, (unit.value > 0) == (lexicon > 0), abs(unit.value - lexicon) <= Self.hedgeChange
      else { continue }
      units[index].value = lexicon
      if explain { rules[index].removeAll() }
    }
  }

  /// Hedges that leave a lukewarm term lukewarm.
  static let lukewarmHedgeList = [
    "mostly", "pretty", "fairly", "generally", "largely", "mainly", "reasonably", "quite", "kinda", "sorta",
  ]
  private static let lukewarmHedges = ShortWords(lukewarmHedgeList)
  /// The most a hedge right before a term changes its value (an intensifier's step, with room).
  private static let hedgeChange = 0.3

  /// Whether the scored ranges (the text's sentences when `ranges` is nil) hold at most
  /// `lukewarmAnswerMaxWords` words (always, by default).
  func isShortAnswer(_ text: TokenizedText, ranges: [Range<Int>]?, count: Int) -> Bool {
    var words = 0
    for position in 0..<count {
      let range = ranges?[position] ?? text.sentences[position].tokenRange
      for index in range where text.tokens[index].kind == .word {
        words += 1
        if words > parameters.lukewarmAnswerMaxWords { return false }
      }
    }
    return true
  }

  /// Whether `unit` is a bare thanks ("thanks", "thank you", "thank u", "cheers", "thanks a lot", "many
  /// thanks") with its lexicon value unchanged, which closes a lukewarm answer politely (rule 18).
  func isBareThanks(_ text: TokenizedText, _ unit: Unit) -> Bool {
    guard hasLexiconValue(unit) else { return false }
    if unit.length == 1 { return first(unit, isIn: .thanks) || Self.isWord(text, unit.start, in: Self.cheers) }
    // "Thanks a lot", which after a complaint is as often sarcasm as gratitude (QA review 43).
    if unit.length == 3 { return first(unit, isIn: .thanks) && Self.isALot(text, unit.start + 1) }
    // "Many thanks", an e-mail's sign-off as often as "Thanks".
    if unit.length == 2, Self.norm(of: text, unit.start, is: "many"), Self.norm(of: text, unit.start + 1, is: "thanks")
    {
      return true
    }
    return unit.length == 2 && first(unit, isIn: .thanks) && Self.isWord(text, unit.start + 1, in: Self.thankedYou)
  }

  /// Whether tokens `index` and `index + 1` are "a lot" (of "thanks a lot").
  @inline(never)
  private static func isALot(_ text: TokenizedText, _ index: Int) -> Bool {
    norm(of: text, index, is: "a") && norm(of: text, index + 1, is: "lot")
  }

  /// Whether `unit` is a lexicon term whose value no rule changed (read from the entries' compact
  /// valence array).
  func hasLexiconValue(_ unit: Unit) -> Bool {
    unit.entry >= 0 && unit.value == tables.valence(ofEntry: unit.entry)
  }

  /// The "you" of "thank you" and its spellings ("thank u").
  private static let thankedYou: ShortWords = ["you", "u", "ya", "yu"]

  private static let cheers = ShortWords(cheerWords)
  /// The words of `cheers` (`RuleTriggers.cheers`).
  static let cheerWords = ["cheers", "ta"]
}
