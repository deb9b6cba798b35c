import Testing

@testable import Tokenization

/// HTML character references in answers ("wasn&#39;t", "&lt;3", "Fish &amp; chips"): the tokenizer
/// reads them as the characters they stand for and keeps the original offsets
/// (`CharacterReferences`). The decoded values are the HTML Standard's: its named character
/// references table (https://html.spec.whatwg.org/multipage/named-characters.html: "&rsquo;" is
/// U+2019, "&eacute;" U+00E9) and its numeric character reference end state (§13.2.5.80: "&#146;"
/// is U+2019, 0x81 stays unmapped).
@Suite struct CharacterReferenceTests {
  let tokenizer: Tokenizer
  let plain: Tokenizer

  init() throws {
    tokenizer = try Tokenizer()
    plain = try Tokenizer(options: TokenizerOptions(decodesCharacterReferences: false))
  }

  /// The (kind, norm) pairs of a text's tokens.
  static func shape(_ text: TokenizedText) -> [String] {
    text.tokens.map { "\($0.kind.rawValue):\(text.norm(of: $0))" }
  }

  @Test(arguments: [
    ("the fit wasn&#39;t good", "the fit wasn't good"),
    ("it&#x27;s not bad", "it's not bad"),
    ("it&#X27;s not bad", "it's not bad"),
    ("I &lt;3 this", "I <3 this"),
    ("Fish &amp; chips &gt; pizza", "Fish & chips > pizza"),
    ("&quot;great&quot; service", "\"great\" service"),
    ("don&rsquo;t care", "don\u{2019}t care"),
    ("don&#146;t care", "don\u{2019}t care"),
    ("caf&eacute; cr&egrave;me", "café crème"),
    ("Bad&#33; Never again", "Bad! Never again"),
    ("so&hellip; slow", "so\u{2026} slow"),
    ("first&#10;second", "first\nsecond"),
    ("a&nbsp;b", "a\u{A0}b"),
  ])
  func readsAsTheDecodedText(escaped: String, decoded: String) throws {
    let fromEscaped = try tokenizer.tokenize(escaped)
    let fromDecoded = try tokenizer.tokenize(decoded)
    #expect(Self.shape(fromEscaped) == Self.shape(fromDecoded))
    #expect(fromEscaped.sentences.count == fromDecoded.sentences.count)
  }

  /// Offsets index the original text: each token's and sentence's bytes and code points are the
  /// escaped text's, before and after a reference, after non-ASCII letters too.
  @Test(arguments: [
    "the fit wasn&#39;t good &lt;3. Next&#10;one", "Café &amp; thé were great&#33; 😀 Thanks", "&amp;",
    "&lt;3&lt;3", "x&#128512;y and &#x1F600;", "Très bien&hellip; mais non&nbsp;!",
  ])
  func offsetsIndexTheOriginalText(text: String) throws {
    let tokenized = try tokenizer.tokenize(text)
    let scalars = Array(text.unicodeScalars)
    let bytes = Array(text.utf8)
    #expect(!tokenized.tokens.isEmpty)
    for token in tokenized.tokens {
      let byText = String(decoding: bytes[token.utf8Range], as: UTF8.self)
      var byScalars = ""
      byScalars.unicodeScalars.append(contentsOf: scalars[token.start..<token.end])
      #expect(byText == byScalars)
      #expect(tokenized.text(of: token) == byText)
    }
    for sentence in tokenized.sentences {
      var byScalars = ""
      byScalars.unicodeScalars.append(contentsOf: scalars[sentence.start..<sentence.end])
      #expect(String(decoding: bytes[sentence.utf8Range], as: UTF8.self) == byScalars)
    }
    #expect(tokenized.text == text)
  }

  @Test func referenceInsideAWordIsPartOfIt() throws {
    let tokenized = try tokenizer.tokenize("the fit wasn&#39;t good")
    let token = tokenized.tokens[2]
    #expect(token.kind == .word)
    #expect(tokenized.text(of: token) == "wasn&#39;t")
    #expect(tokenized.norm(of: token) == "wasn't")
    #expect(token.start == 8 && token.end == 18)
    let heart = try tokenizer.tokenize("I &lt;3 it").tokens[1]
    #expect(heart.kind == .emoticon)
  }

  /// What is not a well-formed reference stays as typed: the tokens are those of a tokenizer that
  /// decodes nothing.
  @Test(arguments: [
    "AT&T is fine", "&amp without semicolon", "&bogus; name", "&#0; nul", "&#xD800; surrogate",
    "&#1114112; too large", "&#; empty", "&#x; empty", "&#129; unmapped C1", "&#7; bell", "&Amp; case",
    "& alone", "R&D&amp", "&#12345678; eight digits", "&abcdefghij; long name",
  ])
  func leavesOtherAmpersandsAlone(text: String) throws {
    #expect(Self.shape(try tokenizer.tokenize(text)) == Self.shape(try plain.tokenize(text)))
  }

  @Test func optionOffKeepsTheReferenceAsPunctuation() throws {
    let tokenized = try plain.tokenize("wasn&#39;t")
    #expect(Self.shape(tokenized) == ["word:wasn", "punct:&", "punct:#", "number:39", "punct:;", "word:t"])
  }

  /// A reference escaped twice (scraped data) reads as its character; an "&amp;" before anything
  /// but a reference's body is an ampersand.
  @Test func readsReferencesEscapedTwice() throws {
    for (escaped, decoded) in [
      ("wasn&amp;#39;t good", "wasn't good"), ("&amp;quot;great&amp;quot;", "\"great\""),
      ("I &amp;lt;3 it", "I <3 it"), ("Fish &amp;amp; chips", "Fish & chips"), ("R&amp;D team", "R&D team"),
    ] {
      #expect(Self.shape(try tokenizer.tokenize(escaped)) == Self.shape(try tokenizer.tokenize(decoded)), "\(escaped)")
    }
    // Escaped three times: read as the reference escaped once.
    let thrice = try tokenizer.tokenize("wasn&amp;amp;#39;t")
    #expect(Self.shape(thrice) == Self.shape(try plain.tokenize("wasn&#39;t")))
    let tokenized = try tokenizer.tokenize("wasn&amp;#39;t")
    #expect(tokenized.tokens.count == 1 && tokenized.text(of: tokenized.tokens[0]) == "wasn&amp;#39;t")
  }

  @Test func decodeReportsTextsWithoutReferences() {
    var decoded: [UInt8] = [1]
    var origins: [CharacterReferences.Origin] = []
    for text in ["no ampersand", "AT&T", "&", ""] {
      var copy = text
      let found = copy.withUTF8 { CharacterReferences.decode($0, into: &decoded, origins: &origins) }
      #expect(found.isEmpty, "\(text)")
    }
    #expect(decoded == [1])
  }
}
