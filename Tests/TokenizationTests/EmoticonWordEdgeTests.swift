import Testing
import Tokenization

/// An emoticon glued to a letter stays inside the word, whatever the letter's script: ICU joins
/// "mXD", "ÀXD" and "XPספק" into one word each (UAX #29 WB5, ALetter and Hebrew_Letter), and the
/// fast paths keep ICU's words (QA review 21, finding 6). Where ICU breaks (Han, kana and Thai are no
/// ALetter), the emoticon is one.
@Suite struct EmoticonWordEdgeTests {
  @Test(arguments: [
    "mXD", "\u{C0}XD", "\u{E9}XP", "XP\u{5E1}\u{5E4}\u{5E7}\u{661}\u{663}", "\u{635}XP\u{641}", "e\u{301}XD",
  ])
  func anEmoticonGluedToALetterOfAnyScriptIsPartOfTheWord(_ word: String) throws {
    #expect(try pairs("ok \(word) ok").map(\.0) == ["ok", word, "ok"])
    #expect(try kind(of: word, in: "ok \(word) ok") == .word)
  }

  @Test func theLetterAfterAnEmoticonCountsToo() throws {
    #expect(try texts("XD\u{E9}") == ["XD\u{E9}"])
    #expect(try texts("\u{E9}:D ok").allSatisfy { $0 != ":D" })
    #expect(try texts("a:D ok").allSatisfy { $0 != ":D" })
  }

  @Test func whereICUBreaksTheEmoticonStaysOne() throws {
    #expect(try kind(of: "XD", in: "\u{597D}XD") == .emoticon)
    #expect(try kind(of: "XD", in: "caf\u{E9} XD") == .emoticon)
    #expect(try kind(of: ":)", in: "caf\u{E9}:)") == .emoticon)
  }

  @Test func fastPathAndICUAgree() throws {
    for text in ["\u{C0}XD \u{E9}XP mXD", "XP\u{5E1}\u{5E4}\u{5E7}\u{661}\u{663} \u{597D}XD"] {
      let fast = try Tokenizer().tokenize(text)
      let icu = try Tokenizer(options: TokenizerOptions(asciiFastPath: false)).tokenize(text)
      #expect(fast.tokens.map { fast.text(of: $0) } == icu.tokens.map { icu.text(of: $0) })
      #expect(fast.tokens.map(\.kind) == icu.tokens.map(\.kind))
    }
  }

  /// Two emoticons typed without a space are two emoticons (QA review 21, doubt 13).
  @Test func gluedEmoticonsAreEachAnEmoticon() throws {
    #expect(try pairs(":D:D").map(\.0) == [":D", ":D"])
    #expect(try pairs(":D:D").map(\.1) == [.emoticon, .emoticon])
    #expect(try pairs("XD:P :):D").map(\.0) == ["XD", ":P", ":)", ":D"])
    #expect(try pairs("great:D:D").allSatisfy { $0.1 != .emoticon })
  }
}
