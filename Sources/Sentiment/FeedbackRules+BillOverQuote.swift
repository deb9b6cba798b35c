import Tokenization

/// The default profile's rule 44 (see `FeedbackRules.swift` for the list): a bill above the quote.
extension DefaultProfileScorer {
  // MARK: Rule 44

  /// `Unit.entry` of the billed amount above a quote (rule 44); not an index into the valence
  /// entries.
  static let billOverQuoteEntry: Int32 = -19

  /// "Quoted £300, the bill was £780", "estimate said $1,200 and they charged $2,000", "advertised
  /// at €40, paid €65" (QA review 44: a price above the one the customer was given, stated as two
  /// amounts, scored nothing). In one sentence, a word of quoting (`quoteWords`) with an amount (a
  /// currency sign and a number) within `amountReach` tokens after it, then a word of billing
  /// (`billWords`) with a larger amount after it: the larger amount scores
  /// `SentimentParameters.billOverQuoteValence`. A bill at or under the quote, or a negator before
  /// the bill ("never charged more than £300"), is no complaint.
  @inline(never)
  mutating func markBillOverQuote(_ text: TokenizedText, range: Range<Int>) {
    var quoted: Int?
    var index = range.lowerBound
    while index + 2 < range.upperBound {
      if quoted == nil {
        if Self.isWord(text, index, in: Self.quoteWords),
          let amount = statedAmount(text, after: index, end: range.upperBound)
        {
          quoted = amount.value
          index = amount.token
        }
      } else if let quote = quoted, Self.isWord(text, index, in: Self.billWords),
        let amount = statedAmount(text, after: index, end: range.upperBound), amount.value > quote
      {
        guard let unit = unitIndex(startingAt: amount.token), units[unit].kind == .neutral, units[unit].length == 1,
          !units[..<unit].contains(where: { $0.kind == .negator && $0.start >= range.lowerBound })
        else { return }
        units[unit].kind = .valence
        units[unit].entry = Self.billOverQuoteEntry
        return
      }
      index += 1
    }
  }

  /// The value and token of the number of an amount (a currency sign, then a number) that starts
  /// within `amountReach` tokens after token `index`; nil when none does.
  private func statedAmount(_ text: TokenizedText, after index: Int, end: Int) -> (value: Int, token: Int)? {
    var sign = index + 1
    while sign + 1 < end, sign - index <= Self.amountReach {
      if isCurrencySign(text, sign), text.tokens[sign + 1].kind == .number {
        return (Self.leadingInteger(text, text.tokens[sign + 1], skippingThousandsSeparators: true), sign + 1)
      }
      sign += 1
    }
    return nil
  }

  /// Most tokens from a word of quoting or billing to the currency sign ("the bill came to £").
  private static let amountReach = 3
  /// `quoteWords`, for `RuleTriggers.quoteWords`.
  static let quoteWordList = ["quoted", "quote", "estimate", "estimated", "advertised", "promised", "told"]
  private static let quoteWords = ShortWords(quoteWordList)
  /// Words of what the customer was made to pay.
  private static let billWords: ShortWords = [
    "bill", "billed", "charged", "charge", "paid", "paying", "pay", "invoice", "invoiced", "cost", "costs", "total",
    "came",
  ]
}
