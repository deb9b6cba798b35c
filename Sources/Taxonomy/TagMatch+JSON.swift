public import VerbatimCore

extension JSONWriter {
  /// Writes `"tags": [{"code", "label", "sentiment"?: {"label", "compound"}, "implied"?: true,
  /// "evidence": [{"start", "end", "rule"}]}]` (offsets in code points). Member names are written
  /// as `StaticString`s: as `String`s each was copied and scanned for escapes (300 instructions a
  /// name, 14M on the VADER texts' `code`).
  public mutating func tagsMember(_ matches: [TagMatch]) {
    // Most records have no tag: their member is one literal fragment, appended at once.
    guard !matches.isEmpty else {
      appendAssembled(capacity: 16) { $0.fragment(#""tags":[]"#) }
      return
    }
    // Tags whose strings need no escape (all of the shipped codebook's): the whole member in one
    // assembled append (`TagsJSON`), not one append per name, value and bracket.
    if let capacity = TagsJSON.assembledCapacity(matches) {
      appendAssembled(capacity: capacity) { TagsJSON.assemble(matches, into: &$0) }
      return
    }
    tagsMemberPieceByPiece(matches)
  }

  /// `tagsMember(_:)` written name by name and value by value, escaping as needed: any tags.
  mutating func tagsMemberPieceByPiece(_ matches: [TagMatch]) {
    key("tags" as StaticString)
    beginArray()
    for match in matches {
      beginObject()
      key("code" as StaticString)
      string(match.code)
      key("label" as StaticString)
      string(match.label)
      if let sentiment = match.sentiment {
        key("sentiment" as StaticString)
        beginObject()
        key("label" as StaticString)
        string(sentiment.label)
        key("compound" as StaticString)
        number(sentiment.compound)
        endObject()
      }
      if match.implied {
        key("implied" as StaticString)
        bool(true)
      }
      evidenceMember(match.evidence)
      endObject()
    }
    endArray()
  }

  /// Writes `"withheld": [{"code", "label", "reason", "detail", "by"?: [codes],
  /// "exclusion"?: {"number", "rule", "evidence"}, "not"?: {"number", "rule", "evidence"},
  /// "evidence"}]`: the tags whose rules held but that the tagger did not assign, and those a
  /// rule's own `NOT` kept off (`Tagger.explain`). `reason` is `excluded`, `min-evidence`,
  /// `more-specific`, `longest-match` or `not`; `by` names the tags that won (`more-specific`,
  /// `longest-match`); `not` names the rule (its number and text) and where its `NOT` matched.
  public mutating func withheldMember(_ withheld: [WithheldTag]) {
    key("withheld" as StaticString)
    beginArray()
    for tag in withheld {
      beginObject()
      key("code" as StaticString)
      string(tag.code)
      key("label" as StaticString)
      string(tag.label)
      key("reason" as StaticString)
      string(tag.reason.name)
      key("detail" as StaticString)
      string(tag.reason.detail)
      switch tag.reason {
      case .moreSpecific(let codes), .fallback(let codes), .longestMatch(let codes):
        key("by" as StaticString)
        beginArray()
        for code in codes { string(code) }
        endArray()
      case .excluded(let position, let rule, let evidence):
        key("exclusion" as StaticString)
        beginObject()
        key("number" as StaticString)
        number(position)
        key("rule" as StaticString)
        string(rule)
        evidenceMember(evidence)
        endObject()
      case .negated(let rule, let text, let evidence):
        key("not" as StaticString)
        beginObject()
        key("number" as StaticString)
        number(rule)
        key("rule" as StaticString)
        string(text)
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
    key("evidence" as StaticString)
    beginArray()
    for item in evidence {
      beginObject()
      key("start" as StaticString)
      number(item.start)
      key("end" as StaticString)
      number(item.end)
      key("rule" as StaticString)
      string(item.rule)
      endObject()
    }
    endArray()
  }
}
