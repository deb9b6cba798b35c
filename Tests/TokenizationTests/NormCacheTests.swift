import Testing

@testable import Tokenization

/// Norms of non-ASCII tokens come from a cache after their first occurrence (`NormCache`); every
/// norm must still be ICU's NFKC_Casefold of the token, through refills, hash collisions and
/// keys that differ only in their last byte.
@Suite struct NormCacheTests {
  @Test func cachedNormsEqualICUsCaseFoldingThroughManyRefills() throws {
    let tokenizer = try Tokenizer()
    let reference = try Tokenizer(options: TokenizerOptions(sentences: false))
    // 20,000 distinct words (more than the cache holds, so it is cleared and refilled), each seen
    // three times, in scripts whose case folding is not ASCII's: Cyrillic, Greek (final sigma),
    // German ß, full-width Latin, ligatures, and accents in NFD.
    let alphabets: [[Character]] = [
      Array("АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЫЭЮЯабвгдежз"), Array("ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩςσ"),
      Array("ßẞÄÖÜäöü"), Array("ＡＢＣＤｅｆｇ"), Array("ﬁﬂﬀ"), ["e\u{301}", "A\u{30A}", "o\u{308}"],
    ]
    var state: UInt64 = 42
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    var words: [String] = []
    for _ in 0..<20_000 {
      let alphabet = alphabets[next() % alphabets.count]
      words.append(String((0..<(2 + next() % 9)).map { _ in alphabet[next() % alphabet.count] }))
    }
    var mismatches: [String] = []
    var tokenized = TokenizedText()
    for round in 0..<3 {
      for start in stride(from: 0, to: words.count, by: 50) {
        let text = words[start..<min(words.count, start + 50)].joined(separator: " ")
        try tokenizer.tokenize(text, into: &tokenized)
        for token in tokenized.tokens where token.kind == .word {
          let expected = try reference.caseFold(tokenized.text(of: token))
          if tokenized.norm(of: token) != expected, mismatches.count < 5 {
            mismatches.append("round \(round): \(tokenized.text(of: token)) → \(tokenized.norm(of: token))")
          }
        }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches)")
  }

  @Test func keysThatShareAHashOrAPrefixKeepTheirOwnForms() {
    var cache = NormCache()
    let first = Array("Straße".utf8)
    let second = Array("Straßé".utf8)
    var output: [UInt8] = []
    first.withUnsafeBufferPointer { key in
      // The same hash for both keys: only the byte comparison tells them apart.
      cache.insert(key, hash: 7, form: Array("strasse".utf8)[...])
    }
    second.withUnsafeBufferPointer { key in
      #expect(!cache.appendForm(of: key, hash: 7, to: &output))
      cache.insert(key, hash: 7, form: Array("strassé".utf8)[...])
      #expect(cache.appendForm(of: key, hash: 7, to: &output))
    }
    first.withUnsafeBufferPointer { key in #expect(cache.appendForm(of: key, hash: 7, to: &output)) }
    #expect(String(decoding: output, as: UTF8.self) == "strassé" + "strasse")
  }
}
