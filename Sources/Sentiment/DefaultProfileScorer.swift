import Tokenization
import VerbatimCore

/// The default profile: VADER's additive scheme (Hutto & Gilbert 2014) on ICU tokens, with its
/// quirks fixed and rules for customer feedback. Per sentence:
///
/// 1. Tokens become units, longest match first: valence terms (words, multi-word expressions,
///    wildcards, emoji, emoticons), negators, intensifiers, contrastive connectives, clause
///    boundaries (punctuation other than ' - " /). Mentions, URLs and e-mail addresses are never
///    units; a hashtag is looked up without its `#`. A word that is both a valence term and a
///    modifier ("incredibly", "no") is a modifier only when a valence term follows within 2 tokens.
///    A word that matches nothing as written but has a letter repeated three times or more is
///    looked up shortened ("loooove" → love, "sooo" → so; `Elongation`), and the rules that test
///    a word's spelling read it shortened too ("whyyy" → why; `shortenedForRules`).
/// 2. Each valence term v: ALL CAPS in mixed-case text → |v| + capsIncrement; lengthened →
///    |v| + elongationIncrement; each intensifier at
///    distance d ≤ 3 with no valence term in between → |v| + scalar·decay[d] (never past 0, so a
///    dampener shrinks whatever the sign); an odd number of negators within `negationScope`
///    tokens, not across a boundary → v·negationScalar if v > 0, v·negatedNegativeScalar if v < 0.
///    Negation scope details: a term that opens with its own negator ("no apology") is not
///    negated again; a conjunction ends the scope of "no", "zero", "less" ("zero fees and great
///    rates"); a term coordinated by "or"/"nor" with a negated term is negated ("never any delays or
///    problems"); "make + object + feel" does not count toward the distance; an adverb inside a
///    negator-initial phrase keeps it ("no one ever answers"); a subject negator followed by a
///    prepositional phrase reaches four words further ("none of the staff were helpful"); a negator
///    right after a term, as its object, negates it ("fixed nothing", "helped no one at all";
///    `objectNegator(_:after:)`).
/// 3. The first contrastive connective splits the sentence: the promoted side × contrastStrongWeight,
///    the other × contrastWeakWeight; a sentence that opens with one demotes the previous sentence.
/// 4. A lone exclamation of praise ("Great", "Brilliant", "Perfect") that opens a sentence and is
///    followed by a boundary, when the rest of the sentence sums negative (or sums zero and opens
///    with "another": "Great, another update") and holds neither praise nor a verb of fixing
///    ("fixed", "refunded", "replaced") other than a stock phrase of satisfaction or a fix in scare
///    quotes (`isPlainComplaint`), is ironic: × ironicPraiseScalar. The customer-feedback
///    rules in `FeedbackRules.swift` (negation scope and polarity, repeated actions, sarcasm
///    markers, praise after a complaint, return intent) refine steps 1–4.
/// 5. Sentence sum + "!"/"?" emphasis away from 0; text sum s = Σ sentences;
///    compound = s / √(s² + α); pos/neu/neg as in VADER: each positive unit adds v + 1, each
///    negative |v| + 1, each other word 1, the emphasis goes to the larger side, divided by the total.
struct DefaultProfileScorer {
  /// The model's tables and constants, behind one reference: the scorer is copied whenever one of
  /// its non-mutating helpers is called from a mutating method, and a copy then costs one retain
  /// instead of a copy of every table's storage. For the same reason the scorer holds no constants
  /// (they are `static`) and no rarely used scratch: at 116 bytes, all but the last four in 8-byte
  /// words (`stateBits`), a copy is a few moves, where 153 bytes took a call to `memcpy`.
  private let model: Resources
  @inline(__always) var tables: RuleTables { _read { yield model.tables } }
  @inline(__always) var parameters: SentimentParameters { _read { yield model.parameters } }
  @inline(__always) private var thresholds: SentimentThresholds { _read { yield model.thresholds } }

  /// `@unchecked Sendable`: the readers are pointers into `tables`, a constant, which no one
  /// mutates; they are read only.
  private final class Resources: @unchecked Sendable {
    let tables: RuleTables
    let parameters: SentimentParameters
    let thresholds: SentimentThresholds
    /// `tables.vocabulary` and its token records read through pointers (`mapTokens`), valid as
    /// long as this object: `tables` is a constant, its arrays never mutated nor released.
    let vocabulary: Vocabulary.Reader
    let tokenRecords: TokenRecords.Reader

    init(_ model: SentimentModel) {
      tables = model.rules
      parameters = model.parameters
      thresholds = model.thresholds
      vocabulary = tables.vocabulary.unsafeReader()
      tokenRecords = tables.unsafeTokenRecords
    }
  }
  private static let maximumDistance = 3
  /// How many more words a subject negator reaches over the phrase after it ("none of the
  /// staff were helpful").
  private static let subjectPhraseWords = 4
  /// How many more words a negated raising verb reaches into the clause it introduces ("I don't
  /// think the staff were helpful", "I wouldn't say the food was good").
  private static let raisedClauseWords = 4
  /// How many more words a negative inversion reaches into its clause ("Not once was the agent
  /// helpful", "Never did the staff smile"; `isInvertedNegator(_:at:)`).
  private static let invertedClauseWords = 2

  enum UnitKind { case valence, negator, intensifier, contrast, boundary, neutral }

  /// 24 bytes: the token index and count are stored as `Int32` (a text's tokens are counted in
  /// `Int32` elsewhere too: `wordPositions`, `LengthenedWord.token`) and read as `Int`. At 48
  /// bytes (two `Int`s, the flags after the `Double`), every sentence's units moved twice the
  /// bytes from the builder's buffer into `units`, and every copy of a unit in the rules read
  /// six words instead of three.
  struct Unit {
    var kind: UnitKind
    var isCaps: Bool
    /// Set when a negator flipped this valence term (for "never any delays or problems").
    var isNegated: Bool
    /// Index into the table's entries (`repeatedActionEntry` for the repeated-action rule).
    var entry: Int32
    private var start32: Int32
    private var length32: Int32
    var value: Double

    /// First token index and token count.
    var start: Int {
      @inline(__always) get { Int(start32) }
      @inline(__always) set { start32 = Int32(truncatingIfNeeded: newValue) }
    }
    var length: Int {
      @inline(__always) get { Int(length32) }
      @inline(__always) set { length32 = Int32(truncatingIfNeeded: newValue) }
    }

    @inline(__always)
    init(
      kind: UnitKind, start: Int, length: Int, entry: Int32, value: Double = 0, isCaps: Bool = false,
      isNegated: Bool = false
    ) {
      self.kind = kind
      self.isCaps = isCaps
      self.isNegated = isNegated
      self.entry = entry
      start32 = Int32(truncatingIfNeeded: start)
      length32 = Int32(truncatingIfNeeded: length)
      self.value = value
    }
  }

  // Scratch, reused across texts.
  /// Per token, its vocabulary id (-1 when no term uses it); its first `tokenCount` elements are
  /// the text's (see `tokenWordLists`).
  private(set) var ids: [Int32] = []
  /// Per token (and one past the last), how many tokens before it count for modifier distances:
  /// numbers (with a "+", "(" or ")" glued to them) and the placeholders of numeric data do not, so
  /// "not even 020 7946 0958 helped" and its redacted form "not even [PHONE] helped" put "not" at
  /// the same distance from "helped".
  private var wordPositions: [Int32] = []
  /// Per token, the grammar word lists it is in (empty for hashtags, mentions, URLs…). Like `ids`,
  /// it may hold more elements than the text has tokens (left from a longer text: `mapTokens`
  /// grows the two arrays but never shrinks them); `tokenCount` is how many belong to the text.
  private(set) var tokenWordLists: [WordList] = []
  /// The number of tokens of the text `mapTokens` mapped last.
  private(set) var tokenCount = 0
  /// Every word list some token of the text is in, and whether the text has an emoji: rules whose
  /// trigger words or emoji are absent are skipped.
  private(set) var textWordLists: WordList = []
  var units: [Unit] = []
  var rules: [[SentimentRule]] = []
  private var sentenceRanges: [Range<Int>] = []
  /// The lengthened words of the text (`Elongation`), in token order; usually empty: those that
  /// matched a term only once shortened ("sooo", "loooove"), and those the rules read shortened
  /// ("whyyy", "pleeease"; `LengthenedWord`).
  private var lengthenedWords: [LengthenedWord] = []
  /// Whether the text has a lengthened word (`lengthenedWords`): the rules then read some words
  /// otherwise than their vocabulary ids say. A bit of `stateBits`, set by `mapTokens` (the only
  /// writer of `lengthenedWords`): asked for every term, `lengthenedWords.isEmpty` was a call.
  private(set) var hasLengthenedWords: Bool {
    @inline(__always) get { stateBits & StateBit.hasLengthenedWords != 0 }
    @inline(__always) set { stateBits = Self.setting(stateBits, StateBit.hasLengthenedWords, newValue) }
  }
  /// The consequent of an averting condition in the sentence being scored, whose negative terms
  /// the writer was spared, and the condition's marker token (rule 29); nil in most sentences.
  /// Stored as a range and a marker (-1: none), not as an optional, whose tag byte was copied on
  /// its own (`stateBits`).
  var avertedConsequent: (range: Range<Int>, marker: Int)? {
    @inline(__always) get { avertedMarker < 0 ? nil : (avertedRange, avertedMarker) }
    @inline(__always) set {
      if let newValue {
        avertedRange = newValue.range
        avertedMarker = newValue.marker
      } else {
        avertedMarker = -1
      }
    }
  }
  private var avertedRange: Range<Int> = 0..<0
  private var avertedMarker = -1
  /// The text's and the sentence's small facts below, packed in one word (`StateBit`): a mutating
  /// method copies the scorer to call a non-mutating helper (`valence(of:…)` once per term, and a
  /// few more per sentence), and a copy moved the nine flags, the marks, the triggers and two
  /// optionals' tags one byte at a time (some 60 instructions a copy, where 8-byte words go in
  /// pairs). Bits 0–31: `textTriggers`; 32–39: `textMarks`; from 40: the flags.
  private var stateBits: UInt64 = StateBit.hasNegatorUnit
  /// The connective that closes the sentence being scored (`trailingConnective`), `Int32.min` for none.
  private var trailingConnectiveEntry = Int32.min
  /// The score that opens an answer to a question asking for one (`RatingScale`), set by
  /// `SentimentScorer.score(_:explain:question:)` for one text (`AnswerScore.none` for every
  /// other text, so that no other number is read as one). Eight bytes: the scorer stays within
  /// 128 (`ScorerLayoutTests`).
  var answerScore = AnswerScore.none

  /// The flags' bits in `stateBits`.
  private enum StateBit {
    static let textHasEmoji: UInt64 = 1 << 40
    static let textMayHoldCurrencySign: UInt64 = 1 << 41
    static let previousSentenceScored: UInt64 = 1 << 42
    static let hasContrastUnit: UInt64 = 1 << 43
    static let hasNegatorUnit: UInt64 = 1 << 44
    static let hasSuggestionFrame: UInt64 = 1 << 45
    static let hasContrastTerm: UInt64 = 1 << 46
    static let ironySeen: UInt64 = 1 << 47
    static let praiseDenied: UInt64 = 1 << 48
    static let hasLengthenedWords: UInt64 = 1 << 49
    static let triggers: UInt64 = 0xFFFF_FFFF
    static let marks: UInt64 = 0xFF << 32
  }

  /// `stateBits` with `bit` set to `on`.
  @inline(__always)
  private static func setting(_ bits: UInt64, _ bit: UInt64, _ on: Bool) -> UInt64 {
    on ? bits | bit : bits & ~bit
  }

  /// The rule triggers (`RuleTriggers`) of the text's tokens: rules whose triggers are absent are
  /// skipped.
  private(set) var textTriggers: RuleTriggers {
    @inline(__always) get { RuleTriggers(rawValue: UInt32(truncatingIfNeeded: stateBits)) }
    @inline(__always) set { stateBits = stateBits & ~StateBit.triggers | UInt64(newValue.rawValue) }
  }
  private(set) var textHasEmoji: Bool {
    @inline(__always) get { stateBits & StateBit.textHasEmoji != 0 }
    @inline(__always) set { stateBits = Self.setting(stateBits, StateBit.textHasEmoji, newValue) }
  }
  /// The ASCII marks the text holds (`TextMarks`), found by `mapTokens`.
  private(set) var textMarks: TextMarks {
    @inline(__always) get { TextMarks(rawValue: UInt8(truncatingIfNeeded: stateBits &>> 32)) }
    @inline(__always) set { stateBits = stateBits & ~StateBit.marks | UInt64(newValue.rawValue) &<< 32 }
  }
  /// Whether the text may hold a currency sign (`isCurrencySign`): it holds a "$", or it is not
  /// ASCII. Without one, no sentence of the text is tested for rule 38.
  private(set) var textMayHoldCurrencySign: Bool {
    @inline(__always) get { stateBits & StateBit.textMayHoldCurrencySign != 0 }
    @inline(__always) set { stateBits = Self.setting(stateBits, StateBit.textMayHoldCurrencySign, newValue) }
  }
  /// The connective that closes the sentence being scored ("The staff were rude, however."), if any.
  private(set) var trailingConnective: Int32? {
    @inline(__always) get { trailingConnectiveEntry == Int32.min ? nil : trailingConnectiveEntry }
    @inline(__always) set { trailingConnectiveEntry = newValue ?? Int32.min }
  }
  /// Whether the sentence before the one being scored has a score: a sentence-final "though" then
  /// concedes against it (`applyTrailingThough`).
  private var previousSentenceScored: Bool {
    @inline(__always) get { stateBits & StateBit.previousSentenceScored != 0 }
    @inline(__always) set { stateBits = Self.setting(stateBits, StateBit.previousSentenceScored, newValue) }
  }
  /// Whether the sentence being scored has a contrast unit (most have none: `applyContrast` then
  /// does not search for one).
  private var hasContrastUnit: Bool {
    @inline(__always) get { stateBits & StateBit.hasContrastUnit != 0 }
    @inline(__always) set { stateBits = Self.setting(stateBits, StateBit.hasContrastUnit, newValue) }
  }
  /// Whether the sentence being scored may have a negator unit (set when its units are built; rules
  /// only ever turn negators into other units). Without one, the words a negation reaches over
  /// (`isNegationGap`, `opensClause`) change nothing, and `valence(of:)` does not test them.
  /// True until the first sentence's units are built.
  private var hasNegatorUnit: Bool {
    @inline(__always) get { stateBits & StateBit.hasNegatorUnit != 0 }
    @inline(__always) set { stateBits = Self.setting(stateBits, StateBit.hasNegatorUnit, newValue) }
  }
  /// Whether the sentence being scored has a suggestion frame unit (`suggestionFrameEntry`; most
  /// have none: `applySuggestion` then does not search for one).
  var hasSuggestionFrame: Bool {
    @inline(__always) get { stateBits & StateBit.hasSuggestionFrame != 0 }
    @inline(__always) set { stateBits = Self.setting(stateBits, StateBit.hasSuggestionFrame, newValue) }
  }
  /// Whether the sentence being scored has a valence unit of a term that turns the sentence as
  /// "but" does (`EntryTags.opensContrast`; most have none: `applyContrastTerm` then does not
  /// search for one). Ratings, and the rules that make units valence, give them their own entries
  /// (negative), never such a term.
  private var hasContrastTerm: Bool {
    @inline(__always) get { stateBits & StateBit.hasContrastTerm != 0 }
    @inline(__always) set { stateBits = Self.setting(stateBits, StateBit.hasContrastTerm, newValue) }
  }
  /// Whether rule 4 has found irony in an earlier sentence of the text being scored: sarcasm is
  /// kept up, so later short praise is ironic too ("Brilliant, my train was cancelled again. Best
  /// commute ever."; review r27).
  var ironySeen: Bool {
    @inline(__always) get { stateBits & StateBit.ironySeen != 0 }
    @inline(__always) set { stateBits = Self.setting(stateBits, StateBit.ironySeen, newValue) }
  }
  /// Whether the text holds "said no one (ever)" / "said nobody": all its praise is ironic (rule 4).
  var praiseDenied: Bool {
    @inline(__always) get { stateBits & StateBit.praiseDenied != 0 }
    @inline(__always) set { stateBits = Self.setting(stateBits, StateBit.praiseDenied, newValue) }
  }

  init(model: SentimentModel) {
    self.model = Resources(model)
  }

  /// `mapped`: whether `text`'s tokens are the ones `mapTokens` mapped last (its lookups are then
  /// not made again; `SentimentScorer.beginReusingLookups(of:)`). The same in the methods below.
  mutating func score(
    _ text: TokenizedText, sentences selection: [Int]?, clauses: [Range<Int>]? = nil, explain: Bool,
    mapped: Bool = false
  ) -> (SentimentScore, SentimentExplanation?) {
    if !mapped { mapTokens(text) }
    // Most texts have no lengthened word and are scored as they are: `shortenedForRules` would
    // return a copy of the text, whose four buffers were retained and released again for every
    // text (some 250 instructions).
    if !hasLengthenedWords {
      return scoreMapped(text, sentences: selection, clauses: clauses, explain: explain)
    }
    // A text with a lengthened word is read by the rules with the word shortened.
    return scoreMapped(shortenedForRules(text), sentences: selection, clauses: clauses, explain: explain)
  }

  /// Each clause scored on its own, the tokens mapped to lexicon ids once for all of them.
  mutating func scoreEach(_ text: TokenizedText, clauses: [Range<Int>], mapped: Bool = false) -> [SentimentScore] {
    if !mapped { mapTokens(text) }
    let text = shortenedForRules(text)
    // Whole-text facts once, not once per clause (a long text may have thousands of clauses; QA
    // review 32, M3: the "!"/"?" search over the whole text, once per clause, made `tag` quadratic).
    let facts = (
      hasLowercase: textHasLowercase(text), mayHoldQuotes: Self.mayHoldQuotes(text, marks: textMarks),
      deniesPraise: Self.deniesPraise(text, triggers: textTriggers, lists: textWordLists),
      holdsEmphasisMarks: Self.mayHoldEmphasis(text, marks: textMarks)
    )
    return clauses.map { scoreMapped(text, sentences: nil, clauses: [$0], explain: false, facts: facts).0 }
  }

  /// `score` after `mapTokens(text)`; `facts` are `textHasLowercase(text)`, `mayHoldQuotes(text)`,
  /// `deniesPraise(text, …)` and `holdsEmphasisMarks(text)` when the caller has them.
  private mutating func scoreMapped(
    _ text: TokenizedText, sentences selection: [Int]?, clauses: [Range<Int>]?, explain: Bool,
    facts: (hasLowercase: Bool, mayHoldQuotes: Bool, deniesPraise: Bool, holdsEmphasisMarks: Bool)? = nil
  ) -> (SentimentScore, SentimentExplanation?) {
    // Found at the first term in capitals (`textHasLowercase(_:known:)`): most texts have none.
    var hasLowercase = facts?.hasLowercase
    let mayHoldQuotes = facts?.mayHoldQuotes ?? Self.mayHoldQuotes(text, marks: textMarks)
    // Rule 56 reads only a listing's question and answer ("Q: … A: …"): one test per text, and
    // a call only for a text whose second token is one byte long, as its ":" is (most texts'
    // second token is a word: the call and its word test cost some 40 instructions a text).
    let answersListingQuestion =
      text.tokens.count >= 4 && text.tokens[1].normRange.count == 1 && Self.opensWithListingQuestion(text)
    // Most texts have no obligation modal: their sentences skip `markUnmetObligations`.
    let mayHoldObligation = textTriggers.contains(.obligationModals)
    // Most texts have no currency sign: their sentences skip `markPriceQuote`.
    let mayQuotePrice = textMayHoldCurrencySign
    // The rules below whose trigger words the text lacks are not called for its sentences (each
    // returns at once then: it tests the same words first; a call cost some 25 instructions).
    let mayRepeatAction = textWordLists.contains(.keepForms)
    let mayWaitLong = textWordLists.contains(.longDurations)
    let mayStateWait = textTriggers.contains(.waitWords)
    let mayCount = !textTriggers.isDisjoint(with: Self.countTriggers)
    let mayExceed = textTriggers.contains(.too)
    // Two tests each, not `isSuperset(of:)` an option-set literal: that may build an array per text.
    let mayPromptlyOutcome = textTriggers.contains(.promptOpeners) && textTriggers.contains(.shortDurations)
    let maySubstitute = textTriggers.contains(.orderVerbs) && textTriggers.contains(.receiveVerbs)
    let mayBeCounterfactual =
      textWordLists.contains(.counterfactualModals) || textWordLists.contains(.counterfactualPerfects)
    // A whole text's sentences (the usual call) are read from `text.sentences`; clauses, a
    // selection or a text without sentences go through the range scratch.
    let wholeText = clauses == nil && selection == nil && !text.sentences.isEmpty
    var ranges: [Range<Int>] = []
    if !wholeText { ranges = takeRanges() }
    defer { if !wholeText { sentenceRanges = ranges } }
    if let clauses {
      // Token ranges scored as sentences of their own (aspect-level sentiment of a tag's clauses).
      for clause in clauses where clause.lowerBound >= 0 && clause.upperBound <= text.tokens.count {
        ranges.append(clause)
      }
    } else if text.sentences.isEmpty {
      ranges.append(0..<text.tokens.count)
    } else if let selection {
      for index in selection where text.sentences.indices.contains(index) {
        ranges.append(text.sentences[index].tokenRange)
      }
    }
    let rangeCount = wholeText ? text.sentences.count : ranges.count
    /// The token range of the scored sentence at `position`.
    func sentenceRange(_ position: Int) -> Range<Int> {
      wholeText ? text.sentences[position].tokenRange : ranges[position]
    }
    ironySeen = false
    praiseDenied = facts?.deniesPraise ?? Self.deniesPraise(text, triggers: textTriggers, lists: textWordLists)
    var explanation = explain ? SentimentExplanation() : nil
    var total = 0.0
    var positiveSum = 0.0
    var negativeSum = 0.0
    var neutralCount = 0.0
    var totalEmphasis = 0.0
    var previousSentence:
      (
        sum: Double, firstContribution: Int, reportsFix: Bool, lowest: Double, praise: (value: Double, count: Int)?,
        positive: Double, negative: Double
      )?
    // Rule 18: unmodified lukewarm terms seen, and whether any other term has a value.
    var lukewarmTerms = 0
    var politeThanks = 0
    // Rule 26: a question before this token makes the courtesy terms a request's (a thanks after the
    // question; a greeting or "kindly" anywhere).
    var courtesyQuestionLimit = 0
    var otherOpinion = false
    // Rule 20: a balance statement seen, and terms of each sign after the rules.
    var statesBalance = false
    var positiveTerms = false
    var negativeTerms = false
    // Whether the text holds a "!" or "?" (`TextMarks.emphasis`).
    let holdsEmphasisMarks = facts?.holdsEmphasisMarks ?? Self.mayHoldEmphasis(text, marks: textMarks)
    // Whether the text may hold a bare thanks (`isBareThanks`): a thanks word, "cheers" or "ta".
    // Most texts hold none, and their praise is not asked about it.
    let mayThank = textWordLists.contains(.thanks) || textTriggers.contains(.cheers)
    // Rules 21 and 22: laughter and loud crying seen.
    var laughter = CancellableTerms()
    var tears = CancellableTerms()
    // Rule 26: whether a sentence before this one asked a question.
    var askedEarlier = false
    for position in 0..<rangeCount {
      let range = sentenceRange(position)
      let firstContribution = explanation?.contributions.count ?? 0
      buildUnits(text, range: range)
      if mayRepeatAction { markRepeatedActions(text) }
      if mayWaitLong { markLongWaits(text) }
      if mayStateWait { markTimedWaits(text) }
      // "Ordered on the 3rd, it's now the 20th": the days are written in digits (rule 42).
      if textMarks.contains(.digit) { markElapsedDates(text) }
      if mayCount { markCounts(text, range: range) }
      if mayExceed { markPlainExcess(text) }
      if mayPromptlyOutcome { markPromptOutcomes(text) }
      // Rule 10 turns a "why" into a complaint: a text without one skips the call.
      if textTriggers.contains(.why) { markComplaintQuestion(text) }
      if mayHoldObligation { markUnmetObligations(text) }
      if mayBeCounterfactual {
        markUnmetConditions(text)
        markCounterfactualPresuppositions(text)
        // An "if", or an "and" after an imperative ("Fix the app and it would be great").
        if textWordLists.contains(.conditions) || textWordLists.contains(.conjunctions) {
          markConditionalPraise(text)
        }
      } else {
        // What `markCounterfactualPresuppositions` sets before it finds no counterfactual modal.
        avertedConsequent = nil
        // A rating on a condition needs no modal ("5 stars if you fix the crashes", rule 50).
        if textWordLists.contains(.conditions) { markConditionalRating(text) }
      }
      if maySubstitute { markSubstitutions(text) }
      if mayQuotePrice { markPriceQuote(text, range: range) }
      if position > 0, range.count <= Self.denialTokens, let previous = previousSentence {
        markBrokenPromise(text, previous: sentenceRange(position - 1), previousLowest: previous.lowest)
      } else if hasNegatorUnit && textTriggers.contains(.praiseDenials) {
        // A word of a reported promise is in the text (its trigger).
        markBrokenPromiseInSentence(text)
      }
      previousSentenceScored = previousSentence.map { $0.sum != 0 } ?? false
      scoreUnits(
        text, hasLowercase: &hasLowercase, mayHoldQuotes: mayHoldQuotes, answersListingQuestion: answersListingQuestion,
        explain: explain)
      // Rule 48: "Great service... not", "Great service. NOT!" (a text without "not" skips it).
      if textTriggers.contains(.not),
        let limit = closingNotLimit(
          text, range: range, next: position + 1 < rangeCount ? sentenceRange(position + 1) : nil)
      {
        applyClosingNot(before: limit, explain: explain)
      }
      // "The box was damaged. Thanks for asking anyway.": politeness after a complaint (rule 23); a
      // doubt the writer overcame ("I was skeptical but …", half weight) is no complaint (QA review 42).
      if position > 0 && total <= parameters.lonePraiseAfterComplaint {
        applyThanksAfterComplaint(text, explain: explain)
      }
      // "Could you let me know? Thanks, Lauren": thanks for the answer asked for (rule 26). Each
      // earlier sentence is read for a "?" once, so a text of many sign-offs stays linear.
      if mayThank && position > 0 && holdsEmphasisMarks {
        if !askedEarlier { askedEarlier = holdsQuestionMark(text, sentenceRange(position - 1)) }
        if askedEarlier { applyThanksAfterQuestion(text, range: range, explain: explain) }
      }
      if textWordLists.contains(.fixVerbs) { applyFixNotDone(text, range: range, explain: explain) }
      if textTriggers.contains(.helpWord) { applyRequestedHelp(text, range: range, explain: explain) }
      if let previous = previousSentence {
        applyPraiseAfterComplaint(
          text, previousSum: previous.sum, textSum: total, previousReportsFix: previous.reportsFix, explain: explain)
        applyQuestionedPraise(
          text, range: range, previous: sentenceRange(position - 1), previousSum: previous.sum, explain: explain)
      }
      // "But the service…" at the start, or "…, however." at the end, turns against the previous sentence.
      let sentenceConnective: Int32? = units.first?.kind == .contrast ? units[0].entry : trailingConnective
      // A closing "though" concedes its own sentence instead (`applyTrailingThough`).
      if let sentenceConnective, let previous = previousSentence, previous.sum != 0,
        tables.contrastEntries[Int(sentenceConnective)].side == .after
      {
        // "Good food. But the service…": the previous sentence is demoted.
        let adjustment = previous.sum * (parameters.contrastWeakWeight - 1)
        total += adjustment
        // The proportions count the demoted terms as the explanation shows them (QA review 40: "The
        // food was good. But …" counted "good" whole in pos, weighted in the compound).
        positiveSum += previous.positive * (parameters.contrastWeakWeight - 1)
        negativeSum += previous.negative * (parameters.contrastWeakWeight - 1)
        laughter.scale(sentence: position - 1, by: parameters.contrastWeakWeight)
        tears.scale(sentence: position - 1, by: parameters.contrastWeakWeight)
        if explanation != nil {
          let connective = tables.contrastEntries[Int(sentenceConnective)].term
          for index in previous.firstContribution..<firstContribution {
            explanation!.contributions[index].contribution *= parameters.contrastWeakWeight
            explanation!.contributions[index].rules.append(
              .clauseWeight(connective: connective, weight: parameters.contrastWeakWeight))
          }
        }
      }
      // "Not great, not terrible": an answer of one sentence that gives neither verdict (rule 20).
      if rangeCount == 1, textWordLists.contains(.not) || hasNegatorUnit, deniesBothVerdicts(text) {
        statesBalance = true
      }
      var sum = 0.0
      // This sentence's positive and negative term values, for a demotion by the next sentence.
      var sentencePositive = 0.0
      var sentenceNegative = 0.0
      // Read through a buffer: the loop neither reads the array's count again nor copies each
      // whole unit at every step. The sum and the neutral count, added to at every unit, are the
      // closure's own variables (kept in registers), written back once: captured, each step
      // loaded and stored them through a pointer (1.2M instructions of `score` on the VADER
      // texts). The same additions in the same order: the same values.
      (sum, neutralCount) = units.withUnsafeBufferPointer { units in
        var unitSum = sum
        var neutralUnits = neutralCount
        for index in units.indices {
          // The kind and value only: a whole unit (48 bytes) is copied for a valence term alone.
          unitSum += units[index].value
          switch units[index].kind {
          case .valence:
            let unit = units[index]
            // `isBareThanks` of the unit, once asked: both tests below ask it of most praise.
            var bareThanks: Bool?
            if unit.value > 0 {
              positiveSum += unit.value + 1
              sentencePositive += unit.value
              if tables.tags(ofEntry: unit.entry).contains(.isLaughter) {
                laughter.add(unit.value, sentence: position, contribution: explanation?.contributions.count)
              } else {
                let bare = mayThank && isBareThanks(text, unit)
                bareThanks = bare
                // A bare thanks closing the answer is politeness, not the praise a balance weighs.
                if !bare { positiveTerms = true }
              }
            } else if unit.value < 0 {
              negativeSum += -unit.value + 1
              sentenceNegative -= unit.value
              if tables.tags(ofEntry: unit.entry).contains(.isTears) {
                tears.add(unit.value, sentence: position, contribution: explanation?.contributions.count)
              } else {
                negativeTerms = true
              }
            } else {
              neutralUnits += 1
            }
            if unit.value != 0 {
              // Thanks closing a lukewarm answer is politeness, not praise ("fine thanks", "ok,
              // cheers"; review r28).
              if isUnmodifiedLukewarm(unit) {
                lukewarmTerms += 1
              } else if bareThanks ?? (mayThank && isBareThanks(text, unit)) {
                politeThanks += 1
                courtesyQuestionLimit = max(courtesyQuestionLimit, unit.start)
              } else if textTriggers.contains(.requestCourtesies) && isRequestCourtesy(text, unit) {
                politeThanks += 1
                courtesyQuestionLimit = text.tokens.count
              } else {
                otherOpinion = true
              }
            }
            if explain { explanation!.contributions.append(contribution(text, unit, rules[index])) }
          case .neutral:
            neutralUnits += 1
            // A phrase scored 0 that covers words of its own ("would be nice") is named, so the
            // explanation says why those words count nothing. (`explain`: whether `explanation` is
            // non-nil, a flag in a register rather than the captured optional's tag in memory.)
            // Marked unlikely: with the explanation's branch taken as often as not, the loop's
            // registers were saved to the stack at every neutral unit (most units).
            if _slowPath(explain), let frame = neutralFrame(text, units[index]) {
              explanation!.contributions.append(frame)
            }
            // "it never evened out" denies the balance.
            if units[index].entry == Self.balanceFrameEntry && (index == 0 || units[index - 1].kind != .negator) {
              statesBalance = true
            }
          case .negator, .intensifier, .contrast:
            neutralUnits += 1
          case .boundary:
            break
          }
        }
        return (unitSum, neutralUnits)
      }
      // Rule 36: "Great. Another delay.": a lone praise sentence before a plain complaint is ironic.
      if let previous = previousSentence, let praise = previous.praise,
        complaintMakesPraiseIronic(text)
      {
        let factor = parameters.ironicPraiseScalar
        total += previous.sum * (factor - 1)
        laughter.scale(sentence: position - 1, by: factor)
        tears.scale(sentence: position - 1, by: factor)
        positiveSum -= praise.value + Double(praise.count)
        negativeSum += -praise.value * factor + Double(praise.count)
        ironySeen = true
        if explanation != nil {
          for index in previous.firstContribution..<firstContribution {
            explanation!.contributions[index].contribution *= factor
            explanation!.contributions[index].rules.append(.ironicPraise(factor: factor))
          }
        }
      }
      // "!"/"?" only push a sentence that already leans one way: counted only then, and only in a
      // text that holds one.
      let (exclamations, questions) = sum != 0 && holdsEmphasisMarks ? countEmphasis(text) : (0, 0)
      let emphasis = parameters.punctuationEmphasis(exclamations: exclamations, questions: questions)
      if sum != 0 && emphasis > 0 {
        let signed = sum > 0 ? emphasis : -emphasis
        sum += signed
        totalEmphasis += emphasis
        if explanation != nil {
          explanation!.contributions.append(
            SentimentContribution(
              text: String(repeating: "!", count: exclamations) + String(repeating: "?", count: questions),
              term: exclamations > 0 ? "!" : "?", start: nil, end: nil, lexiconValence: 0,
              origin: "punctuation",
              rules: [.punctuationEmphasis(exclamations: exclamations, questions: questions)], contribution: signed))
        }
      }
      total += sum
      let reportsFix = textWordLists.contains(.fixVerbs) && range.contains { tokenWordLists[$0].contains(.fixVerbs) }
      // The strongest complaint term, for rule 35 (a denial after harm foretold is relief); only
      // read before a sentence short enough to be a denial.
      var lowest = 0.0
      if position + 1 < rangeCount,
        sentenceRange(position + 1).count <= Self.denialTokens
      {
        for unit in units where unit.value < lowest { lowest = unit.value }
      }
      let praise = sum > 0 && position + 1 < rangeCount ? lonePraiseSentence(text) : nil
      previousSentence = (sum, firstContribution, reportsFix, lowest, praise, sentencePositive, sentenceNegative)
    }
    // An answer with no opinion either way: only lukewarm terms ("ok i guess", "Average
    // experience"; rule 18), or only courtesy around a question or request ("How do I reset my
    // password? thank u", "kindly share the invoice"; rule 26).
    let scoredRanges = wholeText ? nil : ranges
    let neutralAnswer: SentimentRule? =
      if otherOpinion {
        nil
      } else if lukewarmTerms > 0 {
        totalEmphasis == 0 && isShortAnswer(text, ranges: scoredRanges, count: rangeCount) ? .lukewarmAnswer : nil
      } else if politeThanks > 0,
        asksOrRequests(text, ranges: scoredRanges, count: rangeCount, questionBefore: courtesyQuestionLimit)
      {
        .politeRequest
      } else {
        nil
      }
    if let neutralAnswer {
      total = 0
      positiveSum = 0
      negativeSum = 0
      neutralCount += Double(lukewarmTerms + politeThanks)
      explanation?.cancelAll(by: neutralAnswer)
    }
    if tears.sum < 0 {
      if (positiveTerms || laughter.sum > 0) && !negativeTerms {
        // "the new menu is so good 😭", "😂😭": the crying says how strongly (rule 22).
        tears.cancel(
          total: &total, side: &negativeSum, neutralCount: &neutralCount, explanation: &explanation, by: .tearsOfJoy)
      } else {
        negativeTerms = true
      }
    }
    if laughter.sum > 0 && negativeTerms {
      // "the food was cold lol": laughter marks the complaint's tone (rule 21).
      laughter.cancel(
        total: &total, side: &positiveSum, neutralCount: &neutralCount, explanation: &explanation,
        by: .laughterAtAComplaint)
    }
    if statesBalance && positiveTerms && negativeTerms && total != 0 {
      // "Lovely sofa but the delivery was a nightmare, so it evens out": neither way (rule 20).
      // The proportions keep both sides; the compound is 0.
      total = 0
      explanation?.cancelAll(by: .balancedAnswer)
    }
    if positiveSum > negativeSum {
      positiveSum += totalEmphasis
    } else if negativeSum > positiveSum {
      negativeSum += totalEmphasis
    }
    let compound = total == 0 ? 0 : parameters.normalize(total)
    let all = positiveSum + negativeSum + neutralCount
    let score = SentimentScore(
      label: thresholds.label(for: compound), compound: compound, pos: all > 0 ? positiveSum / all : 0,
      neu: all > 0 ? neutralCount / all : 0, neg: all > 0 ? negativeSum / all : 0)
    return (score, explanation)
  }

  /// The sentence-range scratch, emptied, moved out of `self` (no allocation per text).
  private mutating func takeRanges() -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    swap(&ranges, &sentenceRanges)
    ranges.removeAll(keepingCapacity: true)
    return ranges
  }

  // MARK: Tokens → ids → units

  private mutating func mapTokens(_ text: TokenizedText) {
    // The scratch arrays are moved out of `self` while they fill (no exclusivity check or
    // uniqueness test of `self`'s storage per token).
    var ids: [Int32] = []
    var lists: [WordList] = []
    var positions: [Int32] = []
    swap(&ids, &self.ids)
    swap(&lists, &tokenWordLists)
    swap(&positions, &wordPositions)
    defer {
      swap(&ids, &self.ids)
      swap(&lists, &tokenWordLists)
      swap(&positions, &wordPositions)
    }
    // One slot per token, each written below through a buffer pointer: an `append` per token
    // tested the array's uniqueness and capacity each time (some 40 instructions a token for the
    // two arrays; the slots' old values are overwritten). Slots past the text's tokens are left as
    // they are (no reader goes past `tokenCount`): shrinking the arrays for every shorter text, and
    // growing them again for a longer one, cost two calls a text.
    Self.grow(&ids, to: text.tokens.count)
    Self.grow(&lists, to: text.tokens.count)
    tokenCount = text.tokens.count
    // Usually empty: filled only for texts with numbers or placeholders.
    positions.removeAllKeepingCapacity()
    let ascii = text.isASCII
    var union: WordList = []
    var triggers: RuleTriggers = []
    var hasEmoji = false
    defer {
      textWordLists = union
      textTriggers = triggers
      textHasEmoji = hasEmoji
    }
    // The marks the text-level tests need, in one pass (cheaper than a test per token). An ASCII
    // text's norms are ASCII: a currency sign other than "$" is in other text only.
    let marks = text.utf8.withUnsafeBufferPointer { TextMarks.of($0) }
    textMarks = marks
    textMayHoldCurrencySign = !ascii || marks.contains(.dollar)
    var hasNumbers = false
    defer {
      // Word positions are only needed where a number or placeholder stands between words; without
      // one, a token's position is its index (`modifierDistance` reads an empty array that way).
      if hasNumbers { fillWordPositions(text, into: &positions) }
    }
    lengthenedWords.removeAllKeepingCapacity()
    // Lengthened words ("loooove") are looked up again in a second pass (`mapLengthened`), only
    // for the texts that may have one.
    // The vocabulary and the token records are read through pointers the scorer took once
    // (`Resources`): read through the tables, their addresses and counts were loaded again for
    // every token. (Plain values: reading them retains nothing.)
    let vocabulary = model.vocabulary
    let records = model.tokenRecords
    ids.withUnsafeMutableBufferPointer { ids in
      lists.withUnsafeMutableBufferPointer { lists in
        text.normBytes.withUnsafeBufferPointer { norms in
          // The tokens through a buffer: no bounds test or iterator step per token.
          text.tokens.withUnsafeBufferPointer { tokens in
            for index in tokens.indices {
              let token = tokens[index]
              switch token.kind {
              case .mention, .url, .email, .placeholder:
                if token.kind == .placeholder { hasNumbers = true }
                ids[index] = -1
                lists[index] = []
              default:
                var range = token.normRange
                if token.kind == .hashtag && range.count > 1 { range = range.dropFirst() }
                let norm = UnsafeBufferPointer(rebasing: norms[range])
                let id: Int32
                if !ascii && TermNormalizer.needsKeying(norm) {
                  id = TermNormalizer.matchKey(norm).withUnsafeBufferPointer { tables.vocabulary.id(of: $0) }
                } else {
                  let readable = norms.count - range.lowerBound
                  id =
                    vocabulary.id(of: norm, readable: readable)
                    ?? tables.vocabulary.id(of: norm, readable: readable)
                }
                ids[index] = id
                let words: (lists: WordList, triggers: RuleTriggers) =
                  token.kind == .hashtag ? ([], []) : records.words(of: id)
                lists[index] = words.lists
                union.formUnion(words.lists)
                triggers.formUnion(words.triggers)
                if token.kind == .emoji { hasEmoji = true }
                if token.kind == .number { hasNumbers = true }
              }
            }
          }
        }
      }
    }
    // A lengthened ASCII word has three identical letters in a row; other text is checked word by word.
    if !ascii || marks.contains(.letterRun) {
      mapLengthened(text, ids: &ids, lists: &lists, union: &union, triggers: &triggers)
    }
    hasLengthenedWords = !lengthenedWords.isEmpty
  }

  /// Makes `array` hold at least `count` elements, keeping its storage: the elements it already
  /// holds stay as they are, new ones are zero (the caller overwrites the first `count`).
  @inline(__always)
  private static func grow<Element: FixedWidthInteger>(_ array: inout [Element], to count: Int) {
    if array.count < count { array.append(contentsOf: repeatElement(0, count: count - array.count)) }
  }

  /// `grow(_:to:)` for word lists (new ones empty).
  @inline(__always)
  private static func grow(_ array: inout [WordList], to count: Int) {
    if array.count < count { array.append(contentsOf: repeatElement([], count: count - array.count)) }
  }

  /// Maps the lengthened words that no term matched as written ("sooo", "loooove") to their
  /// shortened form's id (`Elongation`) and lists them in `lengthenedWords`, with the form the
  /// rules read (`LengthenedWord.keep`). A word whose shortened form starts no term but is another
  /// word of the vocabulary (a rule's trigger or grammar word: "whyyy" → "why") keeps its id of
  /// -1, so no term matches it that did not before, and gets that word's lists and triggers.
  private mutating func mapLengthened(
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
  private func shortenedForRules(_ text: TokenizedText) -> TokenizedText {
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

  /// The model's contrastive connectives among each of `ranges` of `text`'s tokens, longest match
  /// first, left to right; the text's tokens mapped once (a long text's sentences one by one mapped
  /// it once per sentence: QA review 14).
  mutating func contrastConnectives(
    in text: TokenizedText, eachOf ranges: [Range<Int>], mapped: Bool = false
  ) -> [[Range<Int>]] {
    if !mapped { mapTokens(text) }
    return ids.withUnsafeBufferPointer { ids in
      ranges.map { range in
        var found: [Range<Int>] = []
        var index = max(0, range.lowerBound)
        let end = min(range.upperBound, tokenCount)
        while index < end {
          if let match = tables.contrast.longestMatch(ids, from: index, to: end) {
            found.append(index..<(index + match.length))
            index += match.length
          } else {
            index += 1
          }
        }
        return found
      }
    }
  }

  /// Punctuation that ends no clause: hyphens, quotes, slashes, and the signs written with amounts
  /// ("$", "%", "£", "€", "¥", "₹": "Isn't it ridiculous that I pay £20?" is one clause).
  /// Inlined: `buildUnits` asks it of every punctuation token, and a call reached it through a
  /// closure context (some 30 instructions a mark, most of them the call).
  @inline(__always)
  private func isTransparentPunctuation(_ text: TokenizedText, _ token: Token) -> Bool {
    text.withNorm(of: token) { norm in
      switch norm.count {
      case 1:
        let byte = norm[0]
        return byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"")
          || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "$") || byte == UInt8(ascii: "%")
      case 2:
        return norm[0] == 0xC2 && (norm[1] == 0xA3 || norm[1] == 0xA5)  // £ ¥
      case 3:
        return norm[0] == 0xE2 && norm[1] == 0x82 && (norm[2] == 0xAC || norm[2] == 0xB9)  // € ₹
      default:
        return false
      }
    }
  }

  /// Fills `positions` (see `wordPositions`) for a text with numbers or placeholders.
  /// `positions` is empty on entry (`mapTokens`): its slots are made in one step and written
  /// through a buffer (an `append` per token tested the array's uniqueness and capacity each time).
  private func fillWordPositions(_ text: TokenizedText, into positions: inout [Int32]) {
    let count = text.tokens.count
    positions.append(contentsOf: repeatElement(0, count: count + 1))
    positions.withUnsafeMutableBufferPointer { positions in
      text.tokens.withUnsafeBufferPointer { tokens in
        var counted: Int32 = 0
        for index in tokens.indices {
          positions[index] = counted
          switch tokens[index].kind {
          case .number: break
          case .placeholder: if !isNumericPlaceholder(text, tokens[index]) { counted += 1 }
          case .punct: if !isNumberPunctuation(text, at: index) { counted += 1 }
          default: counted += 1
          }
        }
        positions[count] = counted
      }
    }
  }

  /// The distance of a modifier ending before token `end` from the term starting at token `start`:
  /// 1 when adjacent, counting only tokens that are words (see `wordPositions`).
  @inline(__always) func modifierDistance(from end: Int, to start: Int) -> Int {
    wordPositions.isEmpty ? start - end + 1 : Int(wordPositions[start] - wordPositions[end]) + 1
  }

  /// A redaction placeholder for data written in digits ([PHONE], [CARD], [IP], [SSN], [ACCOUNT_NUMBER],
  /// [NHS_NUMBER]; not [REFERENCE], which often replaced a word of letters and digits, "A1234567"):
  /// it counts for distances as the numbers it replaced do (not at all); [EMAIL], [URL], [NAME],
  /// [DATE_OF_BIRTH] … count as the one token (address, name, date) they usually replaced.
  private func isNumericPlaceholder(_ text: TokenizedText, _ token: Token) -> Bool {
    let bytes = text.utf8[token.utf8Range]
    return bytes.elementsEqual("[PHONE]".utf8) || bytes.elementsEqual("[CARD]".utf8)
      || bytes.elementsEqual("[IP]".utf8) || bytes.elementsEqual("[SSN]".utf8)
      || bytes.elementsEqual("[ACCOUNT_NUMBER]".utf8) || bytes.elementsEqual("[NHS_NUMBER]".utf8)
  }

  /// A "+", "(" or ")" glued to a number ("+44", "(020)"), or a "-" glued to numbers on both sides
  /// ("010-0147"): part of the number, not a clause boundary (the hyphen never is one), so a phone
  /// number reads the same as its redaction placeholder.
  @inline(__always)
  private func isNumberPunctuation(_ text: TokenizedText, at index: Int) -> Bool {
    let token = text.tokens[index]
    guard token.utf8Range.count == 1 else { return false }
    let byte = text.utf8[token.utf8Range.lowerBound]
    if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "(") {
      guard index + 1 < text.tokens.count else { return false }
      let next = text.tokens[index + 1]
      return next.kind == .number && next.utf8Range.lowerBound == token.utf8Range.upperBound
    }
    if byte == UInt8(ascii: ")") {
      guard index > 0 else { return false }
      let previous = text.tokens[index - 1]
      return previous.kind == .number && previous.utf8Range.upperBound == token.utf8Range.lowerBound
    }
    if byte == UInt8(ascii: "-") {
      // "010-0147": a hyphen glued to numbers on both sides.
      guard index > 0, index + 1 < text.tokens.count else { return false }
      let previous = text.tokens[index - 1]
      let next = text.tokens[index + 1]
      return previous.kind == .number && next.kind == .number
        && previous.utf8Range.upperBound == token.utf8Range.lowerBound
        && next.utf8Range.lowerBound == token.utf8Range.upperBound
    }
    return false
  }

  private mutating func buildUnits(_ text: TokenizedText, range: Range<Int>) {
    // The scratch is moved out of `self` so that the builder reads the tables through a borrowed,
    // immutable `self` (no copy of the scorer per sentence).
    var built: [Unit] = []
    swap(&built, &units)
    (trailingConnective, hasContrastUnit, hasSuggestionFrame, hasContrastTerm, hasNegatorUnit) = buildUnits(
      text, range: range, ids: ids, replacing: &built)
    swap(&built, &units)
  }

  /// Replaces `units` by the units of `range`; returns the connective that closes the sentence, if
  /// any, and whether a contrast unit, a suggestion frame unit and a negator unit were built.
  /// `chunk` (for tests) is how many units go at a time: any count gives the same units.
  func buildUnits(
    _ text: TokenizedText, range: Range<Int>, ids: [Int32], replacing units: inout [Unit], chunk: Int = unitChunk
  ) -> (
    trailingConnective: Int32?, hasContrast: Bool, hasSuggestionFrame: Bool, hasContrastTerm: Bool, hasNegator: Bool
  ) {
    // The units are written to a temporary buffer and replace the old ones at once (emptying the
    // array, then an append per unit, tested its uniqueness, a runtime call, and its capacity each
    // time). The buffer is at most `unitChunk` units, which stay on the stack: a larger temporary
    // allocation went to the heap (a sentence of more than 21 tokens, a third of them: 190
    // instructions a text). A longer sentence's units go in chunks, the first replacing the old
    // units and each next appended. Every unit takes at least one token of `range` (each step
    // below adds at most one unit and moves on by one token or more), so a sentence shorter than a
    // chunk is one chunk.
    withUnsafeTemporaryAllocation(of: Unit.self, capacity: min(max(1, range.count), max(1, chunk))) { buffer in
      var built = 0
      var replaced = false
      // Noted as the units are built: a scan of the units afterwards called a closure per unit.
      var hasNegator = false
      /// Moves the buffer's units into `units`.
      func flush() {
        let chunk = UnsafeBufferPointer(rebasing: buffer[0..<built])
        if replaced {
          units.append(contentsOf: chunk)
        } else {
          units.replaceSubrange(units.startIndex..<units.endIndex, with: chunk)
          replaced = true
        }
        built = 0
      }
      defer { flush() }
      /// Adds `unit` to the buffer. Inlined: called for every unit (out of line, as the builder's
      /// closure, each call cost some 15 instructions).
      @inline(__always)
      func append(_ unit: Unit) {
        if built == buffer.count { flush() }
        (buffer.baseAddress! + built).initialize(to: unit)
        built += 1
        if unit.kind == .negator { hasNegator = true }
      }
      let found = buildUnits(text, range: range, ids: ids, append: append)
      return (found.trailingConnective, found.hasContrast, found.hasSuggestionFrame, found.hasContrastTerm, hasNegator)
    }
  }

  /// The most units `buildUnits` assembles at a time: as many as fit in the 1,024 bytes that
  /// `withUnsafeTemporaryAllocation` takes from the stack (a larger allocation may go to the heap).
  @inline(__always)
  static var unitChunk: Int { 1024 / MemoryLayout<Unit>.stride }

  /// `buildUnits(_:range:ids:replacing:)`, each unit passed to `append` in order.
  @inline(__always)
  private func buildUnits(
    _ text: TokenizedText, range: Range<Int>, ids: [Int32], append: (Unit) -> Void
  ) -> (trailingConnective: Int32?, hasContrast: Bool, hasSuggestionFrame: Bool, hasContrastTerm: Bool) {
    // The token records through the scorer's pointer (`Resources`): read through the tables,
    // their address and count were loaded again for every word.
    let records = model.tokenRecords
    // The tokens are read through a buffer: no bounds test per token.
    return ids.withUnsafeBufferPointer { ids in
      text.tokens.withUnsafeBufferPointer {
        tokens -> (trailingConnective: Int32?, hasContrast: Bool, hasSuggestionFrame: Bool, hasContrastTerm: Bool) in
        var trailingConnective: Int32?
        var hasContrast = false
        var hasSuggestionFrame = false
        var hasContrastTerm = false
        // A lengthened word's id is its shortened form's, whose spelling may differ from the word's:
        // in a text with one, every word's spelling is tested (`TermStarts.spelling`).
        let untestedSpelling = lengthenedWords.isEmpty ? TermStarts() : .spelling
        /// Notes a valence unit of a term that turns the sentence (`hasContrastTerm`).
        func noteContrastTerm(_ unit: Unit) {
          if unit.kind == .valence && tables.tags(ofEntry: unit.entry).contains(.opensContrast) {
            hasContrastTerm = true
          }
        }
        // The opening score's token (-1: none, for every text but an answer to a question asking
        // for a score), read once: read from `self` at each number token, it cost some 3M
        // instructions of `score` on the VADER texts, which give no question.
        let answerToken = Int(answerScore.token)
        var index = range.lowerBound
        while index < range.upperBound {
          let token = tokens[index]
          switch token.kind {
          case .mention, .url, .email, .placeholder:
            index += 1
            continue
          case .punct:
            if !isTransparentPunctuation(text, token) && !isNumberPunctuation(text, at: index) {
              append(Unit(kind: .boundary, start: index, length: 1, entry: -1))
            }
            index += 1
            continue
          default:
            break
          }
          let end = range.upperBound
          if token.kind == .number {
            // "8 driver was lovely" to "Reply with a score 0-10": the answer's opening score.
            if index == answerToken {
              append(Unit(kind: .valence, start: index, length: 1, entry: Self.answerScoreEntry))
              index += 1
              continue
            }
            // "0/10", "2 out of 5 stars": one rating unit, before any phrase inside it ("5 stars").
            if let length = ratingLength(text, at: index, sentenceStart: range.lowerBound, end: end) {
              append(Unit(kind: .valence, start: index, length: length, entry: Self.ratingEntry))
              index += length
              continue
            }
          }
          // "over-priced": a hyphenated compound that matches no longer term, looked up joined.
          if token.kind == .word, textMarks.contains(.hyphen), index + 2 < end, isGluedHyphen(text, at: index + 1),
            ids[index] < 0 || (tables.valenceMatch(ids, from: index, to: end, records: records)?.length ?? 0) < 3,
            let entry = hyphenatedCompound(text, at: index, end: end)
          {
            let unit = Unit(kind: .valence, start: index, length: 3, entry: entry)
            noteContrastTerm(unit)
            append(unit)
            index += 3
            continue
          }
          if ids[index] < 0 {
            // No term uses this token: a neutral word, unless a wildcard or "n't" says otherwise.
            var unit = Unit(kind: .neutral, start: index, length: 1, entry: -1)
            if token.kind == .word {
              if let entry = prefixMatch(text, token), tables.valence(ofEntry: entry) != 0 {
                unit = Unit(kind: .valence, start: index, length: 1, entry: entry)
              } else if isContractedNegation(text, token) {
                unit = Unit(kind: .negator, start: index, length: 1, entry: -1)
              }
            }
            noteContrastTerm(unit)
            append(unit)
            index += 1
            continue
          }
          let starts = records.starts(ids[index]).union(untestedSpelling)
          var valence =
            starts.contains(.valence) ? tables.valenceMatch(ids, from: index, to: end, records: records) : nil
          if starts.contains(.valence), !textWordLists.isDisjoint(with: .phraseAdverbs),
            starts.contains(.negator) || nextStartsNegator(ids, after: index, end: end),
            let gapped = gappedMatch(ids, from: index, to: end), gapped.length > valence?.length ?? 0
          {
            valence = gapped
          }
          // The longest match of the four tables, each taken only where the token starts one of its
          // terms: most words start valence terms alone, and the other three are then not compared.
          var longest = valence?.length ?? 0
          let negator = starts.contains(.negator) ? tables.negators.longestMatch(ids, from: index, to: end) : nil
          if let negator, negator.length > longest { longest = negator.length }
          let intensifier =
            starts.contains(.intensifier) ? tables.intensifiers.longestMatch(ids, from: index, to: end) : nil
          if let intensifier, intensifier.length > longest { longest = intensifier.length }
          let contrast = starts.contains(.contrast) ? tables.contrast.longestMatch(ids, from: index, to: end) : nil
          if let contrast, contrast.length > longest { longest = contrast.length }
          var unit: Unit
          if longest == 0 {
            // The word's record says whether its spelling may make it a wildcard's match or a
            // contracted negation (most words neither: they are not tested).
            unit = Unit(kind: .neutral, start: index, length: 1, entry: -1)
            if token.kind == .word && !starts.isDisjoint(with: .spelling) {
              if starts.contains(.wildcard), let entry = prefixMatch(text, token) {
                unit = Unit(kind: .valence, start: index, length: 1, entry: entry)
              } else if starts.contains(.contractedNegation) && isContractedNegation(text, token) {
                unit = Unit(kind: .negator, start: index, length: 1, entry: -1)
              }
            }
          } else if let contrast, contrast.length == longest {
            switch role(ofConnectiveAt: index, length: longest, end: end, in: text) {
            case .joinsClauses:
              unit = Unit(kind: .contrast, start: index, length: longest, entry: contrast.value)
              hasContrast = true
            case .closesSentence:
              unit = Unit(kind: .neutral, start: index, length: longest, entry: -1)
              trailingConnective = contrast.value
            case .none:
              unit = Unit(kind: .neutral, start: index, length: longest, entry: -1)
            }
          } else {
            let modifier: Unit? =
              if let negator, negator.length == longest {
                Unit(kind: .negator, start: index, length: longest, entry: negator.value)
              } else if let intensifier, intensifier.length == longest {
                Unit(kind: .intensifier, start: index, length: longest, entry: intensifier.value)
              } else { nil }
            if let valence, valence.length == longest,
              yieldsToNegator(text, ids, phraseAt: index, length: longest, end: end)
            {
              // "still haven't got my refund": the persistence phrase's negator negates the term.
              append(Unit(kind: .neutral, start: index, length: longest - 1, entry: -1))
              index += longest - 1
              continue
            }
            if let valence, valence.length == longest {
              let valenceUnit = Unit(kind: .valence, start: index, length: longest, entry: valence.value)
              // A negator that is also a term ("impossible to") reaches one word further than an
              // intensifier ("damn"): "impossible to get a helpful answer"; a subject negator that is
              // a term ("nobody", "no one") as far as its negation reaches over the subject's phrase
              // ("Nobody at the branch was helpful"; QA review 38).
              if let modifier,
                valenceFollows(
                  text, ids, after: index + longest, end: end,
                  words: modifier.kind != .negator
                    ? 2 : last(modifier, isIn: .subjectNegators) ? 3 + Self.subjectPhraseWords : 3)
              {
                unit = modifier
              } else {
                unit = valenceUnit
              }
            } else {
              unit = modifier!
            }
          }
          // A 0.0 entry is a neutral frame ("best regards", "gluten free", "would be great if"): longest
          // match lets it cover a term inside it, and it scores nothing itself (review r17b: at +0.1
          // "more gluten free" was boosted to a positive label).
          if unit.kind == .valence && tables.valence(ofEntry: unit.entry) == 0 {
            let tags = tables.tags(ofEntry: unit.entry)
            let marker =
              tags.contains(.opensSuggestion)
              ? Self.suggestionFrameEntry : tags.contains(.statesBalance) ? Self.balanceFrameEntry : -1
            if marker == Self.suggestionFrameEntry { hasSuggestionFrame = true }
            unit = Unit(kind: .neutral, start: unit.start, length: unit.length, entry: marker)
          }
          // "so" before a subject or a determiner joins clauses ("so we're cancelling", "so the
          // engineer came back"): a conjunction, not a degree word (QA review 43).
          if unit.kind == .intensifier && unit.length == 1 && index + 1 < end && Self.isConjunctionSo(text, at: index) {
            unit = Unit(kind: .neutral, start: index, length: 1, entry: -1)
          }
          // A multi-word intensifier yields its last word to a valence phrase that starts with it:
          // "way too" + "too long" is "way" boosting "too long" (review r10: "Took way too long"
          // scored 0, the phrase lost its first word).
          if unit.kind == .intensifier && unit.length > 1 {
            let last = index + unit.length - 1
            if ids[last] >= 0, records.starts(ids[last]).contains(.valence),
              let phrase = tables.valenceMatch(ids, from: last, to: end, records: records), phrase.length > 1
            {
              unit.length -= 1
            }
          }
          noteContrastTerm(unit)
          append(unit)
          index += unit.length
        }
        return (trailingConnective, hasContrast, hasSuggestionFrame, hasContrastTerm)
      }
    }
  }

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
  private func nextStartsNegator(_ ids: UnsafeBufferPointer<Int32>, after index: Int, end: Int) -> Bool {
    index + 1 < end && tokenWordLists[index + 1].contains(.not)
  }

  /// A valence phrase that opens with a negator and is written with an adverb inside it: "no one ever
  /// answers" for "no one answers", "nobody even replied" for "nobody replied", "never actually
  /// received" for "never received". The adverb (`WordList.phraseAdverbs`) may stand after the
  /// phrase's first or second token; the match then covers it (its length counts the adverb).
  private func gappedMatch(_ ids: UnsafeBufferPointer<Int32>, from start: Int, to end: Int) -> (
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
  private enum ConnectiveRole {
    /// It splits its sentence into two weighted clauses.
    case joinsClauses
    /// It ends its sentence ("The staff were rude, however."): it turns against the previous one.
    case closesSentence
    /// It is not a connective here: temporal "yet" ("Still not fixed yet", "no refund yet, and …"
    /// — not followed directly by a word), the noun "while" ("for a while", "worth your while").
    case none
  }

  private func role(ofConnectiveAt start: Int, length: Int, end: Int, in text: TokenizedText) -> ConnectiveRole {
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

  /// Whether the nearest negator of the `negation=only` term at unit `position` denies its outcome
  /// (rule 25): at most two words before it, adverbs, determiners and object pronouns not counted
  /// ("not came", "not yet delivered", "no one has ever responded", "didn't get a reply"), with no
  /// opinion term between ("no trouble responding"), not "less" ("paid less for
  /// its opening bid"), and the term not the end of a hyphenated compound ("no so-called hiss").
  private func isOutcomeNegator(_ text: TokenizedText, _ negator: Int?, of position: Int, _ valenceBetween: Bool)
    -> Bool
  {
    guard let negator, !valenceBetween, !first(units[negator], isIn: .lessWord) else { return false }
    let unit = units[position]
    if unit.start >= 2, isGluedHyphen(text, at: unit.start - 1) { return false }
    let other = units[negator]
    // "nobody has ever responded", "didn't get a reply": an adverb, determiner or object pronoun
    // between does not count.
    let gaps = (other.start + other.length..<unit.start).count { Self.isWord(text, $0, in: Self.outcomeGapWords) }
    // A subject negator reaches over its subject's phrase too ("No one at the desk could answer";
    // QA review 38), as its negation does.
    return modifierDistance(from: other.start + other.length, to: unit.start) - gaps
      <= 2 + (last(other, isIn: .subjectNegators) ? Self.subjectPhraseWords : 0)
  }

  /// Whether the negator unit at `negator` negates the phrase at `position`, which opens with a
  /// negator of its own, as a double negative: right before it, or with only a form of "be"
  /// between ("never not helpful", "no one was not helpful" are praise, as "never not friendly"
  /// is; QA review 36, F17). Only a phrase that opens with "not": "ain't no good" and "wasn't no
  /// help" are negative concord, one negation. A word other than "be" between starts an item of
  /// its own ("no food, not good").
  private func isDoubleNegative(_ text: TokenizedText, negator: Int, phrase position: Int) -> Bool {
    guard first(units[position], isIn: .not) else { return false }
    let end = units[negator].start + units[negator].length
    let start = units[position].start
    return end == start || (start == end + 1 && Self.isWord(text, end, in: Self.copulas))
  }

  /// Forms of "be" that may stand between the two negators of a double negative.
  private static let copulas: ShortWords = ["is", "was", "are", "were", "be", "been", "am"]

  /// Whether the negator unit at `index` opens a negative inversion: "never", "not once", "never
  /// once" or "never ever" at the start of its clause, followed by an auxiliary ("Not once WAS the
  /// agent helpful", "Never DID anyone call back"; QA review 36, F02). The subject then follows the
  /// auxiliary, so the negation reaches `invertedClauseWords` further, over that subject ("I" as
  /// well: "Never did I feel welcome").
  private func isInvertedNegator(_ text: TokenizedText, at index: Int) -> Bool {
    let unit = units[index]
    guard index == 0 || units[index - 1].kind == .boundary else { return false }
    let last = unit.start + unit.length - 1
    guard tokenWordLists[last].contains(.never) || Self.isWord(text, last, in: Self.inversionAdverbs),
      unit.length == 1 || first(unit, isIn: .not) || first(unit, isIn: .never)
    else { return false }
    return last + 1 < tokenCount && Self.isWord(text, last + 1, in: Self.invertedAuxiliaries)
  }

  /// The last words of a negator that opens a negative inversion besides "never" ("not ONCE",
  /// "never EVER").
  private static let inversionAdverbs: ShortWords = ["once", "ever"]

  /// Auxiliaries that follow a negator in a negative inversion ("Never HAVE I been", "Not once DID
  /// they call").
  private static let invertedAuxiliaries: ShortWords = [
    "was", "were", "is", "are", "did", "do", "does", "has", "have", "had", "will", "would", "could", "can",
  ]

  /// Whether the valence unit at `position` is a one-word comparative ("better", "happier", "worse",
  /// or "more" before it).
  func isComparative(_ text: TokenizedText, at position: Int) -> Bool {
    let unit = units[position]
    guard unit.length == 1, text.tokens[unit.start].kind == .word else { return false }
    return first(text, unit, endsWith: "er", minimum: 5) || first(unit, isIn: .irregularComparatives)
      || (unit.start > 0 && tokenWordLists[unit.start - 1].contains(.more))
  }

  /// Whether a unit between a negator and a term leaves the term in the negator's reach without
  /// counting toward the distance (QA review 36, F02: "No agent was very helpful", "Nobody was
  /// really that helpful", "nobody here is ever helpful" read as praise): a one-word intensifier
  /// that is a degree adverb ("very", or in "-ly": "really", "particularly", "slightly"), or one of
  /// `negationGapAdverbs`. An adverb says how strongly, not whether. Not the degree words of
  /// comparison or excess ("so", "such", "more", "most", "too": "nobody has ever been so helpful"
  /// and "no one here is more helpful" are praise), nor intensifiers that are also prepositions or
  /// adjectives ("beyond", "pretty", "real": "never percolates beyond a monotonous whine"). The
  /// list holds "able" too: "was able to" stands for "could", so "No one was able to help" is "No
  /// one could help" (fiftieth session: it read as praise).
  private func isNegationGap(_ text: TokenizedText, _ unit: Unit) -> Bool {
    guard unit.length == 1 else { return false }
    switch unit.kind {
    case .intensifier:
      return Self.norm(of: text, unit.start, is: "very") || Self.norm(of: text, unit.start, endsWith: "ly", minimum: 4)
    case .neutral:
      // Most texts hold none of them: one bit test instead of a look at the word.
      return textTriggers.contains(.negationGapAdverbs) && mayBeWord(unit.start, of: .negationGapAdverbs)
        && Self.isWord(text, unit.start, in: Self.negationGapAdverbs)
    default:
      return false
    }
  }

  /// Whether a neutral unit opens another clause, which a negator's gap words do not reach over
  /// (`isNegationGap`): a subject pronoun, a subordinator or a wh-word ("I don't really know why I
  /// like it": "like" is not denied).
  private func opensClause(_ text: TokenizedText, _ unit: Unit) -> Bool {
    unit.kind == .neutral
      && (isClauseOpener(text, unit) || first(unit, isIn: .subordinators)
        || (textTriggers.contains(.whWords) && Self.isWord(text, unit.start, in: Self.whWords)))
  }

  /// Wh-words that open a clause (`opensClause`).
  private static let whWords = ShortWords(whWordList)
  /// The words of `whWords` (`RuleTriggers.whWords`).
  static let whWordList = ["why", "what", "how", "where", "who", "which", "whether"]

  /// Whether the negator `unit` is "no" (or "nooo") as an interjection: right before a determiner,
  /// a possessive or a subject pronoun, where it determines no noun ("nooo the app crashed again",
  /// "No this is bad", "no my order is wrong"; QA review 36, F03). It then negates nothing; "no
  /// one", "no refund" and "No, the app crashed" (a boundary) are unchanged.
  private func isInterjectedNo(_ text: TokenizedText, _ unit: Unit) -> Bool {
    guard unit.length == 1, first(unit, isIn: .clauseNegators), first(unit, isIn: .determinerNegators) else {
      return false
    }
    let next = unit.start + 1
    guard next < tokenCount, text.tokens[next].kind == .word else { return false }
    let lists = tokenWordLists[next]
    return lists.contains(.harmDeterminers) || lists.contains(.clauseOpeners)
      || Self.isWord(text, next, in: Self.possessives)
  }

  /// Possessive determiners: "no" right before one is an interjection (`isInterjectedNo`).
  private static let possessives: ShortWords = ["my", "our", "your", "his", "her", "their", "its"]

  /// Adverbs that stand between a negator and the term it negates without ending its reach ("No
  /// agent was EVER helpful", "nobody ACTUALLY helped"; `isNegationGap`).
  private static let negationGapAdverbs = ShortWords(negationGapAdverbList)
  /// The words of `negationGapAdverbs` (`RuleTriggers.negationGapAdverbs`).
  static let negationGapAdverbList = ["ever", "even", "actually", "able"]

  /// Adverbs, determiners and object pronouns between a negator and an expected outcome that leave
  /// it in reach (rule 25).
  private static let outcomeGapWords: ShortWords = [
    "ever", "even", "yet", "actually", "really", "once", "properly", "a", "an", "any", "the", "my", "our", "your",
    "their", "me", "us", "them", "him", "her",
  ]

  /// Whether the valence phrase of `length` tokens at `index` is a persistence phrase that ends with
  /// a negator ("still haven't", "still no", "still not") and a valence term follows within three
  /// words: the negator then negates that term ("still haven't got my refund", "still not good")
  /// and the phrase's value is not counted as well. Without a term after it, the phrase is the
  /// complaint ("still don't have a kit").
  private func yieldsToNegator(
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
  private func valenceFollows(
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
  private func isContractedNegation(_ text: TokenizedText, _ token: Token) -> Bool {
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
  private func prefixMatch(_ text: TokenizedText, _ token: Token) -> Int32? {
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

  // MARK: Rules

  /// `mayHoldQuotes`: whether the text may hold a quotation mark (`mayHoldQuotes(_:)`); without
  /// one, no term stands in scare quotes.
  private mutating func scoreUnits(
    _ text: TokenizedText, hasLowercase: inout Bool?, mayHoldQuotes: Bool, answersListingQuestion: Bool, explain: Bool
  ) {
    // The rules applied to each unit are kept only for an explanation (otherwise `rules` stays
    // empty, and is not emptied again per sentence).
    rules.removeAllKeepingCapacity()
    var applied: [SentimentRule] = []
    // Without an explanation only the term units are visited, each found by a scan of the units'
    // buffer: a loop over every unit tested the array's bounds and reloaded its storage at each
    // one, nine in ten of which are not terms (some 2M instructions of `score` on the VADER texts).
    var index = explain ? units.count : Self.valenceUnit(in: units, from: 0)
    while index < units.count {
      let (value, negated) = valence(
        of: index, text, hasLowercase: &hasLowercase, rules: &applied, explain: false)
      units[index].value = value
      // Set before the next unit is scored: a later term reads it ("never any delays or problems").
      if negated { units[index].isNegated = true }
      index = Self.valenceUnit(in: units, from: index + 1)
    }
    if explain {
      for index in units.indices {
        if units[index].kind == .valence {
          let (value, negated) = valence(
            of: index, text, hasLowercase: &hasLowercase, rules: &applied, explain: true)
          units[index].value = value
          if negated { units[index].isNegated = true }
        }
        rules.append(applied)
        applied = []
      }
    }
    // Rule 47 before the rules that weigh or reread values: its adverb is then weighed with its clause.
    if textTriggers.contains(.mannerAdverbs) { applyFailureManner(text, explain: explain) }
    if textTriggers.contains(.lukewarmHedges) { undoLukewarmHedges(text, explain: explain) }
    if mayHoldQuotes { applyScareQuotes(text, explain: explain) }
    if hasSuggestionFrame { applySuggestion(text, explain: explain) }
    // Rule 55: "My loyalty counts for nothing" ("nothing" is one of the clause negators' words).
    if textWordLists.contains(.clauseNegators) { applyDevaluedPraise(text, explain: explain) }
    // Rule 17 reads questions only: a text without a "?" (`mayHoldEmphasis`; most texts) has no
    // sentence that ends with one (`sentenceEndsWithQuestion`, the rule's first test), and the call
    // is skipped.
    if Self.mayHoldEmphasis(text, marks: textMarks) { applyQuestion(text, explain: explain) }
    // Rule 56: a text that opens with a listing's "Q:".
    if answersListingQuestion { applyListingAnswer(text, explain: explain) }
    // Rule 40 before the clause weights, which then weigh the term it adds.
    let ellipticalClause = hasNegatorUnit ? applyEllipticalNegation(text, explain: explain) : nil
    if hasContrastUnit {
      applyContrast(explain: explain)
    } else if let (clause, negator) = ellipticalClause {
      // "Counter staff are lovely, the wait times are not": the clauses contrast as around a "but".
      let start = units[negator].start
      weighClauses(
        units.indices, pivot: clause, first: parameters.contrastWeakWeight, second: parameters.contrastStrongWeight,
        explain: explain
      ) {
        .clauseWeight(
          connective: text.norm(of: text.tokens[start]), weight: $0)
      }
    } else if trailingConnective == nil || !applyTrailingThough(explain: explain),
      !(hasContrastTerm && applyContrastTerm(explain: explain)),
      textTriggers.contains(.promiseWords)
    {
      applyPromiseAndDelivery(text, explain: explain)
    }
    // Rule 51 after the clause weights and rule 40: an elliptical negation ("Other banks charge
    // fees, these guys don't") denies the term as the writer wrote it, before the comparison
    // turns it; a weight only scales a value, so the order does not change the others.
    if textTriggers.contains(.otherProviders) { applyOtherProviders(text, explain: explain) }
    // Rule 4 within a sentence: a text without any of its markers (most) skips the call.
    if mayHoldSarcasticClause { applySarcasticClause(text, explain: explain) }
    // Rule 53: "Brilliant service, if you like being ignored", "Great for those who enjoy being
    // ignored" (a text without "if", or without "for"/"to" and "who", skips it).
    if textWordLists.contains(.conditions)
      || (textTriggers.contains(.whWords) && !textWordLists.isDisjoint(with: [.forWord, .to]))
    {
      applySarcasticCondition(text, explain: explain)
    }
    // As in `scoreMapped`: rules whose trigger words the text lacks are not called.
    if textWordLists.contains(.thanks) {
      if textWordLists.contains(.forWord) { applySarcasticThanks(text, explain: explain) }
      applyCausalThanks(text, explain: explain)
    }
    if textTriggers.contains(.congratulations) { applySarcasticCongratulations(text, explain: explain) }
    if textWordLists.contains(.praiseInterjections) { applyIronicPraise(text, explain: explain) }
    if textTriggers.contains(.ironicLoveWords) { applyIronicLove(text, explain: explain) }
    if hasNegatorUnit { applyPromiseBroken(text, explain: explain) }
  }

  /// The index of the first valence unit of `units` at or after `start`, or `units.count` if none.
  @inline(__always)
  private static func valenceUnit(in units: [Unit], from start: Int) -> Int {
    units.withUnsafeBufferPointer { units in
      var index = start
      while index < units.count && units[index].kind != .valence { index += 1 }
      return index
    }
  }

  /// The valence of the term unit at `position`, and whether a negation flipped it (the caller
  /// sets the unit's `isNegated`). Not `mutating`: a mutating method copies the whole scorer (some
  /// 150 bytes) each time it calls a non-mutating helper, and this one calls about ten per term.
  private func valence(
    of position: Int, _ text: TokenizedText, hasLowercase: inout Bool?, rules: inout [SentimentRule], explain: Bool
  ) -> (value: Double, negated: Bool) {
    // Read through a buffer: `units[position]` was an out-of-line call (the generic getter, not
    // inlined into this long function), once per term.
    let unit = units.withUnsafeBufferPointer { $0[position] }
    // A rule's own unit has a negative entry (`ruleEntry`); a lexicon term is not looked for there.
    if unit.entry < 0, let rule = ruleEntry(text, unit) { return (rule.valence, false) }
    var value = tables.valence(ofEntry: unit.entry)
    guard value != 0 else { return (0, false) }
    if value < 0, unit.length == 2, let count = visitCount(text, unit) {
      // "my third time staying here": a count of visits, not a repeat (rule 43).
      if explain { rules.append(.visitCounted(count: count)) }
      return (0, false)
    }
    if value > 0, first(unit, isIn: .thanks), isFillerThanks(text, unit) {
      // "Nothing else, thanks", "no thank you", "n/a thanks": no opinion (rule 16).
      if explain { rules.append(.politeFormula) }
      return (0, false)
    }
    // `isCannotEnoughPhrase` is false for a one-token unit (its first test): most terms skip the call.
    if unit.length >= 2 && isCannotEnoughPhrase(text, at: position) {
      value = -value
      if explain { rules.append(.negated(by: "enough", distance: 0, factor: -1)) }
    }
    // "Would definitely stay again" / "Would never stay here again" (rule 5): the rule's value
    // replaces the lexicon's, and "AGAIN" in capitals or "againnn" add to it as to any valence
    // (QA review 36, F16: they were explained and then dropped).
    var intent: Double?
    if unit.length == 1 ? lists(at: unit.start).contains(.again) : isRepeatedAgain(text, unit),
      let (value, reason) = returnIntent(text, at: position)
    {
      if explain { rules.append(.returnIntent(reason: reason, value: value)) }
      intent = value
    }
    if let intent { value = intent }
    var sign: Double = value > 0 ? 1 : -1
    // A lukewarm term gets no emphasis from capitals: "OK" is how the word is usually spelt, and a
    // FINE in capitals is no praise either (rule 18 keeps such an answer neutral; QA review 36, F05).
    if isAllCaps(text, unit) && textHasLowercase(text, known: &hasLowercase)
      && !tables.tags(ofEntry: unit.entry).contains(.isLukewarm)
    {
      value += sign * parameters.capsIncrement
      if explain { rules.append(.capitalised(amount: parameters.capsIncrement)) }
    }
    if hasLengthenedWords && isElongated(unit) {
      value += sign * parameters.elongationIncrement
      if explain { rules.append(.lengthened(amount: parameters.elongationIncrement)) }
    }
    if intent != nil { return (value, false) }
    if isPlainTerm(position, unit) {
      // As the search below ends for such a term: no negation, no boost, nothing averted.
      if tables.countsOnlyNegated(entry: unit.entry) {
        if let event = lateEvent(text, after: unit) {
          if explain { rules.append(.lateOutcome(after: event)) }
          return (value, false)
        }
        if explain { rules.append(.expectedOutcome(happened: true)) }
        return (0, false)
      }
      return finishValence(value, negated: false, unnegated: true, of: position, text, rules: &rules, explain: explain)
    }
    var negations = 0
    var negators: [(String, Int)] = []
    var valenceBetween = false
    var nearestNegator: Int?
    // Whether a valence term stands between the nearest negator and the term (rule 25 reads it):
    // a term before the negator ("Refund not processed") is not between them (QA review 36, F01).
    var valenceBeforeNearest = false
    // Words between a negator and the term that leave it in the negator's reach: intensifiers and
    // `negationGapAdverbs` ("No agent was very helpful", "nobody here is ever helpful"; QA review
    // 36, F02). They do not count toward the negation distance.
    var gapWords = 0
    // Set once the way back crosses into another clause (`opensClause`), or when the term opens
    // with a subject ("I like"): gap words then count as words again.
    var gapsCrossClause = first(unit, isIn: .clauseOpeners)
    var crossedClause = false
    var crossedConjunction = false
    var coordinated = false
    // Rule 6: "would have been nice", "could've been more helpful" (the unit of "have").
    var counterfactual: Int?
    var negatorInitialBetween = false
    // "No doubt the best": a negator that flipped an earlier term of the other polarity ("doubt")
    // is spent there and does not reach past it. Terms of one polarity share it ("won't win any
    // honors", "no great love"), and so do terms coordinated by "or"/"nor" (handled below).
    var negatorSpent = false
    // A term that opens with its own negator ("no apology", "couldn't get through") carries its
    // negation already: an earlier negator's scope ends there ("no food no water no apology").
    let negatorInitial = unit.length > 1 && startsWithNegator(unit)
    // "didn't make us feel welcome": the causative frame "make + object + feel" right before the
    // term does not count toward a modifier's distance (review r13a).
    let frameStart =
      unit.start >= 3 && textWordLists.contains(.feelVerbs) ? causativeFrameStart(before: unit.start) : nil
    let subjectNegatorInText = textWordLists.contains(.subjectNegators)
    let raisingVerbInText = textWordLists.contains(.raisingVerbs)
    // "never", "once", "ever": a negative inversion may open a clause ("Not once was the agent helpful").
    let inversionInText =
      hasNegatorUnit && (textWordLists.contains(.never) || textWordLists.contains(.phraseAdverbs))
    // The further reach is a negator's: a sentence without one stops at the usual distance (the
    // units beyond it change nothing then).
    let extraReach =
      hasNegatorUnit
      ? max(
        max(subjectNegatorInText ? Self.subjectPhraseWords : 0, raisingVerbInText ? Self.raisedClauseWords : 0),
        inversionInText ? Self.invertedClauseWords : 0) : 0
    // A comparative or a degree word right before the term makes a negative inversion praise ("Never
    // have I had a better meal", "Never have I been so well looked after"): it does not reach it.
    let inversionBlocked =
      inversionInText
      && ((unit.start > 0 && lists(at: unit.start - 1).contains(.degreeWords))
        || isComparative(text, at: position))
    // A raised negation ("I don't think the staff were helpful") reaches the first term of its
    // clause only, and not over "ever", a relative pronoun or a degree word right before the term
    // ("I don't think I've ever had better", "… would be this easy").
    var raisingBlocked =
      unit.start > 0 && lists(at: unit.start - 1).contains(.degreeWords)
    // Without a counterfactual modal or perfect in the text, no unit is a counterfactual perfect
    // (`isCounterfactualPerfect` asks for a token in one of those lists, and every token's lists
    // are in `textWordLists`): the loop does not test for one.
    let mayBeCounterfactual =
      textWordLists.contains(.counterfactualModals) || textWordLists.contains(.counterfactualPerfects)
    // `crossedClause` is read by the negator case and the counterfactual test only,
    // `crossedConjunction` and `raisingBlocked` by the negator case only: without a negator unit
    // (and, for the first, without a counterfactual) the tests that set them are skipped.
    let tracksClauses = hasNegatorUnit || mayBeCounterfactual
    var back = position - 1
    while back >= 0 {
      let other = units[back]
      var distance = modifierDistance(from: other.start + other.length, to: unit.start)
      if let frameStart, other.start < frameStart { distance -= 3 }
      // The distance a negator here would be at: the gap words after it do not count.
      let negationDistance = gapsCrossClause ? distance : distance - gapWords
      if min(distance, negationDistance) > max(Self.maximumDistance, parameters.negationScope) + extraReach {
        break
      }
      if other.kind == .boundary || other.kind == .contrast { break }
      // "Nothing it was perfect": a subject pronoun opens a clause that "no"/"nothing" does not reach;
      // the object of a causative frame does not ("nobody makes you feel stupid"; QA review 24).
      if other.kind == .neutral && tracksClauses && isClauseOpener(text, other)
        && !(frameStart.map { other.start >= $0 } ?? false)
      {
        crossedClause = true
      }
      if other.kind == .neutral && hasNegatorUnit {
        // "No signal and awful support": a determiner negator's scope is its noun phrase, which "and" ends.
        if first(other, isIn: .conjunctions) { crossedConjunction = true }
        if first(other, isIn: .raisingBlockers) { raisingBlocked = true }
      }
      switch other.kind {
      case .intensifier
      where !valenceBetween && distance == 1 && sign > 0 && isExcess(text, other, term: unit)
        && (back == 0 || units[back - 1].kind != .negator):
        // "too fast", "far too friendly": more than wanted is a complaint (rule 12).
        value = -abs(value) * parameters.excessScalar
        sign = -1
        if explain {
          rules.append(.excess(by: tables.intensifierEntries[Int(other.entry)].term, factor: -parameters.excessScalar))
        }
      case .intensifier where !valenceBetween && distance <= Self.maximumDistance:
        let decay = parameters.intensifierDecay
        var amount =
          tables.intensifierEntries[Int(other.entry)].scalar
          * (decay.isEmpty ? 1 : decay[min(distance, decay.count) - 1])
        if amount > 0 && isAllCaps(text, other) && textHasLowercase(text, known: &hasLowercase) {
          amount += parameters.capsIncrement
        }
        let magnitude = max(0, abs(value) + amount)
        value = sign * magnitude
        if explain {
          rules.append(
            .boosted(by: tables.intensifierEntries[Int(other.entry)].term, distance: distance, amount: amount))
        }
      case .negator
      where negationDistance <= parameters.negationScope
        || (subjectNegatorInText && !crossedClause
          && negationDistance <= parameters.negationScope + Self.subjectPhraseWords
          && isSubjectNegatorWithPhrase(other))
        || (raisingVerbInText && !raisingBlocked && !crossedConjunction && !valenceBetween
          && negationDistance <= parameters.negationScope + Self.raisedClauseWords && isRaisingNegator(other))
        || (inversionInText && !inversionBlocked && !valenceBetween
          && negationDistance <= parameters.negationScope + Self.invertedClauseWords
          && isInvertedNegator(text, at: back)):
        if (negatorInitial && !isDoubleNegative(text, negator: back, phrase: position)) || negatorSpent
          || (crossedClause && first(other, isIn: .clauseNegators) && !isInvertedNegator(text, at: back))
          || (crossedConjunction && first(other, isIn: .determinerNegators)) || isAccustomedUsedTo(back)
          || (sign < 0 && isNotWhat(text, back)) || isInterjectedNo(text, other)
        {
          break
        }
        negations += 1
        if nearestNegator == nil {
          nearestNegator = back
          valenceBeforeNearest = valenceBetween
        }
        if explain {
          negators.append(
            (
              other.entry >= 0 ? tables.negatorTerms[Int(other.entry)] : text.norm(of: text.tokens[other.start]),
              distance
            )
          )
        }
      case .valence:
        // "No problems or complaints", "never any delays or problems": a term that opens with a
        // negator ("no problems") or that a negator flipped ("delays") negates a term coordinated
        // with it by "or"/"nor"; that negation already counts the negator, so the search stops.
        if distance == 2, back == position - 2, units[back + 1].kind == .neutral || units[back + 1].kind == .negator,
          first(units[back + 1], isIn: .coordinators), other.isNegated || startsWithNegator(other)
        {
          negations = 1
          negators = []
          nearestNegator = nil
          if explain { negators.append(((ruleEntry(text, other) ?? tables.entries[Int(other.entry)]).term, distance)) }
          coordinated = true
        }
        // "didn't even clean", "never even called": the negator of a "… even" phrase right before
        // the term reaches it (review r28: "didn't even" −1.0 left "clean" praise).
        if !coordinated, back == position - 1, negations == 0, isNegatedEven(text, other) {
          negations = 1
          nearestNegator = back
          valenceBeforeNearest = false
          if explain { negators.append((text.norm(of: text.tokens[other.start]), 1)) }
        }
        valenceBetween = true
        if !coordinated, other.isNegated, other.entry >= 0, (tables.entries[Int(other.entry)].valence > 0) != (sign > 0)
        {
          negatorSpent = true
        }
        if counterfactual == nil && startsWithNegator(other) { negatorInitialBetween = true }
      case .neutral
      where mayBeCounterfactual && counterfactual == nil && !crossedClause && distance <= parameters.negationScope
        && isCounterfactualPerfect(text, other) && !hasNoneSubject(text, modal: counterfactualModalToken(other)):
        counterfactual = back
      default:
        break
      }
      if coordinated { break }
      // Gap words only move a negator's distance: a sentence without one skips the tests (they cost
      // about 3% of `score`'s instructions on the VADER texts).
      if hasNegatorUnit {
        if isNegationGap(text, other) {
          gapWords += other.length
        } else if !gapsCrossClause && opensClause(text, other) {
          gapsCrossClause = true
        }
      }
      back -= 1
    }
    // "couldn't be less helpful": the negated comparative "less X" is its superlative, X negated
    // once ("less" and the outer negator would otherwise cancel).
    if negations > 0, negations % 2 == 0, let nearest = nearestNegator, nearest == position - 1, nearest > 0,
      first(units[nearest], isIn: .lessWord), first(units[nearest - 1], isIn: .comparativeLinks)
    {
      negations = 1
    }
    // "fixed nothing", "helped no one": a negator right after the term, as its object. Only a
    // negator unit can be one (`objectNegator`'s first test), and a sentence without one skips the call.
    let objectNegation =
      negations == 0 && !negatorInitial && hasNegatorUnit ? objectNegator(text, after: position) : nil
    if objectNegation != nil { negations = 1 }
    // "never had to deal with any issues", "no need to worry about delays": a trouble the writer
    // was spared, out of the negator's usual reach (rule 54). Only in a text with a "to", and not
    // for an expected outcome ("never had to wait for a reply": rule 25 reads its own negator).
    if negations == 0, value < 0, textWordLists.contains(.to), !tables.countsOnlyNegated(entry: unit.entry),
      let chain = sparedTrouble(text, term: position)
    {
      negations = 1
      negators = explain ? [(chain.chain, chain.distance)] : []
    }
    var spared = false
    var negated = false
    if value < 0, let averted = avertedConsequent, averted.range.contains(unit.start),
      !tables.countsOnlyNegated(entry: unit.entry)
    {
      // "Without their help we'd have missed the deadline": what the writer was spared (rule 29).
      value *= parameters.negationScalar
      spared = true
      if explain {
        rules.append(.averted(by: text.norm(of: text.tokens[averted.marker]), factor: parameters.negationScalar))
      }
    }
    if negations == 0, value > 0, !spared, !negatorInitial, !negatorInitialBetween, let counterfactual {
      // "It would have been nice to get a call": praise that did not happen (rule 6).
      value *= parameters.negationScalar
      if explain {
        let other = units[counterfactual]
        let modal = tokenWordLists[other.start].contains(.have) ? other.start - 1 : other.start
        let term = (modal..<(other.start + other.length)).map { text.norm(of: text.tokens[$0]) }
          .joined(separator: " ")
        rules.append(
          .negated(
            by: term, distance: modifierDistance(from: other.start + other.length, to: unit.start),
            factor: parameters.negationScalar))
      }
    }
    if tables.countsOnlyNegated(entry: unit.entry) {
      // "delivery boy not came", "nobody picking up": an expected outcome counts only when it did
      // not happen, with the lexicon's (negative) value as given (rule 25).
      guard negations % 2 == 1,
        objectNegation != nil || isOutcomeNegator(text, nearestNegator, of: position, valenceBeforeNearest)
      else {
        if negations == 0, objectNegation == nil, let event = lateEvent(text, after: unit) {
          if explain { rules.append(.lateOutcome(after: event)) }
          return (value, false)
        }
        if explain { rules.append(.expectedOutcome(happened: true)) }
        return (0, false)
      }
      negated = true
      if explain {
        rules.append(.expectedOutcome(happened: false))
        for (term, distance) in negators { rules.append(.negated(by: term, distance: distance, factor: 1)) }
        if let objectNegation { rules.append(.negatedByObject(by: objectNegation, factor: 1)) }
      }
    } else if let objectNegation {
      let factor = value > 0 ? parameters.negationScalar : parameters.negatedNegativeScalar
      value *= factor
      negated = true
      if explain { rules.append(.negatedByObject(by: objectNegation, factor: factor)) }
    } else if negations % 2 == 1, let nearestNegator,
      let reason = negationKept(text, valence: position, negator: nearestNegator)
    {
      // Pictographs, "couldn't be happier", "can't recommend them enough": the negator does not flip it.
      if explain {
        for (term, distance) in negators { rules.append(.negationKept(by: term, distance: distance, reason: reason)) }
      }
    } else if negations % 2 == 1 {
      let factor = value > 0 ? parameters.negationScalar : parameters.negatedNegativeScalar
      value *= factor
      negated = true
      if explain {
        // An odd count applies the factor once: the nearest negator carries it, the others cancel
        // in pairs (factor 1), so the listed factors multiply to what was applied.
        for (position, (term, distance)) in negators.enumerated() {
          rules.append(.negated(by: term, distance: distance, factor: position == 0 ? factor : 1))
        }
      }
    } else if negations > 0 && explain {
      for (term, distance) in negators { rules.append(.negated(by: term, distance: distance, factor: 1)) }
    }
    return finishValence(
      value, negated: negated, unnegated: negations == 0, of: position, text, rules: &rules, explain: explain)
  }

  /// The end of `valence(of:…)`: a complaint about a problem that was fixed (rule 19), and praise
  /// asked for or wished for (rules 9, 14, 7). `unnegated`: no negator reached the term;
  /// `negated`: whether one flipped it (returned as it is).
  private func finishValence(
    _ value: Double, negated: Bool, unnegated: Bool, of position: Int, _ text: TokenizedText,
    rules: inout [SentimentRule], explain: Bool
  ) -> (value: Double, negated: Bool) {
    let unit = units[position]
    var value = value
    if value < 0, unnegated, textWordLists.contains(.fixVerbs) || textTriggers.contains(.accomplishmentWords),
      let fix = fixedObject(text, at: position)
    {
      // "fixed my broken boiler", "the leak was repaired": the problem is gone (rule 19). After a
      // frame of accomplishment ("managed to fix the leak") the fix's own praise stands in its place.
      if fix.accomplished {
        if explain { rules.append(.accomplishedFix(verb: fix.verb, value: parameters.accomplishedFixValence)) }
        return (parameters.accomplishedFixValence, negated)
      }
      if explain { rules.append(.fixedObject(verb: fix.verb)) }
      return (0, negated)
    }
    if value < 0, unnegated, textTriggers.contains(.goneVerbs), let verb = goneProblem(text, at: position) {
      // "my back pain is gone", "the pain disappeared": the problem went away (rule 45).
      if explain { rules.append(.problemGone(verb: verb)) }
      return (0, negated)
    }
    if value > 0, unnegated, textWordLists.contains(.counterfactualModals),
      let modal = modalComparative(text, at: position)
    {
      // "Staff could be friendlier": what is asked for is missing (rule 9).
      value *= parameters.negationScalar
      if explain {
        let phrase = text.norm(of: text.tokens[units[modal].start]) + " be"
        rules.append(
          .negated(
            by: phrase, distance: modifierDistance(from: units[modal].start + 1, to: unit.start),
            factor: parameters.negationScalar))
      }
    }
    if value > 0, unnegated, textTriggers.contains(.make), let make = imperativeComparative(text, at: position) {
      // "Make the website easier to use": what is asked for is missing (rule 9).
      value *= parameters.negationScalar
      if explain {
        rules.append(
          .negated(
            by: "make", distance: modifierDistance(from: units[make].start + 1, to: unit.start),
            factor: parameters.negationScalar))
      }
    }
    if value > 0, unnegated, text.tokens.count <= Self.comparativeRequestTokens,
      isComparativeRequest(text, at: position)
    {
      // "Better communication", "Faster delivery": what is asked for (rule 52).
      if explain { rules.append(.comparativeRequest) }
      return (0, negated)
    }
    // `rhetoricalHow` asks last for a sentence that ends with "?" (`sentenceEndsWithQuestion`),
    // which a text without one (`mayHoldEmphasis`: most texts) has not: the call is skipped.
    if value > 0, unnegated, Self.mayHoldEmphasis(text, marks: textMarks),
      let how = rhetoricalHow(text, before: position)
    {
      // "How is this acceptable?": the question denies what it names (rule 14).
      value *= parameters.negationScalar
      if explain {
        let words = (units[how].start..<(units[how].start + 3)).map { text.norm(of: text.tokens[$0]) }
        rules.append(
          .negated(
            by: words.joined(separator: " ") + " …?",
            distance: modifierDistance(from: units[how].start + 1, to: unit.start),
            factor: parameters.negationScalar))
      }
    }
    if value > 0, unnegated, textTriggers.contains(.intentVerbs), let demand = demandedRemedy(text, at: position) {
      // "I want a full refund", "I would like the renewal refunded": a remedy asked for, not got
      // (rule 57).
      value *= parameters.negationScalar
      if explain {
        rules.append(
          .demandedRemedy(verb: text.norm(of: text.tokens[units[demand].start]), factor: parameters.negationScalar))
      }
    }
    if value > 0, textWordLists.contains(.wish), let wish = wishedCounterfactual(text, at: position) {
      // "I wish the staff were more helpful", "wish it wasn't so expensive": what is wished for
      // did not happen (rule 7).
      value *= parameters.negationScalar
      if explain {
        rules.append(
          .negated(
            by: text.norm(of: text.tokens[units[wish].start]),
            distance: modifierDistance(from: units[wish].start + units[wish].length, to: unit.start),
            factor: parameters.negationScalar))
      }
    }
    return (value, negated)
  }

  /// Whether the term unit at `position` is one the search of `valence(of:…)` for its modifiers
  /// leaves as it is, so that it need not run (most terms): the sentence has no negator unit (rules
  /// only turn negators into other units), the text no counterfactual modal or perfect (so no unit
  /// is one, and no averted consequent is set: checked too) and no causative frame ("make + object
  /// + feel", which shortens distances), and every unit the search would reach before a boundary is
  /// neutral. The search then changes nothing: without a negator it reaches `maximumDistance` or
  /// `negationScope` words, as this walk does; a neutral unit there only counts as a counterfactual
  /// perfect (none here) or sets the clause flags that the negator case alone reads; no negator
  /// means none after the term as its object either.
  @inline(__always)
  private func isPlainTerm(_ position: Int, _ unit: Unit) -> Bool {
    // Three tests, not `isDisjoint(with:)` an option-set literal: that built an array per call.
    guard !hasNegatorUnit, avertedConsequent == nil, !textWordLists.contains(.counterfactualModals),
      !textWordLists.contains(.counterfactualPerfects), !textWordLists.contains(.feelVerbs)
    else { return false }
    let reach = max(Self.maximumDistance, parameters.negationScope)
    // The units and word positions through buffers, each unit's kind and span read alone: a copy of
    // a whole unit, and a bounds test of each array, per step (`modifierDistance` inlined).
    return units.withUnsafeBufferPointer { units in
      wordPositions.withUnsafeBufferPointer { positions in
        var back = position - 1
        while back >= 0 {
          let kind = units[back].kind
          let end = units[back].start + units[back].length
          let distance =
            positions.isEmpty ? unit.start - end + 1 : Int(positions[unit.start] - positions[end]) + 1
          if distance > reach { return true }
          if kind == .boundary || kind == .contrast { return true }
          if kind != .neutral { return false }
          back -= 1
        }
        return true
      }
    }
  }

  private mutating func applyContrast(explain: Bool) {
    guard hasContrastUnit, let split = units.firstIndex(where: { $0.kind == .contrast }) else { return }
    let entry = tables.contrastEntries[Int(units[split].entry)]
    let (beforeWeight, afterWeight) =
      entry.side == .after
      ? (parameters.contrastWeakWeight, parameters.contrastStrongWeight)
      : (parameters.contrastStrongWeight, parameters.contrastWeakWeight)
    // "Although it was late, the food was great": a sentence-initial connective that promotes the
    // clause "before" it subordinates its own clause (up to the first boundary) instead.
    var pivot = split
    var (firstWeight, secondWeight) = (beforeWeight, afterWeight)
    if entry.side == .before && split == 0, let boundary = units.firstIndex(where: { $0.kind == .boundary }) {
      pivot = boundary
      (firstWeight, secondWeight) = (afterWeight, beforeWeight)
    } else if split > 0, isAdverbialThough(at: split, term: entry.term) {
      // "The staff were lovely, the room was dirty though", "Great app, crashes a lot though":
      // closing its clause, "though" is the adverb ("however"), not the subordinator: its own
      // clause is the one that counts, as after "but", and the clauses before it weigh less
      // (QA review 39: "Parcel was soaked though and the box was crushed" weighed the complaint
      // half). The pivot is the start of its clause.
      pivot = units[..<split].lastIndex(where: { $0.kind == .boundary }).map { $0 + 1 } ?? 0
      (firstWeight, secondWeight) = (parameters.contrastWeakWeight, parameters.contrastStrongWeight)
    }
    weighClauses(units.indices, pivot: pivot, first: firstWeight, second: secondWeight, explain: explain) {
      .clauseWeight(connective: entry.term, weight: $0)
    }
  }

  /// "The staff were lovely, the room was dirty though": a "though" that ends the sentence is the
  /// adverb ("however"), so its clause weighs more than the clauses before it in the sentence, as
  /// after "but". After a sentence with a score it concedes against that sentence instead: "Staff
  /// were rude. One nurse was lovely though." grants the nurse and keeps the complaint, so the
  /// whole sentence weighs `contrastWeakWeight` and the sentence before keeps its weight (QA review
  /// 44: the sentence before was demoted and the lone praise boosted). Returns whether it applied:
  /// the sentence ends with "though" and either follows a scored sentence or has a boundary before
  /// its last clause.
  private mutating func applyTrailingThough(explain: Bool) -> Bool {
    guard let trailing = trailingConnective else { return false }
    let term = tables.contrastEntries[Int(trailing)].term
    guard Self.isThough(term) else { return false }
    if previousSentenceScored {
      let weak = parameters.contrastWeakWeight
      weighClauses(units.indices, pivot: units.count, first: weak, second: weak, explain: explain) {
        .clauseWeight(connective: term, weight: $0)
      }
      return true
    }
    guard let last = units.lastIndex(where: { $0.kind != .boundary }),
      let boundary = units[..<last].lastIndex(where: { $0.kind == .boundary })
    else { return false }
    weighClauses(
      units.indices, pivot: boundary + 1, first: parameters.contrastWeakWeight,
      second: parameters.contrastStrongWeight, explain: explain
    ) { .clauseWeight(connective: term, weight: $0) }
    return true
  }

  /// "though" and its spelling "tho", the connectives that are also adverbs.
  private static func isThough(_ term: String) -> Bool { term == "though" || term == "tho" }

  /// Whether the contrast unit at `split` is "though" (or "tho") closing its clause: a boundary or
  /// "and"/"but" follows it (at the sentence's end, `applyTrailingThough` reads it).
  private func isAdverbialThough(at split: Int, term: String) -> Bool {
    guard Self.isThough(term) else { return false }
    let next = split + 1
    return next == units.count || units[next].kind == .boundary || units[next].kind == .contrast
      || tokenWordLists[units[next].start].contains(.conjunctions)
  }

  /// Multiplies the term units of `range` before `pivot` by `first` and the others by `second`, and
  /// records `rule(weight)` on each for the explanation: the clause weighting of a contrastive
  /// connective (step 3), of rule 32's promise and delivery and of rule 34's turning complaint.
  mutating func weighClauses(
    _ range: Range<Int>, pivot: Int, first: Double, second: Double, explain: Bool,
    rule: (Double) -> SentimentRule
  ) {
    for index in range where units[index].kind == .valence && units[index].value != 0 {
      let weight = index < pivot ? first : second
      units[index].value *= weight
      if explain { rules[index].append(rule(weight)) }
    }
  }

  private mutating func applyIronicPraise(_ text: TokenizedText, explain: Bool) {
    var first = 0
    // A "Yeah" right before the praise ("Yeah great, …") is part of the exclamation: ironic with it.
    var assent: Int?
    while first < units.count
      && (units[first].kind == .intensifier
        || (units[first].kind == .neutral && tokenWordLists[units[first].start].contains(.ironyOpeners))
        || (assent == nil && first + 1 < units.count && units[first].kind == .valence && units[first].length == 1
          && units[first + 1].kind == .valence && Self.norm(of: text, units[first].start, is: "yeah")))
    {
      if units[first].kind == .valence { assent = first }
      first += 1
    }
    // A lone word ("Great, another delay"): an opening phrase of praise ("Lovely staff, a bit of a
    // wait") is a mixed review, not irony (review r10).
    // Only an exclamation of praise ("Great,", not "Very helpful,").
    guard first + 1 < units.count, units[first].kind == .valence, units[first].length == 1,
      units[first].value > 0, units[first + 1].kind == .boundary,
      tokenWordLists[units[first].start].contains(.praiseInterjections)
    else { return }
    // A contrast right after it concedes ("Good, although a bit slow", "Nice, but the room was
    // dirty"): the praise is sincere and the contrast weighs the clauses (review r20a).
    if first + 2 < units.count, units[first + 2].kind == .contrast { return }
    // The rest a plain complaint: no praise, no fix, not conceded ("Great, a bit pricey").
    guard isPlainComplaint(text, (first + 2)..<units.count, opener: first + 2) else { return }
    // The exclamation, its "Yeah" (the unit right before it), and a stock phrase of satisfaction in
    // the rest ("…, just what I needed": the only praise a plain complaint may hold).
    makeIronic((assent ?? first)..<units.count, explain: explain)
  }

  // MARK: Helpers

  func startsWithNegator(_ unit: Unit) -> Bool {
    ids.withUnsafeBufferPointer {
      tables.negators.longestMatch($0, from: unit.start, to: unit.start + unit.length) != nil
    }
  }

  /// The first token of a "make/made + me/us/them… + feel/felt" frame that ends right before token
  /// `start`, if there is one.
  private func causativeFrameStart(before start: Int) -> Int? {
    tokenWordLists[start - 1].contains(.feelVerbs) && tokenWordLists[start - 2].contains(.objectPronouns)
      && tokenWordLists[start - 3].contains(.causeVerbs) ? start - 3 : nil
  }

  /// Whether some token of a unit matched only once shortened ("loooove"); the caller skips it when
  /// no word was lengthened. `lengthenedWords` is in token order: a binary search finds the first at
  /// or after the unit's start (a linear scan per unit made a long text of lengthened words
  /// quadratic), and the unit's own tokens follow it.
  private func isElongated(_ unit: Unit) -> Bool {
    var index = lengthenedWords.partitionPoint { $0.token < Int32(unit.start) }
    while index < lengthenedWords.count && lengthenedWords[index].token < Int32(unit.start + unit.length) {
      if lengthenedWords[index].matchedTerm { return true }
      index += 1
    }
    return false
  }

  /// Whether a unit is written in capitals for emphasis: some word of it has at least two
  /// upper-case letters and no lower-case one ("GOOD", "on HOLD for", "the service was GREAT").
  /// Letters of any script count (upper/lower case are Unicode properties).
  @inline(__always)
  private func isAllCaps(_ text: TokenizedText, _ unit: Unit) -> Bool {
    // A one-word unit of an ASCII text that opens with a lower-case letter (most terms) is not:
    // the test without a call. Otherwise the word is read as below.
    if unit.length == 1 && text.isASCII {
      let token = text.tokens[unit.start]
      guard token.kind == .word else { return false }
      if !token.utf8Range.isEmpty && text.utf8[token.utf8Range.lowerBound] &- 0x61 < 26 { return false }
    }
    return hasCapitalisedWord(text, unit)
  }

  /// `isAllCaps(_:_:)`, reading each word of the unit.
  private func hasCapitalisedWord(_ text: TokenizedText, _ unit: Unit) -> Bool {
    let ascii = text.isASCII
    return text.utf8.withUnsafeBufferPointer { utf8 in
      for index in unit.start..<(unit.start + unit.length) {
        let token = text.tokens[index]
        guard token.kind == .word else { continue }
        let word = UnsafeBufferPointer(rebasing: utf8[token.utf8Range])
        if ascii {
          // The counts of `caseCounts`, stopping at the first lower-case letter (most words).
          if Self.isCapitalised(asciiWord: word) { return true }
          continue
        }
        let (upper, lower) = Self.caseCounts(word, ascii: false)
        if upper >= 2 && lower == 0 { return true }
      }
      return false
    }
  }

  /// Whether an ASCII word has at least two upper-case letters and no lower-case one.
  @inline(__always)
  private static func isCapitalised(asciiWord word: UnsafeBufferPointer<UInt8>) -> Bool {
    var upper = 0
    for byte in word {
      if byte &- 0x61 < 26 { return false }
      if byte &- 0x41 < 26 { upper += 1 }
    }
    return upper >= 2
  }

  /// `textHasLowercase(text)`, read from `known` when a term of the text asked already, else
  /// found and kept there: only a term in capitals asks (most texts have none).
  private func textHasLowercase(_ text: TokenizedText, known: inout Bool?) -> Bool {
    if let known { return known }
    let found = textHasLowercase(text)
    known = found
    return found
  }

  /// Whether some word of `text` has a lower-case letter: capitals emphasise only in a text that
  /// has some (VADER's "allcaps differential").
  private func textHasLowercase(_ text: TokenizedText) -> Bool {
    let ascii = text.isASCII
    return text.utf8.withUnsafeBufferPointer { utf8 in
      for token in text.tokens where token.kind == .word {
        let word = UnsafeBufferPointer(rebasing: utf8[token.utf8Range])
        // An ASCII word needs only one lower-case letter found, not every letter counted.
        if ascii ? word.contains(where: { $0 &- 0x61 < 26 }) : Self.caseCounts(word, ascii: false).lower > 0 {
          return true
        }
      }
      return false
    }
  }

  /// Upper- and lower-case letters in a word's UTF-8 bytes.
  private static func caseCounts(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) -> (upper: Int, lower: Int) {
    var upper = 0
    var lower = 0
    if ascii || !bytes.contains(where: { $0 >= 0x80 }) {
      for byte in bytes {
        if byte >= 0x61 && byte <= 0x7A { lower += 1 } else if byte >= 0x41 && byte <= 0x5A { upper += 1 }
      }
    } else {
      for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
        if scalar.properties.isLowercase { lower += 1 } else if scalar.properties.isUppercase { upper += 1 }
      }
    }
    return (upper, lower)
  }

  /// The "!" and "?" in the punctuation tokens of the sentence whose units are `units`. Only
  /// boundary units and units of several tokens (a rating "5/10", a phrase with a hyphen) can hold
  /// punctuation tokens: `buildUnits` starts no other unit at one, and the punctuation it leaves out
  /// of units (hyphens, quotes, slashes, currency signs, the "+" or "(" of a number) holds neither
  /// sign. So the sentence's other tokens, most of them, are not read.
  ///
  /// The signs are counted in the tokens' NFKC norms, so full-width "！" and "？" count as "!" and
  /// "?"; the emoji tokens "‼" and "⁉" count as two signs (QA review 36, F12).
  private func countEmphasis(_ text: TokenizedText) -> (Int, Int) {
    var exclamations = 0
    var questions = 0
    for unit in units where unit.kind == .boundary || unit.length > 1 {
      for index in unit.start..<(unit.start + unit.length) where text.tokens[index].kind == .punct {
        text.withNorm(of: text.tokens[index]) { norm in
          for byte in norm {
            if byte == UInt8(ascii: "!") { exclamations += 1 } else if byte == UInt8(ascii: "?") { questions += 1 }
          }
        }
      }
    }
    // "‼" and "⁉" are emoji tokens (they have an emoji presentation), kept as typed.
    if !text.isASCII {
      for unit in units where unit.length == 1 && text.tokens[unit.start].kind == .emoji {
        text.withNorm(of: text.tokens[unit.start]) { norm in
          guard norm.count >= 3, norm[0] == 0xE2 else { return }
          if norm[1] == 0x80 && norm[2] == 0xBC {
            exclamations += 2  // ‼
          } else if norm[1] == 0x81 && norm[2] == 0x89 {
            exclamations += 1  // ⁉
            questions += 1
          }
        }
      }
    }
    return (exclamations, questions)
  }

  /// Whether `text` may hold a "!" or "?": an ASCII one (`TextMarks.emphasis`), or, in a text that
  /// is not ASCII, one whose NFKC form is ("！", "？", "‼", "⁉").
  static func mayHoldEmphasis(_ text: TokenizedText, marks: TextMarks) -> Bool {
    marks.contains(.emphasis) || !text.isASCII
  }

  /// The entry of a valence unit that a rule made of its own, not from a lexicon entry: rule 3's
  /// "keeps/stop + -ing", rule 10's "why", rule 15's "took + weeks", rule 42's "wait + hours" and a rating. Nil for a lexicon
  /// entry. `valence` and the explanation both read a unit's entry through here, so a rule unit is
  /// never taken for an index into the lexicon (review r24: `--explain` crashed on rule 15's unit,
  /// which `valence` knew and the explanation did not).
  private func ruleEntry(_ text: TokenizedText, _ unit: Unit) -> ValenceEntry? {
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
    case Self.answerScoreEntry:
      ValenceEntry(
        term: "score N on " + (answerScore.scale?.description ?? ""), valence: answerScore.valence,
        origin: "rule: score answering its question")
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
  private func neutralFrame(_ text: TokenizedText, _ unit: Unit) -> SentimentContribution? {
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
      // Rule 50's recommendation on a condition ("would recommend … if", "if … I'd recommend",
      // "Fix the app and I'd recommend them": "… and i'd recommend"): praise not given yet.
      let words = (unit.start..<(unit.start + unit.length)).map { text.norm(of: text.tokens[$0]) }
      let end = unit.start + unit.length
      func isIf(_ token: Int) -> Bool { Self.norm(of: text, token, is: "if") }
      let phrase = words.joined(separator: " ")
      let shown =
        (end..<tokenCount).contains(where: isIf)
        ? phrase + " … if" : (0..<unit.start).contains(where: isIf) ? "if … " + phrase : "… and " + phrase
      return contribution(text, frame, [.suggestion(frame: shown)])
    }
    guard valence == 0 else { return nil }
    return contribution(text, frame, [.neutralFrame])
  }

  private func contribution(_ text: TokenizedText, _ unit: Unit, _ rules: [SentimentRule]) -> SentimentContribution {
    let first = text.tokens[unit.start]
    let last = text.tokens[unit.start + unit.length - 1]
    let span = String(decoding: text.utf8[first.utf8Range.lowerBound..<last.utf8Range.upperBound], as: UTF8.self)
    let entry = ruleEntry(text, unit) ?? tables.entries[Int(unit.entry)]
    return SentimentContribution(
      text: span, term: entry.term, start: first.start, end: last.end, lexiconValence: entry.valence,
      origin: entry.origin, rules: rules, contribution: unit.value)
  }
}

/// Terms of one kind that a text-level rule may cancel once every sentence is scored (laughter,
/// rule 21; loud crying, rule 22): their summed value, their number, what they added to the text's
/// sum and their explanation entries.
private struct CancellableTerms {
  /// The terms' values as scored in their sentences (their proportions counted these).
  var sum = 0.0
  var count = 0.0
  /// The terms' indices among the explanation's entries; nil until one is added (with
  /// `explain` only): two per text, each released at the text's end, an empty array cost a call
  /// into the runtime where nil costs a test.
  var contributions: [Int]?
  /// What the terms add to the text's sum when a later rule scaled a whole sentence ("… lol. But
  /// …": the sentence is demoted): the terms of sentences before the latest one with terms, and of
  /// that one, which a rule at the next sentence may still scale. Kept without an array (one per
  /// text cost retains and releases on every text).
  private var settledShare = 0.0
  private var latestShare = 0.0
  private var latestSentence = -1
  private var scaled = false

  /// Notes a term of `value` in sentence `sentence` (sentences come in order); `contribution` is
  /// its index among the explanation's entries, if any.
  mutating func add(_ value: Double, sentence: Int, contribution: Int?) {
    sum += value
    count += 1
    if sentence != latestSentence {
      settledShare += latestShare
      latestShare = 0
      latestSentence = sentence
    }
    latestShare += value
    if let contribution {
      if contributions == nil { contributions = [contribution] } else { contributions!.append(contribution) }
    }
  }

  /// Sentence `sentence`'s part of the text's sum was multiplied by `weight` (a contrast demotes
  /// it, rule 36 turns praise ironic): so was what its terms add. Only the sentence before the one
  /// being scored is ever scaled, so only the latest sentence's terms can be.
  mutating func scale(sentence: Int, by weight: Double) {
    guard sentence == latestSentence, latestShare != 0 else { return }
    latestShare *= weight
    scaled = true
  }

  /// Takes the terms out of the text's sum (what they added to it, so that the compound is what
  /// the explanation's contributions add up to: QA review 32, H1, found "bad lol. But …" cancelled
  /// at twice what the demoted "lol" added) and out of `side` (the sum of their sign's proportion,
  /// where each counted |value| + 1), counts them as neutral, and zeroes their explanation entries.
  func cancel(
    total: inout Double, side: inout Double, neutralCount: inout Double, explanation: inout SentimentExplanation?,
    by rule: SentimentRule
  ) {
    // Unscaled, exactly `sum` (summed in the order added).
    total -= scaled ? settledShare + latestShare : sum
    side -= abs(sum) + count
    neutralCount += count
    explanation?.cancel(contributions ?? [], by: rule)
  }
}
