import Testing
import VerbatimCore

@testable import Taxonomy

/// `TagsJSON`, the tags member assembled in one buffer, against the member written piece by piece.
@Suite struct TagsJSONTests {
  static func match(
    code: String, label: String, sentiment: AspectSentiment?, implied: Bool = false, evidence: [Evidence]
  ) -> TagMatch {
    var match = TagMatch(
      tagIndex: 0, code: code, label: label, evidence: evidence, sentences: [0], implied: implied)
    match.sentiment = sentiment
    return match
  }

  static func written(_ matches: [TagMatch], pieceByPiece: Bool) -> String {
    var writer = JSONWriter()
    writer.beginObject()
    writer.key("id")
    writer.number(1)
    if pieceByPiece { writer.tagsMemberPieceByPiece(matches) } else { writer.tagsMember(matches) }
    writer.endObject()
    return writer.string
  }

  @Test func assembledTagsAreTheTagsWrittenPieceByPiece() {
    let long = String(repeating: "Très long libellé ", count: 20)
    let cases: [[TagMatch]] = [
      [Self.match(code: "DELIVERY", label: "Delivery", sentiment: nil, evidence: [])],
      [
        Self.match(
          code: "DELIVERY.LATE", label: "Late delivery",
          sentiment: AspectSentiment(label: "negative", compound: -0.4404),
          evidence: [
            Evidence(start: 0, end: 8, rule: "DELIVERY.LATE#1"), Evidence(start: 12, end: 1_234_567, rule: "x"),
          ]),
        Self.match(
          code: "DELIVERY", label: long, sentiment: AspectSentiment(label: "neutral", compound: 0), implied: true,
          evidence: [Evidence(start: -3, end: Int.max, rule: "DELIVERY.LATE#1")]),
        Self.match(
          code: "PRICE", label: "Prix — 💶", sentiment: AspectSentiment(label: "positive", compound: 1),
          evidence: [Evidence(start: 9, end: 10, rule: "PRICE#2")]),
        Self.match(
          code: "P", label: "p", sentiment: AspectSentiment(label: "positive", compound: 1e-7),
          evidence: [Evidence(start: Int.min, end: 0, rule: "P#1")]),
      ],
    ]
    for matches in cases {
      #expect(TagsJSON.assembledCapacity(matches) != nil)
      #expect(Self.written(matches, pieceByPiece: false) == Self.written(matches, pieceByPiece: true))
    }
  }

  @Test func tagsWithEscapesAreWrittenPieceByPiece() {
    let escaped = ["say \"hi\"", "back\\slash", "tab\there", "line\nbreak"]
    for text in escaped {
      let cases = [
        [Self.match(code: "C", label: text, sentiment: nil, evidence: [])],
        [Self.match(code: text, label: "L", sentiment: nil, evidence: [])],
        [Self.match(code: "C", label: "L", sentiment: nil, evidence: [Evidence(start: 0, end: 1, rule: text)])],
        [Self.match(code: "C", label: "L", sentiment: AspectSentiment(label: text, compound: 0.5), evidence: [])],
      ]
      for matches in cases {
        #expect(TagsJSON.assembledCapacity(matches) == nil)
        #expect(Self.written(matches, pieceByPiece: false) == Self.written(matches, pieceByPiece: true))
      }
    }
  }

  @Test func escapeTestAgreesWithAByteByByteTest() {
    var texts = ["", "a", "abcdefgh", "abcdefghi", "\u{7F}", "é", "\u{1F}x", String(repeating: "y", count: 23)]
    for offset in 0..<20 {
      for special in ["\"", "\\", "\u{0}", "\u{1F}", " ", "!", "]", "\u{7F}"] {
        texts.append(String(repeating: "x", count: offset) + special + String(repeating: "z", count: 20 - offset))
      }
    }
    for text in texts {
      let expected = text.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
      #expect((TagsJSON.plainCount(text) == nil) == expected, "\(text.debugDescription)")
    }
  }
}
