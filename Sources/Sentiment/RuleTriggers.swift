import Tokenization

/// Words without which a rule cannot apply, so that a text that has none of them skips the rule
/// without reading its tokens: "within" (or "in under", "in less than") and a short duration for
/// rule 31, "said"/"says" for the sarcastic "said no one", the obligation modals of rule 28, "too"
/// for rule 30, "kindly" or a greeting's time of day for rule 26, and a word of promise ("idea",
/// "design") for rule 32, an order verb and a verb of receiving for rule 37, a word of waiting or
/// "took" for rule 42, a hedge for rule 18, "times" for rule 43, a word of quoting for rule 44, a
/// verb of going away for rule 45, "why" for rule 10, "cheers" and "ta" for the bare thanks of
/// rules 18 and 26, a negated modal for rule 29, "make" for rule 9, a manner adverb for rule 47,
/// "not" for rule 48, the verbs of a stated plan for rule 5, a frame of accomplishment for rule 19, "finally"/"eventually" for rule 42, "other", "old" and
/// "competitor" for rule 51, and the wh-words and gap adverbs of a negation's reach.
///
/// Like `WordList`, each set is one bit of a vocabulary id's record: the words are added to the
/// model's vocabulary, so the one lookup that maps a token to its id gives its triggers too, and
/// `DefaultProfileScorer.mapTokens` gathers the union over a text's tokens (hashtags left out, as
/// for the word lists). A trigger is only a necessary condition: the rule still reads the words
/// itself, so the sets may hold more words than a rule needs, never fewer.
struct RuleTriggers: OptionSet, Sendable {
  let rawValue: UInt32

  /// "within", and the "under" or "less" of "in under", "in less than" (rule 31).
  static let promptOpeners = RuleTriggers(rawValue: 1 << 0)
  /// The short durations of a prompt outcome ("within the HOUR", rule 31).
  static let shortDurations = RuleTriggers(rawValue: 1 << 1)
  /// "said", "says": the sarcastic tag "said no one" (rule 4); and the words of a reported promise
  /// ("told", "promised", "assured" …), which a promise broken in its own sentence needs (rule 35).
  static let praiseDenials = RuleTriggers(rawValue: 1 << 2)
  /// "should", "ought" and their forms (rule 28).
  static let obligationModals = RuleTriggers(rawValue: 1 << 3)
  /// "too", the last word of every intensifier of excess (rule 30).
  static let too = RuleTriggers(rawValue: 1 << 4)
  /// "kindly", and the times of day of a greeting ("good morning"; rule 26).
  static let requestCourtesies = RuleTriggers(rawValue: 1 << 5)
  /// The words of promise of rule 32 ("idea", "design", "looks" …).
  static let promiseWords = RuleTriggers(rawValue: 1 << 6)
  /// The words of congratulation of rule 33 ("job", "done", "bravo" …).
  static let congratulations = RuleTriggers(rawValue: 1 << 7)
  /// "love", "loving", "loved": with the praise interjections (`WordList.praiseInterjections`), the
  /// words of a lone exclamation of praise (rule 4: "Love it.").
  static let lovingVerbs = RuleTriggers(rawValue: 1 << 8)
  /// The praise that opens an ironic "love how …" (rule 4: "love", "amazing", "great" …).
  static let ironicLoveWords = RuleTriggers(rawValue: 1 << 9)
  /// The order verbs of a substitution (rule 37: "ordered", "booked" …).
  static let orderVerbs = RuleTriggers(rawValue: 1 << 10)
  /// The verbs of receiving of a substitution (rule 37: "got", "received" …).
  static let receiveVerbs = RuleTriggers(rawValue: 1 << 11)
  /// The words of waiting of a timed wait (rule 42: "waited", "queue" …).
  static let waitWords = RuleTriggers(rawValue: 1 << 12)
  /// "times", the word of a counted repeat (rule 43: "phoned 6 times"), and the nouns of contact or
  /// effort after an ordinal ("my 4th password reset").
  static let repeatCounts = RuleTriggers(rawValue: 1 << 13)
  /// The words of quoting of a bill above the quote (rule 44: "quoted", "estimate" …).
  static let quoteWords = RuleTriggers(rawValue: 1 << 14)
  /// "took", "takes", "taking", "taken": time the writer spent (rule 42: "took me 40 minutes").
  static let spentTimeVerbs = RuleTriggers(rawValue: 1 << 15)
  /// The hedges of a lukewarm answer (rule 18: "mostly", "pretty", "fairly" …).
  static let lukewarmHedges = RuleTriggers(rawValue: 1 << 16)
  /// The verbs of a problem going away of rule 45 ("gone", "disappeared", "stopped" …).
  static let goneVerbs = RuleTriggers(rawValue: 1 << 17)
  /// "help", asked for in rule 46 ("Can you help me?").
  static let helpWord = RuleTriggers(rawValue: 1 << 18)
  /// A function word of another language that `LanguageHint` counts ("die", "que", "het" …): a text
  /// in ASCII without one is English to the hint, which then need not read it
  /// (`SentimentScorer.scoredTextMayBeNonEnglish`).
  static let otherLanguageWords = RuleTriggers(rawValue: 1 << 19)
  /// "why", the word of a complaint question (rule 10: "Why is my bill higher?", "charged twice -
  /// why?").
  static let why = RuleTriggers(rawValue: 1 << 20)
  /// "cheers", "ta": the bare thanks that are no `WordList.thanks` word (rules 18 and 26).
  static let cheers = RuleTriggers(rawValue: 1 << 21)
  /// The negated modals of a counterfactual ("wouldn't", "couldn't" …; rule 29).
  static let negatedModals = RuleTriggers(rawValue: 1 << 22)
  /// The wh-words that open a clause a negator's gap words do not reach over ("why", "what" …).
  static let whWords = RuleTriggers(rawValue: 1 << 23)
  /// The adverbs a negation reaches over ("ever", "even", "actually"; QA review 36, F02).
  static let negationGapAdverbs = RuleTriggers(rawValue: 1 << 24)
  /// "make", the verb of an imperative comparative (rule 9: "Make the website easier to use").
  static let make = RuleTriggers(rawValue: 1 << 25)
  /// The manner adverbs of a failure (rule 47: "won't open properly", "never works right").
  static let mannerAdverbs = RuleTriggers(rawValue: 1 << 26)
  /// "not", the word of a closing sarcastic "not" (rule 48: "Great service... not").
  static let not = RuleTriggers(rawValue: 1 << 27)
  /// The verbs of a stated plan ("plan", "intend" and their forms: rule 5, "I plan on ordering again"),
  /// and of a demand ("want", "request", "expect" …: rule 57, "I want a full refund").
  static let intentVerbs = RuleTriggers(rawValue: 1 << 28)
  /// "managed", "able", "helped": a frame of accomplishment before a fix verb's base form (rule 19:
  /// "managed to fix the problem").
  static let accomplishmentWords = RuleTriggers(rawValue: 1 << 29)
  /// "finally", "eventually": an outcome reached after a stated wait (rule 42: "finally spoke to
  /// someone after 45 minutes").
  static let lateOutcomeAdverbs = RuleTriggers(rawValue: 1 << 30)
  /// "other", "competitor(s)", "rival(s)", "old", "previous", "former", "original", "last": a subject that
  /// names another provider or what was replaced (rule 51: "Other banks are far more helpful").
  static let otherProviders = RuleTriggers(rawValue: 1 << 31)

  /// Every trigger's words.
  static let catalogue: [(triggers: RuleTriggers, words: [String])] = [
    (.promptOpeners, ["within", "under", "less"]),
    (.shortDurations, DefaultProfileScorer.shortDurationWords),
    (.praiseDenials, ["said", "says"] + DefaultProfileScorer.reportedPromiseWordList),
    (.obligationModals, DefaultProfileScorer.obligationModalWords),
    (.too, ["too"]),
    (.requestCourtesies, DefaultProfileScorer.requestCourtesyWords + DefaultProfileScorer.greetingTimeWords),
    (.promiseWords, DefaultProfileScorer.promiseWordList),
    (.congratulations, DefaultProfileScorer.congratulationWordList),
    (.lovingVerbs, DefaultProfileScorer.lovingVerbWordList),
    (.ironicLoveWords, DefaultProfileScorer.ironicLoveWordList + DefaultProfileScorer.ironicKnowWordList),
    (.orderVerbs, DefaultProfileScorer.orderVerbWords),
    (.receiveVerbs, DefaultProfileScorer.receiveVerbWords),
    (.waitWords, DefaultProfileScorer.waitWordList),
    (.spentTimeVerbs, DefaultProfileScorer.spentTimeVerbList),
    (.lukewarmHedges, DefaultProfileScorer.lukewarmHedgeList),
    (.repeatCounts, ["times"] + DefaultProfileScorer.effortNounList),
    (.quoteWords, DefaultProfileScorer.quoteWordList),
    (.goneVerbs, DefaultProfileScorer.goneVerbWordList),
    (.helpWord, DefaultProfileScorer.helpWordList),
    (.otherLanguageWords, LanguageHint.otherLanguagesFunctionWords),
    (.why, ["why"]),
    (.cheers, DefaultProfileScorer.cheerWords),
    (.negatedModals, DefaultProfileScorer.negatedModalWords),
    (.whWords, DefaultProfileScorer.whWordList),
    (.negationGapAdverbs, DefaultProfileScorer.negationGapAdverbList),
    (.make, ["make"]),
    (.mannerAdverbs, DefaultProfileScorer.mannerAdverbList),
    (.not, ["not"]),
    (.intentVerbs, DefaultProfileScorer.planVerbWords + DefaultProfileScorer.demandVerbWords),
    (.accomplishmentWords, DefaultProfileScorer.accomplishmentWordList),
    (.lateOutcomeAdverbs, DefaultProfileScorer.lateOutcomeAdverbList),
    (.otherProviders, DefaultProfileScorer.otherProviderTriggerWords),
  ]
}
