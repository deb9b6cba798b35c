import Tokenization

/// Two readings of the default profile that span several tokens and need no lexicon entry:
///
/// - **Ratings.** "0/10", "2 out of 5 stars", "8/10 would recommend": a score out of 5, 10 or 100
///   is one valence unit, its valence interpolated on the scale of the lexicon's own star phrases
///   (`ratingAnchors`). It wins over a phrase inside it ("2 out of 5 stars" is not "5 stars").
///   Dates and fractions are not ratings: "on 3/10", "arrived 5/10", "10/10/2025", "1/5 of the
///   staff", "9 out of 10 times". Nor is a clothing size written as two sizes, the only one of which
///   that has a rating's shape is "8/10": after a word of wearing or sizing up to three words back
///   ("I'm normally a 8/10", "wear a medium 8/10", "usually a m (8/10)"; clothing review 46).
///   A bare score after a verb of giving is a 0–10 recommendation score, as the open question after
///   a "how likely are you to recommend" question is answered (`recommendationValence`): "gave 9 because the staff
///   remember your name", "I'd give them a 6, the parking is a nightmare" (review r30). It needs
///   the end of the sentence, a punctuation mark or a reason ("because", "as", "for") after it:
///   "gave 3 days notice" and "gave 2 stars" are no such score.
/// - **Hyphenated compounds.** "over-priced", "un-helpful", "under-staffed": a word, a hyphen and
///   a word written together that match no term as written are looked up joined ("overpriced").
extension DefaultProfileScorer {
  /// `Unit.entry` of a rating unit; not an index into the valence entries.
  static let ratingEntry: Int32 = -3

  /// The valence of a score at each fifth of its scale: the shipped lexicon's "0 stars" … "5
  /// stars" (`general-en.tsv`). The midpoint of a five-point scale, 3/5, is 0: neither side, as
  /// the middle category of a Likert item is (review r33: "3 stars, item is ok" and "Rating 3/5,
  /// normal ride" were positive at +0.4). Between anchors, linear: 7/10 is +0.95, 5/10 −0.8.
  static let ratingAnchors: [Double] = [-3.6, -2.8, -1.6, 0.0, 1.9, 3.1]

  /// The valence of a bare 0–10 score given in an answer ("gave 9 because …"), by the groups of
  /// the Net Promoter Score (Reichheld 2003: promoters 9–10, passives 7–8, detractors 0–6): a
  /// promoter's score is praise (`ratingAnchors` at 9 and 10), a passive's says nothing and leaves
  /// the verdict to the words ("Gave 7 because we haven't rolled it out yet"), a detractor's is a
  /// complaint, from −0.6 at 6 to the anchors' −3.6 at 0. Verbatim's own mapping.
  static let recommendationValence: [Double] = [-3.6, -3.2, -2.8, -2.2, -1.6, -1.0, -0.6, 0, 0, 2.5, 3.1]

  /// Scales a rating may be out of.
  private static let ratingScales: Set<Double> = [5, 10, 100]

  /// Words before a number that make it a date or a time ("on 3/10", "by 5/10").
  private static let datePrepositions: ShortWords = [
    "on", "by", "since", "until", "till", "from", "before", "after", "due", "dated", "of", "the",
  ]
  /// Past verbs before a score that make it a rating, not a date.
  private static let ratingVerbs: ShortWords = ["rated", "scored", "graded", "ranked", "marked"]
  /// Words before "N out of D" that make it a rating.
  private static let ratingCues: ShortWords = [
    "rate", "rated", "rating", "give", "gave", "giving", "score", "scored", "solid", "a", "an",
  ]
  /// Words after a score that make it a rating ("2/5 stars", "7 out of 10 points").
  private static let ratingUnits: ShortWords = ["star", "stars", "points", "pts"]
  /// Words after "N/D" that make it a fraction or a frequency ("1/5 of the staff", "3/10 times").
  private static let fractionFollowers: ShortWords = ["of", "times", "people", "days", "customers"]
  /// Words up to three words before "N/D" that make it a clothing size ("normally a 8/10").
  private static let sizeCues: ShortWords = [
    "size", "sizes", "sized", "wear", "wears", "wearing", "usually", "normally", "typically", "generally",
  ]

  /// The number of tokens of a rating that starts at the number token `index` ("2", "/", "5", and
  /// "stars" when it follows), or nil. `end` is the end of the sentence's token range.
  func ratingLength(_ text: TokenizedText, at index: Int, sentenceStart: Int, end: Int) -> Int? {
    let tokens = text.tokens
    // The shape first ("N / D", "N out of D"): most numbers are followed by neither, and these
    // byte tests are cheaper than the tests below, which can only reject too.
    var denominatorIndex: Int
    var slashed: Bool
    if index + 2 < end, tokens[index + 1].kind == .punct, Self.norm(of: text, index + 1, is: "/") {
      denominatorIndex = index + 2
      slashed = true
    } else if index + 3 < end, Self.norm(of: text, index + 1, is: "out"), Self.norm(of: text, index + 2, is: "of") {
      denominatorIndex = index + 3
      slashed = false
    } else {
      return bareScoreLength(text, at: index, sentenceStart: sentenceStart, end: end)
    }
    guard let numerator = number(text, index) else { return nil }
    // "10/10/2025", "(3/10)": part of something longer.
    if index > 0, tokens[index - 1].kind == .punct, adjacent(tokens[index - 1], tokens[index]),
      Self.norm(of: text, index - 1, is: "/") || Self.norm(of: text, index - 1, is: "-")
        || Self.norm(of: text, index - 1, is: ".")
    {
      return nil
    }
    if index > 0, tokens[index - 1].kind == .word,
      Self.isWord(text, index - 1, in: Self.datePrepositions) || isPastVerbBeforeDate(text, index - 1)
    {
      return nil
    }
    guard let denominator = number(text, denominatorIndex), Self.ratingScales.contains(denominator),
      numerator >= 0, numerator <= denominator
    else { return nil }
    if slashed, hasSizeCue(text, before: index, sentenceStart: sentenceStart) { return nil }
    var length = denominatorIndex - index + 1
    let next = denominatorIndex + 1
    // "8 out of 10" is a statistic ("like 8 out of 10, he agreed", "9 out of 10 times") unless
    // something marks it as a rating: a unit or "for" after it ("5 out of 5 for returns"), a verb
    // of rating up to two words before it ("gave them 4 out of 5 today"), the end of its sentence,
    // or a comma after it when it opens the sentence ("4 out of 5, would've been 5 if …").
    if next < end {
      let following = tokens[next]
      if following.kind == .word && Self.isWord(text, next, in: Self.ratingUnits) {
        length += 1
      } else if following.kind == .punct, adjacent(tokens[denominatorIndex], following),
        (Self.norm(of: text, next, is: "/") || Self.norm(of: text, next, is: "-"))
          || (next + 1 < end && tokens[next + 1].kind == .number)
      {
        return nil  // "10/10/2025", "5/10-12"
      } else if following.kind == .word {
        // "1/5 of the staff": a fraction; "3/10 times": a frequency.
        if Self.isWord(text, next, in: Self.fractionFollowers) { return nil }
        if !slashed && !Self.norm(of: text, next, is: "for")
          && !hasRatingCue(text, before: index, sentenceStart: sentenceStart)
        {
          return nil
        }
      } else if following.kind == .number {
        return nil
      } else if !slashed, Self.norm(of: text, next, is: ","), index != sentenceStart,
        !hasRatingCue(text, before: index, sentenceStart: sentenceStart)
      {
        return nil
      }
    }
    return length
  }

  /// Verbs that give a 0–10 score in an answer's own words ("gave 9 because …").
  private static let scoreGivingVerbs: ShortWords = ["gave", "give", "giving", "scored", "score"]
  /// Words that may stand between such a verb and the score ("gave it a 7", "I'd give them an 8").
  private static let scoreObjects: ShortWords = [
    "it", "them", "you", "u", "us", "him", "her", "a", "an", "only", "just",
  ]
  /// Words after a bare score that give its reason ("gave 9 because …").
  private static let scoreReasons: ShortWords = [
    "because", "as", "since", "cos", "coz", "cause", "cuz", "bc", "for", "due",
  ]

  /// 1 when the number token at `index` is a whole score from 0 to 10 given in the writer's words
  /// ("gave 9 because", "I'd give it a 6."), else nil.
  private func bareScoreLength(_ text: TokenizedText, at index: Int, sentenceStart: Int, end: Int) -> Int? {
    let tokens = text.tokens
    guard index > sentenceStart, let value = number(text, index), value == value.rounded(), value >= 0, value <= 10
    else { return nil }
    // What follows: the sentence's end, punctuation, or a reason word.
    if index + 1 < end {
      let next = tokens[index + 1]
      switch next.kind {
      case .punct:
        if Self.norm(of: text, index + 1, is: "/")
          || Self.norm(of: text, index + 1, is: ".") && index + 2 < end
            && tokens[index + 2].kind == .number
        {
          return nil
        }
      case .word:
        guard Self.isWord(text, index + 1, in: Self.scoreReasons) else { return nil }
      default:
        return nil
      }
    }
    // What comes before: a verb of giving, with at most two object words between.
    var back = index - 1
    while back >= sentenceStart, index - back <= 3, tokens[back].kind == .word,
      Self.isWord(text, back, in: Self.scoreObjects)
    {
      back -= 1
    }
    guard back >= sentenceStart, tokens[back].kind == .word, Self.isWord(text, back, in: Self.scoreGivingVerbs) else {
      return nil
    }
    return 1
  }

  /// Whether a word of `ratingCues` stands one or two tokens before `index`, within the sentence.
  private func hasRatingCue(_ text: TokenizedText, before index: Int, sentenceStart: Int) -> Bool {
    for back in 1...2 where index - back >= sentenceStart {
      if text.tokens[index - back].kind == .word, Self.isWord(text, index - back, in: Self.ratingCues) {
        return true
      }
    }
    return false
  }

  /// Whether a word of wearing or sizing is among the three words before `index`, punctuation
  /// not counted ("I'm normally a 8/10", "usually a m (8/10)").
  private func hasSizeCue(_ text: TokenizedText, before index: Int, sentenceStart: Int) -> Bool {
    var words = 0
    var back = index - 1
    while back >= sentenceStart, words < 3 {
      if text.tokens[back].kind == .word {
        if Self.isWord(text, back, in: Self.sizeCues) { return true }
        words += 1
      }
      back -= 1
    }
    return false
  }

  /// Whether the word at `index` is a past verb other than a verb of rating ("arrived 5/10",
  /// "ordered 3/10": dates; "rated 4/5", "scored 8/10": ratings).
  private func isPastVerbBeforeDate(_ text: TokenizedText, _ index: Int) -> Bool {
    let pastVerb = text.withNorm(of: text.tokens[index]) { norm in
      norm.count >= 4 && norm[norm.count - 2] == UInt8(ascii: "e") && norm[norm.count - 1] == UInt8(ascii: "d")
    }
    return pastVerb && !Self.isWord(text, index, in: Self.ratingVerbs)
  }

  /// The valence of the rating unit `unit` (see `ratingAnchors`).
  func ratingValence(_ text: TokenizedText, _ unit: Unit) -> Double {
    let numerator = number(text, unit.start) ?? 0
    // A bare score (one token, perhaps the text's last) is a 0–10 recommendation score.
    if unit.length == 1 { return Self.recommendationValence[min(max(Int(numerator), 0), 10)] }
    let denominatorIndex = text.tokens[unit.start + 1].kind == .punct ? unit.start + 2 : unit.start + 3
    let denominator = number(text, denominatorIndex) ?? 1
    let position = numerator / denominator * Double(Self.ratingAnchors.count - 1)
    let lower = min(Int(position), Self.ratingAnchors.count - 2)
    let fraction = position - Double(lower)
    let value = Self.ratingAnchors[lower] + (Self.ratingAnchors[lower + 1] - Self.ratingAnchors[lower]) * fraction
    return (value * 100).rounded() / 100
  }

  /// The number a number token stands for: ASCII digits with at most one "." ("3.5"); nil for
  /// anything else ("1,200", "½").
  private func number(_ text: TokenizedText, _ index: Int) -> Double? {
    guard index < text.tokens.count, text.tokens[index].kind == .number else { return nil }
    return text.withNorm(of: text.tokens[index]) { Self.ratingNumber($0) }
  }

  /// The value of a number token's norm for `number(_:_:)`: at most six ASCII digits and "."s, read
  /// as `Double(_:)` reads them (nil for "1.2.3", "." or nothing).
  @inline(__always)
  static func ratingNumber(_ norm: UnsafeBufferPointer<UInt8>) -> Double? {
    guard norm.count <= 6, norm.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") }) else {
      return nil
    }
    // Digits alone (most numbers): their value, exact in a Double, without the String and the
    // parse of `Double(_:)` (some 800 instructions a number). With a "." the parse decides.
    if !norm.isEmpty, !norm.contains(UInt8(ascii: ".")) {
      return Double(norm.reduce(0) { $0 &* 10 &+ Int($1 &- 0x30) })
    }
    return Double(String(decoding: norm, as: UTF8.self))
  }

  /// Whether the norm of token `index` is exactly `word` (byte for byte: a norm is NFKC_Casefold,
  /// so no other spelling of these ASCII words reaches here). No `String` or `Set` is made.
  @inline(__always)
  static func norm(of text: TokenizedText, _ index: Int, is word: StaticString) -> Bool {
    text.withNorm(of: text.tokens[index]) { norm in
      word.withUTF8Buffer { $0.bytesEqual(norm) }
    }
  }

  /// Whether `second` starts where `first` ends (no space between them).
  func adjacent(_ first: Token, _ second: Token) -> Bool {
    first.utf8Range.upperBound == second.utf8Range.lowerBound
  }

  // MARK: Hyphenated compounds

  /// Whether token `index` is a one-byte "-" glued to a word on each side ("over-priced"): the
  /// cheap test before `hyphenatedCompound`.
  @inline(__always) func isGluedHyphen(_ text: TokenizedText, at index: Int) -> Bool {
    let hyphen = text.tokens[index]
    guard hyphen.kind == .punct, hyphen.utf8Range.count == 1, text.utf8[hyphen.utf8Range.lowerBound] == 0x2D,
      index + 1 < text.tokens.count
    else { return false }
    let before = text.tokens[index - 1]
    let after = text.tokens[index + 1]
    return after.kind == .word && before.utf8Range.upperBound == hyphen.utf8Range.lowerBound
      && hyphen.utf8Range.upperBound == after.utf8Range.lowerBound
  }

  /// The valence entry of "word-word" at token `index` looked up joined ("over-priced" →
  /// "overpriced"), when both words and the hyphen are written together and the joined form is a
  /// one-word term or matches a wildcard; nil otherwise.
  func hyphenatedCompound(_ text: TokenizedText, at index: Int, end: Int) -> Int32? {
    guard index + 2 < end else { return nil }
    let tokens = text.tokens
    let hyphen = tokens[index + 1]
    let second = tokens[index + 2]
    guard hyphen.kind == .punct, second.kind == .word, adjacent(tokens[index], hyphen), adjacent(hyphen, second),
      text.withNorm(of: hyphen, { $0.count == 1 && $0[0] == UInt8(ascii: "-") })
    else { return nil }
    let first = tokens[index].normRange
    let last = second.normRange
    return text.normBytes.withUnsafeBufferPointer { norms -> Int32? in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: first.count + last.count) { joined -> Int32? in
        var count = 0
        for byte in norms[first] {
          joined[count] = byte
          count += 1
        }
        for byte in norms[last] {
          joined[count] = byte
          count += 1
        }
        let word = UnsafeBufferPointer(rebasing: joined[0..<count])
        let key = TermNormalizer.needsKeying(word) ? TermNormalizer.matchKey(word) : Array(word)
        return key.withUnsafeBufferPointer { key -> Int32? in
          let id = tables.vocabulary.id(of: key)
          if id >= 0 {
            let match = withUnsafeTemporaryAllocation(of: Int32.self, capacity: 1) { one -> Int32? in
              one[0] = id
              return tables.valence.longestMatch(UnsafeBufferPointer(one), from: 0, to: 1)?.value
            }
            if let match, tables.entries[Int(match)].valence != 0 { return match }
          }
          guard tables.prefixes.count > 0, let entry = tables.prefixes.match(key),
            tables.entries[Int(entry)].valence != 0
          else { return nil }
          return entry
        }
      }
    }
  }
}
