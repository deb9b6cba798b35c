import Testing

@testable import Tokenization

/// The sentence passes that take the text's first full stop from `Tokenizer.firstFullStop` (found
/// once per text) give what they give when they search from the start themselves.
struct FirstFullStopTests {
  static let texts =
    OffsetInvariantTests.mixedCorpus + [
      "", ".", "..", "a.b", "no stop here", "Great service.Never again", "rooms etc. were lovely. lol ok",
      "ok. fine. great! why? yes.", "e.g.The end", "  trailing spaces.  ", "Mr. Smith. he left.", "3. then",
      ".leading stop", "wait... what.Really", "sure.\nnext line. ok",
    ]

  @Test func passesMatchTheirOwnSearch() {
    for text in Self.texts {
      let bytes = Array(text.utf8)
      bytes.withUnsafeBufferPointer { buffer in
        let firstStop = Tokenizer.firstFullStop(buffer)
        #expect(firstStop == (bytes.firstIndex(of: 0x2E) ?? bytes.count), "\(text)")
        #expect(
          RunOnSentences.mayOccur(in: buffer, firstStop: firstStop) == RunOnSentences.mayOccur(in: buffer), "\(text)")
        var shared: [Int32] = []
        var own: [Int32] = []
        LowercaseSentenceStarts.breaks(buffer, firstStop: firstStop, into: &shared)
        LowercaseSentenceStarts.breaks(buffer, into: &own)
        #expect(shared == own, "\(text)")
        if bytes.allSatisfy({ $0 < 0x80 }) {
          #expect(
            Tokenizer.isSingleASCIISentence(buffer, firstStop: firstStop) == Tokenizer.isSingleASCIISentence(buffer),
            "\(text)")
        }
      }
    }
  }
}
