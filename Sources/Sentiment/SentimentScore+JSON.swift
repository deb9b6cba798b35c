public import VerbatimCore

extension JSONWriter {
  /// Writes `"sentiment": {"label", "compound", "pos", "neu", "neg"}` (the `score` contract), at full
  /// precision.
  public mutating func sentimentMember(_ score: SentimentScore) {
    key("sentiment")
    beginObject()
    key("label")
    string(score.label.rawValue)
    key("compound")
    number(score.compound)
    key("pos")
    number(score.pos)
    key("neu")
    number(score.neu)
    key("neg")
    number(score.neg)
    endObject()
  }
}
