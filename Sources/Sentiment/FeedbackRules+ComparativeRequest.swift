import Tokenization

/// The default profile's rule 52 (see `FeedbackRules.swift` for the list): a comparative alone.
extension DefaultProfileScorer {
  /// Most tokens of a text that rule 52 reads: a comparative of two words ("more helpful"), three
  /// words after it and a closing mark. A longer text skips the rule at once.
  static let comparativeRequestTokens = 6

  /// Rule 52: whether the positive term at unit `position` is a comparative that, with one to
  /// three words after it, is the whole of a one-sentence answer: "Better communication", "Faster
  /// delivery times", "More helpful staff", "Cheaper prices please". Such an answer names what is
  /// asked for, as "More staff" and "Lower prices" do (they have no term), so the comparative
  /// counts nothing. The comparative (`comparativeStart`: a one-word term in "-er" or "more" + a
  /// term) must open the text; no other positive term may be in it (an expected outcome, which
  /// counts only when negated, is none: "Faster response times"; a negative term names what is asked
  /// about and keeps its score: "Quicker response time"); and no word after it may make it a
  /// statement (`statementWords`: "Better than expected", "Much better now", "Better every time",
  /// "Better days ahead").
  func isComparativeRequest(_ text: TokenizedText, at position: Int) -> Bool {
    guard text.sentences.count <= 1, let start = comparativeStart(text, at: position),
      let firstWord = text.tokens.firstIndex(where: { $0.kind == .word }), units[start].start == firstWord
    else { return false }
    // The words after the comparative's own word, in its term too ("more helpful staff" is one
    // term of the lexicon, "helpful staff").
    var words = 0
    for index in (units[position].start + 1)..<text.tokens.count {
      switch text.tokens[index].kind {
      case .word:
        if Self.isWord(text, index, in: Self.statementWords) { return false }
        words += 1
      case .punct:
        continue
      default:
        return false
      }
    }
    guard (1...3).contains(words) else { return false }
    // Another positive term is another opinion; an expected outcome that counts only when negated
    // ("response" of "Faster response times") is none, and a negative term names what the request is
    // about and keeps its own score ("Quicker response time", "response time" −0.6; FFT comments 55).
    return !units.indices.contains {
      $0 != position && units[$0].kind == .valence
        && !(units[$0].entry >= 0
          && (tables.countsOnlyNegated(entry: units[$0].entry) || tables.entries[Int(units[$0].entry)].valence < 0))
    }
  }

  /// Words after a comparative that make a statement of it rather than a request: a comparison,
  /// a time, a verb of being, a degree, a feeling's object ("Better than expected", "Faster now",
  /// "Cheaper every week", "Better days ahead", "Better known", "Happier with the service").
  private static let statementWords: ShortWords = [
    "than", "now", "already", "ever", "still", "today", "yet", "overall", "is", "are", "was", "were", "be", "been",
    "am", "every", "each", "all", "much", "day", "days", "ahead", "late", "never", "tonight", "tomorrow",
    "this", "known", "off", "half", "luck", "lately", "recently", "since", "after", "before", "again", "too", "with",
    "about",
  ]
}
