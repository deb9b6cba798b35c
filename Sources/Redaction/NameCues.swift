/// The words that announce a personal name, and the words that follow such cues without being
/// names. Written for Verbatim from the greetings, sign-offs and introductions seen in customer
/// feedback and support e-mails; all lower case, ASCII. The stop lists for introductions and the
/// organisations a greeting may address are in `NameStopWords` and `OrganisationNames`.
///
/// These lists are small, closed-class vocabulary that defines the detector's behaviour (like a
/// keyword table in a lexer), so they live with the code that interprets them rather than in
/// `lexicons/`.
enum NameCues {
  /// Greetings, thanks, sign-offs and mentions (`Phrase.Kind.greeting`): a capitalised name
  /// follows. A trailing `,` means the cue counts only when a comma (or colon) follows it ("Best,
  /// Anna" but not "the best Samsung"); a leading `^` means only when its first letter is a capital,
  /// as sign-offs are ("Regards, Tom", but not "one regards Ring of Fire", "at best, Cletis").
  static let cues: [String] =
    [
      "hi", "hello", "hey", "hiya", "howdy", "dear", "greetings",
      "good morning", "good afternoon", "good evening",
    ] + signOffs + mentionsAndOtherLanguages

  /// Thanks and sign-offs that close a message, written as `cues` are ("^best," and "ta," count only
  /// with their conditions). The one list of them: `ByteScanner.dashedSignOffs` reads it too, as
  /// the phrases after which a dash introduces the writer's name ("Best wishes - Kate").
  static let signOffs: [String] = [
    "thanks", "thank you", "thanks again", "thank you again", "many thanks", "thanks so much",
    "thank you so much", "thx", "cheers", "^regards", "regards,", "kind regards", "best regards",
    "warm regards", "warmest regards", "kindest regards", "best wishes", "^best,", "^sincerely", "sincerely,",
    "yours sincerely", "yours truly", "^yours,", "bye", "goodbye", "^love,", "^signed,", "ta,",
    // Only with a comma after a greeting ("All the best, Tom"; "wish you all the best Tom" is no
    // sign-off): they were on the dashed list alone, so "All the best, Tom" kept the name.
    "all the best,", "take care,",
  ]

  /// The rest of `cues`: mentions of the people who helped, and greetings and thanks in other
  /// languages.
  private static let mentionsAndOtherLanguages: [String] = [
    "thanks to", "thank you to", "thanks go to", "thanks goes to", "shout out to", "shoutout to", "kudos to",
    "props to", "served by", "helped by", "assisted by", "looked after by", "dealt with by",
    "ask for", "asked for", "asking for", "speak to", "spoke to", "speak with", "spoke with",
    "spoken to", "spoken with", "talk to", "talked to", "talk with", "talked with", "named",
    // A name the writer goes by (QA review 42: "just call me Bob"); "call me back", "call me on
    // 0161…" are no names (lower case, digits, `notNames`).
    "call me",
    "agent", "advisor", "adviser", "rep", "representative", "technician", "driver", "courier",
    // Greetings and thanks in the languages feedback most often mixes in (French, Spanish, German,
    // Italian, Dutch, Portuguese, Scandinavian): "Bonjour Marie", "Gracias, Juan", "Danke Anna".
    "bonjour", "bonsoir", "salut", "merci", "hola", "gracias", "buenos dias", "hallo", "guten tag", "moin",
    "servus", "danke", "ciao", "salve", "buongiorno", "grazie", "hoi", "dag", "bedankt", "dank je", "dank u",
    "obrigado", "obrigada", "ola", "hej", "tack",
  ]

  /// Introductions (`Phrase.Kind.introduction`): the name that follows may be typed in lower case
  /// ("my name is john smith") and is judged by the shorter `NameStopWords.afterIntroduction` list,
  /// so "My name is Will" is a name.
  static let introductions: [String] = ["my name is", "my name's", "i'm called", "i am called"]

  /// Introductions in the other languages of the greetings above (QA review 42: "Mein Name ist
  /// Klaus Becker"), judged as `nameStatements`: only a capitalised word is a name, since the
  /// stop lists are English. German capitalises every noun, so the idiom "Mein Name ist Programm"
  /// loses its noun: a known limit. Words with letters outside ASCII ("ich heiße", "il mio nome è")
  /// cannot be packed (`NameCueTable.pack`) and are left out; "heisse" is the Swiss spelling.
  static let otherLanguageIntroductions: [String] = [
    "mein name ist", "ich heisse", "je m'appelle", "mon nom est", "me llamo", "mi nombre es", "mi chiamo",
    "mijn naam is", "ik heet", "me chamo", "eu me chamo", "jmenuji se",
  ]

  /// Statements of someone's name (`Phrase.Kind.nameStatement`): "her name was Priya", "the
  /// agent's name is Tom", "agent name Priya". Judged as introductions, but only a capitalised
  /// word is a name ("one's name is valued").
  static let nameStatements: [String] = ["name is", "name was", "name's"] + personNouns.map { $0 + " name" }

  /// Self-introductions (`Phrase.Kind.selfIntroduction`): "I'm Mark", "I am Olga Petrova", "This is
  /// Anna from Leeds". Only a capitalised word that is not a common English word of a predicate
  /// ("I'm Very happy", "I am Disappointed", "This is Ridiculous": `NameStopWords`) is a name.
  static let selfIntroductions: [String] = ["i'm", "i am", "this is"]

  /// People named by their role ("the agent called Priya", "a lady named Fatima", "the driver was
  /// called Mike"): `personNouns` before "called", "named", "was called" … (and before "name", an
  /// introduction: "agent name Priya").
  static let personNouns: [String] = [
    "agent", "advisor", "adviser", "rep", "representative", "technician", "driver", "courier", "lady", "guy",
    "man", "woman", "girl", "boy", "gentleman", "gent", "bloke", "chap", "fellow", "fella", "person", "someone",
    "somebody", "manager", "supervisor", "engineer", "operator", "assistant", "cashier", "waiter", "waitress",
    "colleague", "employee", "associate", "consultant", "specialist", "receptionist", "clerk", "attendant",
    "worker", "staff", "nurse", "doctor", "host", "hostess", "salesman", "saleswoman", "salesperson", "bartender",
    "chef", "cleaner", "installer", "plumber", "electrician", "guard", "officer", "postman", "postie",
  ]

  /// The phrases built on `personNouns`.
  static let personPhrases: [String] = personNouns.flatMap { noun in
    ["called", "named", "was called", "was named", "by the name of"].map { noun + " " + $0 }
  }

  /// Labels (`Phrase.Kind.label`) that announce a name after a colon or dash: "name: John Smith",
  /// "Agent name: Priya", "Name - John Smith".
  static let labels: [String] = [
    "name", "full name", "first name", "last name", "surname", "contact person",
  ]

  /// Lower-case particles inside a surname, kept with the name words around them: Dutch, German,
  /// French, Italian, Spanish, Portuguese, Scandinavian and Arabic ("Anna-Maria van der Berg", "da
  /// Silva", "bin Rashid"; "al-" and "el-" glued with a hyphen).
  static let surnameParticles: Set<String> = [
    "van", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "le", "la", "von", "zu", "bin",
    "binti", "ibn", "bint", "ter", "ten", "af", "av",
  ]

  /// Honorifics: a cue on their own ("Mr Jones"), and allowed between a cue and the name ("Dear
  /// Mr. Jones" → "Dear Mr. [NAME]"). They are kept; only the name is replaced. They count only
  /// in title case ("Ms", not "MS Office").
  static let honorifics: [String] = ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "madam"]

  /// Capitalised words that follow cues but are not names (sentence starts, collective and role
  /// nouns, pronouns, intensifiers, days, "Hi there", "Thanks, guys", "Dear Customer Service").
  static let notNames: Set<String> = [
    "there", "all", "everyone", "everybody", "anyone", "anybody", "someone", "somebody", "nobody",
    "team", "folks", "guys", "gals", "people", "friends", "friend", "y'all", "yall", "ya", "you", "u",
    "again", "so", "very", "much", "a", "an", "the", "lot", "lots", "ton", "tons", "heaps", "for",
    "in", "to", "on", "at", "of", "by", "from", "with", "about", "after", "before", "as", "and", "but",
    "or", "nor", "if", "then", "than", "when", "while", "also", "just", "only", "even", "still",
    "please", "pls", "not", "no", "yes", "yeah", "ok", "okay", "sorry", "anyway", "anyways", "though",
    "tho", "advance", "sir", "sirs", "madam", "madame", "ma'am", "maam", "mr", "mrs", "ms", "miss",
    "customer", "customers", "client", "clients", "service", "services", "support", "care", "sales",
    "billing", "help", "helpdesk", "desk", "manager", "management", "staff", "crew", "company",
    "store", "shop", "owner", "owners", "admin", "administrator", "agent", "agents", "operator",
    "representative", "rep", "reps", "team's", "department", "hr", "it", "its", "it's", "this",
    "that", "these", "those", "i", "i'm", "im", "i've", "ive", "i'd", "i'll", "we", "we're", "my",
    "our", "your", "you're", "they", "they're", "he", "she", "him", "her", "his", "me", "us", "them",
    "what", "how", "why", "who", "where", "which", "is", "was", "are", "were", "be", "been", "will",
    "would", "can", "could", "should", "shall", "may", "might", "must", "do", "did", "does", "done",
    "have", "has", "had", "got", "get", "let", "here", "now", "today", "tonight", "tomorrow",
    "yesterday", "morning", "afternoon", "evening", "night", "weekend", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "good", "great", "nice", "bad", "awful",
    "terrible", "excellent", "amazing", "awesome", "fine", "cool", "hello", "hi", "hey", "thanks",
    "thank", "regards", "cheers", "dear", "best", "kind", "warm", "love", "mate", "mates", "buddy",
    "bro", "dude", "hun", "hon", "honey", "darling", "sweetie", "ladies", "gentlemen", "world",
    "god", "goodness", "lord", "heavens", "everything", "nothing", "something", "overall", "btw",
    "fyi", "lol", "omg", "asap", "app", "website", "site", "product", "order", "delivery", "guest",
    "user", "member", "members", "again,", "both", "each", "every", "some", "any", "many", "more",
    "most", "other", "another", "such", "own", "same", "bye", "goodbye", "regarding", "re",
    // What follows the non-English cues without being a name ("Merci beaucoup", "Ciao a tutti").
    "beaucoup", "mille", "bien", "tout", "tous", "le", "la", "les", "el", "los", "las", "muchas", "mil",
    "todos", "vielmals", "sehr", "zusammen", "allerseits", "der", "die", "das", "tante", "tutti", "mille,",
    "allemaal", "wel", "muito", "alle", "allihopa", "så", "sa", "equipo", "equipe", "amigos", "amici",
    // Courtesy words and forms of address that are not names (QA review 23: "Dear Valued Customer",
    // "Best, Anonymous"), and what "thanks to" credits without being a person.
    "valued", "anonymous", "anon", "patron", "shopper", "subscriber", "passenger", "traveller", "traveler",
    "resident", "neighbour", "neighbor", "partner", "partners", "colleague", "colleagues", "whom", "hiring",
    "covid", "coronavirus", "brexit", "christmas", "xmas", "easter",
    // Indefinite pronouns and what one asks for or is called back about, capitalised by the writer
    // (QA review 42: "Ask for Anything and they help" lost "Anything"; "call me Anytime").
    "anything", "whatever", "whoever", "whichever", "anytime", "none", "either", "neither", "assistance",
    "advice", "information", "info", "details", "directions", "back", "later", "soon",
  ]

  /// Words that open the next sentence when a cue's name has no punctuation after it ("Thank you
  /// Tom Never had such quick service", "Cheers Bob Waited 40 minutes", "Regards Jane Smith Price is
  /// too high"; QA review 13): adverbs, verbs, nouns and adjectives that start feedback. They end a
  /// name after a greeting or sign-off, but not after an honorific, where "Mr Price" and "Dr Quick"
  /// are surnames (review of this session's diff).
  static let sentenceOpeners: Set<String> = [
    "price", "never", "really", "always", "absolutely", "definitely", "totally", "honestly", "seriously",
    "actually", "basically", "literally", "unfortunately", "sadly", "luckily", "hopefully", "thankfully", "finally",
    "quite", "extremely", "super", "too", "already", "waited", "waiting", "ordered", "called",
    "tried", "bought", "received", "paid", "came", "went", "took", "charged", "booked",
    "cancelled", "canceled", "delivered", "arrived", "asked", "emailed", "phoned", "rang", "told",
    "spent", "returned", "sent", "lost", "missed", "used", "visited", "stayed", "tracking",
    "needed", "wanted", "expected", "promised", "overcharged", "loved", "hated", "hate", "keep",
    "kept", "need", "needs", "can't", "cannot", "won't", "didn't", "don't", "doesn't",
    "wasn't", "isn't", "couldn't", "wouldn't", "haven't", "prices", "quality", "food", "item",
    "items", "parcel", "package", "room", "hotel", "flight", "call", "phone", "payment",
    "refund", "account", "poor", "slow", "fast", "quick", "rude", "friendly", "helpful",
    "useless", "brilliant", "perfect", "happy", "unhappy", "disappointed", "late", "easy", "wonderful",
    "fantastic", "horrible", "worst", "better", "worse", "lovely", "what's", "there's", "that's",
    "everything's", "would've",
  ]

  /// A cue phrase split into words, with its conditions.
  struct Phrase: Sendable {
    /// What the cue announces, which decides how the name after it is recognised.
    enum Kind: Sendable {
      /// A greeting, thanks, sign-off or mention: a capitalised name, not a listed non-name word
      /// (`notNames`, `sentenceOpeners`) nor an organisation (`OrganisationNames`).
      case greeting
      /// "my name is": a name in any case, not in `NameStopWords.afterIntroduction`.
      case introduction
      /// "her name was": as an introduction, but capitalised.
      case nameStatement
      /// "I'm", "this is": a capitalised name that is no common predicate word.
      case selfIntroduction
      /// "name:": as an introduction, after a colon or dash.
      case label
    }

    var words: [String]
    /// The words packed as `ByteScanner.packedWord` packs the text's words (0 for a word it cannot
    /// pack), so matching allocates nothing.
    var keys: [UInt64]
    /// A comma or colon must follow (for labels: a colon or dash).
    var needsComma: Bool
    var needsCapital: Bool
    var kind: Kind
  }

  /// Cue phrases split into words, grouped by their first word, longest phrase first.
  static let phrasesByFirstWord: [String: [Phrase]] = {
    var table: [String: [Phrase]] = [:]
    let kinds: [(cues: [String], kind: Phrase.Kind)] = [
      (cues + personPhrases, .greeting), (introductions, .introduction),
      (nameStatements + otherLanguageIntroductions, .nameStatement),
      (selfIntroductions, .selfIntroduction), (labels.map { $0 + "," }, .label),
    ]
    for (cues, kind) in kinds {
      for cue in cues {
        var text = Substring(cue)
        let needsCapital = text.hasPrefix("^")
        if needsCapital { text = text.dropFirst() }
        let needsComma = text.hasSuffix(",")
        if needsComma { text = text.dropLast() }
        let words = text.split(separator: " ").map(String.init)
        let keys = words.map { NameCueTable.pack(Array($0.utf8)) ?? 0 }
        table[words[0], default: []].append(
          Phrase(words: words, keys: keys, needsComma: needsComma, needsCapital: needsCapital, kind: kind))
      }
    }
    for key in table.keys { table[key]!.sort { $0.words.count > $1.words.count } }
    return table
  }()

  /// `phrasesByFirstWord` keyed by the packed first word.
  static let phrasesByFirstKey: [UInt64: [Phrase]] = {
    var table: [UInt64: [Phrase]] = [:]
    for (word, phrases) in phrasesByFirstWord {
      if let key = NameCueTable.pack(Array(word.utf8)) { table[key] = phrases }
    }
    return table
  }()
}
