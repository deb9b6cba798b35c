import Testing
import Tokenization

/// `LanguageHint` (QA review 16): non-English feedback was scored with the English lexicons without
/// a word ("Die App ist super" negative through the English "die"). The hint names the language or
/// script for a warning; it must stay silent on English, including English with a foreign phrase.
@Suite struct LanguageHintTests {
  static func hint(_ text: String) throws -> String? {
    try LanguageHint.nonEnglish(Tokenizer().tokenize(text))
  }

  @Test(arguments: [
    ("Ich bin sehr zufrieden, das war toll", "German"),
    ("Die App ist super, kein Problem", "German"),
    ("Le service client est nul, j'ai attendu une heure au téléphone.", "French"),
    ("La atención al cliente fue excelente, muy amables", "Spanish"),
    ("Il servizio è stato molto lento, non lo consiglio", "Italian"),
    ("De bezorging was niet op tijd en ik heb geen reactie gehad", "Dutch"),
    ("O atendimento foi muito bom, obrigado", "Portuguese"),
    ("商品の品質がとても良かったです。また買います。", "Japanese"),
    ("服务很好，但是送货太慢了。", "Chinese"),
    ("Доставка была очень медленной", "Cyrillic script"),
    ("التوصيل كان بطيئا جدا", "Arabic script"),
    ("배송이 너무 늦었어요", "Korean"),
    ("การจัดส่งช้ามาก", "Thai"),
  ])
  func namesTheLanguageOrScript(text: String, expected: String) throws {
    #expect(try Self.hint(text) == expected)
  }

  @Test(arguments: [
    "The parcel was late and the driver was rude",
    "I loved Berlin, die Stadt ist toll, and the hotel was great",
    "Waited 40 minutes on hold :(",
    "great",
    "Merci",
    "",
    "Café crème was lovely, the naïve barista too",
    "@united thanks for nothing #fail http://example.com",
    // One function word repeated is one word (the code review's false positives).
    "Gut feeling: gut says no",
    "El Camino store, El Camino staff rude",
    "Van late again. Van driver rude.",
  ])
  func staysSilentOnEnglishAndShortTexts(text: String) throws {
    #expect(try Self.hint(text) == nil)
  }
}
