import Testing
import Tokenization

@testable import Taxonomy

/// One tagger tags text after text with the same buffers; its per-occurrence and per-token
/// indexes only grow (`Tagger.indexOccurrences`), and it empties its scratch arrays with
/// `removeAllKeepingCapacity`. What a longer text leaves in them must not reach the next text.
@Suite struct TaggerBufferReuseTests {
  /// A short text tagged after a long one (more occurrences, more tokens, longest-match claims,
  /// `NEAR` pairs across sentences) gets the tags, evidence and sentences a fresh tagger gives it.
  @Test func aTextAfterALongerOneIsTaggedAsByAFreshTagger() throws {
    let tokenizer = try Tokenizer()
    let compiled = try CompiledCodebook(
      try Fixtures.codebook([
        ("updates", ["\"without telling me\""]),
        ("overcharge", ["SENTENCE((renewed OR \"auto renewed\") AND (without ONEAR/2 telling))"]),
        ("subscription", ["renewed"]),
        ("delivery", ["delivery NEAR/3 late"]),
        ("promotion", ["\"big sale\" AND price"]), ("match", ["sale AND \"price match\""]),
      ]), tokenizer: tokenizer)
    let long = try tokenizer.tokenize(
      """
      They auto renewed without telling me and took £600 out of my account. The delivery was late, \
      late again, and the big sale price match was a joke. Renewed, renewed, renewed: delivery late.
      """)
    let reused = try Tagger(compiled)
    for short in [
      "auto renewed without telling", "delivery late", "renewed", "big sale price match", "", "nothing here",
    ] {
      // The long text fills the buffers: several tags, so occurrences, claims and NEAR pairs.
      #expect(try reused.tag(long).count >= 3)
      let text = try tokenizer.tokenize(short)
      #expect(try reused.tag(text) == (try Tagger(compiled).tag(text)), "\(short)")
    }
  }

  /// Emptied, an array keeps its storage; an empty one stays empty.
  @Test func removeAllKeepingCapacityEmptiesAndKeepsTheStorage() {
    var filled = Array(0..<100)
    let capacity = filled.capacity
    filled.removeAllKeepingCapacity()
    #expect(filled.isEmpty)
    #expect(filled.capacity == capacity)
    var empty: [Int] = []
    empty.removeAllKeepingCapacity()
    #expect(empty.isEmpty)
  }
}
