import Tokenization

/// The default profile's rule 46 (see `FeedbackRules.swift` for the list): help asked for.
extension DefaultProfileScorer {
  // MARK: Rule 46

  /// Zeroes the praise of a bare "help" that the writer asks for rather than got: in a sentence
  /// that asks a question or says "please"/"pls"/"kindly" ("Can you help me change my flight?", "A
  /// little help?", "pls help me win my bid"), or opening its sentence as a plea or an imperative
  /// ("Help! I've been on hold for an hour", "Help me find a flight", "help, left my headphones on
  /// flight 89"; see `pleads`). Airline review 45: in the read half, help asked for was negative 24 times,
  /// neutral 14 and positive never, but the lexicon's "help" (+0.9) made several requests positive.
  /// Help that was given ("they were a great help", "thanks for your help" — no question, no
  /// request, not opening the sentence), any other form ("helped", "helpful") and "help" changed by
  /// another rule (negated, boosted) keep their values; "please help" and "need help" are lexicon
  /// phrases of their own.
  mutating func applyRequestedHelp(_ text: TokenizedText, range: Range<Int>, explain: Bool) {
    for index in units.indices where units[index].kind == .valence && units[index].value > 0 {
      let unit = units[index]
      guard unit.length == 1, Self.norm(of: text, unit.start, is: "help"), hasLexiconValue(unit) else { continue }
      guard pleads(text, unit.start, range: range) || asksOrRequests(text, range: range) else { continue }
      units[index].value = 0
      if explain { rules[index].append(.requestedHelp) }
    }
  }

  /// Whether token `token` is the first word of `range` (mentions, hashtags and punctuation before
  /// it do not count: "@united Help!") and a plea: nothing but punctuation or symbols after it, or
  /// a person to help next ("Help!", "help, left my headphones", "Help me find a flight", "Help us
  /// out"). Other opening uses ("Help Launch the campaign", "Help now is planning 500 units") keep
  /// their values.
  private func pleads(_ text: TokenizedText, _ token: Int, range: Range<Int>) -> Bool {
    guard range.first(where: { text.tokens[$0].kind == .word }) == token else { return false }
    let next = token + 1
    guard next < range.upperBound, text.tokens[next].kind == .word else { return true }
    return Self.isWord(text, next, in: Self.helpedPeople)
  }

  /// Whether `range` holds a "?" or a request marker ("please", "pls", "kindly" …).
  private func asksOrRequests(_ text: TokenizedText, range: Range<Int>) -> Bool {
    range.contains { index in
      switch text.tokens[index].kind {
      case .punct:
        return text.withNorm(of: text.tokens[index]) { $0.contains(UInt8(ascii: "?")) }
      case .word:
        return Self.isWord(text, index, in: Self.helpRequestMarkers)
      default:
        return false
      }
    }
  }

  /// "help", for `RuleTriggers.helpWord`.
  static let helpWordList = ["help"]
  /// Who a pleading "help" at the start of a sentence asks to be helped ("Help me", "help us out").
  private static let helpedPeople: ShortWords = ["me", "us", "u", "him", "her", "them", "my", "our", "your"]
  /// Words of a request around "help".
  private static let helpRequestMarkers: ShortWords = ["please", "pls", "plz", "plse", "kindly"]
}
