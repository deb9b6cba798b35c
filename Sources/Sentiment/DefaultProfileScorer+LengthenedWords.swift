import Tokenization

/// Lengthened words ("loooove", "whyyy"; `Elongation`): looked up shortened, read shortened by the
/// rules, and found again in a unit.
extension DefaultProfileScorer {
  /// Maps the lengthened words that no term matched as written ("sooo", "loooove") to their
  /// shortened form's id (`Elongation`) and lists them in `lengthenedWords`, with the form the
  /// rules read (`LengthenedWord.keep`). A word whose shortened form starts no term but is another
  /// word of the vocabulary (a rule's trigger or grammar word: "whyyy" → "why") keeps its id of
  /// -1, so no term matches it that did not before, and gets that word's lists and triggers.
  mutating func mapLengthened(
    _ text: TokenizedText, ids: inout [Int32], lists: inout [WordList], union: inout WordList,
    triggers: inout RuleTriggers
  ) {
    // The shortened forms' buffer: allocated only when a word has a run (few texts), so it is not
    // kept in the scorer, whose every byte is copied when a mutating method calls a helper.
    var key: [UInt8] = []
    for index in text.tokens.indices where ids[index] < 0 {
      let token = text.tokens[index]
      guard token.kind == .word || token.kind == .hashtag else { continue }
      let found = text.withNorm(of: token) { norm -> (id: Int32, keep: Int, scored: Bool)? in
        let word = token.kind == .hashtag && norm.count > 1 ? UnsafeBufferPointer(rebasing: norm.dropFirst()) : norm
        guard Elongation.hasRun(word) else { return nil }
        if let (id, keep) = elongatedID(word, scratch: &key) { return (id, keep, true) }
        guard token.kind == .word, let (id, keep) = ruleForm(word, scratch: &key) else { return nil }
        return (id, keep, false)
      }
      guard let found else { continue }
      // A hashtag's norm keeps its "#", and a word with a digit ("2000s") is no lengthening: the
      // rules read them as written.
      let rewritten = token.kind == .word && !text.withNorm(of: token) { Elongation.hasDigit($0) }
      lengthenedWords.append(
        LengthenedWord(token: Int32(index), keep: rewritten ? UInt8(found.keep) : 0, matchedTerm: found.scored))
      if found.scored { ids[index] = found.id }
      if token.kind != .hashtag && found.id >= 0 {
        let words = tables.words(of: found.id)
        lists[index] = words.lists
        union.formUnion(words.lists)
        triggers.formUnion(words.triggers)
      }
    }
  }

  /// The vocabulary id of a lengthened word's shortened form (runs cut to two, then to one
  /// character), when that form starts some term, and how many copies of each run it keeps; nil
  /// otherwise.
  private func elongatedID(_ norm: UnsafeBufferPointer<UInt8>, scratch key: inout [UInt8]) -> (Int32, Int)? {
    for keep in [2, 1] {
      let id = shortenedID(norm, keeping: keep, scratch: &key)
      if id >= 0 && !tables.starts(id).isDisjoint(with: .anyTable) { return (id, keep) }
    }
    return nil
  }

  /// The form the rules read for a lengthened word that starts no term: runs cut to two when that
  /// is a word of the vocabulary ("tooo" → "too"), else to one ("whyyy" → "why", "pleeease" →
  /// "please"), with that form's vocabulary id (-1 when it has none: the rules' own short lists
  /// hold words the vocabulary does not, "plzzz" → "plz"). Nil when the form cut to one is a single
  /// character ("aaaa", "iii", "zzz"): no rule reads a lengthened letter.
  private func ruleForm(_ norm: UnsafeBufferPointer<UInt8>, scratch key: inout [UInt8]) -> (Int32, Int)? {
    let twice = shortenedID(norm, keeping: 2, scratch: &key)
    if twice >= 0 { return (twice, 2) }
    let once = shortenedID(norm, keeping: 1, scratch: &key)
    guard key.count > 1, !Elongation.isOneScalar(key) else { return nil }
    return (once, 1)
  }

  /// The vocabulary id of `norm` with every run of three or more identical characters cut to
  /// `keep` (-1 when the vocabulary has no such word); the form is left in `key`.
  private func shortenedID(_ norm: UnsafeBufferPointer<UInt8>, keeping keep: Int, scratch key: inout [UInt8]) -> Int32 {
    Elongation.squeeze(norm, keeping: keep, into: &key)
    return key.withUnsafeBufferPointer { key in
      TermNormalizer.needsKeying(key)
        ? TermNormalizer.matchKey(key).withUnsafeBufferPointer { tables.vocabulary.id(of: $0) }
        : tables.vocabulary.id(of: key)
    }
  }

  /// `text` as the rules read it: each lengthened word (`lengthenedWords`) with its runs shortened
  /// ("whyyy is my bill so high" reads as "why is my bill so high", "maaake it easier" as "make it
  /// easier", "neverrr again" as "never again"). `mapTokens` looked the shortened forms up; this
  /// gives them to the rules that test a word's spelling. The text itself when it has none.
  func shortenedForRules(_ text: TokenizedText) -> TokenizedText {
    guard !lengthenedWords.isEmpty else { return text }
    var copy = text
    var key: [UInt8] = []
    for word in lengthenedWords where word.keep > 0 {
      let token = text.tokens[Int(word.token)]
      text.withNorm(of: token) { Elongation.squeeze($0, keeping: Int(word.keep), into: &key) }
      copy.replaceNorm(ofToken: Int(word.token), with: key)
    }
    return copy
  }

  /// Whether some token of a unit matched only once shortened ("loooove"); the caller skips it when
  /// no word was lengthened. `lengthenedWords` is in token order: a binary search finds the first at
  /// or after the unit's start (a linear scan per unit made a long text of lengthened words
  /// quadratic), and the unit's own tokens follow it.
  func isElongated(_ unit: Unit) -> Bool {
    var index = lengthenedWords.partitionPoint { $0.token < Int32(unit.start) }
    while index < lengthenedWords.count && lengthenedWords[index].token < Int32(unit.start + unit.length) {
      if lengthenedWords[index].matchedTerm { return true }
      index += 1
    }
    return false
  }
}
