import Testing

@testable import Sentiment

/// vaderSentiment tests `"n't" in word` on code points; a combining mark after the "t" (one
/// Swift Character with it) must not hide the contraction. vaderSentiment 3.3.2 scores
/// "The food isn't\u{301} good" −0.3412, as it scores "The food isn't good".
@Test func contractionIsFoundByCodePoints() {
  #expect(VaderProfileScorer.containsContraction("isn't\u{301}"))
  #expect(VaderProfileScorer.containsContraction("don't\u{FE0F}"))
  #expect(VaderProfileScorer.containsContraction("isn't"))
  #expect(!VaderProfileScorer.containsContraction("isnt"))
  #expect(!VaderProfileScorer.containsContraction("n'"))
}
