import Testing

@testable import Tokenization

/// Texts that are not pure ASCII take the fast path between the stretches ICU segments
/// (`ICURegions`), and their sentences come from `UnicodeSentenceBreaker`. Both must give exactly
/// what ICU gives on the whole text: the reference is ICU itself (an independent implementation of
/// UAX #29), run on the same texts with the fast path off.
@Suite struct MixedScriptFastPathTests {
  /// Pieces chosen for the rules that look at a space or across one (WB3d, WB4, WB15/16) and for
  /// every Sentence_Break class, in many scripts.
  static let pieces = [
    // Scripts, in NFC and NFD, and dictionary scripts.
    "caf\u{E9}", "cafe\u{301}", "\u{E9}t\u{E9}", "na\u{EF}ve", "Stra\u{DF}e", "\u{C9}COLE",
    "\u{41F}\u{440}\u{438}\u{432}\u{435}\u{442}",
    "\u{434}\u{43E}\u{441}\u{442}\u{430}\u{432}\u{43A}\u{430}", "\u{3B1}\u{3B2}\u{3B3}", "\u{391}\u{392}",
    "\u{5E9}\u{5DC}\u{5D5}\u{5DD}", "\u{5E6}\u{5D4}\u{22}\u{5DC}", "\u{5D0}\u{5F4}\u{5D1}", "\u{5D0}'\u{5D1}",
    "\u{645}\u{631}\u{62D}\u{628}\u{627}", "\u{661}\u{662}\u{663}", "\u{670D}\u{52A1}\u{5F88}\u{597D}",
    "\u{914D}\u{9054}\u{304C}\u{9045}\u{3044}", "\u{30AB}\u{30BF}\u{30AB}\u{30CA}",
    "\u{E2A}\u{E27}\u{E31}\u{E2A}\u{E14}\u{E35}",
    "\u{FF21}\u{FF22}\u{FF23}", "\u{FF11}\u{FF12}", "\u{1100}\u{1161}", "\u{D55C}\u{AD6D}",
    // Two-byte characters of every Word_Break class `AlphabeticWordBreaker` models (MidLetter ·
    // and Greek ano teleia, MidNum ; ، ٬, Arabic-Indic digits and decimal separator, marks of
    // Cyrillic and Arabic, modifier letters, ordinal indicators) and of those it leaves to ICU.
    "l\u{B7}l", "\u{B7}", "\u{387}", "\u{55F}", "\u{37E}", "\u{589}", "\u{60C}", "\u{66C}", "\u{660}\u{661}", "\u{66B}",
    "\u{628}\u{64B}", "\u{483}", "\u{AA}", "\u{BA}", "\u{B5}", "\u{BF}", "\u{A1}", "\u{AE}", "\u{D7}", "\u{2BC}",
    "\u{1C5}",
    "\u{300}", "\u{7C0}\u{7C1}", "\u{710}\u{711}",
    // Longer characters the breaker models (Vietnamese, €, ™, Hangul jamo, hieroglyphs) and Hangul
    // syllables, which ICU segments from its dictionary.
    "Vi\u{1EC7}t", "\u{20AC}5", "\u{2122}", "\u{1100}\u{1161}", "\u{3138}", "\u{130E7}", "\u{AC00}\u{AC01}", "\u{263A}",
    "\u{200D}\u{2764}",
    // Review r12: colons ICU takes out of MidLetter, and pictographs that are also letters.
    "\u{FF1A}", "\u{FE55}", "great\u{FF1A}good", "?\u{200D}\u{1F17E}", "\u{2139}", "\u{24C2}",
    // Marks, invisible and space-like characters beside spaces.
    "\u{301}", " \u{301}", "\u{200D}", "\u{200B}", "\u{AD}", "\u{FE0F}", "\u{3000}", " \u{3000} ", "\u{A0}", "\u{202F}",
    "\u{2009}", "\u{2028}", "\u{2029}", "\u{85}", "\u{2060}", "\u{FEFF}", "\u{1F3FB}",
    // Emoji: presentation, skin tones, ZWJ sequences, flags (and odd regional indicators), keycaps.
    "\u{1F44D}", "\u{1F44D}\u{1F3FD}", "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}", "\u{1F1EC}\u{1F1E7}",
    "\u{1F1EC}", "\u{1F1EC}\u{1F1E7}\u{1F1FA}", "1\u{FE0F}\u{20E3}", "#\u{FE0F}\u{20E3}", "\u{A9}\u{FE0F}", "\u{2764}",
    "\u{1F621}\u{1F621}",
    // Sentence punctuation of several scripts.
    "\u{3002}", "\u{FF01}", "\u{FF1F}", "\u{2026}", "\u{203C}", "\u{61F}", "\u{6D4}", "\u{589}", "\u{964}", "\u{37E}",
    "\u{FF0E}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{AB}", "\u{BB}", "\u{2013}", "\u{2014}", "\u{FE50}",
    // Tokens the span scanner keeps whole, beside other scripts.
    "https://example.com/\u{FC}ber", "\u{FC}@x.de", "@\u{43F}\u{43E}\u{43B}\u{44C}", "#\u{445}\u{44D}\u{448}", ":)",
    ":D", "<3", "XD", "www.x.org",
    // ASCII that word and sentence rules care about.
    "can't", "3.5", "1,200", "U.S.", "e.g.", "Mr.", "hello", "World", "A", "a", "1", ".", ".", "!", "?", ",", ";", ":",
    "-", "\"", "'", "(", ")", " ", " ", " ", "  ", "\t", "\n", "\r\n", "_", "@",
  ]

  static func text(_ state: inout UInt64) -> String {
    var result = ""
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    for _ in 0...(state >> 33) % 14 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      result += pieces[Int((state >> 33) % UInt64(pieces.count))]
    }
    return result
  }

  @Test func tokensAndSentencesMatchICUOnMixedScriptTexts() throws {
    var comparison = try ICUComparison()
    var state: UInt64 = 2_026_113_014
    var mismatches: [String] = []
    for _ in 0..<60_000 {
      let text = Self.text(&state)
      if try !comparison.agrees(on: text), mismatches.count < 5 { mismatches.append(text.debugDescription) }
    }
    #expect(mismatches.isEmpty, "the mixed-script fast path differs from ICU on: \(mismatches)")
  }

  /// The sentence breaker alone against ICU's sentence iterator, boundary for boundary (the
  /// tokenizer drops a boundary inside a token, so this sees more of them).
  @Test func sentenceBreakerMatchesICU() throws {
    let icu = try BreakIteratorHandle(sentences: true)
    let flags = CharacterFlagCache()
    var state: UInt64 = 77
    var mismatches: [String] = []
    for _ in 0..<100_000 {
      let text = Self.text(&state)
      var ours: [Int32] = []
      var reference: [Int32] = []
      try Array(text.utf8).withUnsafeBufferPointer { bytes in
        UnicodeSentenceBreaker.boundaries(bytes, flags: flags, into: &ours)
        try icu.boundaries(bytes, into: &reference)
      }
      if ours != reference, mismatches.count < 5 { mismatches.append(text.debugDescription) }
    }
    #expect(mismatches.isEmpty, "UnicodeSentenceBreaker differs from ICU on: \(mismatches)")
  }

  /// Regions never split a text where ICU would not break: each starts at the text's start or
  /// after an ASCII space and ends at the text's end or before one, and covers every non-ASCII byte.
  @Test func regionsCoverEveryNonASCIIByteAndEndAtSpaces() {
    let flags = CharacterFlagCache()
    var state: UInt64 = 5
    var failures: [String] = []
    for _ in 0..<20_000 {
      let bytes = Array(Self.text(&state).utf8)
      var covered = [Bool](repeating: false, count: bytes.count)
      bytes.withUnsafeBufferPointer { buffer in
        var from = 0
        while let region = ICURegions.next(buffer, from: from, flags: flags) {
          let startsWell = region.lowerBound == from || buffer[region.lowerBound - 1] == 0x20
          let endsWell = region.upperBound == buffer.count || buffer[region.upperBound] == 0x20
          if !startsWell || !endsWell || region.isEmpty { failures.append("\(bytes) \(region)") }
          for index in region { covered[index] = true }
          from = region.upperBound
        }
      }
      for (index, byte) in bytes.enumerated() where byte >= 0x80 && !covered[index] {
        failures.append("uncovered byte \(index) of \(bytes)")
        break
      }
      if failures.count > 5 { break }
    }
    #expect(failures.isEmpty, "\(failures.prefix(5))")
  }

  /// Dictionary and alphabetic scripts inside English keep the words `ScriptTests` expects of them
  /// alone (Thai from ICU's dictionary: "ไม่ดีเลย" = "not good at all").
  @Test func otherScriptsInsideEnglishKeepTheirWords() throws {
    let tokenizer = try Tokenizer()
    let thai = try tokenizer.tokenize("the food \u{E44}\u{E21}\u{E48}\u{E14}\u{E35}\u{E40}\u{E25}\u{E22} really")
    #expect(
      thai.tokens.map { thai.text(of: $0) } == [
        "the", "food", "\u{E44}\u{E21}\u{E48}", "\u{E14}\u{E35}", "\u{E40}\u{E25}\u{E22}", "really",
      ])
    let russian = try tokenizer.tokenize(
      "ok \u{414}\u{43E}\u{441}\u{442}\u{430}\u{432}\u{43A}\u{430} \u{431}\u{44B}\u{43B}\u{430}! fine")
    #expect(russian.tokens.map { russian.text(of: $0) }.count == 5)
    #expect(russian.tokens.map(\.kind) == [.word, .word, .word, .punct, .word])
    #expect(russian.sentences.count == 2)
  }

  /// Every code point of the first two planes (but surrogates and noncharacters-free private use
  /// included), each between letters, after a space before a terminator, and after a ZWJ: the fast paths give
  /// ICU's tokens and sentences (review r12 found two characters this way).
  @Test func everyCodePointOfTheFirstTwoPlanesMatchesICU() throws {
    var comparison = try ICUComparison()
    var mismatches: [String] = []
    for value in UInt32(0x80)..<0x20000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let character = String(Character(scalar))
      for text in ["ab" + character + "cd ok", "ok " + character + ". x", "?\u{200D}" + character + " ok"] {
        if try !comparison.agrees(on: text), mismatches.count < 5 { mismatches.append(String(value, radix: 16)) }
      }
    }
    #expect(mismatches.isEmpty, "fast paths differ from ICU at U+\(mismatches)")
  }
}
