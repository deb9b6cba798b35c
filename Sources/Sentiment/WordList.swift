/// Closed lists of grammar words (pronouns, auxiliaries, particles) that the default profile's
/// rules test tokens against. They are grammar, not valence data, so they live here rather than in
/// `lexicons/`.
///
/// Each list is one bit. The lists' words are added to the model's vocabulary, so the one lookup
/// that maps a token to its vocabulary id also gives the lists it belongs to; a rule's test is then
/// a bit test. Words are listed with ASCII apostrophes; a typographic one (U+2019) matches through
/// the vocabulary's match key (`TermNormalizer.matchKey`). A hashtag's word is in no list.
struct WordList: OptionSet, Sendable {
  let rawValue: UInt64

  /// `OptionSet.contains(_:)` (every bit of `member` set), as one mask test always inlined: in a
  /// function as large as `DefaultProfileScorer.valence(of:…)` the generic one was left a call.
  @inline(__always)
  func contains(_ member: WordList) -> Bool {
    rawValue & member.rawValue == member.rawValue
  }

  /// Subject pronouns that open a clause a stand-alone negator does not reach ("Nothing, it was perfect").
  static let clauseOpeners = WordList(rawValue: 1 << 0)
  /// Words between a negator and a comparative that make it a superlative ("couldn't BE happier").
  static let comparativeLinks = WordList(rawValue: 1 << 1)
  static let modalNegators = WordList(rawValue: 1 << 2)
  static let modals = WordList(rawValue: 1 << 3)
  static let enough = WordList(rawValue: 1 << 4)
  static let not = WordList(rawValue: 1 << 5)
  static let on = WordList(rawValue: 1 << 6)
  /// "keeps"/"kept"/"stop"/"keep" (+ -ing): a repeated action. "keep" counts only after "you"/
  /// "they" and "stop" only as an imperative (rule 3); "keeping" is left out: plans ("we'll keep
  /// trying").
  static let keepForms = WordList(rawValue: 1 << 7)
  /// Negators that stand for a whole answer or clause ("Nothing, it was perfect"); "not" and "n't"
  /// attach to a verb whose complement clause they do negate ("doesn't mean it's good").
  static let clauseNegators = WordList(rawValue: 1 << 8)
  /// -ing words after "keeps" that report no fault ("keeps going").
  static let harmlessRepeats = WordList(rawValue: 1 << 9)
  /// "or"/"nor": "No problems or complaints" carries the negation over.
  static let coordinators = WordList(rawValue: 1 << 10)
  /// "yet", a connective only when a word follows it directly ("not fixed yet" is temporal).
  static let yet = WordList(rawValue: 1 << 11)
  /// "while", the noun after `nounWhileModifiers` ("for a while", "worth your while").
  static let whileWord = WordList(rawValue: 1 << 12)
  /// Words before "while" that make it the noun ("a while", "a long while", "your while").
  static let nounWhileModifiers = WordList(rawValue: 1 << 13)
  /// Comparatives not formed with "-er" that a negated copula makes superlative ("couldn't be worse").
  static let irregularComparatives = WordList(rawValue: 1 << 14)
  /// "again" (rule 5: return intent).
  static let again = WordList(rawValue: 1 << 15)
  /// Intent modals: "would", "will", and their contractions with "I"/"we".
  static let intentModals = WordList(rawValue: 1 << 16)
  /// Contractions of an intent modal with "I"/"we" ("I'd", "we'll").
  static let firstPersonModals = WordList(rawValue: 1 << 17)
  /// "I", "we" (and "I'm", "we're" before a negated verb: "I'm not going back again").
  static let firstPerson = WordList(rawValue: 1 << 18)
  /// Negated intent modals: "won't", "wouldn't".
  static let refusals = WordList(rawValue: 1 << 19)
  static let never = WordList(rawValue: 1 << 20)
  /// Adverbs written inside a negator-initial phrase ("no one EVER answers"; `gappedMatch`).
  static let phraseAdverbs = WordList(rawValue: 1 << 21)
  /// Verbs of coming back, for rule 5 ("would stay again").
  static let returnVerbs = WordList(rawValue: 1 << 22)
  /// Words that undo a refusal before "again" ("wouldn't hesitate", "wouldn't mind", "anywhere else").
  static let returnInverters = WordList(rawValue: 1 << 23)
  /// Hedges before an intent modal ("doubt I would", "unsure I'd", "if I would").
  static let hedges = WordList(rawValue: 1 << 24)
  /// Subjects other than the writer right after a modal ("would you", "will they").
  static let otherSubjects = WordList(rawValue: 1 << 25)
  /// "and", "&", "plus": they end a determiner negator's scope.
  static let conjunctions = WordList(rawValue: 1 << 26)
  /// Negators that determine a noun ("no signal", "zero fees", "less choice"): their scope is the
  /// noun phrase, which a conjunction ends ("zero fees and great rates").
  static let determinerNegators = WordList(rawValue: 1 << 27)
  /// The causative frame "make + object + feel" ("didn't make us feel welcome"), word by word.
  static let causeVerbs = WordList(rawValue: 1 << 28)
  static let objectPronouns = WordList(rawValue: 1 << 29)
  static let feelVerbs = WordList(rawValue: 1 << 30)
  /// "going" and "to" ("not going to use them again": a future, rule 5).
  static let going = WordList(rawValue: 1 << 31)
  static let to = WordList(rawValue: 1 << 32)
  /// "am", "are": "we are going to book again".
  static let be = WordList(rawValue: 1 << 33)
  /// "back" after "be": a verb of coming back ("we'll be back again").
  static let back = WordList(rawValue: 1 << 34)
  /// Obligations between an intent modal and the verb ("I'll have to come back again").
  static let obligations = WordList(rawValue: 1 << 35)
  /// Conditions after "again" ("would stay again if …").
  static let conditions = WordList(rawValue: 1 << 36)
  /// "more" before a term makes it a comparative ("couldn't be more pleased").
  static let more = WordList(rawValue: 1 << 37)
  /// "less" ("couldn't be less helpful").
  static let lessWord = WordList(rawValue: 1 << 38)
  /// "than" before the verb of coming back ("would rather die than stay again").
  static let than = WordList(rawValue: 1 << 39)
  /// "used", the first word of the negator "used to" ("used to love it": no longer).
  static let used = WordList(rawValue: 1 << 40)
  /// Forms of "be" and "get" before "used to" that make it "accustomed to" or a passive with a
  /// purpose ("is used to build", "got used to it"): not a negator.
  static let accustomedLinks = WordList(rawValue: 1 << 41)
  /// Words that may stand between such a link and "used to" ("is often used to", "isn't yet used to").
  static let accustomedGaps = WordList(rawValue: 1 << 42)
  /// Degree words that make "never + verb + X" a superlative ("never slept SO well", "never had
  /// SUCH good food", "never been THIS happy").
  static let degreeWords = WordList(rawValue: 1 << 43)
  /// "a", "an" ("never had such A smooth ride").
  static let articles = WordList(rawValue: 1 << 44)
  /// Modals of a counterfactual perfect ("would HAVE been nice", "I'd have liked").
  static let counterfactualModals = WordList(rawValue: 1 << 45)
  /// "have" after such a modal.
  static let have = WordList(rawValue: 1 << 46)
  /// The contracted counterfactual perfects, one token each ("would've", "could've").
  static let counterfactualPerfects = WordList(rawValue: 1 << 47)
  /// One-word exclamations of praise that open an ironic sentence ("Great, another delay");
  /// descriptive praise ("Helpful, she fixed it") is not irony.
  static let praiseInterjections = WordList(rawValue: 1 << 48)
  /// Verbs that report a fix: a sentence with one reports the problem that was fixed ("Perfect,
  /// the engineer replaced the faulty boiler"), not irony.
  static let fixVerbs = WordList(rawValue: 1 << 49)
  /// Words that may come before such an exclamation ("OH great, another delay").
  static let ironyOpeners = WordList(rawValue: 1 << 50)
  /// Negators that stand for the subject ("NONE of the staff were helpful", "NOBODY at the branch
  /// was helpful"; "one" for "no one").
  static let subjectNegators = WordList(rawValue: 1 << 51)
  /// Prepositions that open the phrase after such a subject ("none OF the staff").
  static let subjectPrepositions = WordList(rawValue: 1 << 52)
  /// Verbs that raise a negation into the clause they introduce: "I don't THINK the staff were
  /// helpful" means "I think they were not" (neg-raising; Horn 1989, ch. 5).
  static let raisingVerbs = WordList(rawValue: 1 << 53)
  /// Words that keep a raised negation out of what follows them: "ever" ("I don't think I've EVER
  /// had better service" is praise) and relative pronouns ("I don't think most people WHO loved
  /// the original will like it": "loved" is not denied).
  static let raisingBlockers = WordList(rawValue: 1 << 54)
  /// "wish", "wished", and the "only" of "if only": a wish for what did not happen ("I wish the
  /// staff WERE more helpful", "if only they HAD called back").
  static let wish = WordList(rawValue: 1 << 55)
  /// Past and modal forms that make a wish counterfactual ("wish it WAS faster", "wish they HAD
  /// called"); the counterfactual modals ("would", "could", "they'd") count too.
  static let wishedStates = WordList(rawValue: 1 << 56)
  /// Negated forms of "be" that open a question asking for agreement ("ISN'T it awful?").
  static let rhetoricalCopulas = WordList(rawValue: 1 << 57)
  /// Subjects after such a copula ("isn't IT", "wasn't THAT", "aren't THEY").
  static let rhetoricalSubjects = WordList(rawValue: 1 << 58)
  /// "thanks", "thank" (+ "you"), "thx": thanks for a harm is sarcasm ("Thanks for losing my bag").
  static let thanks = WordList(rawValue: 1 << 59)
  static let forWord = WordList(rawValue: 1 << 60)
  /// Subordinators that end what a wish reaches ("I wish they'd text WHEN it's ready").
  static let subordinators = WordList(rawValue: 1 << 61)
  /// Long units of time ("took 3 WEEKS", "taking over a MONTH"): a wait that long is a complaint.
  static let longDurations = WordList(rawValue: 1 << 62)
  /// Determiners that open the harm thanked for in sarcasm ("Thanks for THE lovely gouge"); not
  /// "your", which thanks sincerely ("thanks for your trouble").
  static let harmDeterminers = WordList(rawValue: 1 << 63)

  /// Every list's words.
  static let catalogue: [(list: WordList, words: [String])] = [
    (
      .clauseOpeners,
      [
        "i", "it", "we", "they", "he", "she", "you", "it's", "i'm", "i've", "i'd", "we're", "we've", "they're",
        "they've", "you're", "he's", "she's", "there's", "that's",
      ]
    ),
    (
      .comparativeLinks,
      [
        "be", "been", "get", "got", "feel", "felt", "ask", "look", "gone", "go", "went", "find", "found", "looked",
        "tasted", "sounded", "slept", "had", "seen", "run", "ran", "performed", "eaten",
      ]
    ),
    (.modalNegators, ["can't", "cant", "cannot", "couldn't", "couldnt"]),
    (.modals, ["can", "could"]),
    // "can't recommend them enough / more (highly) / any higher" (rule 2).
    (.enough, ["enough", "more", "higher"]),
    (.not, ["not"]),
    (.on, ["on"]),
    (.keepForms, ["keeps", "kept", "stop", "keep"]),
    (.clauseNegators, ["no", "nothing", "nope", "none", "nobody", "never", "nah", "neither"]),
    (.harmlessRepeats, ["going", "coming", "smiling", "growing", "expanding", "evolving"]),
    (.coordinators, ["or", "nor"]),
    (.yet, ["yet"]),
    (.whileWord, ["while"]),
    (.irregularComparatives, ["worse"]),
    (.again, ["again"]),
    (.intentModals, ["would", "will", "i'd", "we'd", "i'll", "we'll"]),
    (.firstPersonModals, ["i'd", "we'd", "i'll", "we'll"]),
    (.firstPerson, ["i", "we", "i'm", "we're", "im"]),
    (.refusals, ["won't", "wont", "wouldn't", "wouldnt"]),
    (.never, ["never"]),
    (
      .returnVerbs,
      [
        "stay", "staying", "come", "coming", "go", "going", "book", "booking", "use", "using", "visit", "visiting",
        "fly", "flying", "buy", "buying", "order", "ordering", "shop", "shopping", "eat", "eating", "dine", "dining",
        "choose", "choosing", "travel", "travelling", "traveling", "rent", "renting",
        "purchase", "purchasing", "recommend", "bank", "banking", "do",
        // Services hired rather than visited: "would work with her again", "would refinance with them
        // again", "I'd hire him again" (bank reviews 49).
        "work", "working", "refinance", "refinancing", "hire", "hiring",
      ]
    ),
    (.returnInverters, ["hesitate", "mind", "else"]),
    (.hedges, ["doubt", "unsure", "if", "unless", "whether", "hope", "hopefully", "maybe", "probably"]),
    (.otherSubjects, ["you", "they", "he", "she", "it", "anyone", "people"]),
    (.conjunctions, ["and", "&", "plus"]),
    (.determinerNegators, ["no", "zero", "less"]),
    (.causeVerbs, ["make", "makes", "made", "making"]),
    (.objectPronouns, ["me", "us", "them", "him", "her", "you", "anyone", "people", "customers"]),
    (.feelVerbs, ["feel", "feels", "felt", "feeling"]),
    (.going, ["going"]),
    (.back, ["back"]),
    (.obligations, ["have", "has", "had", "need", "needs", "must", "got", "gotta"]),
    (.conditions, ["if", "unless", "provided"]),
    (.more, ["more"]),
    (.lessWord, ["less"]),
    (.than, ["than"]),
    (.used, ["used"]),
    (.degreeWords, ["so", "such", "this"]),
    (.articles, ["a", "an"]),
    (.harmDeterminers, ["the", "a", "an", "this", "that", "these", "those"]),
    (
      .counterfactualModals,
      [
        "would", "could", "should", "might", "i'd", "we'd", "you'd", "they'd", "it'd", "id", "wed", "youd", "theyd",
        "could've", "would've", "should've", "might've", "couldve", "wouldve", "shouldve",
      ]
    ),
    (.have, ["have"]),
    (
      .praiseInterjections,
      [
        "good", "great", "brilliant", "perfect", "lovely", "fantastic", "wonderful", "excellent", "super", "awesome",
        "marvellous", "marvelous", "terrific", "nice", "fab", "fabulous", "splendid", "superb", "amazing", "cool",
        "grand", "smashing", "fantastico", "wonderfull", "gr8", "greaaat", "yay", "hooray", "wow", "impressive",
        "outstanding", "incredible",
      ]
    ),
    (.subjectNegators, ["none", "nobody", "noone", "neither", "one"]),
    (.subjectPrepositions, ["of", "at", "in", "on", "from", "behind"]),
    (.raisingVerbs, ["think", "say", "feel", "reckon", "suppose", "call", "consider", "find"]),
    (.raisingBlockers, ["ever", "who", "which", "whom", "whose"]),
    (.ironyOpeners, ["oh", "ohh", "ah", "just", "yeah", "yep", "so", "how"]),
    (
      .fixVerbs,
      [
        "fixed", "sorted", "resolved", "replaced", "repaired", "refunded", "solved", "corrected", "reimbursed",
        "rectified", "unblocked", "restored", "reconnected", "credited", "cleared", "addressed", "tackled", "mended",
        "patched", "remedied", "handled",
      ]
    ),
    (
      .counterfactualPerfects,
      ["would've", "could've", "should've", "might've", "wouldve", "couldve", "shouldve", "mightve", "i'd've"]
    ),
    (
      .accustomedLinks,
      [
        "is", "are", "am", "was", "were", "be", "been", "being", "get", "gets", "got", "getting", "gotten", "it's",
        "that's", "i'm", "im", "we're", "they're", "you're", "he's", "she's", "isn't", "isnt", "aren't", "arent",
        "wasn't", "wasnt", "weren't", "werent", "ain't",
      ]
    ),
    (
      .accustomedGaps,
      [
        "not", "also", "still", "just", "often", "mainly", "mostly", "commonly", "usually", "typically", "generally",
        "widely", "only", "now", "really", "so", "very", "never", "already", "yet", "all", "quite",
      ]
    ),
    (.be, ["am", "are", "'m", "'re", "be"]),
    (.wish, ["wish", "wished", "only"]),
    (
      .wishedStates,
      [
        "had", "were", "was", "did", "knew", "hadn't", "hadnt", "wasn't", "wasnt", "weren't", "werent", "didn't",
        "didnt",
      ]
    ),
    (.rhetoricalCopulas, ["isn't", "isnt", "aren't", "arent", "wasn't", "wasnt", "weren't", "werent"]),
    (.rhetoricalSubjects, ["it", "that", "this", "they", "he", "she", "you", "we", "these", "those", "the"]),
    (.thanks, ["thanks", "thank", "thx", "thankyou"]),
    (.forWord, ["for"]),
    (.longDurations, ["week", "weeks", "month", "months", "year", "years", "fortnight", "fortnights"]),
    (
      .subordinators,
      ["when", "whenever", "if", "because", "as", "after", "before", "until", "once", "since", "so", "while"]
    ),
    (.to, ["to"]),
    (.phraseAdverbs, ["ever", "even", "actually", "really", "just", "once", "still"]),
    (
      .nounWhileModifiers,
      [
        "a", "the", "this", "that", "little", "long", "short", "good", "whole", "my", "your", "his", "her", "our",
        "their",
      ]
    ),
  ]
}
