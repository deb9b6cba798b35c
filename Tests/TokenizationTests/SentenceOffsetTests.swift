import Testing

@testable import Tokenization

/// A sentence of a text that is not ASCII takes its code-point offsets from its first and last
/// tokens where it starts and ends with them (`findSentences`), and counts bytes otherwise. The
/// reference is an independent count: the Unicode scalars of the UTF-8 bytes before each end of the
/// sentence's byte range, on generated mixed-script texts (sentences that start or end with white
/// space, invisible characters, emoji, marks, split words) and with the run-on split on and off.
@Suite struct SentenceOffsetTests {
  @Test func sentenceOffsetsCountTheCodePointsBeforeThem() throws {
    let tokenizers = [
      try Tokenizer(), try Tokenizer(options: TokenizerOptions(splitRunOnSentences: false)),
    ]
    var state: UInt64 = 31_337
    var mismatches: [String] = []
    var result = TokenizedText()
    for _ in 0..<20_000 {
      let text = MixedScriptFastPathTests.text(&state) + " " + MixedScriptFastPathTests.text(&state)
      let bytes = Array(text.utf8)
      for tokenizer in tokenizers {
        try tokenizer.tokenize(text, into: &result)
        for sentence in result.sentences {
          let start = String(decoding: bytes[..<sentence.utf8Range.lowerBound], as: UTF8.self).unicodeScalars.count
          let end = String(decoding: bytes[..<sentence.utf8Range.upperBound], as: UTF8.self).unicodeScalars.count
          if (sentence.start, sentence.end) != (start, end), mismatches.count < 5 {
            mismatches.append(text.debugDescription)
          }
        }
      }
    }
    #expect(mismatches.isEmpty, "sentence offsets differ from the code points before them on: \(mismatches)")
  }
}
