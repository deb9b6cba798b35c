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
