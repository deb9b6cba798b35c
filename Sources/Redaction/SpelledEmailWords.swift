/// The words that tell a spelled-out address ("john at example dot com") from prose that names a
/// website ("I ordered at argos dot co dot uk"). Closed lists written for Verbatim; lower case,
/// ASCII.
enum SpelledEmailWords {
  /// Words that, alone before a bare " at ", are the sentence's own words and not a local part:
  /// pronouns, function words and the verbs and nouns that place a purchase, a look or a stay at a
  /// website.
  static let notLocalParts: [StaticString] = [
    "i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them", "one", "this", "that", "here",
    "there", "is", "are", "was", "were", "be", "been", "am", "and", "or", "but", "not", "just", "only", "even",
    "also", "still", "up", "in", "out", "on", "off", "back", "look", "looks", "looked", "looking", "shop",
    "shops", "shopped", "shopping", "buy", "buying", "bought", "order", "ordered", "ordering", "book",
    "booked", "booking", "pay", "paid", "sold", "sale", "sell", "price", "priced", "cheaper", "available",
    "online", "find", "found", "check", "checked", "visit", "visited", "go", "went", "get", "got", "stay",
    "stayed", "arrive", "arrived", "register", "registered", "apply", "applied", "signed", "sign", "website",
    "site", "store", "stores", "mail", "email", "emailed", "write", "wrote", "reach", "contact", "contacted",
    "work", "works", "worked", "working", "help", "both", "all", "more", "less", "much",
    // Nouns and verbs of a complaint about a place, before "at" (QA review 40: "parking at
    // sainsburys dot …", "prices at tesco dot com are lower", "waiting at home dot dot dot").
    "prices", "deals", "offers", "products", "items", "staff", "parking", "service", "people", "waiting",
    "waited", "queue", "queued", "queueing", "queuing", "delivery", "deliveries", "customers", "everything",
    "nothing", "something", "anything", "things", "stuff", "rates", "fees", "costs", "experience",
  ]

  /// Two-letter top-level domains that are also English words: after a bare " at " and a spelled
  /// " dot ", such a last label ends an address only at the end of the text or before punctuation
  /// ("mario at libero dot it."), not before another word ("at sainsburys dot no way").
  static let wordLikeTLDs: [StaticString] = [
    "am", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no", "of", "on", "or",
    "so", "to", "up", "us", "we",
  ]

  /// Top-level domains of three or more letters that a bare spelled address may end with: the
  /// generic ones that mail addresses use. A country code (two letters) is taken as it is; another
  /// last label ("dot not great", "dot very rude") is prose.
  static let longTLDs: [StaticString] = [
    "com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "name", "pro", "mobi", "app", "dev", "xyz",
    "online", "site", "email", "mail", "tech", "club", "live", "world", "cloud", "shop", "store", "blog",
    "news", "museum", "aero", "coop", "jobs", "travel", "asia", "cat", "tel", "post", "global", "london",
    "berlin", "paris", "nyc", "one", "life", "work", "agency", "company", "digital", "solutions", "services",
  ]

  /// Words that, as the first label after the "at", make it prose: "at the dot com bubble".
  static let notDomains: [StaticString] = [
    "the", "a", "an", "this", "that", "these", "those", "my", "your", "our", "their", "his", "her", "its",
  ]

  /// Mail-only services: after a bare " at ", a domain whose first label is one of these is an
  /// address even with literal dots ("john at gmail.com"); no one looks or shops at them. Services
  /// that also sell something (telecoms, portals) are left out: "a better deal at sky.com".
  static let mailServices: [StaticString] = [
    "gmail", "googlemail", "hotmail", "outlook", "msn", "yahoo", "ymail", "rocketmail", "aol", "icloud",
    "protonmail", "gmx", "zoho", "fastmail", "btinternet", "btopenworld", "ntlworld", "blueyonder", "sbcglobal",
    "bellsouth", "rediffmail", "wanadoo", "qq", "163", "126", "sympatico",
  ]
}
