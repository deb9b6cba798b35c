import Testing
import Tokenization

/// The full-width signs '＠' (U+FF20) and '＃' (U+FF03), which East Asian input methods type, start
/// mentions and hashtags as '@' and '#' do. Reference: Twitter's own parser, twitter-text
/// (`AT_SIGNS = [@＠]`, `HASHTAG_SIGNS = [#＃]`). Their norm is NFKC_Casefold, so "＃ＧＯＯＤ" and
/// "#good" match the same lexicon term.
@Suite struct FullWidthSignTests {
  @Test func fullWidthSignsStartMentionsAndHashtags() throws {
    let result = try pairs("thanks \u{FF20}bob_1 \u{FF03}great \u{FF20}\u{7530}\u{4E2D}")
    #expect(result.map(\.0) == ["thanks", "\u{FF20}bob_1", "\u{FF03}great", "\u{FF20}\u{7530}\u{4E2D}"])
    #expect(result.map(\.1) == [.word, .mention, .hashtag, .mention])
  }

  @Test func normsUseTheASCIISigns() throws {
    let tokenized = try Tokenizer().tokenize("\u{FF03}\u{FF27}\u{FF2F}\u{FF2F}\u{FF24} \u{FF20}Acme")
    #expect(tokenized.tokens.map { tokenized.norm(of: $0) } == ["#good", "@acme"])
  }

  /// The full-width underscore (U+FF3F) continues a full-width handle or tag, as "_" does.
  @Test func fullWidthUnderscoreContinuesTheHandle() throws {
    let result = try pairs("\u{FF20}\u{FF55}\u{FF53}\u{FF3F}\u{FF4E} hi \u{FF03}tag\u{FF3F}two")
    #expect(result.map(\.1) == [.mention, .word, .hashtag])
  }

  /// As with ASCII signs: not inside a word, not alone, and a hashtag needs a letter.
  @Test func signsThatStartNothing() throws {
    let result = try pairs("a\u{FF20}b \u{FF03} \u{FF03}\u{FF11}\u{FF12}")
    #expect(!result.contains { $0.1 == .mention || $0.1 == .hashtag }, "\(result)")
  }

  /// Code-point offsets still slice the original text.
  @Test func offsetsCoverTheFullWidthSign() throws {
    let text = "ok \u{FF03}fail!"
    let tokenized = try Tokenizer().tokenize(text)
    let scalars = Array(text.unicodeScalars)
    let hashtag = try #require(tokenized.tokens.first { $0.kind == .hashtag })
    #expect(String(String.UnicodeScalarView(scalars[hashtag.start..<hashtag.end])) == "\u{FF03}fail")
  }
}
