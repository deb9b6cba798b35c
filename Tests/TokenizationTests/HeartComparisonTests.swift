import Testing
import Tokenization

/// "<3" is a heart in "I <3 this app" but "less than 3" before a decimal, a percentage or a unit,
/// or after a digit (QA review 39: "battery <3.5V" scored positive through the heart).
@Suite struct HeartComparisonTests {
  @Test(arguments: ["battery <3.5V", "error rate <3%", "1<3<5", "wait <3 min", "rated <3 stars", "<3,5 kg", "5 <3"])
  func lessThanANumberIsNoHeart(_ text: String) throws {
    #expect(try pairs(text).allSatisfy { $0.1 != .emoticon })
  }

  @Test(arguments: ["I <3 this app", "love it <3", "<3 <3 <3", "thanks <33", "so sad </3"])
  func heartsStayHearts(_ text: String) throws {
    #expect(try pairs(text).contains { $0.1 == .emoticon })
  }

  /// Both tokenizer paths agree (the ASCII fast path and ICU's iterator).
  @Test func bothPathsAgree() throws {
    let text = "battery <3.5V but I <3 it"
    let fast = try Tokenizer().tokenize(text)
    let icu = try Tokenizer(options: TokenizerOptions(asciiFastPath: false)).tokenize(text)
    #expect(fast.tokens.map { fast.text(of: $0) } == icu.tokens.map { icu.text(of: $0) })
    #expect(fast.tokens.map(\.kind) == icu.tokens.map(\.kind))
  }
}
