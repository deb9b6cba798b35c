import Testing
import Tokenization

/// Emoticons typed with full-width forms of ASCII characters (U+FF01–U+FF5E), as Japanese and
/// Chinese input methods type them (QA review 42: "ありがとう：）" was two punctuation tokens).
/// Unicode NFKC (UAX #15) maps each form to its ASCII character, so the emoticon is recognised as
/// its NFKC form and its norm is the ASCII emoticon, which the sentiment lexicons hold.
@Suite struct FullWidthEmoticonTests {
  static func emoticons(_ text: String, fastPath: Bool) throws -> [(String, String)] {
    let tokenized = try Tokenizer(options: TokenizerOptions(asciiFastPath: fastPath)).tokenize(text)
    return tokenized.tokens.filter { $0.kind == .emoticon }.map { (tokenized.text(of: $0), tokenized.norm(of: $0)) }
  }

  @Test(arguments: [true, false])
  func fullWidthEmoticonsAreEmoticons(fastPath: Bool) throws {
    for (text, emoticon, norm) in [
      ("ありがとう：）", "：）", ":)"), ("最悪：（", "：（", ":("), ("かわいい＾＿＾", "＾＿＾", "^_^"),
      ("大好き＜３", "＜３", "<3"), ("ok ：) then", "：)", ":)"), ("ｗｏｗ ；ｐ", "；ｐ", ";p"), ("good ：Ｄ", "：Ｄ", ":D"),
    ] {
      let found = try Self.emoticons(text, fastPath: fastPath)
      #expect(found.map(\.0) == [emoticon], "\(text)")
      #expect(found.map(\.1) == [norm], "\(text)")
    }
  }

  /// Full-width punctuation that makes no face stays punctuation, and a comparison stays one.
  @Test(arguments: [true, false])
  func otherFullWidthPunctuationIsNoEmoticon(fastPath: Bool) throws {
    for text in ["価格：１０００円", "待ち時間：３分", "（注）", "ｘ＜３", "２＜３", "はい。", "本当？！"] {
      #expect(try Self.emoticons(text, fastPath: fastPath).isEmpty, "\(text)")
    }
  }
}
