public import VerbatimCore

extension JSONWriter {
  /// Writes `"tags": [{"code", "label", "sentiment"?: {"label", "compound"}, "implied"?: true,
  /// "evidence": [{"start", "end", "rule"}]}]` (offsets in code points).
  public mutating func tagsMember(_ matches: [TagMatch]) {
    key("tags")
    beginArray()
    for match in matches {
      beginObject()
      key("code")
      string(match.code)
      key("label")
      string(match.label)
      if let sentiment = match.sentiment {
        key("sentiment")
        beginObject()
        key("label")
        string(sentiment.label)
        key("compound")
        number(sentiment.compound)
        endObject()
      }
      if match.implied {
        key("implied")
        bool(true)
      }
      key("evidence")
      beginArray()
      for item in match.evidence {
        beginObject()
        key("start")
        number(item.start)
        key("end")
        number(item.end)
        key("rule")
        string(item.rule)
        endObject()
      }
      endArray()
      endObject()
    }
    endArray()
  }
}
