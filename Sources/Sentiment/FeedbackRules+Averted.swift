import Tokenization

/// The default profile's rule 29 (see `FeedbackRules.swift` for the list): what a counterfactual
/// presupposes. A counterfactual sentence says the opposite of what happened, so the negation in
/// it is not the writer's report: "Without their help we'd have missed the deadline" says the help
/// came and the deadline was met.
extension DefaultProfileScorer {
  // MARK: Rule 29

  /// Reads a counterfactual sentence's presuppositions before its terms are scored:
  ///
  /// - An averting condition names what was there: "without X", "were it not for X", "if it
  ///   wasn't for X", "if not for X", "had it not been for X", or a negated past perfect ("if they
  ///   hadn't stepped in"). Its negator does not flip what it names ("Without their help": the help
  ///   came; "were it not for the price increase": there was one). When the consequent's subject
  ///   is the writer ("we'd have missed the deadline", "We would have been lost without them"), a
  ///   negative term of the consequent is what the writer was spared: it is negated
  ///   (`avertedConsequent`, read by the scorer). A consequent about something else keeps its
  ///   terms: "the film would be a washout were it not for Holm" says the film nearly is one.
  /// - An unmet condition (a past perfect, not negated: "had they answered the first email", "if
  ///   I'd known") with a negated consequent ("we would not have lost a day") says the consequent
  ///   happened: the consequent's negator does not flip its terms.
  ///
  /// Runs after rule 28, which reads the condition's negator as it is written.
  mutating func markCounterfactualPresuppositions(_ text: TokenizedText) {
    avertedConsequent = nil
    guard textWordLists.contains(.counterfactualModals) || textWordLists.contains(.counterfactualPerfects),
      let modal = counterfactualModal(text)
    else { return }
    if let condition = avertingCondition(text, modal: modal) {
      if let negator = condition.negator { units[negator].kind = .neutral }
      guard firstPersonSubject(text, modal: modal) else { return }
      // The consequent: from the modal to the end of its clause, or to the condition after it.
      var end = modal.unit + 1
      while end < units.count, units[end].kind != .boundary, units[end].kind != .contrast,
        units[end].start != condition.marker, !Self.norm(of: text, units[end].start, is: ",")
      {
        end += 1
      }
      let last = end < units.count ? units[end].start : (units.last.map { $0.start + $0.length } ?? 0)
      avertedConsequent = (units[modal.unit].start..<last, condition.marker)
    } else if let negator = modal.negator, hasUnmetCondition(text, before: modal.unit),
      !(0..<modal.unit).contains(where: { isLexiconPraise(units[$0]) })
    {
      // Not a regret: "If I'd known how good they were I wouldn't have waited so long".
      units[negator].kind = .neutral
    }
  }

  /// The sentence's counterfactual modal ("would have", "we'd have", "would be", "wouldn't have",
  /// "would've", "could not have") as a unit index, with the unit of its negator if it has one.
  private func counterfactualModal(_ text: TokenizedText) -> (unit: Int, negator: Int?)? {
    let tokens = text.tokens.count
    // Read once: each read of a static list in the loop was a `swift_once` call per unit.
    let obligations = Self.obligations
    let negatedModals = Self.negatedModals
    // A text without a negated modal (most) does not look for one in each unit.
    let mayNegateModal = textTriggers.contains(.negatedModals)
    for index in units.indices where units[index].length == 1 {
      let token = units[index].start
      let lists = tokenWordLists[token]
      if lists.contains(.counterfactualPerfects), !Self.isWord(text, token, in: obligations) {
        return (index, nil)
      }
      let negatedModal = mayNegateModal && Self.isWord(text, token, in: negatedModals)
      guard negatedModal || (lists.contains(.counterfactualModals) && !Self.isWord(text, token, in: obligations))
      else { continue }
      var next = token + 1
      var negator: Int? = negatedModal ? index : nil
      while next < tokens, next - token <= 3, Self.isWord(text, next, in: Self.modalGaps) {
        if negator == nil, Self.isWord(text, next, in: Self.consequentNegators) {
          negator = unitIndex(startingAt: next).flatMap { units[$0].kind == .negator ? $0 : nil }
        }
        next += 1
      }
      if next < tokens, Self.isWord(text, next, in: Self.modalVerbs) { return (index, negator) }
    }
    return nil
  }

  /// The averting condition of the sentence: its marker token ("without", or the "for" of "were
  /// it not for") and the unit of the negator that must not flip what it names.
  private func avertingCondition(_ text: TokenizedText, modal: (unit: Int, negator: Int?)) -> (
    marker: Int, negator: Int?
  )? {
    let modalToken = units[modal.unit].start
    for index in units.indices where units[index].length == 1 {
      let token = units[index].start
      if token == modalToken || modal.negator == index { continue }
      if Self.norm(of: text, token, is: "without") {
        // After the consequent, only a state's condition: "would have been lost without them", not
        // "would have paid without complaint".
        if token > modalToken, !(modalToken..<token).contains(where: { Self.isWord(text, $0, in: Self.states) }) {
          continue
        }
        // "left without paying": a manner, not a condition.
        var object = token + 1
        while object < text.tokens.count, Self.isWord(text, object, in: Self.determiners) { object += 1 }
        if object < text.tokens.count, Self.norm(of: text, object, endsWith: "ing", minimum: 5) { continue }
        return (token, units[index].kind == .negator ? index : nil)
      }
      if Self.norm(of: text, token, is: "for"), let negator = avertingFor(text, at: token) {
        return (token, unitIndex(startingAt: negator))
      }
      if Self.norm(of: text, token, is: "if"), let negator = negatedPastPerfect(text, from: index) {
        return (token, negator)
      }
    }
    return nil
  }

  /// The negator token of "were it not for", "had it not been for", "if it wasn't/weren't for",
  /// "if it was/were not for", "if it hadn't been for" or "if not for" ending at the "for" at
  /// `token`; nil when the words before it are none of these.
  private func avertingFor(_ text: TokenizedText, at token: Int) -> Int? {
    var back = token - 1
    if back >= 0, Self.norm(of: text, back, is: "been") { back -= 1 }
    guard back >= 1, Self.isWord(text, back, in: Self.conditionNegators) else { return nil }
    let negator = back
    if Self.norm(of: text, back - 1, is: "if") { return negator }
    if Self.isWord(text, back - 1, in: Self.avertingCopulas) { back -= 1 }
    guard back >= 2, Self.norm(of: text, back - 1, is: "it") else { return nil }
    let opener = back - 2
    if Self.norm(of: text, opener, is: "if") { return negator }
    // Inverted: "were it not for", "had it not been for".
    if Self.isWord(text, opener, in: Self.invertedOpeners), Self.norm(of: text, negator, is: "not") { return negator }
    return nil
  }

  /// The unit of the negator of a negated past perfect condition opening at the "if" unit `index`
  /// ("if they hadn't stepped in", "if she had not caught it"); nil otherwise.
  private func negatedPastPerfect(_ text: TokenizedText, from index: Int) -> Int? {
    var unit = index + 1
    while unit < units.count, unit - index <= 5, units[unit].kind != .boundary, units[unit].kind != .contrast {
      let token = units[unit].start
      if Self.isWord(text, token, in: Self.negatedPerfects) { return unit }
      if Self.norm(of: text, token, is: "had"), token + 1 < text.tokens.count,
        Self.norm(of: text, token + 1, is: "not") || Self.norm(of: text, token + 1, is: "never")
      {
        return unitIndex(startingAt: token + 1)
      }
      unit += 1
    }
    return nil
  }

  /// Whether the sentence's condition before the modal's unit is unmet: in the past perfect, not
  /// negated and no obligation ("if the part had been in the van", "if I'd known", a sentence
  /// opening "Had they …"), as rule 28 reads it.
  private func hasUnmetCondition(_ text: TokenizedText, before modal: Int) -> Bool {
    let first = units.firstIndex { $0.kind != .boundary }
    for index in 0..<modal where units[index].length == 1 {
      let token = units[index].start
      let inverted = index == first && Self.isWord(text, token, in: Self.invertedConditions)
      guard inverted || Self.norm(of: text, token, is: "if"),
        token == 0 || !Self.isWord(text, token - 1, in: Self.conditionBlockers)
      else { continue }
      let condition = readCondition(text, from: index, inverted: inverted, stop: units[modal].start)
      return condition.pastPerfect && !condition.negated && !condition.obligation
    }
    return false
  }

  /// Whether the unit is a lexicon term of positive valence, by its lexicon value (units are scored
  /// after the rules that read this, so their own values may not be set yet).
  func isLexiconPraise(_ unit: Unit) -> Bool {
    unit.kind == .valence && unit.entry >= 0 && tables.valence(ofEntry: unit.entry) > 0
  }

  /// Whether the modal's subject is the writer: "we'd", "I'd", or "I"/"we" right before it.
  private func firstPersonSubject(_ text: TokenizedText, modal: (unit: Int, negator: Int?)) -> Bool {
    let token = units[modal.unit].start
    if Self.isWord(text, token, in: Self.firstPersonModalForms) { return true }
    return token > 0 && Self.isWord(text, token - 1, in: Self.firstPersonSubjects)
  }

  /// Modals of obligation, which make no counterfactual consequent here.
  private static let obligations: ShortWords = ["should", "should've", "shouldve", "shoulda"]
  private static let negatedModals = ShortWords(negatedModalWords)
  /// The words of `negatedModals` (`RuleTriggers.negatedModals`).
  static let negatedModalWords = ["wouldn't", "wouldnt", "couldn't", "couldnt", "mightn't"]
  /// Words between the modal and its verb: "would not have", "would probably have", "would never
  /// have".
  private static let modalGaps: ShortWords = [
    "not", "never", "probably", "definitely", "likely", "surely", "certainly", "easily", "still", "all", "just",
  ]
  private static let consequentNegators: ShortWords = ["not", "never"]
  private static let states: ShortWords = ["be", "been"]
  /// The verb of a counterfactual consequent after its modal.
  private static let modalVerbs: ShortWords = ["have", "be", "been", "'ve"]
  private static let determiners: ShortWords = [
    "a", "an", "the", "any", "their", "his", "her", "your", "our", "my", "its", "them", "him", "you",
  ]
  private static let conditionNegators: ShortWords = [
    "not", "wasn't", "wasnt", "weren't", "werent", "hadn't", "hadnt",
  ]
  private static let avertingCopulas: ShortWords = ["was", "were", "had"]
  private static let invertedOpeners: ShortWords = ["were", "had"]
  private static let negatedPerfects: ShortWords = ["hadn't", "hadnt"]
  private static let firstPersonModalForms: ShortWords = ["i'd", "we'd", "id", "wed"]
}
