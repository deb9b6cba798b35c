import Tokenization

/// The default profile's rules for frames around an opinion word (see `FeedbackRules.swift` for
/// the list): 11, scare quotes; 12, excess ("too fast"); 13, suggestions ("would be nice to");
/// 15, long waits ("took 3 weeks"); 16, polite formulas ("Nothing else, thanks").
extension DefaultProfileScorer {
  // MARK: Rule 11

  /// Positive terms in scare quotes say nothing good: the writer quotes the company's word to
  /// doubt it ('a "free" checking account', 'wire transfer "in progress" for 5 days', 'the
  /// "unlimited" plan'). A positive term inside a quoted span (double quotes, or single quotes that
  /// quote rather than end a possessive) of at most `scareQuoteWords` words contributes nothing.
  mutating func applyScareQuotes(_ text: TokenizedText, explain: Bool) {
    for index in units.indices where units[index].kind == .valence && units[index].value > 0 {
      let unit = units[index]
      guard isQuoted(text, from: unit.start, to: unit.start + unit.length) else { continue }
      units[index].value = 0
      if explain { rules[index].append(.scareQuotes) }
    }
  }

  /// The most words a span in scare quotes has.
  private static let scareQuoteWords = 3

  /// Whether tokens `from..<to` stand inside quotation marks of one family (`quoteMark`) with at
  /// most `scareQuoteWords` words between them, and nothing else but words.
  private func isQuoted(_ text: TokenizedText, from: Int, to: Int) -> Bool {
    let tokens = text.tokens
    func isWord(_ index: Int) -> Bool { tokens[index].kind == .word || tokens[index].kind == .number }
    guard to - from <= Self.scareQuoteWords else { return false }
    var words = 0
    for token in from..<to {
      guard isWord(token) else { return false }
      words += 1
    }
    // Both walks stop as soon as the span is too long to be a scare quote (a long text of words
    // costs no more than a short one).
    var before = from - 1
    while before >= 0, words <= Self.scareQuoteWords, isWord(before) {
      words += 1
      before -= 1
    }
    guard before >= 0, words <= Self.scareQuoteWords, let opening = quoteMark(text, before, opening: true) else {
      return false
    }
    var after = to
    while after < tokens.count, words <= Self.scareQuoteWords, isWord(after) {
      words += 1
      after += 1
    }
    guard after < tokens.count, words <= Self.scareQuoteWords, let closing = quoteMark(text, after, opening: false),
      opening == closing
    else { return false }
    guard opening == .single else { return true }
    // A single quote is also an apostrophe ("the customers' 'favourite'"): a quotation opens
    // after a gap and hugs its first word, and closes hugging its last word, before a gap or
    // punctuation.
    func touching(_ left: Int, _ right: Int) -> Bool {
      tokens[left].utf8Range.upperBound == tokens[right].utf8Range.lowerBound
    }
    let opensAfterGap = before == 0 || !touching(before - 1, before)
    let closesBeforeGap = after + 1 == tokens.count || !touching(after, after + 1) || tokens[after + 1].kind == .punct
    return opensAfterGap && touching(before, before + 1) && touching(after - 1, after) && closesBeforeGap
  }

  /// The two families of quotation marks rule 11 reads.
  private enum QuoteFamily { case double, single }

  /// Whether a text may hold a quotation (`quoteMark`): an ASCII text only when it has two
  /// punctuation tokens `"` or `'` (an opening and a closing mark; an apostrophe inside a word, as
  /// in "don't", is none), any other text always (“ „ « » ” ‘ ’ are not looked for). Most texts have
  /// none, and their sentences skip `applyScareQuotes`. `marks` are the text's (`TextMarks`).
  static func mayHoldQuotes(_ text: TokenizedText, marks: TextMarks) -> Bool {
    guard text.isASCII else { return true }
    // Most texts have neither character: their marks rule them out before the tokens are read.
    guard marks.contains(.quote) else { return false }
    return text.normBytes.withUnsafeBufferPointer { norms in
      var marks = 0
      for token in text.tokens where token.kind == .punct && token.normRange.count == 1 {
        let byte = norms[token.normRange.lowerBound]
        guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") else { continue }
        marks += 1
        if marks == 2 { return true }
      }
      return false
    }
  }

  /// The family of quotation mark token `token` is, if it is one: double (`"` either way, “ „ «
  /// opening, ” » closing) or single (`'` either way, ‘ opening, ’ closing).
  private func quoteMark(_ text: TokenizedText, _ token: Int, opening: Bool) -> QuoteFamily? {
    guard text.tokens[token].kind == .punct else { return nil }
    return text.withNorm(of: text.tokens[token]) { norm -> QuoteFamily? in
      if norm.count == 1 {
        if norm[0] == UInt8(ascii: "\"") { return .double }
        return norm[0] == UInt8(ascii: "'") ? .single : nil
      }
      if norm.count == 2, norm[0] == 0xC2 { return norm[1] == (opening ? 0xAB : 0xBB) ? .double : nil }  // « »
      guard norm.count == 3, norm[0] == 0xE2, norm[1] == 0x80 else { return nil }
      switch norm[2] {
      case 0x9C: return .double  // “ (also closing, as some keyboards type it)
      case 0x9E: return opening ? .double : nil  // „
      case 0x9D: return opening ? nil : .double  // ”
      case 0x98: return opening ? .single : nil  // ‘
      case 0x99: return opening ? nil : .single  // ’
      default: return nil
      }
    }
  }

  // MARK: Rule 12

  /// Whether the intensifier unit `intensifier` is one of excess ("too", "way too", "overly") and
  /// the one-word term after it is not praise that "too" only intensifies ("you're too kind").
  func isExcess(_ text: TokenizedText, _ intensifier: Unit, term: Unit) -> Bool {
    guard term.length == 1, text.tokens[term.start].kind == .word else { return false }
    let last = intensifier.start + intensifier.length - 1
    let isExcessWord = Self.norm(of: text, last, is: "too") || Self.norm(of: text, last, is: "overly")
    return isExcessWord && !Self.isWord(text, term.start, in: Self.praisedByToo)
  }

  /// Words that "too" intensifies rather than overdoes, in feedback: politeness and
  /// colloquial praise.
  private static let praisedByToo: ShortWords = ["kind", "good", "cute", "funny", "generous", "sweet"]

  // MARK: Rule 30

  /// `Unit.entry` of a word the lexicon does not score after "too" (rule 30); not an index into the
  /// valence entries.
  static let plainExcessEntry: Int32 = -10

  /// Turns a word the lexicon does not score into a complaint unit when an intensifier of excess
  /// ending in "too" comes right before it: "Prices are too high", "far too slow", "too many
  /// steps", "way too long". Not after a negator or "only" ("not too long", "only too happy"), not
  /// a pronoun, conjunction or address after "too" (the "also" of "me too, thanks"), and not a
  /// word that "too" praises (rule 12's list), and not past punctuation ("Tyler, Too" -- took").
  mutating func markPlainExcess(_ text: TokenizedText) {
    guard units.count > 1, textTriggers.contains(.too) else { return }
    for index in 0..<(units.count - 1) where units[index].kind == .intensifier {
      let next = index + 1
      let last = units[index].start + units[index].length - 1
      guard Self.norm(of: text, last, is: "too"), units[next].kind == .neutral, units[next].length == 1 else {
        continue
      }
      let word = units[next].start
      guard word == last + 1, text.tokens[word].kind == .word, text.tokens[word].utf8Range.count > 1,
        !Self.isWord(text, word, in: Self.notOverdone), !Self.isWord(text, word, in: Self.praisedByToo)
      else { continue }
      if index > 0, units[index - 1].kind == .negator { continue }
      if units[index].start > 0, Self.isWord(text, units[index].start - 1, in: Self.excessBlockers) { continue }
      units[next].kind = .valence
      units[next].entry = Self.plainExcessEntry
    }
  }

  /// Words after "too" that it does not overdo: pronouns, conjunctions, address and fillers ("me
  /// too and", "you too mate", "too lol"), and the survey answer's "too early to say" / "too soon
  /// to tell" (no opinion yet: reviews r22b–r35 coded each neutral).
  private static let notOverdone: ShortWords = [
    "i", "me", "you", "we", "us", "they", "them", "he", "him", "she", "her", "it", "and", "or", "but", "so", "as",
    "the", "a", "an", "lol", "haha", "lmao", "omg", "xx", "though", "tho", "then", "now", "today", "guys", "mate",
    "imo", "btw", "please", "pls", "thanks", "thank", "thx", "dear", "ok", "okay", "yeah", "yes", "hun", "bro",
    "true", "early", "soon",
  ]
  /// Words before "too" that make it no complaint: "not too bad", "only too happy", and a subject
  /// pronoun, whose "too" is "also" ("She too attended").
  private static let excessBlockers: ShortWords = [
    "not", "only", "never", "i", "we", "you", "he", "she", "they", "it", "me", "us", "him", "her", "them",
  ]

  // MARK: Rule 13

  /// `Unit.entry` of a neutral frame that opens a suggestion (rule 13); not an index into the
  /// valence entries.
  static let suggestionFrameEntry: Int32 = -5

  /// `Unit.entry` of a suggestion frame that wishes for what should already happen (rule 41); not
  /// an index into the valence entries.
  static let unmetWishEntry: Int32 = -15

  /// Zeroes the positive terms after a suggestion frame, to the end of its clause (rule 13), and
  /// reads a wish for what should already happen as the complaint it is (rule 41).
  mutating func applySuggestion(_ text: TokenizedText, explain: Bool) {
    guard let frame = units.firstIndex(where: { $0.kind == .neutral && $0.entry == Self.suggestionFrameEntry })
    else { return }
    // Rule 50's condition when it comes first ("If it were cheaper it would be perfect").
    let leading =
      isConditionalPraiseFrame(text, frame) || isRecommendationFrame(text, frame)
      ? leadingCondition(text, before: frame) : nil
    func frameWords() -> String {
      let start = units[frame].start
      let words = (start..<(start + units[frame].length)).map { text.norm(of: text.tokens[$0]) }.joined(separator: " ")
      // Rule 50's frame is the modal of "would be … if" (or of "if … would be"), of "would …
      // recommend … if", or a phrase of praise that opens with the modal ("would recommend … if").
      let modal = isConditionalPraiseFrame(text, frame)
      guard modal || isRecommendationFrame(text, frame) else { return words }
      let be = modal && start + 1 < text.tokens.count && Self.norm(of: text, start + 1, is: "be") ? " be" : ""
      return leading == nil ? words + be + " … if" : "if … " + words + be
    }
    var unmet = false
    /// Rules 13 and 41 for the valence unit at `index`, in the frame's clause.
    func readWished(_ index: Int) {
      guard units[index].kind == .valence else { return }
      // A unit a rule made of its own (a prompt outcome, a rating) has no lexicon value: rule 13
      // alone applies to it.
      let entry = units[index].entry
      let lexicon = entry >= 0 ? tables.valence(ofEntry: entry) : 0
      if entry >= 0, units[index].isNegated && lexicon < 0 && units[index].value > 0 {
        // "Would be nice if the app didn't crash": the fault wished away is the complaint.
        units[index].value = lexicon
        unmet = true
        if explain { rules[index].append(.unmetWish(frame: frameWords())) }
      } else if entry >= 0, units[index].value == 0, !units[index].isNegated, tables.countsOnlyNegated(entry: entry) {
        // "Would be good if they replied to emails": an expected outcome wished for did not happen.
        units[index].value = lexicon
        unmet = true
        if explain {
          rules[index].removeAll { $0 == .expectedOutcome(happened: true) }
          rules[index].append(.unmetWish(frame: frameWords()))
        }
      } else if units[index].value > 0 {
        units[index].value = 0
        if explain { rules[index].append(.suggestion(frame: frameWords())) }
      }
    }
    func endsClause(_ index: Int) -> Bool { units[index].kind == .boundary || units[index].kind == .contrast }
    var index = frame + 1
    var wishAfter = false
    while index < units.count, !endsClause(index) {
      if units[index].kind == .valence { wishAfter = true }
      readWished(index)
      index += 1
    }
    if let leading {
      // "If the app didn't crash so much, it would be great": the condition is the wish.
      for index in (leading + 1)..<frame where units[index].kind != .boundary { readWished(index) }
    } else if !wishAfter {
      // A frame that closes its clause wishes for what comes before it: "Better filters by size
      // would be good", "A tracking page that actually tracks something would be nice".
      index = frame - 1
      while index >= 0, !endsClause(index) {
        readWished(index)
        index -= 1
      }
    }
    guard !unmet, hasWishedBasics(text, frame: frame, from: leading.map { units[$0].start + 1 }) else { return }
    // "Would be nice if the aircon worked", "A tracking page that actually tracks something would be
    // nice": the frame itself carries the complaint.
    units[frame].kind = .valence
    units[frame].entry = Self.unmetWishEntry
    units[frame].value = parameters.unmetWishValence
    if explain { rules[frame].append(.unmetWish(frame: frameWords())) }
  }

  /// Whether the sentence of the suggestion frame at unit `frame` wishes for something that should
  /// already work (rule 41): "actually" anywhere but as its first word ("Actually, it would be nice
  /// to have more colours" opens a suggestion), or "work"/"works"/"worked"/"working" or a verb of
  /// fixing ("fixed", "repaired") after the frame (or after rule 50's leading "if", `from`: "If it worked it would be great") and not
  /// right after a negator.
  private func hasWishedBasics(_ text: TokenizedText, frame: Int, from: Int? = nil) -> Bool {
    let sentence = sentenceTokens
    let frameEnd = from ?? units[frame].start + units[frame].length
    for token in sentence where Self.isWord(text, token, in: Self.wishedBasics) {
      if Self.norm(of: text, token, is: "actually") {
        if token > sentence.lowerBound { return true }
        continue
      }
      if token >= frameEnd, !units.contains(where: { $0.kind == .negator && $0.start + $0.length == token }) {
        return true
      }
    }
    return false
  }

  /// "actually", the forms of "work" and the verbs of a fix (rule 41: "Would be great if they fixed
  /// the app" wishes away a fault).
  private static let wishedBasics: ShortWords = [
    "actually", "work", "works", "worked", "working", "fix", "fixed", "fixes", "repair", "repaired",
  ]

  // MARK: Rule 15

  /// `Unit.entry` of a "took + weeks" unit (rule 15); not an index into the valence entries.
  static let longWaitEntry: Int32 = -6
  /// `Unit.entry` of a neutral unit that states the answer's balance (a `frame=balance` phrase,
  /// rule 20); not an index into the valence entries.
  static let balanceFrameEntry: Int32 = -7

  /// Whether the sentence's units deny one verdict and then the other (rule 20): "Not great, not
  /// terrible", "Not good, not bad", "not the best but not the worst" (review h55b: "Not great,
  /// not terrible" read as a weak complaint). Its only two terms are each negated or open with a
  /// negator, score opposite signs, and stand at most `neitherWayGap` units apart with only a
  /// comma, a conjunction, a contrast, a negator, a copula or a determiner between.
  func deniesBothVerdicts(_ text: TokenizedText) -> Bool {
    var first: Int?
    var second: Int?
    for index in units.indices where units[index].kind == .valence && units[index].value != 0 {
      if first == nil {
        first = index
      } else if second == nil {
        second = index
      } else {
        return false
      }
    }
    guard let first, let second, second - first - 1 <= Self.neitherWayGap,
      (units[first].value > 0) != (units[second].value > 0)
    else { return false }
    for index in [first, second] where !(units[index].isNegated || startsWithNegator(units[index])) { return false }
    return ((first + 1)..<second).allSatisfy { index in
      let unit = units[index]
      switch unit.kind {
      case .boundary, .contrast, .negator: return true
      case .neutral: return unit.length == 1 && Self.isWord(text, unit.start, in: Self.neitherWayLinks)
      default: return false
      }
    }
  }

  /// Most units between the two denied verdicts ("wouldn't be the worst, wouldn't be the best":
  /// the comma, "wouldn't", "be" and "the").
  static let neitherWayGap = 5
  /// Words that may join two denied verdicts, and the copulas and determiners of the second
  /// ("wouldn't be the best").
  private static let neitherWayLinks: ShortWords = [
    "and", "or", "nor", "yet", "just", "but", "&", "be", "is", "was", "it", "it's", "its", "the", "a", "an",
  ]

  /// Turns "took/taken/taking" into a complaint unit when a long duration follows it within
  /// `longWaitGap` tokens of quantity ("3", "over a", "nearly two", "a couple of").
  mutating func markLongWaits(_ text: TokenizedText) {
    guard textWordLists.contains(.longDurations) else { return }
    for index in units.indices where units[index].kind == .neutral && units[index].length == 1 {
      let duration = units[index].start
      guard tokenWordLists[duration].contains(.longDurations) else { continue }
      var verb = duration - 1
      while verb >= 0, duration - verb <= Self.longWaitGap,
        text.tokens[verb].kind == .number || Self.isWord(text, verb, in: Self.quantityWords)
      {
        verb -= 1
      }
      // "took them 6 weeks", "has taken us months": one object pronoun after the verb.
      if verb > 0, Self.isWord(text, verb, in: Self.waitObjects),
        Self.isWord(text, verb - 1, in: Self.waitVerbs)
      {
        verb -= 1
      }
      guard verb >= 0, verb < duration - 1, Self.isWord(text, verb, in: Self.waitVerbs),
        let unit = units[..<index].lastIndex(where: { $0.start == verb && $0.length == 1 && $0.kind == .neutral })
      else { continue }
      var entry = Self.longWaitEntry
      if unit > 0, units[unit - 1].kind == .negator {
        continue
      } else if unit > 0, Self.isWord(text, units[unit - 1].start, in: Self.smallWaitWords) {
        // "Only took them a year to close my account. Incredible.": months or years made small, then
        // an exclamation of praise alone, are sarcasm (review h55b).
        guard Self.isWord(text, duration, in: Self.monthsAndYears), lonePraiseFollows(text, after: duration)
        else { continue }
        entry = Self.ironicLongWaitEntry
      }
      units[unit].kind = .valence
      units[unit].entry = entry
    }
  }

  /// `Unit.entry` of an "only took + months" unit followed by praise alone (rule 15, sarcasm); not
  /// an index into the valence entries. It scores as `longWaitEntry`, and rule 4 reads the praise of
  /// its sentence as ironic.
  static let ironicLongWaitEntry: Int32 = -21

  /// Whether the words after the duration at `duration`, from the next punctuation mark (a comma or
  /// the end of the sentence) to the one after it or the end of the text, are only an exclamation
  /// of praise: praise interjections and irony openers, at least one interjection ("… a year to
  /// close my account. Incredible.", "… 3 months, amazing"). Not "…, brilliant agents" (praise of
  /// someone).
  func lonePraiseFollows(_ text: TokenizedText, after duration: Int) -> Bool {
    let tokens = text.tokens
    var index = duration + 1
    while index < tokens.count, tokens[index].kind != .punct { index += 1 }
    while index < tokens.count, tokens[index].kind == .punct { index += 1 }
    var praise = false
    while index < tokens.count, tokens[index].kind != .punct {
      guard tokens[index].kind == .word else { return false }
      let lists = tokenWordLists[index]
      if lists.contains(.praiseInterjections) {
        praise = true
      } else if !lists.contains(.ironyOpeners) {
        return false
      }
      index += 1
    }
    return praise
  }

  // MARK: Rule 31

  /// `Unit.entry` of the "within" of a prompt outcome (rule 31); not an index into the valence
  /// entries.
  static let promptOutcomeEntry: Int32 = -11

  /// Turns "within" (or "in under", "in less than") + a short duration into praise: "phoned back
  /// within the hour", "found it within 10 minutes", "sorted in under 5 minutes". Seconds, minutes
  /// and hours only (a policy's "within 14 days" is no outcome), and not in a clause with a negator,
  /// a modal, a condition or a promise before it ("didn't call within the hour", "will call within
  /// 2 hours", "if you cancel within 48 hours", "promised within the hour"), nor with a negative
  /// term ("broke within an hour"), nor the writer's compliance ("sent photos within the hour as
  /// asked").
  mutating func markPromptOutcomes(_ text: TokenizedText) {
    guard textTriggers.isSuperset(of: [.promptOpeners, .shortDurations]) else { return }
    for index in units.indices where units[index].kind == .neutral && units[index].length == 1 {
      let token = units[index].start
      // Most words start with neither letter: one byte read before any comparison. The norm's byte,
      // not the text's: a full-width "ｗｉｔｈｉｎ" is "within" (QA review 36, F12).
      let normRange = text.tokens[token].normRange
      guard !normRange.isEmpty else { continue }
      let initial = text.normBytes[normRange.lowerBound]
      guard initial == UInt8(ascii: "w") || initial == UInt8(ascii: "i") else { continue }
      let opener: Bool
      if Self.norm(of: text, token, is: "within") {
        opener = true
      } else if Self.norm(of: text, token, is: "in"), token + 1 < text.tokens.count,
        Self.norm(of: text, token + 1, is: "under")
          || (token + 2 < text.tokens.count && Self.norm(of: text, token + 1, is: "less")
            && Self.norm(of: text, token + 2, is: "than"))
      {
        opener = true
      } else {
        opener = false
      }
      guard opener else { continue }
      var next = token + 1
      while next < text.tokens.count, next - token <= 4,
        text.tokens[next].kind == .number || Self.isWord(text, next, in: Self.promptQuantities)
      {
        next += 1
      }
      guard next < text.tokens.count, next > token + 1, Self.isWord(text, next, in: Self.shortDurations) else {
        continue
      }
      // The writer's own compliance: "Sent photos within the hour as asked".
      if next + 2 < text.tokens.count, Self.norm(of: text, next + 1, is: "as"),
        Self.isWord(text, next + 2, in: Self.requests)
      {
        continue
      }
      // The clause: between the boundaries or connectives around "within" ("Lost my passport at the
      // gate, staff found it within 10 minutes": the loss is another clause).
      let clauseStart = (units[..<index].lastIndex { $0.kind == .boundary || $0.kind == .contrast } ?? -1) + 1
      let clauseEnd = units[index...].firstIndex { $0.kind == .boundary || $0.kind == .contrast } ?? units.count
      let blocked = units[clauseStart..<clauseEnd].contains { unit in
        if unit.kind == .negator && unit.start < token { return true }
        // A negative term, but not an expected outcome that happened ("called", "came": rule 25).
        if unit.kind == .valence, unit.entry >= 0, tables.entries[Int(unit.entry)].valence < 0,
          !tables.countsOnlyNegated(entry: unit.entry)
        {
          return true
        }
        return unit.start < token && unit.length == 1 && Self.isWord(text, unit.start, in: Self.promptBlockers)
      }
      // Another clause of the sentence may still hold one ("Nobody answered at first, but the
      // second agent fixed it within 10 minutes").
      if blocked { continue }
      units[index].kind = .valence
      units[index].entry = Self.promptOutcomeEntry
      return
    }
  }

  /// "as asked", "as requested": what the writer was told to do.
  private static let requests: ShortWords = ["asked", "requested", "instructed", "required", "told", "directed"]
  /// Words between "within" and its duration: "the hour", "an hour", "10 minutes", "less than".
  private static let promptQuantities: ShortWords = [
    "the", "a", "an", "one", "two", "three", "four", "five", "ten", "few", "couple", "of", "under", "less", "than",
    "half", "twenty", "thirty", "fifteen", "forty",
  ]
  /// The short durations of a prompt outcome (`RuleTriggers.shortDurations` lists them too).
  static let shortDurationWords = [
    "second", "seconds", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs",
  ]
  private static let shortDurations = ShortWords(shortDurationWords)
  /// Words before "within" that make it no outcome: modals, conditions, promises and requirements.
  private static let promptBlockers: ShortWords = [
    "will", "would", "should", "could", "can", "must", "may", "might", "if", "unless", "promised", "promise",
    "supposed", "meant", "expected", "guaranteed", "guarantee", "need", "needs", "needed", "aim", "aims", "try",
    "tries", "i'll", "we'll", "they'll", "you'll", "it'll", "going", "until",
  ]

  /// Most quantity tokens between the verb and the duration, plus one.
  private static let longWaitGap = 5
  private static let waitVerbs: ShortWords = ["took", "taken", "taking"]
  private static let waitObjects: ShortWords = ["me", "us", "them", "him", "her", "you"]
  private static let smallWaitWords: ShortWords = ["only", "just", "barely", "less"]
  /// The durations that "only" makes sarcastic before an exclamation of praise (not weeks: "only
  /// took 3 weeks, brilliant" is often meant).
  private static let monthsAndYears: ShortWords = ["month", "months", "year", "years"]
  private static let quantityWords: ShortWords = [
    "a", "an", "over", "nearly", "almost", "about", "around", "more", "than", "several", "few", "couple", "of",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "whole", "full", "another", "the",
    "best", "part", "at", "least", "well", "some",
  ]

  // MARK: "not what"

  /// Whether the negator at unit `index` opens "not what …" ("isn't what", "wasn't what"): a
  /// mismatch ("Not what we were promised", review r27), which a negative term after it names
  /// rather than denies. Positive terms are still negated ("not what I'd call good service"), and so
  /// is a term after a verb of judging ("not what I would call bad").
  func isNotWhat(_ text: TokenizedText, _ index: Int) -> Bool {
    guard
      index + 1 < units.count && units[index + 1].kind == .neutral && units[index + 1].length == 1
        && Self.norm(of: text, units[index + 1].start, is: "what")
    else { return false }
    // "Not what I would call bad" names a judgement, which the negator denies as usual.
    let after = (index + 2)..<min(units.count, index + 6)
    return !after.contains { Self.isWord(text, units[$0].start, in: Self.judgementVerbs) }
  }

  private static let judgementVerbs: ShortWords = ["call", "say", "describe", "consider", "rate"]

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

  /// Whether `unit` is a bare thanks ("thanks", "thank you", "thank u", "cheers", "thanks a lot") with its lexicon value
  /// unchanged, which closes a lukewarm answer politely (rule 18).
  func isBareThanks(_ text: TokenizedText, _ unit: Unit) -> Bool {
    guard hasLexiconValue(unit) else { return false }
    if unit.length == 1 { return first(unit, isIn: .thanks) || Self.isWord(text, unit.start, in: Self.cheers) }
    // "Thanks a lot", which after a complaint is as often sarcasm as gratitude (QA review 43).
    if unit.length == 3 { return first(unit, isIn: .thanks) && Self.isALot(text, unit.start + 1) }
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

  // MARK: Rule 26

  /// Whether `unit` is a courtesy of a request with its lexicon value unchanged: "kindly" opening a
  /// clause or after "please", "to", "sir" ("kindly share the invoice") or a greeting ("good morning", "good afternoon", "good evening").
  func isRequestCourtesy(_ text: TokenizedText, _ unit: Unit) -> Bool {
    let isCourtesy: Bool
    switch unit.length {
    case 1:
      // "Kindly share …", "sir, kindly refund", "request you to kindly check"; not "feel kindly toward".
      let before = unit.start - 1
      isCourtesy =
        Self.isWord(text, unit.start, in: Self.requestCourtesies)
        && (before < 0 || text.tokens[before].kind == .punct || Self.isWord(text, before, in: Self.courtesyLeads))
    case 2:
      isCourtesy =
        Self.norm(of: text, unit.start, is: "good") && Self.isWord(text, unit.start + 1, in: Self.greetingTimes)
    default:
      isCourtesy = false
    }
    return isCourtesy && hasLexiconValue(unit)
  }

  /// Whether the scored ranges (the text's sentences when `ranges` is nil) ask a question ("?"
  /// before token `questionBefore`) or make a request ("please", "pls", "kindly").
  func asksOrRequests(_ text: TokenizedText, ranges: [Range<Int>]?, count: Int, questionBefore: Int) -> Bool {
    for position in 0..<count {
      let range = ranges?[position] ?? text.sentences[position].tokenRange
      for index in range {
        switch text.tokens[index].kind {
        case .punct:
          if index < questionBefore, text.withNorm(of: text.tokens[index], { $0.contains(UInt8(ascii: "?")) }) {
            return true
          }
        case .word:
          if Self.isWord(text, index, in: Self.requestMarkers) { return true }
        default:
          break
        }
      }
    }
    return false
  }

  /// Courtesies of a request, and the times of day of a greeting (`RuleTriggers.requestCourtesies`
  /// lists both).
  static let requestCourtesyWords = ["kindly"]
  static let greetingTimeWords = ["morning", "afternoon", "evening"]
  private static let requestCourtesies = ShortWords(requestCourtesyWords)
  private static let greetingTimes = ShortWords(greetingTimeWords)
  /// Words before a request's "kindly".
  private static let courtesyLeads: ShortWords = ["please", "pls", "plz", "to", "sir", "madam", "you", "team"]
  private static let requestMarkers: ShortWords = ["please", "pls", "plz", "plss", "plse", "pl", "kindly"]

  // MARK: Rule 23

  /// Zeroes the bare thanks of the current sentence, which follows sentences that add up to a
  /// complaint (the caller checks that): "Thanks for asking anyway", "Thanks for the coffee".
  mutating func applyThanksAfterComplaint(_ text: TokenizedText, explain: Bool) {
    for index in units.indices where units[index].kind == .valence && units[index].value > 0 {
      guard isBareThanks(text, units[index]) else { continue }
      units[index].value = 0
      if explain { rules[index].append(.thanksAfterComplaint) }
    }
  }

  // MARK: Rule 24

  /// Zeroes the praise of a fix verb that reports no fix yet: after "be" ("when it will be fixed",
  /// "supposed to be resolved", "should be properly repaired": one adverb in "-ly" may stand
  /// between) or with "until"/"unless" at most four tokens before it in `range`.
  mutating func applyFixNotDone(_ text: TokenizedText, range: Range<Int>, explain: Bool) {
    for index in units.indices where units[index].kind == .valence && units[index].value > 0 {
      let unit = units[index]
      guard unit.length == 1, tokenWordLists[unit.start].contains(.fixVerbs) else { continue }
      var marker: String?
      var back = unit.start - 1
      if back > range.lowerBound, text.tokens[back].kind == .word,
        Self.norm(of: text, back, endsWith: "ly", minimum: 4)
      {
        back -= 1
      }
      if back >= range.lowerBound, Self.norm(of: text, back, is: "be") {
        marker = "be"
      } else {
        let from = max(range.lowerBound, unit.start - 4)
        if let found = (from..<unit.start).last(where: { Self.isWord(text, $0, in: Self.fixPending) }) {
          marker = text.norm(of: text.tokens[found])
        }
      }
      guard let marker else { continue }
      units[index].value = 0
      if explain { rules[index].append(.fixNotDone(marker: marker)) }
    }
  }

  /// Conjunctions after which a fix verb reports a fix still awaited ("until it is repaired").
  private static let fixPending: ShortWords = ["until", "till", "unless"]

  // MARK: Rule 19

  /// The verb of a fix that happened, when the negative term at unit `position` is what it removed:
  /// its object ("fixed my broken boiler", "sorted the damp problem", "cleared the backlog"; at most
  /// three plain words between, no other opinion term), or its subject before a passive ("the
  /// leak was repaired", "my issue has been resolved", "the fault got sorted"; no negator between:
  /// "never got fixed", "still hasn't been resolved" keep the problem). The verbs are the past
  /// forms of `WordList.fixVerbs`; a base form ("needs to fix the leak") is a fix not yet done,
  /// unless a frame of accomplishment reports it ("managed to fix the leak": `isAccomplishedFix`).
  /// `accomplished`: the verb is such a base form, without praise of its own.
  func fixedObject(_ text: TokenizedText, at position: Int) -> (verb: String, accomplished: Bool)? {
    // An adverb says how the fix went ("handled badly", "fixed it badly"): it is no object.
    let term = units[position]
    if term.length == 1, first(text, term, endsWith: "ly", minimum: 4) { return nil }
    // "replaced the wrong part", "managed to refund the wrong card": what is wrong is the fix's
    // fault, not what it removed (fiftieth session, review h50c).
    if term.length == 1, term.start > 0, Self.norm(of: text, term.start, is: "wrong"),
      tokenWordLists[term.start - 1].contains(.articles) || Self.norm(of: text, term.start - 1, is: "the")
    {
      return nil
    }
    var back = position - 1
    while back >= 0 && back >= position - 4 {
      let other = units[back]
      // A phrasal fix verb is a fix too: "sorted out a problem", "cleared up the mess".
      if other.length == 1 || (other.length == 2 && Self.isWord(text, other.start + 1, in: Self.fixParticles)),
        tokenWordLists[other.start].contains(.fixVerbs), other.kind == .neutral || other.kind == .valence
      {
        // "replaced by the forced funniness", "replaced it with a worse one": a substitution, whose
        // agent or replacement is no problem removed.
        let between = (other.start + 1)..<term.start
        if between.contains(where: { Self.isWord(text, $0, in: Self.substitutionWords) }) { return nil }
        // "could have been handled better": a fix that did not happen (review r30).
        if back >= 2, counterfactualModal(text, before: back - 1) != nil { return nil }
        return (text.norm(of: text.tokens[other.start]), false)
      }
      // A base form after a frame of accomplishment: "managed to fix the problem".
      if other.length == 1 || (other.length == 2 && Self.isWord(text, other.start + 1, in: Self.fixParticles)),
        other.kind == .neutral || other.kind == .valence, isAccomplishedFix(text, verb: other.start)
      {
        // A base form with praise of its own ("solve") keeps it, as a past form does, and the
        // problem counts nothing; one without ("fix") lends the problem the fix's praise.
        return (text.norm(of: text.tokens[other.start]), other.kind == .neutral)
      }
      guard other.kind == .neutral || other.kind == .intensifier else { break }
      // A coordinated clause has its own object: "fixed the heating and damaged the floor".
      if first(other, isIn: .conjunctions) || first(other, isIn: .coordinators)
        || Self.isWord(text, other.start, in: Self.clauseLinks)
      {
        break
      }
      back -= 1
    }
    // A phrase with its own negator ("still hasn't") is no subject of a fix.
    let holdsNegator = ids.withUnsafeBufferPointer { ids in
      (term.start..<(term.start + term.length)).contains {
        tables.negators.longestMatch(ids, from: $0, to: term.start + term.length) != nil
      }
    }
    if holdsNegator { return nil }
    var next = position + 1
    while next < units.count && next <= position + 4 {
      let other = units[next]
      guard other.kind == .neutral, other.length == 1 else { break }
      // "broken until it is fixed": the fix is awaited (rule 24), the problem stays.
      if Self.isWord(text, other.start, in: Self.fixPending) { break }
      if Self.isWord(text, other.start, in: Self.passiveLinks), next + 1 < units.count {
        let verb = units[next + 1]
        if verb.length == 1, verb.kind == .neutral || verb.kind == .valence,
          tokenWordLists[verb.start].contains(.fixVerbs)
        {
          return (text.norm(of: text.tokens[verb.start]), false)
        }
      }
      next += 1
    }
    return nil
  }

  private static let substitutionWords: ShortWords = ["by", "with"]

  /// Particles of a phrasal fix verb ("sorted out", "cleared up").
  private static let fixParticles: ShortWords = ["out", "up"]

  /// Words that start another clause between a fix verb and a later term.
  private static let clauseLinks: ShortWords = ["but", "then", "so", "while", "yet", "also"]

  /// The auxiliaries of a passive that reports a fix ("was fixed", "has been resolved", "got sorted").
  private static let passiveLinks: ShortWords = ["was", "were", "been", "got", "gets", "is", "are", "now"]

  /// Whether `unit` is a lexicon phrase of a negator + "even" ("didn't even", "never even").
  func isNegatedEven(_ text: TokenizedText, _ unit: Unit) -> Bool {
    unit.kind == .valence && unit.length == 2 && startsWithNegator(unit)
      && Self.norm(of: text, unit.start + 1, is: "even")
  }

  // MARK: Rule 16

  /// Whether every word of the text outside the thanks `unit` is a filler, at least one of them an
  /// answer ("nothing", "n/a", not only "you very much"), and the thanks is not "thanks to"
  /// ("No thanks to you" is sarcasm) or "thanks for" (thanks for something).
  func isFillerThanks(_ text: TokenizedText, _ unit: Unit) -> Bool {
    let end = unit.start + unit.length
    // A redacted name between counts as the name did: "Thanks [NAME] for nothing" is "thanks for"
    // (QA review 19: `--redact` turned "Thanks Sarah for nothing" neutral).
    var next = end
    while next < text.tokens.count,
      text.tokens[next].kind == .placeholder || (next == end && Self.isCapitalisedName(text, next))
    {
      next += 1
    }
    if next < text.tokens.count, Self.norm(of: text, next, is: "to") || Self.norm(of: text, next, is: "for") {
      return false
    }
    var words = 0
    var answers = 0
    for index in text.tokens.indices where index < unit.start || index >= end {
      let kind = text.tokens[index].kind
      guard kind == .word || kind == .number else { continue }
      // The one thanked: "Nothing else, thanks Sarah" as "thanks [NAME]" (a placeholder is no word).
      if index == end, Self.isCapitalisedName(text, index) { continue }
      words += 1
      guard words <= Self.maximumFillers else { return false }
      if Self.isWord(text, index, in: Self.fillerAnswers) {
        answers += 1
      } else if !Self.isWord(text, index, in: Self.thanksContinuations) {
        return false
      }
    }
    return answers > 0
  }

  /// Most filler words a polite formula closes.
  private static let maximumFillers = 8
  /// Words of answers that say nothing ("no", "nothing else", "n/a", "none at the moment", "not
  /// really", "that's all").
  private static let fillerAnswers: ShortWords = [
    "no", "nope", "nah", "none", "nothing", "nil", "n", "a", "na", "else", "more", "not", "really", "to", "add",
    "at", "the", "this", "moment", "time", "comment", "comments", "that's", "thats", "all", "for", "now", "i",
    "think",
  ]
  /// Words that continue the thanks itself ("thank you very much", "thanks again").
  private static let thanksContinuations: ShortWords = ["you", "u", "very", "much", "so", "again", "anyway"]
}
