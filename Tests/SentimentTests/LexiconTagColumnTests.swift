import Testing

@testable import Sentiment

/// A tag column that repeats the line before's is read from the last one (`BytewiseLexicon`'s
/// `lastTags`): the same tags, and a column with a problem is warned about on every line it is on,
/// as each line is read alone (the reference: one line per parse).
struct LexiconTagColumnTests {
  private let lines = [
    "a\t1\t\tnegation=keep", "b\t1\t\tnegation=keep", "c\t1\t0.5\tnegation=keep;tone=lukewarm",
    "d\t1\t0.5\tnegation=keep;tone=lukewarm", "e\t1\tnegation=only", "f\t1\t\tnegation=only", "g\t1\t\tnegaton=keep",
    "h\t1\t\tnegaton=keep", "i\t1\t\tdomain=service", "j\t1\t\tdomain=service", "k\t1", "l\t1\t\tnegation=keep",
  ]

  @Test func repeatedTagColumnsReadAsEachLineAlone() throws {
    var warnings: [LexiconWarning] = []
    let parsed = try LexiconParser.parse(
      lines.joined(separator: "\n"), name: "pack.tsv", format: .verbatim, warnings: &warnings)
    var alone: [EntryTags] = []
    var aloneWarnings: [String] = []
    for line in lines {
      var found: [LexiconWarning] = []
      alone += try LexiconParser.parse(line, name: "pack.tsv", format: .verbatim, warnings: &found).map(\.tags)
      aloneWarnings += found.map(\.message)
    }
    #expect(parsed.map(\.tags) == alone)
    #expect(warnings.map(\.message) == aloneWarnings)
    // "negaton" is one letter from "negation": a warning on each of its two lines (7 and 8).
    #expect(warnings.map(\.line) == [7, 8])
    #expect(parsed[1].tags == [.keepsSignWhenNegated])
    #expect(parsed[3].tags == [.keepsSignWhenNegated, .isLukewarm])
    #expect(parsed[5].tags == [.countsOnlyNegated])
    #expect(parsed[7].tags == [])
    #expect(parsed[11].tags == [.keepsSignWhenNegated])
  }
}
