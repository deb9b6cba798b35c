import Tokenization

/// The default profile's question rules (see `FeedbackRules.swift` for the list): 10, complaint
/// questions ("Why is my bill higher?"); 14, rhetorical "how" ("How is this acceptable?"); 17,
/// questions that open with an auxiliary ("Do you offer a student discount?") or ask for
/// information ("What's the fee if I leave early?").
extension DefaultProfileScorer {
  // MARK: Rule 10

  /// The "why" that opens a complaint question (rule 10); not an index into the valence entries.
  static let complaintQuestionEntry: Int32 = -4

  /// Turns the "why" that opens a sentence into a complaint unit: a question that asks a company
  /// why something happened is a complaint ("Why is my bill $40 higher?", "why cant i pick a seat
  /// without paying", "Moved to aisle without asking. Why?"). Of the sentences opening with "why"
  /// in the VADER ground truth, 49 of 60 are rated negative. Not "why not" (a suggestion), and not
  /// "why I/we …", which explains ("Why I love this shop"). Mentions before it are skipped.
  mutating func markComplaintQuestion(_ text: TokenizedText) {
    guard let index = units.firstIndex(where: { $0.kind != .boundary }) else { return }
    guard units[index].kind == .neutral, units[index].length == 1, Self.norm(of: text, units[index].start, is: "why")
    else {
      markTrailingWhy(text)
      return
    }
    if index + 1 < units.count, units[index + 1].kind != .boundary,
      Self.isWord(text, units[index + 1].start, in: Self.explanatoryAfterWhy)
    {
      return
    }
    units[index].kind = .valence
    units[index].entry = Self.complaintQuestionEntry
  }

  /// "Payouts take 5 days, why?", "charged twice - why?": a "why" that closes a question after a
  /// comma or dash asks the same as one that opens it (QA review 43). Not "no idea why?" (no
  /// punctuation before it).
  private mutating func markTrailingWhy(_ text: TokenizedText) {
    // Most texts hold no "?" (`mayHoldEmphasis`): one bit test.
    guard Self.mayHoldEmphasis(text, marks: textMarks), units.count >= 3,
      let index = units.lastIndex(where: { $0.kind != .boundary }), index >= 2,
      units[index].kind == .neutral, units[index].length == 1, units[index - 1].kind == .boundary,
      Self.norm(of: text, units[index].start, is: "why"), sentenceEndsWithQuestion(text)
    else { return }
    units[index].kind = .valence
    units[index].entry = Self.complaintQuestionEntry
  }

  /// Words after "why" that make an explanation or a suggestion, not a complaint.
  private static let explanatoryAfterWhy: ShortWords = ["not", "i", "we", "i'd", "i'm", "i've", "we're", "we've"]

  // MARK: Rule 14

  /// The unit index of the "how" of a rhetorical question ("How is this acceptable?") that the
  /// positive term at unit `position` stands in, or nil.
  func rhetoricalHow(_ text: TokenizedText, before position: Int) -> Int? {
    guard let how = units.firstIndex(where: { $0.kind != .boundary }), how < position,
      units[how].kind == .neutral, units[how].length == 1, Self.norm(of: text, units[how].start, is: "how")
    else { return nil }
    let verb = units[how].start + 1
    let term = units[position].start
    guard verb + 1 < term, Self.isWord(text, verb, in: Self.howQuestionVerbs),
      Self.isWord(text, verb + 1, in: Self.howQuestionSubjects),
      term - 1 == verb + 1 || !tokenWordLists[term - 1].contains(.degreeWords), sentenceEndsWithQuestion(text)
    else { return nil }
    return how
  }

  private static let howQuestionVerbs: ShortWords = ["is", "was", "are", "were", "can", "could"]
  private static let howQuestionSubjects: ShortWords = ["this", "that", "it", "they"]

  // MARK: Rule 17

  /// Zeroes the mild positive and weak negative terms of a question that opens with an auxiliary
  /// (rule 17), up to its closing mark: an emoticon or emoji after the "?" is the writer's tone.
  /// Not a question the next sentence answers with a yes (`answeredYes`), nor a comparative after
  /// "any" ("Could the staff be any nicer?").
  mutating func applyQuestion(_ text: TokenizedText, explain: Bool) {
    guard let opener = questionOpener(text), !answeredYes(text) else { return }
    // "Is it normal to wait 3 weeks?": an amount makes a weak complaint rhetorical. Not in a question
    // that asks for information ("What's the fee if I leave 6 months in?").
    let sentence = units[0].start..<(units[units.count - 1].start + units[units.count - 1].length)
    let holdsAmount =
      Self.isWord(text, units[opener].start, in: Self.questionAuxiliaries)
      && sentence.contains { text.tokens[$0].kind == .number }
    // What follows the question's closing mark is not asked: "Is your mum getting remarried?! :)"
    // keeps its smile. `questionOpener` found that closing mark, so a boundary unit exists.
    let asked = units.lastIndex(where: { $0.kind == .boundary }) ?? units.count
    for index in units[..<asked].indices where units[index].kind == .valence && units[index].value != 0 {
      let unit = units[index]
      // Lexicon terms only: a rule's own unit (a return intent) has its own question test. "Could
      // the staff be any nicer?": a comparative after "any" asks nothing.
      guard unit.entry >= 0, !unit.isNegated, !isComparativeAfterAny(text, unit, opener: opener) else { continue }
      let valence = tables.entries[Int(unit.entry)].valence
      guard
        (valence > 0 && valence < parameters.questionPraiseCeiling && unit.value > 0)
          || (valence < 0 && valence >= parameters.questionComplaintFloor && unit.value < 0 && !holdsAmount)
      else { continue }
      units[index].value = 0
      if explain { rules[index].append(.question(opener: text.norm(of: text.tokens[units[opener].start]))) }
    }
  }

  /// Whether the sentence after this one opens with a yes ("Would I recommend? Absolutely!", "Was
  /// it worth it?! Yes."): the writer answers their own question, and its terms keep their value.
  private func answeredYes(_ text: TokenizedText) -> Bool {
    guard let last = units.last else { return false }
    var token = last.start + last.length
    while token < tokenCount, text.tokens[token].kind == .punct { token += 1 }
    guard token < tokenCount, Self.isWord(text, token, in: Self.affirmativeAnswers) else { return false }
    // A bare yes: the end of the text or an end mark after it ("Absolutely!"). "Yes, good." says
    // its praise again, which counts there.
    let next = token + 1
    return next >= tokenCount
      || (text.tokens[next].kind == .punct
        && text.withNorm(of: text.tokens[next]) { $0.allSatisfy(Self.isEndMarkByte) })
  }

  /// Whether the term `unit` is a comparative ("-er") right after "any" in a question opened by
  /// "could" or "can": "Could the staff be any nicer?", "Can it get any better?" praise. "Is it any
  /// better?" asks, and "Would it have been any easier than this disaster?" compares two faults.
  private func isComparativeAfterAny(_ text: TokenizedText, _ unit: Unit, opener: Int) -> Bool {
    unit.length == 1 && unit.start > 0 && Self.isWord(text, units[opener].start, in: Self.abilityModals)
      && Self.norm(of: text, unit.start - 1, is: "any") && Self.norm(of: text, unit.start, endsWith: "er", minimum: 4)
  }

  private static let abilityModals: ShortWords = ["could", "can"]

  private static let affirmativeAnswers: ShortWords = [
    "yes", "yep", "yeah", "yup", "absolutely", "definitely", "totally", "certainly", "100%", "sure",
  ]

  /// The unit of the auxiliary or the question word that opens the sentence's question ("Do you
  /// offer …?", "Is gift aid applied automatically?", "Hi, could the waiting area have wifi?",
  /// "When will my refund arrive?": `asksForInformation`), after at most one greeting
  /// or linking word; nil when the sentence does not end with "?" or opens otherwise. Questions
  /// that open with a negative auxiliary ("Isn't it great?") ask for agreement and are left alone
  /// (the negator is no neutral unit), and so are "how"/"why" questions (rules 14 and 10).
  func questionOpener(_ text: TokenizedText) -> Int? {
    guard sentenceEndsWithQuestion(text) else { return nil }
    var index = 0
    while index < units.count, units[index].kind == .boundary { index += 1 }
    if index < units.count, units[index].kind == .neutral, units[index].length == 1,
      Self.isWord(text, units[index].start, in: Self.questionLeadIns)
    {
      index += 1
      while index < units.count, units[index].kind == .boundary { index += 1 }
    }
    guard index < units.count, units[index].kind == .neutral, units[index].length == 1 else { return nil }
    let opener = units[index].start
    guard Self.isWord(text, opener, in: Self.questionAuxiliaries) || asksForInformation(text, opener) else {
      return nil
    }
    // "Can I just say thank you to the nurses?", "Did I mention how good the food was?": a verb of
    // saying within three words makes the question a way of praising (review of this session's diff).
    // Within the sentence: the units end at its last token.
    let after = units[index].start + 1
    let sentenceEnd = units[units.count - 1].start + units[units.count - 1].length
    // "Could you tell me whether …?" asks for information (review h66b): "tell" before "me" or "us".
    for token in after..<min(after + 3, sentenceEnd) where Self.isWord(text, token, in: Self.sayingVerbs) {
      if token + 1 < sentenceEnd, Self.norm(of: text, token, is: "tell"),
        Self.isWord(text, token + 1, in: Self.toldAskers)
      {
        continue
      }
      return nil
    }
    return index
  }

  /// Whether the word at `token` opens a question that asks for information ("What's the early
  /// termination fee if I leave?", "Which plan is good for a family?", "How many credits is the
  /// module worth?", "When will my refund arrive?"): a "wh" word, or "how" before a word that asks
  /// for an amount or a way ("how much", "how long", "how do I"). Blind review h57e coded such
  /// questions neutral where their mild terms scored them. Not "how can/could" (rule 14's
  /// rhetorical "How could they be so helpful?" and "How can this be acceptable?"), not "what a"
  /// (an exclamation), not "who knew", "what better" or "where else" (rhetorical praise: "Where
  /// else would you get such good prices?").
  private func asksForInformation(_ text: TokenizedText, _ token: Int) -> Bool {
    let next = token + 1
    let hasNext = next < tokenCount && text.tokens[next].kind == .word
    if Self.isWord(text, token, in: Self.informationQuestionWords) {
      guard hasNext else { return true }
      if Self.isWord(text, next, in: Self.rhetoricalAfterQuestionWord) { return false }
      // "When will …?", "Where can I …?" ask; "When it's this rich, who cares?" and "When I close
      // my eyes, does …?" open a clause.
      if Self.isWord(text, token, in: Self.clauseOpeningQuestionWords) {
        return Self.isWord(text, next, in: Self.questionAuxiliaries)
      }
      return !(Self.norm(of: text, token, is: "who") && Self.isWord(text, next, in: Self.rhetoricalAfterWho))
    }
    return hasNext && Self.norm(of: text, token, is: "how") && Self.isWord(text, next, in: Self.informationAfterHow)
  }

  private static let clauseOpeningQuestionWords: ShortWords = ["when", "where"]
  private static let informationQuestionWords: ShortWords = [
    "what", "what's", "whats", "when", "when's", "where", "where's", "which", "who", "who's", "whom", "whose",
  ]
  /// "What a …?", "Where else …?", "What better …?", "What more could you want?", "What about …?":
  /// exclamations, rhetorical praise and suggestions, not requests for information.
  private static let rhetoricalAfterQuestionWord: ShortWords = ["a", "an", "else", "better", "more", "about", "of"]
  private static let rhetoricalAfterWho: ShortWords = [
    "knew", "would", "wouldn't", "could", "couldn't", "doesn't", "cares", "needs", "says", "wants",
  ]
  private static let informationAfterHow: ShortWords = [
    "much", "many", "long", "often", "soon", "far", "do", "does", "did", "will", "should", "would", "to", "i", "we",
  ]

  private static let sayingVerbs: ShortWords = ["say", "mention", "tell", "add", "thank", "express", "compliment"]
  /// Who is told when "tell" asks for information: "Could you tell me …?", "Can you tell us …?".
  private static let toldAskers: ShortWords = ["me", "us"]

  private static let questionAuxiliaries: ShortWords = [
    "do", "does", "did", "can", "could", "is", "are", "was", "were", "will", "would", "should", "may", "have", "has",
    "shall",
  ]
  private static let questionLeadIns: ShortWords = [
    "hi", "hello", "hey", "also", "and", "so", "please", "just", "q", "question",
  ]

  // MARK: Rule 56

  /// Rule 56: a listing's question and answer, as product and marketplace pages print them ("Q: Is
  /// this the unlocked version? A: Yes, it's unlocked and works on all networks"; "Question: …
  /// Answer: No, …"): the yes or no that opens the answer answers the question and says nothing of
  /// anyone's experience, so it counts nothing (review h64d: "Yes" +1.2 scored such answers
  /// positive). Only in a text that opens with the question's label (`opensWithListingQuestion`,
  /// tested once per text); rule 17 reads the question after its label as any question.
  mutating func applyListingAnswer(_ text: TokenizedText, explain: Bool) {
    let tokens = text.tokens
    for index in units.indices where units[index].kind == .valence && units[index].value != 0 {
      let start = units[index].start
      guard units[index].length == 1, start >= 2, Self.isWord(text, start, in: Self.answerParticles),
        text.norm(of: tokens[start - 1]) == ":", Self.isWord(text, start - 2, in: Self.listingAnswerLabels)
      else { continue }
      units[index].value = 0
      if explain { rules[index].append(.listingAnswer) }
    }
  }

  /// Whether `text` opens with a listing question's label, "Q:" or "Question:" (rule 56).
  static func opensWithListingQuestion(_ text: TokenizedText) -> Bool {
    text.tokens.count >= 4 && isWord(text, 0, in: listingQuestionLabels) && text.norm(of: text.tokens[1]) == ":"
  }

  private static let listingQuestionLabels: ShortWords = ["q", "question"]
  private static let listingAnswerLabels: ShortWords = ["a", "answer"]
  private static let answerParticles: ShortWords = ["yes", "no", "yep", "nope", "yeah", "nah"]
}
