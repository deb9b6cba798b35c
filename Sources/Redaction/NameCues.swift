/// The words that announce a personal name, and the words that follow such cues without being
/// names. Written for Verbatim from the greetings, sign-offs and introductions seen in customer
/// feedback and support e-mails; all lower case, ASCII.
///
/// These lists are small, closed-class vocabulary that defines the detector's behaviour (like a
/// keyword table in a lexer), so they live with the code that interprets them rather than in
/// `lexicons/`.
enum NameCues {
  /// Cue phrases. A trailing `,` means the cue counts only when a comma follows it ("Best, Anna"
  /// but not "the best Samsung"); a leading `^` means only when its first letter is a capital, as
  /// sign-offs are ("Regards, Tom", but not "one regards Ring of Fire", "at best, Cletis").
  static let cues: [String] = [
    "hi", "hello", "hey", "hiya", "howdy", "dear", "greetings",
    "good morning", "good afternoon", "good evening",
    "thanks", "thank you", "thanks again", "thank you again", "many thanks", "thanks so much",
    "thank you so much", "thx", "cheers", "^regards", "regards,", "kind regards", "best regards",
    "warm regards", "warmest regards", "kindest regards", "best wishes", "^best,", "^sincerely", "sincerely,",
    "yours sincerely", "yours truly", "^yours,", "bye", "goodbye", "^love,",
    "my name is", "my name's", "name is",
    "ask for", "asked for", "asking for", "speak to", "spoke to", "speak with", "spoke with",
    "spoken to", "spoken with", "talk to", "talked to", "talk with", "talked with", "named",
    "agent", "advisor", "adviser", "rep", "representative", "technician", "driver", "courier",
    // Greetings and thanks in the languages feedback most often mixes in (French, Spanish, German,
    // Italian, Dutch, Portuguese, Scandinavian): "Bonjour Marie", "Gracias, Juan", "Danke Anna".
    "bonjour", "bonsoir", "salut", "merci", "hola", "gracias", "buenos dias", "hallo", "guten tag", "moin",
    "servus", "danke", "ciao", "salve", "buongiorno", "grazie", "hoi", "dag", "bedankt", "dank je", "dank u",
    "obrigado", "obrigada", "ola", "hej", "tack",
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
    var words: [String]
    var needsComma: Bool
    var needsCapital: Bool
  }

  /// Cue phrases split into words, grouped by their first word, longest phrase first.
  static let phrasesByFirstWord: [String: [Phrase]] = {
    var table: [String: [Phrase]] = [:]
    for cue in cues {
      var text = Substring(cue)
      let needsCapital = text.hasPrefix("^")
      if needsCapital { text = text.dropFirst() }
      let needsComma = text.hasSuffix(",")
      if needsComma { text = text.dropLast() }
      let words = text.split(separator: " ").map(String.init)
      table[words[0], default: []].append(Phrase(words: words, needsComma: needsComma, needsCapital: needsCapital))
    }
    for key in table.keys { table[key]!.sort { $0.words.count > $1.words.count } }
    return table
  }()
}
