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

  /// QA review 42: a heart after a heart ("<3 <3", "hearts<3<3<3") was read as "less than 3" after
  /// the first heart's digit. Each is an emoticon, on both paths; a comparison after a digit or a
  /// one-letter operand ("2<3", "x<3") is none.
  @Test(arguments: [true, false])
  func repeatedHeartsAreEachAHeart(fastPath: Bool) throws {
    let tokenizer = try Tokenizer(options: TokenizerOptions(asciiFastPath: fastPath))
    for (text, hearts) in [
      ("love it <3 <3", ["<3", "<3"]), ("hearts<3<3<3", ["<3", "<3", "<3"]), ("</3</3", ["</3", "</3"]),
      ("<3 <3 <3", ["<3", "<3", "<3"]), ("love u<3", ["<3"]),
    ] {
      let tokenized = try tokenizer.tokenize(text)
      let tokens = tokenized.tokens.map { (tokenized.text(of: $0), $0.kind) }
      #expect(tokens.filter { $0.1 == .emoticon }.map(\.0) == hearts, "\(text)")
      #expect(!tokens.contains { $0.1 == .number }, "\(text)")
    }
    for text in ["x<3", "2<3", "if n<3 then", "1<3 <3"] {
      #expect(try tokenizer.tokenize(text).tokens.allSatisfy { $0.kind != .emoticon }, "\(text)")
    }
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
