import Tokenization

/// The default profile's rule 51 (see `FeedbackRules.swift` for the list): what is said of another
/// provider.
extension DefaultProfileScorer {
  /// Rule 51: a clause whose subject is another provider ("Other banks are far more helpful",
  /// "Every other airline I've flown with was better", "Their competitors are faster and cheaper")
  /// or what the reviewed one was before ("The old app was much better", "The previous owners were
  /// lovely") judges that, and feedback says it to compare. Another provider's praise, and a fault
  /// it does not have ("Other banks don't charge fees"), is a complaint about the one reviewed;
  /// its faults ("The other company was a nightmare", "Other banks are worse") praise the one
  /// reviewed: both × `SentimentParameters.negationScalar`. What the reviewed one was before is
  /// read the same way for its praise; its faults count nothing ("The previous update broke
  /// everything" is the same product's history). A negated praise or a counterfactual keeps the
  /// value the other rules gave it ("Any other company would have refunded me" is already a
  /// complaint). An expected outcome another provider delivered (rule 25: "Other insurers paid out
  /// within a week", "My old bank replied the same day") is one the reviewed provider did not: it
  /// counts its lexicon value, as when denied (review h55b).
  ///
  /// The subject is "other" + one or more provider nouns (`providerNouns`: "banks", "airline",
  /// "bank apps"; not "other guests", "other staff", "the other day"), or "competitor(s)" /
  /// "rival(s)", with only determiners before it in its clause ("all my", "every", "the", "most of
  /// the"), at the start of the sentence or after a boundary or a conjunction ("and", "because");
  /// or "old", "previous", "former" or "original" + a noun of what was replaced (`formerNouns`: "the
  /// old version", "the original recipe"), placed the same way, in a clause in the past ("was",
  /// "were", "used", a verb in "-ed"; "The original owners would be proud" is no comparison). Not
  /// "no other" (a negator: "No other bank is as helpful" praises), not "another" ("Another company
  /// that doesn't care" is the one reviewed), not after a verb or a preposition ("than other
  /// airlines", "unlike other banks", "bring back the old version"), and not in a sentence that
  /// states parity (`statesParity`: "Other providers are just as bad", "The old team were
  /// brilliant and the new team are just as good", "The original recipe is still delicious", "so
  /// are the new ones", "as well", "so I ordered another"). The clause
  /// runs to a boundary, a contrast, or a conjunction that opens a new subject ("Other apps crash
  /// and this one doesn't").
  ///
  /// A provider the writer has left is read as what was replaced: "my previous insurer", "my old
  /// bank", "my former energy supplier" (`formerProviderNouns` after "previous", "former", or
  /// "old" after a possessive),
  /// and "last" + such a noun ("The last company I used was much quicker", "my last bank"; "the
  /// last update" and "the last service" are the reviewed one's latest, not a former provider's).
  /// "last" + any provider noun is one too when the writer's relative clause in the past follows
  /// ("The last hotel we stayed at was much nicer", "the last airline I flew with":
  /// `lastVisitedEnd`). Its praise is a complaint about the one reviewed in any tense ("My previous
  /// insurer is far cheaper"), since it is still in business; its faults count nothing.
  ///
  /// A former subject's clause that calls it a person ("The previous owner was a lovely man", "The
  /// old owners were lovely people": `describesPerson`) praises what the person is, not the
  /// service: that praise keeps its value unless it is a comparative or the clause has "than"
  /// ("The previous owner was a much nicer man" still compares).
  mutating func applyOtherProviders(_ text: TokenizedText, explain: Bool) {
    // Parity is read once, at the first subject: most sentences of a text with "old" or "last"
    // have none.
    var parityRead = false
    var index = 0
    while index < units.count {
      // A subject opens at a one-word neutral unit whose word is one of the rule's trigger words
      // (`otherProviderWords`): a unit that cannot be one is passed over without the call (some
      // 110 instructions a unit).
      let unit = units[index]
      if unit.kind != .neutral || unit.length != 1 || !mayBeWord(unit.start, of: .otherProviders) {
        index += 1
        continue
      }
      guard let (end, subject, former, needsPast) = otherProviderSubject(text, at: index) else {
        index += 1
        continue
      }
      if !parityRead {
        guard !statesParity(text) else { return }
        parityRead = true
      }
      var scan = end + 1
      while scan < units.count, units[scan].kind != .boundary, units[scan].kind != .contrast,
        !opensNewSubject(text, at: scan)
      {
        scan += 1
      }
      if !needsPast || clauseIsPast(text, (end + 1)..<scan) {
        let person = former && describesPerson(text, (end + 1)..<scan)
        for unit in (end + 1)..<scan {
          judgeOtherProvider(text, unit, subject: subject, former: former, person: person, explain: explain)
        }
      }
      index = scan
    }
  }

  /// Whether the sentence (the current units) states parity: a word of `parityWords`, "as well",
  /// or "so" + a form of "be" ("and so are the new ones", "and so is the new one").
  private func statesParity(_ text: TokenizedText) -> Bool {
    let end = sentenceTokens.upperBound
    return sentenceTokens.contains { index in
      if Self.isWord(text, index, in: Self.parityWords) { return true }
      guard index + 1 < end else { return false }
      return (Self.norm(of: text, index, is: "as") && Self.norm(of: text, index + 1, is: "well"))
        || (Self.norm(of: text, index, is: "so")
          && (tokenWordLists[index + 1].contains(.be) || Self.isWord(text, index + 1, in: Self.parityCopulas)))
    }
  }

  /// Whether the units `range` hold a verb in the past: "was", "were", "had", "used", "did", or a
  /// word in "-ed" ("worked", "looked").
  private func clauseIsPast(_ text: TokenizedText, _ range: Range<Int>) -> Bool {
    range.contains { index in
      let unit = units[index]
      return (unit.start..<(unit.start + unit.length)).contains {
        text.tokens[$0].kind == .word
          && (Self.isWord(text, $0, in: Self.pastVerbs) || Self.norm(of: text, $0, endsWith: "ed", minimum: 4))
      }
    }
  }

  /// Whether the units `range`, the clause of a former subject, call it a person: a word of
  /// `personNouns` ("was a lovely man", "were lovely people", "a really nice couple") and no "than"
  /// (`judgeOtherProvider` then keeps the praise of what the person is).
  private func describesPerson(_ text: TokenizedText, _ range: Range<Int>) -> Bool {
    guard !range.isEmpty else { return false }
    let last = units[range.upperBound - 1]
    var person = false
    for token in units[range.lowerBound].start..<(last.start + last.length) where text.tokens[token].kind == .word {
      if tokenWordLists[token].contains(.than) { return false }
      if !person, Self.isWord(text, token, in: Self.personNouns) { person = true }
    }
    return person
  }

  /// Rule 51's reading of the valence unit at `index`, in the clause of another provider's subject.
  /// `person`: the clause calls the former subject a person (`describesPerson`), whose praise other
  /// than a comparative ("The previous owner was a lovely man", not "a much nicer man") is of the
  /// person and keeps its value.
  private mutating func judgeOtherProvider(
    _ text: TokenizedText, _ index: Int, subject: String, former: Bool, person: Bool, explain: Bool
  ) {
    let unit = units[index]
    guard unit.kind == .valence, unit.entry >= 0 else { return }
    let lexicon = tables.valence(ofEntry: unit.entry)
    if unit.value == 0 {
      // "Other insurers paid out within a week": an expected outcome (rule 25) that another
      // provider delivered is one the reviewed provider did not (review h55b): it counts its
      // lexicon value, as when it is denied.
      guard !person, !unit.isNegated, lexicon < 0, tables.countsOnlyNegated(entry: unit.entry) else { return }
      units[index].value = lexicon
      if explain {
        rules[index].removeAll { $0 == .expectedOutcome(happened: true) }
        rules[index].append(.otherProvider(subject: subject, factor: 1))
      }
      return
    }
    if person, unit.value > 0, !isComparative(text, at: index) { return }
    let factor: Double
    if unit.value > 0 || (!former && lexicon < 0) {
      // Praise of the other, a fault it does not have, or another provider's fault.
      factor = parameters.negationScalar
      units[index].value = unit.value * factor
    } else if lexicon < 0 {
      // The fault of what was replaced.
      factor = 0
      units[index].value = 0
    } else {
      return
    }
    if explain { rules[index].append(.otherProvider(subject: subject, factor: factor)) }
  }

  /// The last unit index and the words of another provider's subject that opens at unit `index`,
  /// or nil (see `applyOtherProviders`).
  /// `needsPast`: the subject is what the reviewed one was before (not a provider left), whose
  /// clause must be in the past.
  private func otherProviderSubject(_ text: TokenizedText, at index: Int) -> (
    end: Int, subject: String, former: Bool, needsPast: Bool
  )? {
    let unit = units[index]
    guard unit.kind == .neutral, unit.length == 1, Self.mayOpenOtherProvider(text, unit.start),
      Self.isWord(text, unit.start, in: Self.otherProviderWords)
    else { return nil }
    var end = index
    var needsPast = false
    let isLast = Self.norm(of: text, unit.start, is: "last")
    if isLast || Self.isWord(text, unit.start, in: Self.formerWords) {
      // "the old app", "the previous owners", "the old one"; "my previous insurer", "my old
      // energy supplier", "the last company".
      let next = index + 1
      guard next < units.count, units[next].kind == .neutral, units[next].length == 1,
        units[next].start == unit.start + 1
      else { return nil }
      if let noun = formerProviderEnd(text, after: index),
        !Self.norm(of: text, unit.start, is: "old")
          || (index > 0 && units[index - 1].length == 1
            && Self.isWord(text, units[index - 1].start, in: Self.possessives))
      {
        end = noun
      } else if isLast, let noun = lastVisitedEnd(text, after: index) {
        end = noun
      } else {
        guard !isLast, Self.isWord(text, units[next].start, in: Self.formerNouns) else { return nil }
        end = next
        needsPast = true
      }
    } else if Self.isWord(text, unit.start, in: Self.otherWords) {
      // Modifiers and nouns ("other car rental companies"), ending at a noun.
      var last = index
      while last + 1 < units.count, units[last + 1].kind == .neutral, units[last + 1].length == 1,
        units[last + 1].start == units[last].start + 1
      {
        let word = units[last + 1].start
        guard Self.isWord(text, word, in: Self.providerNouns) || Self.isWord(text, word, in: Self.providerModifiers)
        else { break }
        last += 1
        if Self.isWord(text, word, in: Self.providerNouns) { end = last }
      }
      guard end > index, end == last else { return nil }
    }
    // "other hotel guests": the provider noun modifies a noun of people or parts.
    let next = units[end].start + 1
    if next < text.tokens.count, Self.isWord(text, next, in: Self.providerNounHeads) { return nil }
    guard opensClause(text, subjectAt: index) else { return nil }
    let subject = (unit.start...units[end].start).map { text.norm(of: text.tokens[$0]) }.joined(separator: " ")
    return (end, subject, end > index && !Self.isWord(text, unit.start, in: Self.otherWords), needsPast)
  }

  /// The unit index of the noun that ends a provider the writer has left, right after the "old",
  /// "previous", "former" or "last" at unit `index`: modifiers, then a noun of
  /// `formerProviderNouns` as the run's last word ("old energy supplier", "previous car insurer";
  /// not "old bank account").
  private func formerProviderEnd(_ text: TokenizedText, after index: Int) -> Int? {
    nounRunEnd(text, after: index, nouns: Self.formerProviderNouns)
  }

  /// The unit index of the last word of the run of one-word units right after unit `index` that
  /// holds only `providerModifiers` and `nouns` and ends at one of `nouns` ("energy supplier",
  /// "online retailer"), or nil.
  private func nounRunEnd(_ text: TokenizedText, after index: Int, nouns: ShortWords) -> Int? {
    var last = index
    var end: Int?
    while last + 1 < units.count, units[last + 1].kind == .neutral, units[last + 1].length == 1,
      units[last + 1].start == units[last].start + 1
    {
      let word = units[last + 1].start
      let isNoun = Self.isWord(text, word, in: nouns)
      guard isNoun || Self.isWord(text, word, in: Self.providerModifiers) else { break }
      last += 1
      if isNoun { end = last }
    }
    return end == last ? end : nil
  }

  /// The unit index of the noun that ends a provider the writer went to last, right after the
  /// "last" at unit `index`: modifiers and nouns of `providerNouns` ("last hotel", "last online
  /// retailer"), ending at a noun, then a relative clause of the writer in the past ("we stayed at",
  /// "I used", "we've been to", "I went to"): "The last hotel we stayed at was much nicer". Not
  /// without it ("the last hotel on our tour" is one of the trip's, "the last app update" the
  /// reviewed one's latest).
  private func lastVisitedEnd(_ text: TokenizedText, after index: Int) -> Int? {
    guard let end = nounRunEnd(text, after: index, nouns: Self.providerNouns) else { return nil }
    var token = units[end].start + 1
    guard token < text.tokens.count, Self.isWord(text, token, in: Self.visitorPronouns) else { return nil }
    token += 1
    if token < text.tokens.count, Self.isWord(text, token, in: Self.visitAuxiliaries) { token += 1 }
    guard token < text.tokens.count, text.tokens[token].kind == .word else { return nil }
    let isPast =
      Self.isWord(text, token, in: Self.pastVerbs) || Self.isWord(text, token, in: Self.visitPastVerbs)
      || Self.norm(of: text, token, endsWith: "ed", minimum: 4)
    return isPast ? end : nil
  }

  /// Whether the subject that starts at unit `index` opens its clause: only `subjectDeterminers`
  /// before it, back to the start of the sentence, a boundary, a contrast or a `clauseJoiners` word.
  private func opensClause(_ text: TokenizedText, subjectAt index: Int) -> Bool {
    var back = index - 1
    while back >= 0 {
      let unit = units[back]
      if unit.kind == .boundary || unit.kind == .contrast { return true }
      guard unit.kind == .neutral, unit.length == 1 else { return false }
      if Self.isWord(text, unit.start, in: Self.clauseJoiners) { return true }
      guard Self.isWord(text, unit.start, in: Self.subjectDeterminers) else { return false }
      back -= 1
    }
    return true
  }

  /// Whether unit `index` is a conjunction that opens a clause with a subject of its own ("and this
  /// one crashes", "while they …"), which ends rule 51's clause; "cleaner and cheaper" goes on.
  private func opensNewSubject(_ text: TokenizedText, at index: Int) -> Bool {
    let unit = units[index]
    guard unit.length == 1, Self.isWord(text, unit.start, in: Self.clauseJoiners) else { return false }
    let next = unit.start + 1
    return next < text.tokens.count
      && (tokenWordLists[next].contains(.clauseOpeners) || Self.isWord(text, next, in: Self.newSubjectDeterminers))
  }

  /// Whether token `index`'s norm opens with the first letter of a trigger word (o, c, r, p, f,
  /// l): one byte read, before the word itself is compared, for each unit of a text with "old" or
  /// "last".
  private static func mayOpenOtherProvider(_ text: TokenizedText, _ index: Int) -> Bool {
    let range = text.tokens[index].normRange
    guard !range.isEmpty else { return false }
    switch text.normBytes[range.lowerBound] {
    case UInt8(ascii: "o"), UInt8(ascii: "c"), UInt8(ascii: "r"), UInt8(ascii: "p"), UInt8(ascii: "f"),
      UInt8(ascii: "l"):
      return true
    default:
      return false
    }
  }

  /// Rule 51's trigger words (`RuleTriggers.otherProviders`).
  static let otherProviderTriggerWords = [
    "other", "competitor", "competitors", "rival", "rivals", "old", "previous", "former", "original", "last",
  ]
  private static let otherProviderWords = ShortWords(otherProviderTriggerWords)
  private static let otherWords: ShortWords = ["other"]
  /// Words of parity: the comparison finds no difference ("just as bad", "equally good", "also
  /// excellent", "still delicious", "even better"), or the writer came back for more ("so I
  /// ordered another").
  private static let parityWords: ShortWords = [
    "just", "equally", "also", "too", "even", "still", "likewise", "similar", "similarly", "another",
  ]
  /// The forms of "be" after a parity's "so" that `WordList.be` does not hold ("and so is the new
  /// one", "so was the last").
  private static let parityCopulas: ShortWords = ["is", "was", "were"]
  /// Verbs in the past without "-ed" (rule 51's former subjects).
  private static let pastVerbs: ShortWords = [
    "was", "were", "had", "used", "did", "wasn't", "weren't", "didn't", "made", "got", "felt", "ran", "knew",
  ]
  /// Words of what the reviewed one was before ("the old app", "the previous owners").
  private static let formerWords: ShortWords = ["old", "previous", "former", "original"]
  /// What was replaced: a version, its design, its owners or staff ("the old one").
  private static let formerNouns: ShortWords = [
    "version", "versions", "app", "update", "design", "layout", "interface", "system", "website", "site", "menu",
    "owner", "owners", "management", "manager", "managers", "model", "recipe", "one", "formula",
    "staff", "team", "format", "look", "software", "program", "programme", "store", "location", "premises",
    "chef", "provider", "service", "features", "player", "editor", "ui",
  ]
  /// Providers the writer has left ("my previous insurer", "my old bank", "the last company I
  /// used"): companies one switches from, not places or things, whose "old" is often their age
  /// ("the old hotel", "an old building"). After "old" a possessive must come before ("my old
  /// bank"): "The Old Bank" is also a name, of pubs and hotels in former banks.
  private static let formerProviderNouns: ShortWords = [
    "bank", "banks", "insurer", "insurers", "provider", "providers", "company", "companies", "network",
    "carrier", "lender", "broker", "brokers", "supplier", "suppliers", "courier", "couriers", "airline", "isp",
    "firm", "agency", "dealer", "dealership", "gym", "landlord", "landlords", "garage", "dentist", "vet", "vets",
    "builder", "builders", "plumber", "electrician", "solicitor", "solicitors", "accountant",
  ]
  /// The writer as the subject of the relative clause after "the last hotel" ("we stayed at", "I've
  /// used").
  private static let visitorPronouns: ShortWords = ["i", "we", "i've", "we've", "ive", "weve", "i'd", "we'd"]
  /// Words between the writer and the past verb of that clause ("we have stayed at", "I had used",
  /// "we ever stayed at").
  private static let visitAuxiliaries: ShortWords = ["have", "had", "ever", "just", "last", "previously"]
  /// Past verbs of that clause without "-ed" that `pastVerbs` does not hold ("we went to", "I flew
  /// with", "we ate at", "I bought from").
  private static let visitPastVerbs: ShortWords = [
    "went", "been", "flew", "ate", "bought", "took", "chose", "paid", "spent", "drove", "saw", "found", "dealt",
    "rode", "slept",
  ]
  /// Nouns of people: a former subject's clause with one describes the person, not the service
  /// ("The previous owner was a lovely man", "The old owners were lovely people").
  private static let personNouns: ShortWords = [
    "man", "men", "woman", "women", "guy", "guys", "lady", "ladies", "gentleman", "gentlemen", "gent", "person",
    "people", "persons", "chap", "chaps", "bloke", "blokes", "fella", "fellow", "couple", "family", "soul", "souls",
    "lad", "lads", "lass", "girl", "girls", "boy", "boys", "folk", "folks", "character", "characters",
  ]
  /// The possessives before the "old" of a provider left ("my old bank", "our old supplier").
  private static let possessives: ShortWords = ["my", "our", "your", "their", "his", "her"]
  /// Nouns of a provider, its outlets and offers ("other banks", "another airline", "other bank
  /// apps").
  private static let providerNouns: ShortWords = [
    "app", "apps", "bank", "banks", "company", "companies", "provider", "providers", "airline", "airlines",
    "hotel", "hotels", "store", "stores", "shop", "shops", "branch", "branches", "brand", "brands", "website",
    "websites", "carrier", "carriers", "network", "networks", "lender", "lenders", "insurer",
    "insurers", "retailer", "retailers", "restaurant", "restaurants", "business", "businesses",
    "firm", "firms", "supplier", "suppliers", "courier", "couriers", "platform", "platforms", "dealer", "dealers",
    "dealership", "dealerships", "gym", "gyms", "agency", "agencies", "operator", "operators", "broker", "brokers",
    "vendor", "vendors", "seller", "sellers",
  ]
  /// Words that may stand before a provider noun ("other online retailers", "other car rental
  /// companies").
  private static let providerModifiers: ShortWords = [
    "online", "mobile", "phone", "streaming", "delivery", "energy", "broadband", "internet", "insurance", "car",
    "rental", "food", "music", "video", "mortgage", "high", "street", "budget", "local", "big", "major",
    "estate",
  ]
  /// Nouns that a provider noun may modify, whose subject is then no provider ("other hotel
  /// guests", "other app users", "other store staff").
  private static let providerNounHeads: ShortWords = [
    "guests", "guest", "staff", "customers", "customer", "users", "user", "employees", "members", "member",
    "reviews", "review", "reviewers", "passengers", "people", "owners", "manager", "managers", "workers", "rooms",
    "room", "features", "feature", "settings", "updates", "update", "options", "option", "than", "building",
    "buildings", "holiday", "holidays", "session", "sessions", "visit", "visits", "appointment", "appointments",
    "class", "classes", "statement", "statements", "account", "accounts", "card", "cards",
  ]
  /// Words that may stand before the subject in its clause ("all my other apps", "most of the
  /// other banks", "their competitors").
  private static let subjectDeterminers: ShortWords = [
    "all", "every", "the", "my", "our", "their", "its", "your", "his", "her", "some", "many", "most", "any", "a",
    "few", "several", "both", "these", "those", "of", "two", "three", "four", "five", "main", "biggest", "nearest",
    "local", "direct",
  ]
  /// Conjunctions after which a clause opens ("and other banks are …", "because their competitors
  /// …").
  private static let clauseJoiners: ShortWords = [
    "and", "because", "while", "whereas", "since", "as", "when", "cos", "cause", "so", "where", "whilst",
  ]
  /// Determiners that open a new subject after a conjunction ("and this one crashes", "and the
  /// app …").
  private static let newSubjectDeterminers: ShortWords = ["this", "these", "the", "your", "their", "its", "our", "my"]
}
