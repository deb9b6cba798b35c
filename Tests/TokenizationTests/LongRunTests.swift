import Testing
import Tokenization

/// Long runs that once cost quadratic time or memory (QA review 32): flags typed without spaces,
/// and full stops without a space in a caseless script ("سيئة.لن" repeated) or in ASCII
/// ("service.Never" repeated). Each is checked for what it must produce, piece by piece; the
/// benchmarks, not these tests, measure the time (a run of this length took seconds before).
@Suite struct LongRunTests {
  /// UAX #29 WB15/WB16: regional indicators pair up from the start of a run; an odd last one stands
  /// alone. 20,001 indicators are 10,000 flags and one lone indicator.
  @Test func aLongRunOfRegionalIndicatorsPairsUp() throws {
    let text = String(repeating: "\u{1F1EC}", count: 20_001)
    let tokenized = try Tokenizer().tokenize(text)
    #expect(tokenized.tokens.count == 10_001)
    #expect(tokenized.tokens.dropLast().allSatisfy { $0.end - $0.start == 2 })
    #expect(tokenized.tokens.last.map { $0.end - $0.start } == 1)
    #expect(tokenized.tokens.last?.end == 20_001)
    let flags = try Tokenizer().tokenize(String(repeating: "\u{1F1EC}\u{1F1E7}", count: 5_000) + " ok")
    #expect(flags.tokens.count == 5_001)
    #expect(flags.tokens.dropLast().allSatisfy { flags.text(of: $0) == "\u{1F1EC}\u{1F1E7}" && $0.kind == .emoji })
  }

  /// "سيئة." 3,000 times without spaces: 3,000 sentences (ICU's sentence rules break after each full
  /// stop before a letter of a script without case), each a word and its full stop.
  @Test func aLongRunOfFullStopsInACaselessScriptSplitsOnce() throws {
    let piece = "\u{633}\u{64A}\u{626}\u{629}."
    let tokenized = try Tokenizer().tokenize(String(repeating: piece, count: 3_000))
    #expect(tokenized.sentences.count == 3_000)
    #expect(tokenized.tokens.count == 6_000)
    for (index, token) in tokenized.tokens.enumerated() {
      #expect(tokenized.text(of: token) == (index % 2 == 0 ? "\u{633}\u{64A}\u{626}\u{629}" : "."))
      #expect(token.start == index / 2 * 5 + (index % 2 == 0 ? 0 : 4))
    }
  }

  /// "service.Never" 5,000 times: every full stop before a capitalised word splits ("fine.Then.Broke"
  /// rule), all in one word, with the pieces' offsets and norms.
  @Test func aLongRunOfRunOnSentencesInASCIISplitsOnce() throws {
    let text = "service" + String(repeating: ".Never", count: 5_000)
    let tokenized = try Tokenizer().tokenize(text)
    #expect(tokenized.sentences.count == 5_001)
    #expect(tokenized.tokens.count == 10_001)
    #expect(tokenized.norm(of: tokenized.tokens[0]) == "service")
    for index in stride(from: 1, to: tokenized.tokens.count, by: 2) {
      #expect(tokenized.text(of: tokenized.tokens[index]) == ".")
      #expect(tokenized.norm(of: tokenized.tokens[index + 1]) == "never")
      #expect(tokenized.tokens[index + 1].start == 7 + (index / 2) * 6 + 1)
    }
  }
}
