import Tokenization

/// The default profile's rule 38 (see `FeedbackRules.swift` for the list): a price quoted as the
/// complaint.
extension DefaultProfileScorer {
  // MARK: Rule 38

  /// `Unit.entry` of the amount of a quoted price (rule 38); not an index into the valence entries.
  static let priceQuoteEntry: Int32 = -14

  /// "£9 for popcorn.", "$200 for some rhinestones?", "€75 just to walk through the door" (QA review
  /// 27: prices stated as the whole complaint scored neutral). A sentence, or a stretch after a
  /// full stop, "!" or "?" within one, that opens with a currency sign and an amount, then "for",
  /// "to" or "just", and up to its end holds no other term of valence or negator: the amount
  /// scores `SentimentParameters.priceQuoteValence`. Praise of the price ("£9 for a huge pizza, bargain")
  /// has its own terms and is left to them.
  mutating func markPriceQuote(_ text: TokenizedText, range: Range<Int>) {
    guard range.count >= 3 else { return }
    // ICU keeps "Long film. £9 for popcorn." as one sentence (no capital after the stop): a quote
    // may also open after a full stop, "!" or "?" inside it.
    var sign = range.lowerBound
    while sign + 2 < range.upperBound {
      // The sign first: most tokens fail its kind test without reading a norm.
      if isCurrencySign(text, sign) && opensStretch(text, at: sign, sentenceStart: range.lowerBound) {
        markPriceQuote(text, sign: sign, end: range.upperBound)
      }
      sign += 1
    }
  }

  /// Marks the amount after the currency sign at `sign` when "for", "to" or "just" follows it and
  /// its stretch (up to the next full stop, "!" or "?") holds no term of valence or negator.
  private mutating func markPriceQuote(_ text: TokenizedText, sign: Int, end: Int) {
    let amount = sign + 1
    guard text.tokens[amount].kind == .number, Self.isWord(text, amount + 1, in: Self.priceQuoteLinks) else {
      return
    }
    let stop = (amount..<end).first { isTerminalPunctuation(text, $0) } ?? end
    guard
      !units.contains(where: {
        ($0.kind == .valence || $0.kind == .negator) && $0.start >= sign && $0.start < stop
      }),
      let unit = unitIndex(startingAt: amount), units[unit].length == 1, units[unit].kind == .neutral
    else { return }
    units[unit].kind = .valence
    units[unit].entry = Self.priceQuoteEntry
  }

  /// Whether token `index` opens its sentence or a stretch after a full stop, "!" or "?", leading
  /// mentions aside: "@Odeon £9 for popcorn." is a tweet to the brand (QA review 36, F19; mentions
  /// are never scored).
  private func opensStretch(_ text: TokenizedText, at index: Int, sentenceStart: Int) -> Bool {
    var first = index
    while first > sentenceStart && text.tokens[first - 1].kind == .mention { first -= 1 }
    return first == sentenceStart || isTerminalPunctuation(text, first - 1)
  }

  /// A token that is only ".", "!" or "?" marks (the end of a stretch).
  private func isTerminalPunctuation(_ text: TokenizedText, _ token: Int) -> Bool {
    guard text.tokens[token].kind == .punct else { return false }
    return text.withNorm(of: text.tokens[token]) { norm in
      !norm.isEmpty
        && norm.allSatisfy { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?") }
    }
  }

  /// "£", "$", "€" or "¥" alone as a token.
  func isCurrencySign(_ text: TokenizedText, _ token: Int) -> Bool {
    guard text.tokens[token].kind == .punct else { return false }
    return text.withNorm(of: text.tokens[token]) { norm in
      (norm.count == 1 && norm[0] == UInt8(ascii: "$"))
        || (norm.count == 2 && norm[0] == 0xC2 && (norm[1] == 0xA3 || norm[1] == 0xA5))  // £ ¥
        || (norm.count == 3 && norm[0] == 0xE2 && norm[1] == 0x82 && norm[2] == 0xAC)  // €
    }
  }

  /// What follows the amount of a quoted price: "£9 FOR popcorn", "£75 JUST to walk in", "£35 TO
  /// take a bag".
  private static let priceQuoteLinks: ShortWords = ["for", "to", "just"]
}
