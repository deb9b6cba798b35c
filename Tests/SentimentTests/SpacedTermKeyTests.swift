import Testing

@testable import Sentiment

/// Lower-case terms (several words, apostrophes and hyphens between letters) are split without the
/// tokenizer at start-up: the keys must be those the tokenizer gives.
struct SpacedTermKeyTests {
  @Test func spacedLowercaseTermsAreTheirTokens() throws {
    let normalizer = try TermNormalizer()
    var terms: [String] = []
    for name in SentimentModel.shippedValenceFiles {
      let file = try DataFile.embedded(name)
      terms += try LexiconParser.parse(file.contents, name: name, format: .verbatim).map(\.term)
    }
    // Letter pairs an emoticon scanner could look at ("xd", "xp", "o o"), and the spaces around.
    terms += ["xd xp", "o o", "b d", "x x x", "www com", "http www", "xo xo", " a b", "a b ", "a  b", "a\tb"]
    // Apostrophes and hyphens between letters, and next to one letter (an emoticon's eye).
    terms += [
      "can't", "rock'n'roll", "they'd've", "top-notch", "won't-do", "xp-xs", "bo'xp", "foo-xp", "top-down",
      "so-so", "x-p", "x-ray", "top x-p", "o'clock", "y'all", "a-d", "top-x", "top-x-p", "box-o", "b-o", "x'mas",
      "can't-", "-top", "top--notch", "top-'s", "'tis", "goin'", "a'b", "ab'c-de", "www-com", "http-www",
    ]
    var compared = 0
    for term in terms {
      guard let words = TermNormalizer.spacedLowercaseWords(term.utf8) else { continue }
      #expect(words == (try normalizer.tokenizedKeys(of: term)), "\(term)")
      compared += 1
    }
    #expect(compared > 3400)
    #expect(TermNormalizer.spacedLowercaseWords(" a b".utf8) == nil)
    #expect(TermNormalizer.spacedLowercaseWords("a  b".utf8) == nil)
    #expect(TermNormalizer.spacedLowercaseWords("a b ".utf8) == nil)
  }
}
