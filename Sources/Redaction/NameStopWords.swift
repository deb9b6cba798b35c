/// Words that follow an introduction cue without being a name (QA review 23). Lower case, ASCII.
///
/// Closed lists written for Verbatim from what customers write after "my name is", "name:", "I'm"
/// and "I am" that is not their name, checked against the false positives in
/// `Tests/RedactionTests/IntroductionNameTests.swift`.
enum NameStopWords {
  /// After "my name is", "her name was", "name:": what says something about the name rather than
  /// giving it ("my name is on the account", "my name is spelled wrong", "Name: n/a"). Given names
  /// that are also words (Will, May, Grace, Mark, Bill) are not here: after such a cue they are
  /// names.
  static let afterIntroduction: Set<String> = [
    "a", "an", "the", "not", "on", "in", "at", "of", "for", "to", "from", "with", "by", "as", "and", "but", "or",
    "so", "also", "still", "already", "now", "just", "only", "even", "never", "always", "there", "here", "this",
    "that", "it", "its", "it's", "my", "your", "his", "her", "their", "our", "is", "was", "were", "be", "been",
    "being", "has", "had", "have", "wrong", "right", "correct", "incorrect", "spelled", "spelt", "misspelled",
    "misspelt", "listed", "shown", "displayed", "printed", "written", "missing", "different", "changed", "used",
    "registered", "attached", "linked", "mentioned", "given", "known", "unknown", "private", "confidential",
    "irrelevant", "important", "unimportant", "everywhere", "nowhere", "clearly", "definitely", "literally",
    "actually", "obviously", "same", "all", "what", "who", "how", "why", "where", "which", "whatever",
    "withheld", "redacted", "removed", "hidden", "visible", "fine", "ok", "okay", "yes", "no", "none", "nothing",
    "too", "very", "really", "quite", "mispronounced", "pronounced", "longer", "shorter", "long", "short",
    "difficult", "hard", "easy", "common", "unusual", "rare", "simple", "included", "required", "needed",
    "asked", "requested", "noted", "recorded", "saved", "stored", "entered", "typed", "put", "stated", "getting",
    "gone", "cut", "truncated", "upon", "against", "under", "over", "after", "before", "below", "above", "again",
    "anonymous", "anon", "customer", "please", "thanks", "thank", "i", "i'm", "im", "n", "na", "nil", "null",
    "prefer", "n't", "isn't", "wasn't", "doesn't", "didn't", "sorry", "hello", "hi", "dear",
    "enclosed", "like", "unique", "weird", "strange", "foreign", "mine", "yours",
  ]

  /// After "I'm", "I am", "this is" (capitalised: "I'm Very happy", "I am Disappointed", "This is
  /// Ridiculous"): adjectives, participles, adverbs and nouns that state how the writer is or what
  /// something is, besides `NameCues.notNames`, `NameCues.sentenceOpeners` and the shapes of
  /// `isPredicateShaped`.
  static let predicates: Set<String> = [
    "happy", "unhappy", "sad", "angry", "furious", "livid", "upset", "annoyed", "frustrated", "disappointed",
    "dissatisfied", "satisfied", "pleased", "delighted", "thrilled", "glad", "grateful", "thankful", "sorry",
    "afraid", "scared", "worried", "concerned", "confused", "shocked", "surprised", "amazed", "impressed",
    "tired", "exhausted", "fed", "sick", "done", "finished", "back", "away", "out", "off", "home", "currently",
    "truly", "genuinely", "completely", "utterly", "incredibly", "rather", "pretty", "fairly", "beyond",
    "unable", "able", "willing", "ready", "aware", "unaware", "certain", "sure", "unsure", "positive",
    "convinced", "new", "old", "loyal", "long", "regular", "frequent", "existing", "current", "former", "first",
    "last", "one", "two", "three", "student", "pensioner", "disabled", "blind", "deaf", "elderly", "vulnerable",
    "pregnant", "busy", "free", "available", "unavailable", "early", "outraged", "appalled", "horrified",
    "disgusted", "gutted", "devastated", "heartbroken", "stunned", "baffled", "puzzled", "perplexed",
    "speechless", "stuck", "stranded", "left", "forced", "supposed", "meant", "told", "entitled", "owed", "due",
    "billed", "unimpressed", "underwhelmed", "overwhelmed", "content", "alright", "well", "unwell", "ill",
    "ridiculous", "unacceptable", "disgraceful", "outrageous", "appalling", "shocking", "absurd", "insane",
    "crazy", "madness", "nonsense", "rubbish", "joke", "ashamed", "embarrassed", "confident", "hopeful",
    "literally", "seriously", "honestly", "probably", "certainly", "definitely", "simply", "merely",
    "almost", "nearly", "about", "writing", "going", "trying", "waiting", "calling", "looking", "having",
    "being", "starting", "getting", "contacting", "emailing", "complaining", "asking", "considering",
    "thinking", "planning", "leaving", "cancelling", "canceling", "switching", "moving", "paying", "using",
    "gonna", "wondering", "hoping", "fuming", "raging", "miffed", "peeved", "cross",
    "mad", "gobsmacked", "flabbergasted", "chuffed", "stoked", "over", "under", "unsatisfied",
    "dissapointed", "dissappointed", "disapointed", "extremly", "realy", "totaly", "absolutly",
    "unbelievable", "incredible", "typical", "standard", "normal", "common", "rare", "unusual",
    "fraud", "theft", "robbery", "daylight", "scam", "wrong", "right", "true", "false", "real", "fake",
    "why", "how", "where", "exactly", "precisely", "day", "week", "month", "year", "time",
    // Nationalities, faiths and identities, capitalised in English ("I'm British", "I am Muslim").
    "british", "english", "scottish", "welsh", "irish", "american", "canadian", "australian", "indian",
    "pakistani", "bangladeshi", "chinese", "japanese", "korean", "vietnamese", "filipino", "german", "french",
    "spanish", "italian", "polish", "dutch", "swedish", "danish", "norwegian", "finnish", "portuguese",
    "brazilian", "mexican", "russian", "ukrainian", "romanian", "turkish", "greek", "nigerian", "european",
    "asian", "african", "arab", "latino", "latina", "hispanic", "black", "white", "muslim", "christian",
    "catholic", "jewish", "hindu", "sikh", "buddhist", "atheist", "vegan", "vegetarian", "autistic", "gay",
    "lesbian", "trans", "bisexual", "northern", "southern", "everything", "anything", "nothing", "enough",
    // Customer tiers and health conditions, capitalised by the writer ("I'm Prime member", "I'm
    // Gold status", "I'm Diabetic": QA review 40).
    "prime", "gold", "silver", "bronze", "platinum", "diamond", "premium", "premier", "vip", "elite", "plus",
    "pro", "basic", "member", "subscriber", "diabetic", "epileptic", "asthmatic", "coeliac", "celiac",
    "allergic", "dyslexic", "partially", "registered", "housebound", "immunocompromised", "elder", "senior",
    "self", "retired", "unemployed", "employed", "freelance", "freelancer",
  ]

  /// Whether a word (lower case) has the shape of a predicate rather than a given name: an "-ing"
  /// form of six or more letters ("Writing", "Waiting"; "Ling", "Ming" are names), an "-ed" form of
  /// seven or more not ending in "eed" or "med" ("Frustrated", "Annoyed"; "Mohammed", "Rasheed"
  /// are names), or an adjective in "-ful", "-less", "-ous", "-able", "-ible" (six or more) or
  /// "-ive" (seven or more; "Clive", "Olive" are names).
  static func isPredicateShaped(_ word: String) -> Bool {
    let count = word.utf8.count
    if count >= 6 && (word.hasSuffix("ing") || word.hasSuffix("able") || word.hasSuffix("ible")) { return true }
    if count >= 7 && word.hasSuffix("ed") && !word.hasSuffix("eed") && !word.hasSuffix("med") { return true }
    if count >= 7 && word.hasSuffix("ive") { return true }
    return count >= 6 && (word.hasSuffix("ful") || word.hasSuffix("less") || word.hasSuffix("ous"))
  }

  /// The words after which a bare "name:" is a form's label ("Customer name: …", "Your name: …");
  /// after other words it is prose ("has a name: syzygy").
  static let nameLabelOwners: Set<String> = [
    "agent", "customer", "client", "contact", "holder", "your", "my", "his", "her", "their", "rep",
    "representative", "advisor", "adviser", "driver", "engineer", "technician", "caller", "employee", "staff",
    "user", "person", "patient", "guest", "passenger", "member", "tenant", "applicant", "respondent", "given",
    "family", "middle", "sender", "recipient", "cardholder", "manager", "supervisor", "owner", "buyer", "seller",
    "courier", "operator", "consultant", "doctor", "nurse", "parent", "child", "student", "teacher",
  ]

  /// The words after which "I'm", "I am" and "this is" introduce the writer: greetings and clause
  /// openers ("Hello I'm Mark", "and this is Anna"); after other words they are prose ("the fact
  /// that this is Revenge of the Nerds", "an I Am Sam clue").
  static let beforeSelfIntroduction: Set<String> = [
    "hi", "hello", "hey", "hiya", "howdy", "dear", "morning", "afternoon", "evening", "greetings", "and", "but",
    "so", "well", "yes", "ok", "okay", "also", "everyone", "all", "there", "folks", "team", "guys", "yeah", "oh",
    "hallo", "bonjour", "hola", "ciao", "sorry", "note", "fyi", "ps",
  ]

  /// Words before "name" that make it the name of a thing, not a person ("file name: report",
  /// "the product name is Galaxy").
  static let thingsNamed: Set<String> = [
    "its", "whose", "file", "product", "brand", "company", "business", "store", "shop", "app", "domain", "model",
    "device",
    "network", "street", "road", "project", "item", "band", "song", "event", "course", "plan", "package",
    "folder", "host", "server", "variable", "field", "column", "table", "wifi", "game", "book", "movie", "film",
    "show", "ship", "hotel", "restaurant", "town", "city", "place", "venue", "school", "group", "page", "site",
    "website", "channel", "pet", "dog", "cat", "horse", "car", "boat", "house", "dish", "menu", "drink", "flavour",
    "flavor", "colour", "color", "tariff", "bundle",
  ]
}
