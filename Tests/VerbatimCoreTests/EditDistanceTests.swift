import Testing
import VerbatimCore

/// Levenshtein distances of textbook pairs (the "kitten"/"sitting" example of Wikipedia's
/// "Levenshtein distance" article, 3; "flaw"/"lawn", 2), of Unicode scalars, and of empty strings.
struct EditDistanceTests {
  @Test func textbookPairs() {
    #expect(EditDistance.levenshtein("kitten", "sitting") == 3)
    #expect(EditDistance.levenshtein("flaw", "lawn") == 2)
    #expect(EditDistance.levenshtein("", "abc") == 3)
    #expect(EditDistance.levenshtein("wifi", "") == 4)
    #expect(EditDistance.levenshtein("same", "same") == 0)
    // One scalar each: "é" precomposed against "e" is one substitution.
    #expect(EditDistance.levenshtein("caf\u{E9}", "cafe") == 1)
  }
}
