import Tokenization

/// The default profile's rule 26 (see `FeedbackRules.swift` for the list): courtesy around a
/// request.
extension DefaultProfileScorer {
  // MARK: Rule 26

  /// Whether `unit` is a courtesy of a request with its lexicon value unchanged: "kindly" opening a
  /// clause or after "please", "to", "sir" ("kindly share the invoice") or a greeting ("good morning", "good afternoon", "good evening").
  func isRequestCourtesy(_ text: TokenizedText, _ unit: Unit) -> Bool {
    let isCourtesy: Bool
    switch unit.length {
    case 1:
      // "Kindly share …", "sir, kindly refund", "request you to kindly check"; not "feel kindly toward".
      let before = unit.start - 1
      isCourtesy =
        Self.isWord(text, unit.start, in: Self.requestCourtesies)
        && (before < 0 || text.tokens[before].kind == .punct || Self.isWord(text, before, in: Self.courtesyLeads))
    case 2:
      isCourtesy =
        Self.norm(of: text, unit.start, is: "good") && Self.isWord(text, unit.start + 1, in: Self.greetingTimes)
    default:
      isCourtesy = false
    }
    return isCourtesy && hasLexiconValue(unit)
  }

  /// Whether the scored ranges (the text's sentences when `ranges` is nil) ask a question ("?"
  /// before token `questionBefore`) or make a request ("please", "pls", "kindly", "need",
  /// "request", "wondering").
  func asksOrRequests(_ text: TokenizedText, ranges: [Range<Int>]?, count: Int, questionBefore: Int) -> Bool {
    for position in 0..<count {
      let range = ranges?[position] ?? text.sentences[position].tokenRange
      for index in range {
        switch text.tokens[index].kind {
        case .punct:
          if index < questionBefore, text.withNorm(of: text.tokens[index], { $0.contains(UInt8(ascii: "?")) }) {
            return true
          }
        case .word:
          if Self.isWord(text, index, in: Self.requestMarkers) { return true }
        default:
          break
        }
      }
    }
    return false
  }

  /// Zeroes the bare thanks of the sentence `range` when it is a short sign-off (at most
  /// `signOffWords` words) after a sentence that asked a question (the caller checks that, one
  /// earlier sentence at a time: `holdsQuestionMark`): "Could you check and let me know? Thanks,
  /// Lauren", "… is there an option to pay in instalments? Thanks, Marcus" (review h66b: enquiries
  /// by e-mail close with thanks for the answer they ask for, which `asksOrRequests` cancels only
  /// in a text with no other opinion). A thanks in the question's own sentence, or in a longer
  /// sentence ("Thank you so much for sorting it all out"), keeps its value.
  mutating func applyThanksAfterQuestion(_ text: TokenizedText, range: Range<Int>, explain: Bool) {
    var words = 0
    for index in range where text.tokens[index].kind == .word {
      words += 1
      if words > Self.signOffWords { return }
    }
    for index in units.indices where units[index].kind == .valence && units[index].value > 0 {
      guard isBareThanks(text, units[index]) else { continue }
      units[index].value = 0
      if explain { rules[index].append(.thanksAfterQuestion) }
    }
  }

  /// Whether tokens `range` of `text` hold a "?".
  func holdsQuestionMark(_ text: TokenizedText, _ range: Range<Int>) -> Bool {
    range.contains { Self.asksQuestion(text, $0) }
  }

  /// The most words of a sign-off whose thanks follows a question ("Many thanks, Mrs E.").
  static let signOffWords = 5

  /// Courtesies of a request, and the times of day of a greeting (`RuleTriggers.requestCourtesies`
  /// lists both).
  static let requestCourtesyWords = ["kindly"]
  static let greetingTimeWords = ["morning", "afternoon", "evening"]
  private static let requestCourtesies = ShortWords(requestCourtesyWords)
  private static let greetingTimes = ShortWords(greetingTimeWords)
  /// Words before a request's "kindly".
  private static let courtesyLeads: ShortWords = ["please", "pls", "plz", "to", "sir", "madam", "you", "team"]
  /// Words that make a request without "please": "I need an invoice with my company name. Thanks",
  /// "I am writing to request a copy", "I was wondering if …" (review h60e).
  private static let requestMarkers: ShortWords = [
    "please", "pls", "plz", "plss", "plse", "pl", "kindly", "need", "request", "requesting", "wondering",
  ]
}
