import Tokenization

/// The default profile's rule 4 (see `FeedbackRules.swift` for the list): sarcasm within a sentence
/// (eye-roll markers, clapping, short praise after a complaint, "said no one ever").
extension DefaultProfileScorer {
  /// 🙄 face with rolling eyes, 🙃 upside-down face, 😒 unamused face.
  private static let sarcasmMarkers: Set<Unicode.Scalar> = ["\u{1F644}", "\u{1F643}", "\u{1F612}"]
  /// 👏 clapping hands.
  private static let clapping: Unicode.Scalar = "\u{1F44F}"
  /// Most words in a clause or sentence of praise that rule 4 reads as ironic.
  private static let shortPraiseWords = 3

  // MARK: Rule 4

  private func wordCount(_ text: TokenizedText, _ range: Range<Int>) -> Int {
    var count = 0
    for index in range where units[index].kind != .boundary {
      for token in units[index].start..<(units[index].start + units[index].length)
      where text.tokens[token].kind == .word || text.tokens[token].kind == .number {
        count += 1
      }
    }
    return count
  }

  private func containsScalar(_ text: TokenizedText, _ range: Range<Int>, where test: (Unicode.Scalar) -> Bool) -> Bool
  {
    for index in range where text.tokens[units[index].start].kind == .emoji {
      if let scalar = text.norm(of: text.tokens[units[index].start]).unicodeScalars.first, test(scalar) {
        return true
      }
    }
    return false
  }

  /// Whether units in `range` are short praise only: some positive term, no negative term,
  /// negator or connective, at most `shortPraiseWords` words.
  func isShortPraise(_ text: TokenizedText, _ range: Range<Int>) -> Bool {
    var positive = false
    for index in range {
      switch units[index].kind {
      case .valence:
        if units[index].value < 0 { return false }
        if units[index].value > 0 { positive = true }
      case .negator, .contrast: return false
      default: break
      }
    }
    return positive && wordCount(text, range) <= Self.shortPraiseWords
  }

  mutating func makeIronic(_ range: Range<Int>, explain: Bool) {
    for index in range where units[index].kind == .valence && units[index].value > 0 {
      ironySeen = true
      units[index].value *= parameters.ironicPraiseScalar
      if explain { rules[index].append(.ironicPraise(factor: parameters.ironicPraiseScalar)) }
    }
  }

  /// Whether a valence unit is a stock phrase of satisfaction, "just/exactly what I/we
  /// need(ed)/want(ed)": sincere as a verdict ("This app is just what I needed"), sarcastic as the
  /// comment on a complaint ("Car broke down again. Just what I needed."; blind review h59b: "Oh
  /// brilliant, another letter telling me my parking permit has gone up, just what I needed").
  func isStockIrony(_ text: TokenizedText, _ unit: Unit) -> Bool {
    guard unit.kind == .valence, unit.length == 4, unit.start + 3 < text.tokens.count else { return false }
    let start = unit.start
    return (Self.norm(of: text, start, is: "just") || Self.norm(of: text, start, is: "exactly"))
      && Self.norm(of: text, start + 1, is: "what")
      && (Self.norm(of: text, start + 2, is: "i") || Self.norm(of: text, start + 2, is: "we"))
  }

  /// Whether the text holds the sarcastic tag "said no one (ever)", "said nobody", "says no one":
  /// what it follows was not meant ("5 stars for the extra 6 hours at the airport. Said no one
  /// ever."; review r36). The tag ends its clause: "said no one would call" is a report.
  /// `triggers` and `lists` are the text's (`textTriggers`, `textWordLists`): a text without
  /// "said"/"says" or without "nobody", "noone" or "one" is not read.
  static func deniesPraise(_ text: TokenizedText, triggers: RuleTriggers, lists: WordList) -> Bool {
    guard triggers.contains(.praiseDenials), lists.contains(.subjectNegators) else { return false }
    let tokens = text.tokens
    for index in tokens.indices where tokens[index].kind == .word && index + 1 < tokens.count {
      // The norm's first byte: a full-width "ｓａｉｄ" is "said" (QA review 36, F12).
      let normRange = tokens[index].normRange
      guard !normRange.isEmpty else { continue }
      let first = text.normBytes[normRange.lowerBound]
      guard first == UInt8(ascii: "s"), norm(of: text, index, is: "said") || norm(of: text, index, is: "says") else {
        continue
      }
      var next = index + 1
      if norm(of: text, next, is: "nobody") || norm(of: text, next, is: "noone") {
        next += 1
      } else if next + 1 < tokens.count, norm(of: text, next, is: "no"), norm(of: text, next + 1, is: "one") {
        next += 2
      } else {
        continue
      }
      if next < tokens.count, norm(of: text, next, is: "ever") { next += 1 }
      if next == tokens.count || tokens[next].kind == .punct || tokens[next].kind == .emoji { return true }
    }
    return false
  }

  /// Whether the text holds a marker `applySarcasticClause` needs before it changes anything: a
  /// denial of praise, an irony opener ("oh sure", "yeah right"), a praise interjection or loving
  /// verb (a lone exclamation of praise after a complaint), or an emoji. The rule's own first
  /// tests, read once per text, so that its caller can skip the call.
  @inline(__always)
  var mayHoldSarcasticClause: Bool {
    praiseDenied || textWordLists.contains(.ironyOpeners) || textWordLists.contains(.praiseInterjections)
      || textTriggers.contains(.lovingVerbs) || textHasEmoji
  }

  /// Rule 4, within a sentence: eye-roll markers, clapping after a complaint, and a last clause that
  /// is only an exclamation of praise after a complaint ("The app crashed again, great.").
  mutating func applySarcasticClause(_ text: TokenizedText, explain: Bool) {
    if praiseDenied || opensWithSarcasticAssent(text)
      || units.contains(where: { $0.kind == .valence && $0.entry == Self.ironicLongWaitEntry })
    {
      makeIronic(units.indices, explain: explain)
      return
    }
    applyPraiseClauseAfterComplaint(text, explain: explain)
    guard textHasEmoji else { return }  // both markers are emoji
    if containsScalar(text, units.indices, where: { Self.sarcasmMarkers.contains($0) }) {
      makeIronic(units.indices, explain: explain)
      return
    }
    guard let boundary = units.lastIndex(where: { $0.kind == .boundary && $0.start < (units.last?.start ?? 0) }) else {
      return
    }
    let clause = (boundary + 1)..<units.count
    guard containsScalar(text, clause, where: { $0 == Self.clapping }), isShortPraise(text, clause) else { return }
    // The clause just before it ("only 3 weeks late this time"), not an opening "Wow,"; a clause
    // that reports a fix earns the applause ("power cut fixed in under an hour, nice one 👏";
    // review r31).
    let start = units[..<boundary].lastIndex(where: { $0.kind == .boundary }).map { $0 + 1 } ?? 0
    if units[start..<boundary].contains(where: { tokenWordLists[$0.start].contains(.fixVerbs) }) { return }
    let before = units[start..<boundary].reduce(0.0) { $0 + $1.value }
    if before < 0 { makeIronic(clause, explain: explain) }
  }

  /// Whether the sentence opens with a sarcastic assent, "oh sure", "yeah sure", "yeah right" or
  /// "yeah, really" (review r26: "Oh sure, I love explaining my medical history at the counter with
  /// 10 people listening."; review h55b: "Yeah, really, …"): its praise is ironic. A plain "Sure,
  /// …" is sincere and not this rule, nor "yeah really good" (the adverb of what follows).
  private func opensWithSarcasticAssent(_ text: TokenizedText) -> Bool {
    guard let firstUnit = units.first, let lastUnit = units.last else { return false }
    let start = firstUnit.start
    let end = lastUnit.start + lastUnit.length
    // The first word opens the sentence; the second is the next word, punctuation between allowed.
    guard end - start >= 2, text.tokens[start].kind == .word,
      Self.norm(of: text, start, is: "oh") || Self.norm(of: text, start, is: "yeah")
    else { return false }
    var second = start + 1
    while second < end, text.tokens[second].kind != .word { second += 1 }
    // The assent stands alone ("Oh sure,", "Yeah, right."): not "sure thing", "right away".
    guard second < end, second + 1 >= end || text.tokens[second + 1].kind != .word else { return false }
    return Self.norm(of: text, second, is: "sure")
      || (Self.norm(of: text, start, is: "yeah")
        && (Self.norm(of: text, second, is: "right") || Self.norm(of: text, second, is: "really")))
  }

  /// Rule 4, across sentences: a sentence of short clapped praise right after a negative sentence,
  /// or after a neutral one in a text negative so far ("Clinic cancelled and nobody told me.
  /// Rebooked for March. Fantastic system 👏👏"; review h63d), or one that is only an exclamation
  /// of praise ("Brilliant.", "Oh great!", "Love it.") right after a complaint ("Delivery was late.
  /// Brilliant."), unless that sentence reported a fix ("They caught a dodgy payment and refunded
  /// me. Brilliant.": the praise is for the fix). `textSum` is the sum of the sentences before.
  mutating func applyPraiseAfterComplaint(
    _ text: TokenizedText, previousSum: Double, textSum: Double, previousReportsFix: Bool, explain: Bool
  ) {
    if textHasEmoji, previousSum < 0 || (previousSum == 0 && textSum < 0), !previousReportsFix,
      isShortPraise(text, units.indices), containsScalar(text, units.indices, where: { $0 == Self.clapping })
    {
      makeIronic(units.indices, explain: explain)
      return
    }
    if previousSum <= parameters.lonePraiseAfterComplaint, !previousReportsFix, isLonePraiseExclamation(text) {
      makeIronic(units.indices, explain: explain)
      return
    }
    // Sarcasm kept up: short praise after an earlier ironic sentence ("Oh great, another delay.
    // Best airline ever.").
    if ironySeen, !previousReportsFix, isShortPraise(text, units.indices) {
      makeIronic(units.indices, explain: explain)
    }
  }

  /// A last clause (after a comma or other boundary inside the sentence) that is only an
  /// exclamation of praise, right after a clause whose sum is at most `lonePraiseAfterComplaint`
  /// and that reports no fix, is ironic: "The app crashed again, great.", "Lost my bag, brilliant".
  /// As across sentences ("Delivery was late. Brilliant.").
  private mutating func applyPraiseClauseAfterComplaint(_ text: TokenizedText, explain: Bool) {
    // A lone exclamation of praise needs a praise interjection, a loving verb or the "just" of a
    // stock phrase (`isStockIrony`) in the text.
    guard
      textWordLists.contains(.praiseInterjections) || textTriggers.contains(.lovingVerbs)
        || textWordLists.contains(.ironyOpeners),
      let end = units.lastIndex(where: { $0.kind != .boundary }),
      let boundary = units[..<end].lastIndex(where: { $0.kind == .boundary }), boundary > 0
    else { return }
    let clause = (boundary + 1)..<units.count
    guard isLonePraiseExclamation(text, in: clause) else { return }
    let start = units[..<boundary].lastIndex(where: { $0.kind == .boundary }).map { $0 + 1 } ?? 0
    var before = 0.0
    for unit in units[start..<boundary] {
      if unit.kind == .contrast || tokenWordLists[unit.start].contains(.fixVerbs) { return }
      before += unit.value
    }
    if before <= parameters.lonePraiseAfterComplaint { makeIronic(clause, explain: explain) }
  }

  /// Whether the sentence (or the units in `range`) is one praise interjection ("Brilliant",
  /// "great", "wow"), possibly with one generic object of praise ("Brilliant system.", "Great
  /// job.", "Nice one."; QA review 24), "love it" ("loving it", "love that") or a stock phrase of
  /// satisfaction ("just what I needed", `isStockIrony`), with at most irony
  /// openers ("oh", "just", "how") and punctuation besides.
  private func isLonePraiseExclamation(_ text: TokenizedText, in range: Range<Int>? = nil) -> Bool {
    /// Whether the unit after `index` is one unscored word of `words`: the exclamation's object.
    func objectFollows(_ index: Int, in words: ShortWords) -> Bool {
      index + 1 < units.count && units[index + 1].kind == .neutral && units[index + 1].length == 1
        && Self.isWord(text, units[index + 1].start, in: words)
    }
    var praise = 0
    // The next unit is the object just seen after the praise ("system", "it"), not an opener.
    var objectNext = false
    var stockPhraseSeen = false
    for index in range ?? units.indices {
      let unit = units[index]
      switch unit.kind {
      case .boundary: continue
      case .valence:
        guard unit.value > 0 else { return false }
        let interjection = tokenWordLists[unit.start].contains(.praiseInterjections)
        let loving = Self.isWord(text, unit.start, in: Self.lovingVerbs)
        if unit.length == 1, interjection {
          praise += 1
          // "Brilliant system.": the object is a word the lexicon does not score.
          objectNext = objectFollows(index, in: Self.genericPraiseObjects)
        } else if unit.length == 2, interjection, Self.isWord(text, unit.start + 1, in: Self.genericPraiseObjects) {
          praise += 1  // the phrase "great job", "nice one"
        } else if unit.length == 2, loving, Self.isWord(text, unit.start + 1, in: Self.lovedObjects) {
          praise += 1  // the phrase "love it"
        } else if unit.length == 1, loving, objectFollows(index, in: Self.lovedObjects) {
          praise += 1
          objectNext = true
        } else if isStockIrony(text, unit) {
          praise += 1  // "Just what I needed."
          // Words after it that score nothing belong to the phrase ("just what I needed at Christmas").
          stockPhraseSeen = true
        } else {
          return false
        }
      case .neutral:
        if objectNext {
          objectNext = false
          continue
        }
        if stockPhraseSeen { continue }
        guard unit.length == 1, tokenWordLists[unit.start].contains(.ironyOpeners) else { return false }
      default: return false
      }
    }
    return praise == 1
  }

  /// "Love it." after a complaint: the verb and the pronoun that make the exclamation.
  static let lovingVerbs = ShortWords(lovingVerbWordList)
  /// The words of `lovingVerbs` (`RuleTriggers.lovingVerbs`).
  static let lovingVerbWordList = ["love", "loving", "loved"]
  private static let lovedObjects: ShortWords = ["it", "that", "this"]
  /// Objects of praise that name no particular merit: after a complaint, "Brilliant system." and
  /// "Great job." are as ironic as "Brilliant." (QA review 24). Not "service", "idea" or "effort":
  /// "Terrible. Good service!" and "Bad execution, good idea" weigh one aspect against another.
  private static let genericPraiseObjects: ShortWords = [
    "job", "work", "system", "stuff", "planning", "move", "logic", "one", "timing",
  ]
}
