import Tokenization

/// The default profile's rule 54 (see `FeedbackRules.swift` for the list): a trouble the writer
/// never had to face.
extension DefaultProfileScorer {
  /// Rule 54: the negator of "never had to deal with", "didn't have to chase", "no need to worry
  /// about", "without having to wait for" reaches the trouble named after the verb, however far
  /// from the negator it stands: "We never had to deal with any issues", "Didn't have to chase them
  /// for a refund", "No need to worry about delays". The writer was spared it, so the term is
  /// negated as a negator right before it would negate it. The chain is read from the term back:
  ///
  /// - up to `maximumObjectLinks` words that link a verb to its object (`objectLinks`:
  ///   prepositions, determiners, object pronouns: "about the", "them for a"; a degree word ends
  ///   the chain: "never had to wait so long" is a superlative);
  /// - a verb of facing a trouble (`troubleVerbs`: "deal", "worry", "chase", "wait", "put" of "put
  ///   up with" …), in its base form;
  /// - "to", and a form of "have" or "need" ("had to", "need to", "having to");
  /// - adverbs that leave a negation's reach as it is ("never ever had to", "didn't even have to");
  /// - a negator: "never", "no", "not", "without", "nobody", or a contraction in "n't" — not one
  ///   of obligation ("shouldn't have to deal with rude staff", "no one should have to wait this
  ///   long" are complaints; a modal between breaks the chain too), nor of the future ("I hope I
  ///   won't have to deal with delays again" hopes to be spared what happened).
  ///
  /// Only a negative term is spared: what the writer did not have to wait for may be good ("never
  /// had to wait for help" keeps "help"). An expected outcome (`negation=only`: "reply") is left
  /// to rule 25, whose negator must deny it: "never had to wait for a reply" is no complaint. The
  /// verb's own term, when the lexicon has one ("had to chase", "never had to worry"), is scored
  /// as before.
  ///
  /// Returns the chain's words from the negator to the verb's last link ("never had to deal
  /// with"), for the explanation, and the term's distance from the negator in words; nil when the
  /// chain is not there.
  func sparedTrouble(_ text: TokenizedText, term position: Int) -> (chain: String, distance: Int)? {
    let start = units[position].start
    var index = start - 1
    // The verb's links to its object.
    var links = 0
    while index >= 0, links < Self.maximumObjectLinks, text.tokens[index].kind == .word,
      Self.isWord(text, index, in: Self.objectLinks)
    {
      index -= 1
      links += 1
    }
    guard index >= 2, text.tokens[index].kind == .word, Self.isWord(text, index, in: Self.troubleVerbs),
      tokenWordLists[index - 1].contains(.to), Self.isWord(text, index - 2, in: Self.obligationVerbs)
    else { return nil }
    var negator = index - 3
    while negator >= 0, text.tokens[negator].kind == .word, Self.isWord(text, negator, in: Self.chainAdverbs) {
      negator -= 1
    }
    guard negator >= 0, text.tokens[negator].kind == .word, isSparingNegator(text, at: negator) else { return nil }
    let last = start - 1
    let chain = (negator...last).map { text.norm(of: text.tokens[$0]) }.joined(separator: " ")
    return (chain, modifierDistance(from: negator + 1, to: start))
  }

  /// Whether the word at `index` is a negator that denies an obligation ("never had to", "didn't
  /// need to", "don't have to"), not one that states it ("shouldn't have to", "should never have
  /// to") or hopes for it ("won't have to", "will not have to").
  private func isSparingNegator(_ text: TokenizedText, at index: Int) -> Bool {
    if Self.isWord(text, index, in: Self.obligationNegators) { return false }
    if text.withNorm(of: text.tokens[index], { Self.isContractedNegation($0) }) { return true }
    guard Self.isWord(text, index, in: Self.sparingNegators) else { return false }
    // "should not have to", "should never have to", "will not have to": the modal states the
    // obligation, or the future.
    return index == 0 || !Self.isWord(text, index - 1, in: Self.obligationModals)
  }

  /// Most words between the verb and the trouble (`objectLinks`): "chase them up for a".
  static let maximumObjectLinks = 4

  /// Words that link a verb of facing to the trouble it faces: prepositions and particles,
  /// determiners and object pronouns ("deal with any", "chase them for a", "put up with the"). Not
  /// the degree words of a superlative, which end the chain: "I've never had to wait so long",
  /// "never had to deal with such rude staff" are complaints (rule 2's "never" + verb + "so").
  private static let objectLinks: ShortWords = [
    "about", "with", "for", "over", "on", "through", "up", "out", "a", "an", "the", "any", "my", "our", "your",
    "their", "his", "her", "its", "some", "them", "it", "him", "us", "me", "anyone", "anybody", "another",
    "single",
  ]

  /// Verbs of facing a trouble, in the base form that follows "had to": what a customer is glad
  /// not to have had to do.
  private static let troubleVerbs: ShortWords = [
    "deal", "worry", "cope", "contend", "chase", "wait", "fight", "struggle", "battle", "complain", "call",
    "ring", "phone", "email", "bother", "stress", "fret", "queue", "argue", "put", "sit", "go", "jump", "face",
    "endure", "suffer", "tolerate", "pay", "explain", "repeat", "report", "return", "escalate", "experience",
    "handle", "sort", "fix", "resolve", "make", "raise", "lodge", "file", "log",
  ]

  /// Forms of "have" and "need" before "to".
  private static let obligationVerbs: ShortWords = [
    "have", "has", "had", "having", "need", "needs", "needed", "needing",
  ]

  /// Adverbs between the negator and "have" that leave the chain whole ("never ever had to",
  /// "didn't even have to", "have never once had to" reads "never once had to").
  private static let chainAdverbs: ShortWords = ["ever", "even", "once", "really", "actually", "yet", "again"]

  /// Negators that deny the obligation besides contractions in "n't".
  private static let sparingNegators: ShortWords = ["never", "no", "not", "without", "nobody", "nor"]

  /// Contracted negators of obligation or of the future: "shouldn't have to" states the
  /// obligation, "won't have to" hopes to be spared.
  private static let obligationNegators: ShortWords = [
    "shouldn't", "shouldnt", "wouldn't", "wouldnt", "mustn't", "mustnt", "oughtn't", "oughtnt", "won't", "wont",
  ]

  /// Modals before the negator that state an obligation or the future ("should not have to",
  /// "should never have to", "will not have to").
  private static let obligationModals: ShortWords = ["should", "would", "must", "ought", "will", "shall"]
}
