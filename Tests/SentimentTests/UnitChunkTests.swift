import Testing
import Tokenization

@testable import Sentiment

/// `DefaultProfileScorer.buildUnits` assembles a sentence's units in chunks that fit on the stack
/// (`unitChunk`); the units must not depend on the chunk: the reference is one chunk for the whole
/// sentence (the single buffer built before), compared with chunks of 1, 2, 3, 7 and `unitChunk`.
@Suite struct UnitChunkTests {
  @Test func unitsDoNotDependOnTheChunk() throws {
    let tokenizer = try Tokenizer()
    var scorer = DefaultProfileScorer(model: try SentimentModel.shipped())
    let sentences = [
      "the agent was not very helpful and i would never ever recommend them, but the food was great "
        + "and the staff were lovely even though the delivery took way too long and nobody called me back "
        + "about the refund i was promised three weeks ago which is still not here @support #fail :( 2/10",
      "great", "", "not good not bad but ok i guess and fine thanks",
    ]
    for sentence in sentences {
      let text = try tokenizer.tokenize(sentence)
      _ = scorer.score(text, sentences: nil, explain: false)
      let range = 0..<text.tokens.count
      func units(chunk: Int) -> [String] {
        var built: [DefaultProfileScorer.Unit] = []
        _ = scorer.buildUnits(text, range: range, ids: scorer.ids, replacing: &built, chunk: chunk)
        return built.map { "\($0.kind) \($0.start) \($0.length) \($0.entry)" }
      }
      let whole = units(chunk: max(1, text.tokens.count))
      #expect(text.tokens.count < 30 || whole.count > DefaultProfileScorer.unitChunk, "a sentence of several chunks")
      for chunk in [1, 2, 3, 7, DefaultProfileScorer.unitChunk] {
        #expect(units(chunk: chunk) == whole, "chunk \(chunk): \(sentence)")
      }
    }
  }
}
