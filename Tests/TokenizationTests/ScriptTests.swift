import Testing
import Tokenization

/// Every script ICU segments. Chinese, Japanese and Thai have no spaces: ICU's dictionaries must
/// split them into words (a character-per-token or whole-line result would fail these tests).
@Suite struct ScriptTests {
  @Test func chineseIsDictionarySegmented() throws {
    let words = try texts("我们非常喜欢这个产品")
    #expect(words.count >= 3 && words.count < 10, "\(words)")
    #expect(words.joined() == "我们非常喜欢这个产品")
    #expect(words.contains("我们"))
    #expect(try pairs("服务很好").allSatisfy { $0.1 == .word })
  }

  @Test func japaneseIsDictionarySegmented() throws {
    let words = try texts("配達がとても遅かったです")
    #expect(words.count >= 3 && words.count < 12, "\(words)")
    #expect(words.joined() == "配達がとても遅かったです")
    #expect(words.contains("配達"))
  }

  @Test func thaiIsDictionarySegmented() throws {
    // "ไม่ดีเลย" = "not good at all": three dictionary words.
    #expect(try texts("ไม่ดีเลย") == ["ไม่", "ดี", "เลย"])
  }

  @Test func rightToLeftAndOtherAlphabets() throws {
    #expect(try texts("الخدمة سيئة جدا") == ["الخدمة", "سيئة", "جدا"])
    #expect(try texts("השירות היה מצוין") == ["השירות", "היה", "מצוין"])
    #expect(try texts("Доставка была быстрой!") == ["Доставка", "была", "быстрой", "!"])
    #expect(try texts("Η εξυπηρέτηση ήταν καλή") == ["Η", "εξυπηρέτηση", "ήταν", "καλή"])
    #expect(try pairs("الخدمة سيئة").allSatisfy { $0.1 == .word })
  }

  @Test func accentedLatinInNFCAndNFDNormalizeAlike() throws {
    let nfc = "Très déçu du café"
    let nfd = "Tre\u{300}s de\u{301}c\u{327}u du cafe\u{301}"
    let tokenizer = try Tokenizer()
    let a = try tokenizer.tokenize(nfc)
    let b = try tokenizer.tokenize(nfd)
    #expect(a.tokens.count == 4 && b.tokens.count == 4)
    #expect(a.tokens.map { a.norm(of: $0) } == b.tokens.map { b.norm(of: $0) })
    #expect(a.norm(of: a.tokens[1]) == "déçu")
    // Offsets stay in each text's own code points: NFD has more.
    #expect(b.tokens[1].end - b.tokens[1].start == 6)  // d e U+0301 c U+0327 u
    #expect(a.tokens[1].end - a.tokens[1].start == 4)
  }

  @Test func fullWidthFormsFoldToASCII() throws {
    let tokenizer = try Tokenizer()
    let result = try tokenizer.tokenize("ＧＲＥＡＴ　ｓｅｒｖｉｃｅ １２３")
    #expect(result.tokens.map { result.norm(of: $0) } == ["great", "service", "123"])
    #expect(result.tokens.map(\.kind) == [.word, .word, .number])
  }

  @Test func caseFoldingIsFullNotSimple() throws {
    let tokenizer = try Tokenizer()
    // NFKC_Casefold: "ß" → "ss", "ﬁ" ligature → "fi", Greek final sigma → σ.
    let result = try tokenizer.tokenize("STRASSE Straße ﬁne ΟΔΟΣ")
    #expect(result.tokens.map { result.norm(of: $0) } == ["strasse", "strasse", "fine", "οδοσ"])
  }
}
