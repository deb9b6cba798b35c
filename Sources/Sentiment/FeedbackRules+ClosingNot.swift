import Tokenization

/// The default profile's rule 48 (see `FeedbackRules.swift` for the list): a closing sarcastic
/// "not" takes back the praise before it.
extension DefaultProfileScorer {
  // MARK: Rule 48

  /// Rule 48: the token before which a closing sarcastic "not" reverses the praise of the sentence
  /// `range`, or nil when there is none.
  ///
  /// The "not" stands alone at the end: after a comma, full stop, ellipsis, dash, colon, semicolon
  /// or opening parenthesis, followed by nothing but ".", "!" and ")" ("Great service... not", "Best
  /// airline ever -- not.", "Great service — NOT!", "Great service (not)"), in `range` itself (the result is the "not"'s token: the praise
  /// before it is reversed), or as the whole next sentence `next` ("Great service. NOT!", "Loved
  /// the 2 hour wait. Not."; the result is the end of `range`). A "not" after a word ("whether you
  /// like it or not", "maybe not", "why not?", "if not", "hopefully not") is no closing "not", nor
  /// one that asks ("… or not?"), answers a question ("Will it break again? Not."), or closes
  /// nothing ("Not." alone).
  func closingNotLimit(_ text: TokenizedText, range: Range<Int>, next: Range<Int>?) -> Int? {
    // The sentence's closing marks: "." and "!" only (a question is no statement to take back).
    var last = range.upperBound - 1
    while last >= range.lowerBound && text.tokens[last].kind == .punct {
      guard isClosingMark(text, last) else { return nil }
      last -= 1
    }
    guard last > range.lowerBound else { return nil }
    if isNot(text, last) {
      let before = last - 1
      return text.tokens[before].kind == .punct && isLeadMark(text, before) && before > range.lowerBound ? last : nil
    }
    // The next sentence is "not" and closing marks alone, right after this one.
    guard last < range.upperBound - 1, let next, next.lowerBound == range.upperBound, !next.isEmpty,
      next.upperBound <= text.tokens.count, isNot(text, next.lowerBound),
      next.dropFirst().allSatisfy({ text.tokens[$0].kind == .punct && isClosingMark(text, $0) })
    else { return nil }
    return range.upperBound
  }

  /// Rule 48: each positive term of the sentence before token `limit` is negated by the closing
  /// "not", as a negator before it would negate it (× `SentimentParameters.negationScalar`: "Great
  /// service... not" is "not great service"). Negative terms keep their value: "Loved the 2 hour
  /// wait. NOT!" takes back "loved", and the wait stays a complaint.
  mutating func applyClosingNot(before limit: Int, explain: Bool) {
    let factor = parameters.negationScalar
    for index in units.indices where units[index].start < limit {
      guard units[index].kind == .valence, units[index].value > 0 else { continue }
      units[index].value *= factor
      units[index].isNegated = true
      if explain { rules[index].append(.closingNot(factor: factor)) }
    }
  }

  /// Whether token `index` is the word "not" (in any case: the norm is case-folded).
  private func isNot(_ text: TokenizedText, _ index: Int) -> Bool {
    text.tokens[index].kind == .word && Self.norm(of: text, index, is: "not")
  }

  /// Whether token `index` is ".", "!" or ")" (an ellipsis is tokenized as its dots; "…" is "..."
  /// once normalised; "Great service (not)").
  private func isClosingMark(_ text: TokenizedText, _ index: Int) -> Bool {
    text.withNorm(of: text.tokens[index]) { norm in
      !norm.isEmpty
        && norm.allSatisfy { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: ")") }
    }
  }

  /// Whether token `index` is a mark a closing "not" may follow: ",", ".", "!", "-", ":", ";", "(",
  /// or a dash ("—", "–").
  private func isLeadMark(_ text: TokenizedText, _ index: Int) -> Bool {
    text.withNorm(of: text.tokens[index]) { norm in
      if norm.count == 1 {
        let byte = norm[0]
        return byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!")
          || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ";")
          || byte == UInt8(ascii: "(")
      }
      // U+2014 em dash, U+2013 en dash.
      return norm.count == 3 && norm[0] == 0xE2 && norm[1] == 0x80 && (norm[2] == 0x94 || norm[2] == 0x93)
    }
  }
}
