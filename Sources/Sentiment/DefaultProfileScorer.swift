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
///    ("fixed", "refunded", "replaced"), is ironic: × ironicPraiseScalar. The customer-feedback
///    rules in `FeedbackRules.swift` (negation scope and polarity, repeated actions, sarcasm
///    markers, praise after a complaint, return intent) refine steps 1–4.
/// 5. Sentence sum + "!"/"?" emphasis away from 0; text sum s = Σ sentences;
///    compound = s / √(s² + α); pos/neu/neg as in VADER: each positive unit adds v + 1, each
///    negative |v| + 1, each other word 1, the emphasis goes to the larger side, divided by the total.
struct DefaultProfileScorer {
  /// The model's tables and constants, behind one reference: the scorer is copied whenever one of
  /// its non-mutating helpers is called from a mutating method, and a copy then costs one retain
  /// instead of a copy of every table's storage. For the same reason the scorer holds no constants
  /// (they are `static`) and no rarely used scratch: at 121 bytes a copy is a few moves, where 153
  /// bytes took a call to `memcpy`.
  private let model: Resources
  @inline(__always) var tables: RuleTables { _read { yield model.tables } }
  @inline(__always) var parameters: SentimentParameters { _read { yield model.parameters } }
  @inline(__always) var thresholds: SentimentThresholds { _read { yield model.thresholds } }

  private final class Resources: Sendable {
    let tables: RuleTables
    let parameters: SentimentParameters
    let thresholds: SentimentThresholds

    init(_ model: SentimentModel) {
      tables = model.rules
      parameters = model.parameters
      thresholds = model.thresholds
    }
  }
  static let maximumDistance = 3
  /// How many more words a subject negator reaches over the phrase after it ("none of the
  /// staff were helpful").
  static let subjectPhraseWords = 4
  /// How many more words a negated raising verb reaches into the clause it introduces ("I don't
  /// think the staff were helpful", "I wouldn't say the food was good").
  static let raisedClauseWords = 4
  /// How many more words a negative inversion reaches into its clause ("Not once was the agent
  /// helpful", "Never did the staff smile"; `isInvertedNegator(_:at:)`).
  static let invertedClauseWords = 2

  enum UnitKind { case valence, negator, intensifier, contrast, boundary, neutral }

  struct Unit {
    var kind: UnitKind
    /// First token index and token count.
    var start: Int
    var length: Int
    /// Index into the table's entries (`repeatedActionEntry` for the repeated-action rule).
    var entry: Int32
    var value: Double = 0
    var isCaps = false
    /// Set when a negator flipped this valence term (for "never any delays or problems").
    var isNegated = false
  }

  // Scratch, reused across texts.
  /// Per token, its vocabulary id (-1 when no term uses it); its first `tokenCount` elements are
  /// the text's (see `tokenWordLists`).
  var ids: [Int32] = []
  /// Per token (and one past the last), how many tokens before it count for modifier distances:
  /// numbers (with a "+", "(" or ")" glued to them) and the placeholders of numeric data do not, so
  /// "not even 020 7946 0958 helped" and its redacted form "not even [PHONE] helped" put "not" at
  /// the same distance from "helped".
  var wordPositions: [Int32] = []
  /// Per token, the grammar word lists it is in (empty for hashtags, mentions, URLs…). Like `ids`,
  /// it may hold more elements than the text has tokens (left from a longer text: `mapTokens`
  /// grows the two arrays but never shrinks them); `tokenCount` is how many belong to the text.
  var tokenWordLists: [WordList] = []
  /// The number of tokens of the text `mapTokens` mapped last.
  var tokenCount = 0
  /// Every word list some token of the text is in, and whether the text has an emoji: rules whose
  /// trigger words or emoji are absent are skipped.
  var textWordLists: WordList = []
  var units: [Unit] = []
  var rules: [[SentimentRule]] = []
  var sentenceRanges: [Range<Int>] = []
  /// The lengthened words of the text (`Elongation`), in token order; usually empty: those that
  /// matched a term only once shortened ("sooo", "loooove"), and those the rules read shortened
  /// ("whyyy", "pleeease"; `LengthenedWord`).
  var lengthenedWords: [LengthenedWord] = []
  /// The consequent of an averting condition in the sentence being scored, whose negative terms
  /// the writer was spared, and the condition's marker token (rule 29); nil in most sentences.
  var avertedConsequent: (range: Range<Int>, marker: Int)?
  // The stored properties below are 4 bytes or less each (the optional above ends in a 1-byte
  // tag): declared after it, they fill its tail, and the scorer stays within 128 bytes (126), which
  // is copied in a few moves where 129 took a call to `memcpy` (a mutating method copies the
  // scorer to call a non-mutating helper: four times per sentence).
  /// The rule triggers (`RuleTriggers`) of the text's tokens: rules whose triggers are absent are
  /// skipped.
  var textTriggers: RuleTriggers = []
  var textHasEmoji = false
  /// The ASCII marks the text holds (`TextMarks`), found by `mapTokens`.
  var textMarks: TextMarks = []
  /// Whether the text may hold a currency sign (`isCurrencySign`): it holds a "$", or it is not
  /// ASCII. Without one, no sentence of the text is tested for rule 38.
  var textMayHoldCurrencySign = false
  /// The connective that closes the sentence being scored ("The staff were rude, however."), if any.
  var trailingConnective: Int32?
  /// Whether the sentence before the one being scored has a score: a sentence-final "though" then
  /// concedes against it (`applyTrailingThough`).
  var previousSentenceScored = false
  /// Whether the sentence being scored has a contrast unit (most have none: `applyContrast` then
  /// does not search for one).
  var hasContrastUnit = false
  /// Whether the sentence being scored may have a negator unit (set when its units are built; rules
  /// only ever turn negators into other units). Without one, the words a negation reaches over
  /// (`isNegationGap`, `opensClause`) change nothing, and `valence(of:)` does not test them.
  var hasNegatorUnit = true
  /// Whether the sentence being scored has a suggestion frame unit (`suggestionFrameEntry`; most
  /// have none: `applySuggestion` then does not search for one).
  var hasSuggestionFrame = false
  /// Whether the sentence being scored has a valence unit of a term that turns the sentence as
  /// "but" does (`EntryTags.opensContrast`; most have none: `applyContrastTerm` then does not
  /// search for one). Ratings, and the rules that make units valence, give them their own entries
  /// (negative), never such a term.
  var hasContrastTerm = false
  /// Whether rule 4 has found irony in an earlier sentence of the text being scored: sarcasm is
  /// kept up, so later short praise is ironic too ("Brilliant, my train was cancelled again. Best
  /// commute ever."; review r27).
  var ironySeen = false
  /// Whether the text holds "said no one (ever)" / "said nobody": all its praise is ironic (rule 4).
  var praiseDenied = false

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
    if lengthenedWords.isEmpty {
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
}
