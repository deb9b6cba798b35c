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
      evidenceMember(match.evidence)
      endObject()
    }
    endArray()
  }

  /// Writes `"withheld": [{"code", "label", "reason", "detail", "by"?: [codes],
  /// "exclusion"?: {"number", "rule", "evidence"}, "evidence"}]`: the tags whose rules held but that
  /// the tagger did not assign (`Tagger.explain`). `reason` is `excluded`, `min-evidence`,
  /// `more-specific` or `longest-match`; `by` names the tags that won (the last two reasons).
  public mutating func withheldMember(_ withheld: [WithheldTag]) {
    key("withheld")
    beginArray()
    for tag in withheld {
      beginObject()
      key("code")
      string(tag.code)
      key("label")
      string(tag.label)
      key("reason")
      string(tag.reason.name)
      key("detail")
      string(tag.reason.detail)
      switch tag.reason {
      case .moreSpecific(let codes), .longestMatch(let codes):
        key("by")
        beginArray()
        for code in codes { string(code) }
        endArray()
      case .excluded(let position, let rule, let evidence):
        key("exclusion")
        beginObject()
        key("number")
        number(position)
        key("rule")
        string(rule)
        evidenceMember(evidence)
        endObject()
      case .tooFewMentions:
        break
      }
      evidenceMember(tag.evidence)
      endObject()
    }
    endArray()
  }

  private mutating func evidenceMember(_ evidence: [Evidence]) {
    key("evidence")
    beginArray()
    for item in evidence {
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
  }
}
