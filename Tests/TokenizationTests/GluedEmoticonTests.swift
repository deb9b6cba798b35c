import Testing
import Tokenization

/// Emoticon shapes glued to text on both sides are punctuation; alone, or after a word, faces.
@Suite struct GluedEmoticonTests {
  @Test func bracketedLettersAreNotAFace() throws {
    #expect(try pairs("Answer (a):(b) was fine").allSatisfy { $0.1 != .emoticon })
    #expect(try kind(of: ":)", in: "great:)") == .emoticon)
    #expect(try kind(of: ":(", in: "ok :(") == .emoticon)
  }

  @Test func invisibleFormatCharactersAreNotTokens() throws {
    #expect(try texts("a \u{200E}b") == ["a", "b"])
    #expect(try texts("\u{FEFF}hello") == ["hello"])
  }
}
