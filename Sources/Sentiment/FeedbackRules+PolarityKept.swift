import Tokenization

/// The default profile's rule 2 (see `FeedbackRules.swift` for the list): polarity kept under
/// negation.
extension DefaultProfileScorer {
  // MARK: Rule 2

  /// Whether the negator unit at `index` is "used to" after a form of "be" or "get", at most one
  /// adverb between: "is used to build", "are often used to", "got used to it" mean "employed for"
  /// or "accustomed to", not a past state that no longer holds ("used to love it").
  func isAccustomedUsedTo(_ index: Int) -> Bool {
    let unit = units[index]
    guard unit.length == 2, first(unit, isIn: .used) else { return false }
    var token = unit.start - 1
    if token >= 0, tokenWordLists[token].contains(.accustomedGaps) { token -= 1 }
    return token >= 0 && tokenWordLists[token].contains(.accustomedLinks)
  }

  /// Why an odd number of negators, the nearest at unit index `negator`, leaves the valence unit at
  /// `position` unflipped (rule 2), or nil when they flip it; the reason is what `--explain` shows.
  func negationKept(_ text: TokenizedText, valence position: Int, negator: Int) -> String? {
    let unit = units[position]
    if isPictograph(text, unit) { return "emoji and emoticons are never negated" }
    if tables.tags(ofEntry: unit.entry).contains(.keepsSignWhenNegated) {
      return "its absence is a complaint too (the lexicon tags it negation=keep)"
    }
    if isPoliteDecline(text, valence: position, negator: negator) {
      return "\"No thank you\" as a whole answer declines politely"
    }
    let between = (negator + 1)..<position
    // Negated comparative: "couldn't be happier", "never been better".
    if unit.length == 1, text.tokens[unit.start].kind == .word {
      if (first(text, unit, endsWith: "er", minimum: 5) && !isAgentNoun(text, unit.start))
        || first(unit, isIn: .irregularComparatives)
        || (position > 0 && first(units[position - 1], isIn: .more)),
        between.contains(where: {
          units[$0].kind == .neutral && first(units[$0], isIn: .comparativeLinks)
        }),
        negatedComparativeIsSuperlative(text, negator: negator, comparative: position)
      {
        return "a negated comparative is a superlative (\"couldn't be happier\")"
      }
    }
    // "Didn't solve my problem", "never fixed the fault": the fix did not happen, so the problem
    // stands (review r22b: it scored positive, the negator flipping "problem").
    if unit.entry >= 0, tables.entries[Int(unit.entry)].valence < 0,
      between.contains(where: {
        units[$0].kind == .neutral && units[$0].length == 1 && Self.isWord(text, units[$0].start, in: Self.fixingVerbs)
      })
    {
      return "a fix that did not happen leaves the problem (\"didn't solve my problem\")"
    }
    // "Isn't it awful?", "Wasn't that lovely of them?": the question asks the reader to agree.
    if isRhetoricalQuestion(text, negator: negator, term: position) {
      return "a negative question asks for agreement (\"isn't it awful?\")"
    }
    // "never slept so well", "never had such good food", "never been this happy".
    if isNeverSuperlative(text, unit, negator: negator) {
      return "\"never … so/such/this X\" is a superlative"
    }
    // "can't recommend them enough", "can't say enough good things".
    guard unit.entry >= 0, tables.entries[Int(unit.entry)].valence > 0, isModalNegator(text, at: negator),
      followedByEnough(text, from: negator + 1, before: unit.start + unit.length + Self.enoughReach)
    else { return nil }
    return "\"can't … enough\" is praise"
  }

  /// Whether the negator unit at `negator` makes the comparative at unit `comparative` a
  /// superlative: a modal negator ("couldn't be happier", "can't get any better"), "never" or a
  /// negated "will"/"would" ("never looked better", "won't find better"), a denying subject before a
  /// counterfactual modal ("nothing could be easier"), the present's "doesn't get
  /// any better", or any negator when "than this" or "than that" follows ("didn't get better than
  /// that", or "then this" as typed). A plain negation says nothing
  /// improved: "my skin didn't get better", "it isn't getting better" (QA review 43: both read as
  /// praise).
  private func negatedComparativeIsSuperlative(_ text: TokenizedText, negator: Int, comparative: Int) -> Bool {
    if isModalNegator(text, at: negator) || Self.isWord(text, units[negator].start, in: Self.superlativeNegators) {
      return true
    }
    // "Nothing could be easier", "Nobody could have been kinder": the subject denies that anything
    // or anyone is better (a counterfactual modal right after it).
    let afterNegator = units[negator].start + units[negator].length
    if afterNegator < tokenCount, tokenWordLists[afterNegator].contains(.counterfactualModals),
      hasNoneSubject(text, modal: afterNegator)
    {
      return true
    }
    // "it doesn't get any better": the present tense's idiom (the past's "didn't get any better"
    // reports no improvement).
    let start = units[comparative].start
    if start >= 2, Self.norm(of: text, start - 1, is: "any"), Self.norm(of: text, start - 2, is: "get"),
      Self.isWord(text, units[negator].start, in: Self.presentNegators)
    {
      return true
    }
    let than = start + units[comparative].length
    return than + 1 < tokenCount && Self.isWord(text, than, in: Self.thanSpellings)
      && Self.isWord(text, than + 1, in: Self.thisOrThat)
  }

  /// Negators of the simple present ("doesn't get any better").
  private static let presentNegators: ShortWords = ["doesn't", "doesnt", "don't", "dont"]

  /// Whether the "-er" word at token `index` is a noun, not a comparative: after a determiner and
  /// before no word but a preposition ("never seen a cleaner in there", "not a fighter."; QA review
  /// 43). "a nicer team" and "a better one" stay comparatives.
  private func isAgentNoun(_ text: TokenizedText, _ index: Int) -> Bool {
    guard index > 0, Self.isWord(text, index - 1, in: Self.nounDeterminers) else { return false }
    let next = index + 1
    return next >= tokenCount || text.tokens[next].kind != .word || Self.isWord(text, next, in: Self.nounFollowers)
  }

  /// Words after which an "-er" word that follows a determiner is a noun ("a cleaner in there").
  private static let nounFollowers: ShortWords = [
    "in", "at", "on", "for", "from", "to", "who", "with", "there", "here", "anywhere", "around", "about", "ever",
  ]

  /// "than", and "then" typed for it ("it don't get any better then this").
  private static let thanSpellings: ShortWords = ["than", "then"]
  /// Determiners before which an "-er" word is a noun ("a cleaner", "the manager"), not a comparative.
  private static let nounDeterminers: ShortWords = [
    "a", "an", "the", "my", "our", "your", "their", "his", "her", "this", "that", "every",
  ]

  /// Negators besides the modal ones that make a negated comparative a superlative.
  private static let superlativeNegators: ShortWords = ["never", "won't", "wont", "wouldn't", "wouldnt"]
  /// "than this", "than that": the comparison a superlative idiom makes with the present.
  private static let thisOrThat: ShortWords = ["this", "that"]

  /// Whether "no" + thanks opens the text and ends its clause: "No thank you", "no thanks!", "No
  /// thank you, all fine" answer a survey's "Anything else?" and decline, as "No, thank you" does
  /// (which the comma already keeps from negation); they are not "thanks for nothing". "Juwanna
  /// Mann? No thanks." (a rejection after other words) and "No thanks to you, we missed the
  /// flight" (the clause goes on) stay negated.
  private func isPoliteDecline(_ text: TokenizedText, valence position: Int, negator: Int) -> Bool {
    let negatorUnit = units[negator]
    let unit = units[position]
    guard negatorUnit.length == 1, position == negator + 1, Self.norm(of: text, negatorUnit.start, is: "no"),
      Self.isWord(text, unit.start, in: Self.thanksWords)
    else { return false }
    let opensText = !text.tokens[..<negatorUnit.start].contains {
      $0.kind != .punct && $0.kind != .emoji && $0.kind != .emoticon
    }
    let next = units[(position + 1)...].first { !isPictograph(text, $0) }
    return opensText && (next == nil || next!.kind == .boundary)
  }

  /// The first words of the thanks a polite decline holds ("no thanks", "no thank you", "no thx").
  private static let thanksWords: ShortWords = ["thanks", "thank", "thankyou", "thx", "cheers", "ty"]

  /// Whether the negator unit at `negator` is a negated "be" that opens its sentence, with a subject
  /// right after it, in a sentence that ends with "?": "Isn't it awful?", "Wasn't that lovely of
  /// them?", "Aren't you ashamed?" assert what they ask (a negative yes/no question expects "yes";
  /// Quirk et al. 1985, §11.7). Not after a question word ("Why isn't it working?") and not with
  /// "there" ("Isn't there a better way?" asks for something missing).
  private func isRhetoricalQuestion(_ text: TokenizedText, negator: Int, term: Int) -> Bool {
    let unit = units[negator]
    guard unit.length == 1, first(unit, isIn: .rhetoricalCopulas), unit.start + 1 < tokenCount,
      tokenWordLists[unit.start + 1].contains(.rhetoricalSubjects)
    else { return false }
    let opensSentence = units[..<negator].allSatisfy {
      $0.kind == .boundary || ($0.kind == .neutral && first($0, isIn: .ironyOpeners))
    }
    return opensSentence && sentenceEndsWithQuestion(text)
  }

  /// Whether the sentence ends with a question: its last boundary holds "?", or the run of
  /// end marks ("?", "!", ".", "…") that closes it does ("Is it any good?!", "Really?!...",
  /// "Is it any good ?!!"), whatever punctuation stands before the run ("Isn't it ridiculous,
  /// honestly?"). An emphatic "?!" asks as much as "?" does.
  func sentenceEndsWithQuestion(_ text: TokenizedText) -> Bool {
    // A text without a "?" (`mayHoldEmphasis`: most texts) has no sentence that ends with one.
    guard Self.mayHoldEmphasis(text, marks: textMarks),
      var index = units.lastIndex(where: { $0.kind == .boundary })
    else { return false }
    while true {
      var endMarks = true
      let asks = text.withNorm(of: text.tokens[units[index].start]) { norm in
        endMarks = !norm.isEmpty && norm.allSatisfy(Self.isEndMarkByte)
        return norm.contains(UInt8(ascii: "?"))
      }
      if asks { return true }
      // Read back over the closing run only: end marks in units next to each other.
      guard endMarks, index > 0, units[index - 1].kind == .boundary else { return false }
      index -= 1
    }
  }

  /// Whether `byte` belongs to a sentence's closing marks: "?", "!", "." or a byte of "…" (U+2026,
  /// UTF-8 E2 80 A6).
  static func isEndMarkByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "."), 0xE2, 0x80, 0xA6: return true
    default: return false
    }
  }

  /// Whether the term `unit`, negated by the unit at `negator`, is "never" + at least one word +
  /// "so"/"such"/"this" (+ "a"/"an") + the term: a superlative ("never slept so well", "never had
  /// such a smooth ride"). The degree word may open the term itself ("so well"). "never so good"
  /// (no verb between) and "not so good" ("not very good") are left to negation.
  private func isNeverSuperlative(_ text: TokenizedText, _ unit: Unit, negator: Int) -> Bool {
    guard first(units[negator], isIn: .never) else { return false }
    let afterNegator = units[negator].start + units[negator].length
    if tokenWordLists[unit.start].contains(.degreeWords) { return unit.start > afterNegator }
    var token = unit.start - 1
    if token > afterNegator, tokenWordLists[token].contains(.articles) { token -= 1 }
    return token > afterNegator && tokenWordLists[token].contains(.degreeWords)
  }

  /// Whether the valence unit at `position` is a negative phrase that opens with a modal negator
  /// ("can't", or "can not" spelt out) and is followed by "enough" within `enoughReach` tokens of
  /// its clause: "can't recommend (them) enough", "can't recommend Dave at the Northside branch
  /// enough" (review h57e) reverse "can't recommend". A negator on the way ends the search ("can't
  /// recommend it, not good enough").
  func isCannotEnoughPhrase(_ text: TokenizedText, at position: Int) -> Bool {
    let unit = units[position]
    guard unit.length >= 2, unit.entry >= 0, tables.entries[Int(unit.entry)].valence < 0,
      first(unit, isIn: .modalNegators)
        || (unit.length >= 3 && first(unit, isIn: .modals) && tokenWordLists[unit.start + 1].contains(.not))
    else { return false }
    return followedByEnough(text, from: position + 1, before: unit.start + unit.length + Self.enoughReach)
  }

  /// The most tokens between a "can't recommend" and its "enough" (`isCannotEnoughPhrase`), one
  /// more than the words of "this little bakery in the old town highly".
  static let enoughReach = 9

  /// Whether an "enough" unit comes from unit `start` on, before token `limit`, in the same clause
  /// and with no verb of being or subordinator between ("can't recommend them because the food was
  /// not good enough": the "enough" is the food's).
  private func followedByEnough(_ text: TokenizedText, from start: Int, before limit: Int) -> Bool {
    var index = start
    while index < units.count && units[index].start < limit {
      if units[index].kind == .boundary || units[index].kind == .contrast || units[index].kind == .negator {
        return false
      }
      if units[index].kind != .valence && first(units[index], isIn: .enough) {
        let from = start > 0 ? units[start - 1].start + units[start - 1].length : 0
        return !(from..<units[index].start).contains {
          !tokenWordLists[$0].isDisjoint(with: [.be, .subordinators])
        }
      }
      index += 1
    }
    return false
  }

  private func isModalNegator(_ text: TokenizedText, at index: Int) -> Bool {
    if first(units[index], isIn: .modalNegators) { return true }
    return first(units[index], isIn: .not) && index > 0 && first(units[index - 1], isIn: .modals)
  }

  /// Whether the negator `unit` stands for the subject and a prepositional phrase follows it
  /// ("none of the staff", "nobody at the branch", "no one in the shop"): its scope reaches over
  /// that phrase to the predicate ("… were helpful").
  func isSubjectNegatorWithPhrase(_ unit: Unit) -> Bool {
    let end = unit.start + unit.length
    guard last(unit, isIn: .subjectNegators), end < tokenCount else { return false }
    return tokenWordLists[end].contains(.subjectPrepositions)
  }

  /// Whether the negator `unit` is a verb's "not" ("don't", "didn't", "wouldn't", "do not") right
  /// before a raising verb that opens a clause ("I don't THINK the staff were helpful", "I wouldn't
  /// SAY it was good", "didn't FEEL the price was fair"): its scope reaches over that verb into the
  /// clause. Base forms only ("is not THOUGHT out" is a passive). Not "never" ("never thought it would be this easy" is surprise, not denial), not the
  /// determiner negators, and not before "so" ("I don't think so") or "enough" ("can't say enough").
  func isRaisingNegator(_ unit: Unit) -> Bool {
    let verb = unit.start + unit.length
    guard verb + 1 < tokenCount, tokenWordLists[verb].contains(.raisingVerbs) else { return false }
    let last = tokenWordLists[verb - 1]
    if last.contains(.clauseNegators) || last.contains(.never) || last.contains(.determinerNegators) { return false }
    let next = tokenWordLists[verb + 1]
    return !next.contains(.degreeWords) && !next.contains(.enough)
  }

  /// Verbs of fixing a problem, in every form: a negated one leaves the problem after it standing.
  private static let fixingVerbs: ShortWords = [
    "fix", "fixes", "fixing", "fixed", "solve", "solves", "solving", "solved", "resolve", "resolves", "resolving",
    "resolved", "sort", "sorts", "sorting", "sorted", "address", "addresses", "addressing", "addressed", "rectify",
    "rectified", "repair", "repairs", "repaired", "remedy", "remedied", "correct", "corrected", "tackle", "tackled",
    // Acting on a problem that did not happen leaves it standing too: "no one explained the delay",
    // "never acknowledged my complaint" (review r28). Not verbs of having or seeming, after which
    // the negator denies the problem: "never owned a bad car", "doesn't look bad", "never
    // mentioned any problems", "never had to deal with any issues".
    "handle", "handled", "investigate", "investigated", "acknowledge", "acknowledged", "answer", "answered",
    "explain", "explained", "escalate", "escalated",
  ]
}
