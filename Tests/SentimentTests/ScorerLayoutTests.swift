import Testing

@testable import Sentiment

/// The default-profile scorer is copied whenever one of its mutating methods calls a non-mutating
/// helper (several times per sentence): up to 128 bytes the copy is a few moves, past that a call
/// to `memcpy`. The stored properties are ordered to stay within that.
struct ScorerLayoutTests {
  @Test func scorerFitsIn128Bytes() {
    #expect(MemoryLayout<DefaultProfileScorer>.size <= 128, "\(MemoryLayout<DefaultProfileScorer>.size) bytes")
  }
}
