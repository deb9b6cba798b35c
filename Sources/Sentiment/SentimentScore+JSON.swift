public import VerbatimCore

extension JSONWriter {
  /// Writes `"sentiment": {"label", "compound", "pos", "neu", "neg"}` (the `score` contract), at full
  /// precision. Names, labels and punctuation are literal fragments (`StaticString`), assembled with
  /// the four numbers on the stack and appended at once: this is written for every record.
  public mutating func sentimentMember(_ score: SentimentScore) {
    // 4 numbers of at most 24 characters ("-2.2250738585072014e-308") and 65 bytes of names and punctuation.
    appendAssembled(capacity: 192) { json in
      switch score.label {
      case .positive: json.fragment(#""sentiment":{"label":"positive","compound":"#)
      case .neutral: json.fragment(#""sentiment":{"label":"neutral","compound":"#)
      case .negative: json.fragment(#""sentiment":{"label":"negative","compound":"#)
      }
      json.number(score.compound)
      json.fragment(#","pos":"#)
      json.number(score.pos)
      json.fragment(#","neu":"#)
      json.number(score.neu)
      json.fragment(#","neg":"#)
      json.number(score.neg)
      json.fragment("}")
    }
  }
}
