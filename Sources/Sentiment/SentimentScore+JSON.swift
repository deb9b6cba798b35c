public import VerbatimCore

extension JSONWriter {
  /// Writes `"sentiment": {"label", "compound", "pos", "neu", "neg"}` (the `score` contract), at full
  /// precision. Names and labels are literals (`StaticString`): no String per record.
  public mutating func sentimentMember(_ score: SentimentScore) {
    key("sentiment" as StaticString)
    beginObject()
    key("label" as StaticString)
    switch score.label {
    case .positive: string("positive" as StaticString)
    case .neutral: string("neutral" as StaticString)
    case .negative: string("negative" as StaticString)
    }
    key("compound" as StaticString)
    number(score.compound)
    key("pos" as StaticString)
    number(score.pos)
    key("neu" as StaticString)
    number(score.neu)
    key("neg" as StaticString)
    number(score.neg)
    endObject()
  }
}
