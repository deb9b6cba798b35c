import Tokenization

/// The tests unit building makes of tokens: "so" as a conjunction, negator phrases with an adverb
/// inside, a connective's role, persistence phrases, contracted negations, wildcards.
extension DefaultProfileScorer {
  /// Whether token `index` is a "so" that joins clauses: a subject pronoun or a determiner follows
  /// it ("so we're cancelling", "so I called them", "so the refund came"). "so" before an adjective,
  /// adverb or "much" stays a degree word ("so slow", "so much better").
  static func isConjunctionSo(_ text: TokenizedText, at index: Int) -> Bool {
    norm(of: text, index, is: "so") && isWord(text, index + 1, in: clauseOpenersAfterSo)
  }

  /// Words that open a clause after a conjunction "so": subject pronouns (with their contractions)
  /// and determiners.
  private static let clauseOpenersAfterSo: ShortWords = [
    "i", "we", "they", "he", "she", "you", "it", "i'm", "im", "we're", "they're", "it's", "its", "he's", "she's",
    "you're", "i've", "ive", "we've", "they've", "i'd", "we'd", "they'd", "i'll", "we'll", "they'll", "the", "a",
    "an", "my", "our", "their", "his", "her", "your", "this", "that", "these", "those", "now", "then", "there",
    "if", "when", "once", "yeah", "yes", "basically", "anyway", "overall",
  ]

  /// Whether the token after `index` is "not" ("do NOT like"): a phrase that opens with an
  /// auxiliary and "not" may have an adverb inside it too ("do not really like"). One bit test, so
  /// the gapped lookup runs only where it can apply.
  func nextStartsNegator(_ ids: UnsafeBufferPointer<Int32>, after index: Int, end: Int) -> Bool {
    index + 1 < end && tokenWordLists[index + 1].contains(.not)
  }

  /// A valence phrase that opens with a negator and is written with an adverb inside it: "no one ever
  /// answers" for "no one answers", "nobody even replied" for "nobody replied", "never actually
  /// received" for "never received". The adverb (`WordList.phraseAdverbs`) may stand after the
  /// phrase's first or second token; the match then covers it (its length counts the adverb).
  func gappedMatch(_ ids: UnsafeBufferPointer<Int32>, from start: Int, to end: Int) -> (
    value: Int32, length: Int
  )? {
    let span = min(end - start, 10)
    guard span >= 3 else { return nil }
    var best: (value: Int32, length: Int)?
    for gap in (start + 1)...min(start + 2, start + span - 2) where tokenWordLists[gap].contains(.phraseAdverbs) {
      withUnsafeTemporaryAllocation(of: Int32.self, capacity: span - 1) { buffer in
        var count = 0
        for index in start..<(start + span) where index != gap {
          buffer[count] = ids[index]
          count += 1
        }
        let closed = UnsafeBufferPointer(rebasing: buffer[0..<count])
        if let match = tables.valence.longestMatch(closed, from: 0, to: count), match.length > gap - start,
          match.length + 1 > best?.length ?? 0
        {
          best = (match.value, match.length + 1)
        }
      }
    }
    return best
  }

  /// What a contrastive connective does where it stands.
  enum ConnectiveRole {
    /// It splits its sentence into two weighted clauses.
    case joinsClauses
    /// It ends its sentence ("The staff were rude, however."): it turns against the previous one.
    case closesSentence
    /// It is not a connective here: temporal "yet" ("Still not fixed yet", "no refund yet, and …"
    /// — not followed directly by a word), the noun "while" ("for a while", "worth your while").
    case none
  }

  func role(ofConnectiveAt start: Int, length: Int, end: Int, in text: TokenizedText) -> ConnectiveRole {
    let after = start + length
    var next = after
    while next < end && text.tokens[next].kind == .punct { next += 1 }
    let first = tokenWordLists[start]
    guard next < end else { return first.contains(.yet) ? .none : .closesSentence }
    guard length == 1 else { return .joinsClauses }
    if first.contains(.yet) {
      // "not yet delivered", "haven't yet replied": the adverb of a negated verb.
      if start > 0, tokenWordLists[start - 1].contains(.not) || isContractedNegation(text, text.tokens[start - 1]) {
        return .none
      }
      return next == after ? .joinsClauses : .none
    }
    if first.contains(.whileWord), start > 0, text.tokens[start - 1].kind == .word,
      tokenWordLists[start - 1].contains(.nounWhileModifiers)
    {
      return .none
    }
    // "…, otherwise brilliant", "but otherwise lovely" open the clause that counts; inside one it is
    // an adverb of the counterfactual ("I would otherwise have given 5 stars"; QA review 39).
    if start > 0, Self.norm(of: text, start, is: "otherwise"), text.tokens[start - 1].kind != .punct,
      !Self.norm(of: text, start - 1, is: "but")
    {
      return .none
    }
    return .joinsClauses
  }

  /// Whether the valence phrase of `length` tokens at `index` is a persistence phrase that ends with
  /// a negator ("still haven't", "still no", "still not") and a valence term follows within three
  /// words: the negator then negates that term ("still haven't got my refund", "still not good")
  /// and the phrase's value is not counted as well. Without a term after it, the phrase is the
  /// complaint ("still don't have a kit").
  func yieldsToNegator(
    _ text: TokenizedText, _ ids: UnsafeBufferPointer<Int32>, phraseAt index: Int, length: Int, end: Int
  ) -> Bool {
    guard length >= 2, Self.norm(of: text, index, is: "still") else { return false }
    let last = index + length - 1
    guard ids[last] >= 0, tables.starts(ids[last]).contains(.negator),
      let negator = tables.negators.longestMatch(ids, from: last, to: end), negator.length == 1
    else { return false }
    return valenceFollows(text, ids, after: index + length, end: end, words: 3)
  }

  /// Whether a valence term starts within the next `words` word tokens (a term that is also a
  /// modifier then takes the modifier's reading).
  func valenceFollows(
    _ text: TokenizedText, _ ids: UnsafeBufferPointer<Int32>, after start: Int, end: Int, words: Int
  )
    -> Bool
  {
    var index = start
    var seen = 0
    while index < end && seen < words {
      let kind = text.tokens[index].kind
      if kind == .punct && !isTransparentPunctuation(text, text.tokens[index]) { return false }
      if kind != .punct {
        if tables.valenceMatch(ids, from: index, to: end) != nil { return true }
        if kind == .word && prefixMatch(text, text.tokens[index]) != nil { return true }
        seen += 1
      }
      index += 1
    }
    return false
  }

  /// Whether a word ends in "n't", "n’t" or "nʼt" (U+02BC) ("wouldn't"; "aint" is not): any such
  /// contraction negates.
  @inline(__always)
  func isContractedNegation(_ text: TokenizedText, _ token: Token) -> Bool {
    text.withNorm(of: token) { Self.isContractedNegation($0) }
  }

  /// `isContractedNegation(_:_:)` of a norm's bytes.
  @inline(__always)
  static func isContractedNegation(_ norm: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = norm.count
    if count >= 4, norm[count - 3] == UInt8(ascii: "n"), norm[count - 2] == UInt8(ascii: "'"),
      norm[count - 1] == UInt8(ascii: "t")
    {
      return true
    }
    if count >= 5, norm[count - 4] == UInt8(ascii: "n"), norm[count - 3] == 0xCA, norm[count - 2] == 0xBC,
      norm[count - 1] == UInt8(ascii: "t")
    {
      return true
    }
    return count >= 6 && norm[count - 5] == UInt8(ascii: "n") && norm[count - 4] == 0xE2 && norm[count - 3] == 0x80
      && norm[count - 2] == 0x99 && norm[count - 1] == UInt8(ascii: "t")
  }

  /// The entry of the wildcard that matches a word token, if any. Inlined: it runs for most words,
  /// and most fail `PrefixTable.mayMatch` at once.
  @inline(__always)
  func prefixMatch(_ text: TokenizedText, _ token: Token) -> Int32? {
    guard tables.prefixes.count > 0 else { return nil }
    let ascii = text.isASCII
    return text.withNorm(of: token) { norm in
      if !ascii && TermNormalizer.needsKeying(norm) {
        // Rare (a typographic apostrophe or a skin tone): the key is built on the spot.
        return TermNormalizer.matchKey(norm).withUnsafeBufferPointer { tables.prefixes.match($0) }
      }
      return tables.prefixes.mayMatch(norm) ? tables.prefixes.match(norm) : nil
    }
  }
}
