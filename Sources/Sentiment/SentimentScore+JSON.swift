public import VerbatimCore

extension JSONWriter {
  /// Writes `"sentiment": {"label", "compound", "pos", "neu", "neg"}` (the `score` contract), at full
  /// precision. Names, labels and punctuation are literal fragments (`StaticString`), one append per
  /// run between the numbers: this is written for every record.
  public mutating func sentimentMember(_ score: SentimentScore) {
    key("sentiment" as StaticString)
    switch score.label {
    case .positive: fragment(#"{"label":"positive","compound":"#)
    case .neutral: fragment(#"{"label":"neutral","compound":"#)
    case .negative: fragment(#"{"label":"negative","compound":"#)
    }
    fragmentNumber(score.compound)
    fragment(#","pos":"#)
    fragmentNumber(score.pos)
    fragment(#","neu":"#)
    fragmentNumber(score.neu)
    fragment(#","neg":"#)
    fragmentNumber(score.neg)
    fragment("}", completesValue: true)
  }
}
