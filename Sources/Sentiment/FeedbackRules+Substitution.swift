import Tokenization

/// The default profile's rule 37 (see `FeedbackRules.swift` for the list): one thing ordered or
/// booked, another received.
extension DefaultProfileScorer {
  // MARK: Rule 37

  /// `Unit.entry` of the verb of a substitution (rule 37); not an index into the valence entries.
  static let substitutionEntry: Int32 = -13
  /// The most tokens from the order verb to the verb of receiving ("Ordered a large pepperoni
  /// pizza with extra cheese, got …" is eight).
  static let substitutionGap = 10
  /// The most tokens after the article of what was received when neither noun phrase shares a
  /// word with the other ("got a medium.", "given a 7 seater.").
  static let substitutionTail = 3

  /// "Ordered a blue one, received a red one", "Booked a double, got two singles", "Booked a sea
  /// view, got a view of the car park" (QA reviews 24 and 26: the largest cause of complaints read
  /// as neutral, stated as fact with no opinion word). In one sentence, with no term of valence
  /// from the order verb on:
  /// - an order verb (`orderVerbs`, or "asked for") right before an article or a number;
  /// - within `substitutionGap` tokens, after a comma, "and", "but" or a subject pronoun, a verb of
  ///   receiving (`receiveVerbs`, with an optional "me"/"us") right before an article or a number;
  /// - what was received either shares a word with what was ordered ("a blue ONE … a red ONE"),
  ///   names it again as "one" within `substitutionTail` tokens of its article ("a grey ONE in a
  ///   different size"), or ends the clause within `substitutionTail` tokens ("got a medium."), and
  ///   some word of it differs ("received a blue one" after "ordered a blue one" is the order itself);
  /// - and it is no message, refund or extra (`receivedExtras`: "got a confirmation email", "got a
  ///   free drink").
  /// The verb of receiving then scores `SentimentParameters.substitutionValence`.
  mutating func markSubstitutions(_ text: TokenizedText) {
    guard textTriggers.isSuperset(of: [.orderVerbs, .receiveVerbs]) else { return }
    guard let order = units.firstIndex(where: { isOrderVerb(text, $0) }) else { return }
    let ordered = units[order].start + 1 + (Self.norm(of: text, units[order].start, is: "asked") ? 1 : 0)
    guard ordered < text.tokens.count, isQuantity(text, ordered) else { return }
    var index = order + 1
    while index < units.count, units[index].start - units[order].start <= Self.substitutionGap {
      let unit = units[index]
      // An opinion already stated: the rule has nothing to add ("Ordered a coat, got a lovely one").
      // An outcome that counts only when denied ("received", rule 25) states none.
      let outcome = unit.kind == .valence && unit.entry >= 0 && tables.countsOnlyNegated(entry: unit.entry)
      if (unit.kind == .valence && !outcome) || unit.kind == .negator { return }
      if unit.length == 1 && (unit.kind == .neutral || outcome) && Self.isWord(text, unit.start, in: Self.receiveVerbs),
        let received = receivedObject(text, verb: unit.start), opensClause(text, verb: unit.start, after: ordered)
      {
        let clauseEnd = units[index...].firstIndex { $0.kind == .boundary || $0.kind == .contrast } ?? units.count
        let end = clauseEnd < units.count ? units[clauseEnd].start : text.tokens.count
        if units[(index + 1)..<clauseEnd].contains(where: { $0.kind != .neutral }) { return }
        for token in received..<end where Self.isWord(text, token, in: Self.receivedExtras) { return }
        let sharesWord = (received + 1..<end).contains { token in
          isContentWord(text, token) && (ordered + 1..<unit.start).contains { sameNorm(text, $0, token) }
        }
        // Something must differ: "received a blue one" after "ordered a blue one" is the order.
        let differs = (received..<end).contains { token in
          !Self.isWord(text, token, in: Self.articles)
            && !(ordered..<unit.start).contains { sameNorm(text, $0, token) }
        }
        // "a grey ONE in a different size": "one" stands for what was ordered.
        let standsForOrder = (received + 1..<min(end, received + Self.substitutionTail + 1)).contains { token in
          Self.isWord(text, token, in: Self.anaphoricOnes)
        }
        guard differs, sharesWord || standsForOrder || end - received <= Self.substitutionTail else { return }
        units[index].kind = .valence
        units[index].entry = Self.substitutionEntry
        return
      }
      index += 1
    }
  }

  /// An order verb alone, or "asked" before "for"; not after a negator or a condition ("if you
  /// order a …", "never ordered a …").
  private func isOrderVerb(_ text: TokenizedText, _ unit: Unit) -> Bool {
    guard unit.kind == .neutral, unit.length == 1, Self.isWord(text, unit.start, in: Self.orderVerbs) else {
      return false
    }
    if Self.norm(of: text, unit.start, is: "asked") {
      return unit.start + 1 < text.tokens.count && Self.norm(of: text, unit.start + 1, is: "for")
    }
    return unit.start == 0 || !Self.isWord(text, unit.start - 1, in: Self.orderConditions)
  }

  /// The token after the verb of receiving and an optional "me"/"us" when it is an article or a
  /// number.
  private func receivedObject(_ text: TokenizedText, verb: Int) -> Int? {
    var next = verb + 1
    if next < text.tokens.count, Self.isWord(text, next, in: Self.receiverPronouns) { next += 1 }
    return next < text.tokens.count && isQuantity(text, next) ? next : nil
  }

  /// The verb of receiving opens a clause of its own: a comma, "and", "but" or a subject pronoun
  /// ("we were given") before it, after what was ordered.
  private func opensClause(_ text: TokenizedText, verb: Int, after ordered: Int) -> Bool {
    var before = verb - 1
    if before > ordered, Self.isWord(text, before, in: Self.receiveAuxiliaries) { before -= 1 }
    guard before > ordered else { return false }
    let token = text.tokens[before]
    return (token.kind == .punct && text.withNorm(of: token) { $0.count == 1 && ($0[0] == 0x2C || $0[0] == 0x3B) })
      || Self.isWord(text, before, in: Self.clauseOpeners)
  }

  /// A word of three or more bytes that is no article or count ("ONE", "VIEW"; not "of", "the").
  private func isContentWord(_ text: TokenizedText, _ token: Int) -> Bool {
    text.tokens[token].kind == .word && text.withNorm(of: text.tokens[token]) { $0.count >= 3 }
      && !Self.isWord(text, token, in: Self.quantities)
  }

  private func sameNorm(_ text: TokenizedText, _ first: Int, _ second: Int) -> Bool {
    text.withNorm(of: text.tokens[first]) { a in text.withNorm(of: text.tokens[second]) { a.bytesEqual($0) } }
  }

  private func isQuantity(_ text: TokenizedText, _ token: Int) -> Bool {
    text.tokens[token].kind == .number || Self.isWord(text, token, in: Self.quantities)
  }

  /// The words of rule 37's trigger (`RuleTriggers.orderVerbs`).
  static let orderVerbWords = ["ordered", "booked", "requested", "reserved", "chose", "asked", "paid"]
  private static let orderVerbs = ShortWords(orderVerbWords)
  /// The verbs of receiving (`RuleTriggers.receiveVerbs`).
  static let receiveVerbWords = ["got", "received", "recieved", "given", "gave", "sent", "delivered", "brought"]
  private static let receiveVerbs = ShortWords(receiveVerbWords)
  /// An article or a small count word: what was ordered and what came are counted things.
  private static let quantities: ShortWords = ["a", "an", "one", "two", "three", "four", "the", "some"]
  private static let articles: ShortWords = ["a", "an", "the", "some"]
  /// "one"/"ones" after an adjective or two: the thing ordered, named again ("a red one").
  private static let anaphoricOnes: ShortWords = ["one", "ones"]
  /// "if you order", "when I booked": a condition or a time, not a report of what happened.
  private static let orderConditions: ShortWords = ["if", "when", "never", "not", "didn't", "didnt", "to"]
  /// "sent ME a", "gave US a".
  private static let receiverPronouns: ShortWords = ["me", "us", "him", "her", "them"]
  /// "we WERE given", "I WAS sent".
  private static let receiveAuxiliaries: ShortWords = ["was", "were", "been", "have", "has", "had"]
  /// What may open the clause of receiving.
  private static let clauseOpeners: ShortWords = ["and", "but", "i", "we", "they", "you", "he", "she", "then"]
  /// What came besides or about the order, not instead of it.
  private static let receivedExtras: ShortWords = [
    "free", "extra", "bonus", "refund", "discount", "voucher", "confirmation", "email", "e-mail", "text", "message",
    "receipt", "invoice", "reply", "call", "update", "notification", "tracking", "code", "link", "number",
    "upgrade", "too", "also", "gift", "sample", "response",
  ]
}
