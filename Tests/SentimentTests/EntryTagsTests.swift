import Testing

@testable import Sentiment

/// `EntryTags(tagBytes:)`, which the lexicon parser uses for an ASCII tag, must set what
/// `EntryTags(lexiconTags:)` (the String comparison, the reference) sets for the same tag.
@Suite struct EntryTagsTests {
  @Test func bytesAgreeWithStrings() {
    let tags =
      EntryTags.named.map(\.tag) + [
        "domain=service", "type=phrase", "negation=kee", "negation=keeps", "tone=tear", "tone=Tears", "=", "a=b",
        "contrast=before", "frame=balance ", "",
      ]
    for tag in tags {
      let bytes = Array(tag.utf8)
      let fromBytes = bytes.withUnsafeBufferPointer { EntryTags(tagBytes: $0) }
      #expect(fromBytes == EntryTags(lexiconTags: [tag]), "\(tag)")
    }
    #expect(EntryTags.named.count == 8)
    #expect(Set(EntryTags.named.map(\.tags.rawValue)).count == 8)
  }

  /// A lexicon line's tags reach its entry, in either tag column.
  @Test func parsedLinesKeepTheirTags() throws {
    let lines = try LexiconParser.parse(
      "ok\t0.5\t0.2\ttone=lukewarm;domain=service\nlol\t1.2\ttone=laughter contrast=after\nmeh\t-0.3\n",
      name: "t.tsv", format: .verbatim)
    #expect(lines.map(\.tags) == [[.isLukewarm], [.isLaughter, .opensContrast], []])
  }
}
