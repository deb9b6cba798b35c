import Tokenization

/// The default profile's rule 11 (see `FeedbackRules.swift` for the list): a positive term in scare
/// quotes.
extension DefaultProfileScorer {
  // MARK: Rule 11

  /// Positive terms in scare quotes say nothing good: the writer quotes the company's word to
  /// doubt it ('a "free" checking account', 'wire transfer "in progress" for 5 days', 'the
  /// "unlimited" plan'). A positive term inside a quoted span (double quotes, or single quotes that
  /// quote rather than end a possessive) of at most `scareQuoteWords` words contributes nothing.
  mutating func applyScareQuotes(_ text: TokenizedText, explain: Bool) {
    for index in units.indices where units[index].kind == .valence && units[index].value > 0 {
      let unit = units[index]
      guard
        isQuoted(text, from: unit.start, to: unit.start + unit.length)
          || isReportedSpeech(text, from: unit.start, to: unit.start + unit.length)
      else { continue }
      units[index].value = 0
      if explain { rules[index].append(.scareQuotes) }
    }
  }

  /// The most words a span in scare quotes has.
  private static let scareQuoteWords = 3

  /// Whether tokens `from..<to` stand inside quotation marks of one family (`quoteMark`) with at
  /// most `scareQuoteWords` words between them, and nothing else but words.
  func isQuoted(_ text: TokenizedText, from: Int, to: Int) -> Bool {
    let tokens = text.tokens
    func isWord(_ index: Int) -> Bool { tokens[index].kind == .word || tokens[index].kind == .number }
    guard to - from <= Self.scareQuoteWords else { return false }
    var words = 0
    for token in from..<to {
      guard isWord(token) else { return false }
      words += 1
    }
    // Both walks stop as soon as the span is too long to be a scare quote (a long text of words
    // costs no more than a short one).
    var before = from - 1
    while before >= 0, words <= Self.scareQuoteWords, isWord(before) {
      words += 1
      before -= 1
    }
    guard before >= 0, words <= Self.scareQuoteWords, let opening = quoteMark(text, before, opening: true) else {
      return false
    }
    var after = to
    while after < tokens.count, words <= Self.scareQuoteWords, isWord(after) {
      words += 1
      after += 1
    }
    guard after < tokens.count, words <= Self.scareQuoteWords, let closing = quoteMark(text, after, opening: false),
      opening == closing
    else { return false }
    return opening == .double || singleQuotesQuote(text, opening: before, closing: after)
  }

  /// Whether single quotes at tokens `opening` and `closing` quote rather than stand for
  /// apostrophes ("the customers' 'favourite'"): a quotation opens after a gap and hugs its first
  /// word, and closes hugging its last word, before a gap or punctuation.
  private func singleQuotesQuote(_ text: TokenizedText, opening: Int, closing: Int) -> Bool {
    let tokens = text.tokens
    let opensAfterGap = opening == 0 || !adjacent(tokens[opening - 1], tokens[opening])
    let closesBeforeGap =
      closing + 1 == tokens.count || !adjacent(tokens[closing], tokens[closing + 1])
      || tokens[closing + 1].kind == .punct
    return opensAfterGap && adjacent(tokens[opening], tokens[opening + 1])
      && adjacent(tokens[closing - 1], tokens[closing]) && closesBeforeGap
  }

  /// The most words of a quotation of someone else's words (`isReportedSpeech`).
  static let reportedSpeechWords = 16

  /// Whether tokens `from..<to` stand inside a quotation of someone else's words: quotation marks
  /// of one family with at most `reportedSpeechWords` words between them, the opening mark within
  /// two words after a word of saying or writing (`reportingWords`: "said", "replied", "message",
  /// "automated" …). A single quote must quote (hug the first word after a gap, and the last word
  /// before a gap or punctuation), not stand for an apostrophe.
  func isReportedSpeech(_ text: TokenizedText, from: Int, to: Int) -> Bool {
    let tokens = text.tokens
    var words = 0
    var opening = from - 1
    var family: QuoteFamily?
    while opening >= 0, words <= Self.reportedSpeechWords {
      if let mark = quoteMark(text, opening, opening: true) {
        family = mark
        break
      }
      if tokens[opening].kind == .word { words += 1 }
      opening -= 1
    }
    guard let family, opening >= 0 else { return false }
    // A word of saying within two words before the opening mark.
    var cue = false
    var back = opening - 1
    var seen = 0
    while back >= 0, seen < 2, !cue {
      if tokens[back].kind == .word {
        cue = Self.isWord(text, back, in: Self.reportingWords)
        seen += 1
      }
      back -= 1
    }
    guard cue else { return false }
    var closing = to
    while closing < tokens.count, words <= Self.reportedSpeechWords {
      if quoteMark(text, closing, opening: false) == family { break }
      if tokens[closing].kind == .word { words += 1 }
      closing += 1
    }
    guard closing < tokens.count, words <= Self.reportedSpeechWords else { return false }
    // Double quotes hug the quoted words too; single ones must not be apostrophes.
    return family == .double
      ? adjacent(tokens[opening], tokens[opening + 1]) && adjacent(tokens[closing - 1], tokens[closing])
      : singleQuotesQuote(text, opening: opening, closing: closing)
  }

  /// Words of saying or writing before a quotation of someone else's words.
  private static let reportingWords: ShortWords = [
    "said", "says", "say", "saying", "replied", "reply", "replies", "response", "responded", "message", "messages",
    "email", "emails", "text", "letter", "wrote", "writes", "stated", "states", "told", "automated", "template",
    "answer", "answered", "claimed", "claims", "promised",
  ]

  /// The two families of quotation marks rule 11 reads.
  private enum QuoteFamily { case double, single }

  /// Whether a text may hold a quotation (`quoteMark`): an ASCII text only when it has two
  /// punctuation tokens `"` or `'` (an opening and a closing mark; an apostrophe inside a word, as
  /// in "don't", is none), any other text always (“ „ « » ” ‘ ’ are not looked for). Most texts have
  /// none, and their sentences skip `applyScareQuotes`. `marks` are the text's (`TextMarks`).
  static func mayHoldQuotes(_ text: TokenizedText, marks: TextMarks) -> Bool {
    guard text.isASCII else { return true }
    // Most texts have neither character: their marks rule them out before the tokens are read.
    guard marks.contains(.quote) else { return false }
    return text.normBytes.withUnsafeBufferPointer { norms in
      var marks = 0
      for token in text.tokens where token.kind == .punct && token.normRange.count == 1 {
        let byte = norms[token.normRange.lowerBound]
        guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") else { continue }
        marks += 1
        if marks == 2 { return true }
      }
      return false
    }
  }

  /// The family of quotation mark token `token` is, if it is one: double (`"` either way, “ „ «
  /// opening, ” » closing) or single (`'` either way, ‘ opening, ’ closing).
  private func quoteMark(_ text: TokenizedText, _ token: Int, opening: Bool) -> QuoteFamily? {
    guard text.tokens[token].kind == .punct else { return nil }
    return text.withNorm(of: text.tokens[token]) { norm -> QuoteFamily? in
      if norm.count == 1 {
        if norm[0] == UInt8(ascii: "\"") { return .double }
        return norm[0] == UInt8(ascii: "'") ? .single : nil
      }
      if norm.count == 2, norm[0] == 0xC2 { return norm[1] == (opening ? 0xAB : 0xBB) ? .double : nil }  // « »
      guard norm.count == 3, norm[0] == 0xE2, norm[1] == 0x80 else { return nil }
      switch norm[2] {
      case 0x9C: return .double  // “ (also closing, as some keyboards type it)
      case 0x9E: return opening ? .double : nil  // „
      case 0x9D: return opening ? nil : .double  // ”
      case 0x98: return opening ? .single : nil  // ‘
      case 0x99: return opening ? nil : .single  // ’
      default: return nil
      }
    }
  }
}
