import Testing

@testable import Tokenization

/// A region that no span touches is emitted stretch by stretch, and a stretch seen before is
/// replayed from `RegionTokenCache` instead of segmented again. The result must be exactly what the
/// general path emits: the reference is the same tokenizer with the cache off
/// (`cachesRegionTokens`: each region segmented whole), compared token for token (norm ranges
/// included), norm byte for norm byte and sentence for sentence; and ICU on the whole text
/// (`ICUComparison`, with the cache on).
@Suite struct RegionTokenCacheTests {
  /// Regions of many scripts, with marks, joiners, keycaps and space-like characters, and pieces
  /// that put a span inside, before or after a region (those are never replayed).
  static let pieces =
    MixedScriptFastPathTests.pieces + [
      "服务很好，但是送货太慢了。", "Доставка была быстрой!", "配達が遅い。", "👨‍👩‍👧", "😡😡", "🇬🇧", "höflich", "ÉCOLE",
      "Straße", "ﬁne", "Ⅻ", "½", "服务:)", "@josé", "#хэш", "é:D", "x@ü.de", "1️⃣Delivery", "\u{A0}ok",
    ]

  static func text(_ state: inout UInt64) -> String {
    var result = ""
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    for _ in 0...(state >> 33) % 10 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let piece = pieces[Int((state >> 33) % UInt64(pieces.count))]
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      // Mostly space-separated (a region of its own), sometimes glued to the piece before.
      result += (state >> 33) % 4 == 0 ? piece : " " + piece
    }
    return result
  }

  /// Whether two results are the same to the last norm byte.
  static func same(_ first: TokenizedText, _ second: TokenizedText) -> Bool {
    first.tokens == second.tokens && first.normBytes == second.normBytes && first.sentences == second.sentences
  }

  @Test func replayedRegionsMatchTheGeneralPathAndICU() throws {
    let cached = try Tokenizer()
    let uncached = try Tokenizer()
    uncached.cachesRegionTokens = false
    var comparison = try ICUComparison(fast: cached)
    var state: UInt64 = 20_261_203
    // Fewer distinct texts than draws: every region is met many times, at other offsets and after
    // other code points.
    var texts: [String] = []
    for _ in 0..<3_000 { texts.append(Self.text(&state)) }
    var mismatches: [String] = []
    var cachedResult = TokenizedText()
    var uncachedResult = TokenizedText()
    for round in 0..<3 {
      for (index, text) in texts.enumerated() {
        // Each text also after another one, so that a region stands at another offset and code point.
        let shifted = texts[(index + round) % texts.count] + " " + text
        for candidate in [text, shifted] {
          try cached.tokenize(candidate, into: &cachedResult)
          try uncached.tokenize(candidate, into: &uncachedResult)
          let agrees = try comparison.agrees(on: candidate)
          if !Self.same(cachedResult, uncachedResult) || !agrees, mismatches.count < 5 {
            mismatches.append(candidate.debugDescription)
          }
        }
      }
    }
    #expect(mismatches.isEmpty, "replayed regions differ from the general path or ICU on: \(mismatches)")
  }

  /// Stretches longer than the cache's keys (a long phrase without spaces, segmented every time)
  /// beside short ones, in regions longer than a key, several times over.
  @Test func longStretchesAndRegionsMatchTheGeneralPath() throws {
    let cached = try Tokenizer()
    let uncached = try Tokenizer()
    uncached.cachesRegionTokens = false
    let long = String(repeating: "服务很好，但是送货太慢了", count: 5)
    let texts = [
      "ok " + long + " done", "ok " + long + "。 Доставка была быстрой! " + long + " 👍🏽 done.",
      String(repeating: "Доставка была быстрой, но курьер опоздал. ", count: 6),
      "Straße " + String(repeating: "ü", count: 200) + " café\u{301} x", long + " " + long,
    ]
    var cachedResult = TokenizedText()
    var uncachedResult = TokenizedText()
    for _ in 0..<3 {
      for text in texts {
        try cached.tokenize(text, into: &cachedResult)
        try uncached.tokenize(text, into: &uncachedResult)
        #expect(Self.same(cachedResult, uncachedResult), "\(text.debugDescription)")
      }
    }
  }

  /// More distinct regions than the cache holds, each seen several times: the cache is cleared and
  /// refilled, and a replay never mixes up two regions.
  @Test func replaysStayExactThroughManyRefills() throws {
    let cached = try Tokenizer()
    let uncached = try Tokenizer()
    uncached.cachesRegionTokens = false
    let words = ["café", "über", "день", "服务", "👍🏽", "αβγ", "naïve", "ok", "2023", "!", "。", "’s"]
    var state: UInt64 = 99
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    var regions: [String] = []
    for _ in 0..<8_000 { regions.append((0..<(1 + next() % 4)).map { _ in words[next() % words.count] }.joined()) }
    var mismatches: [String] = []
    var cachedResult = TokenizedText()
    var uncachedResult = TokenizedText()
    for _ in 0..<3 {
      for start in stride(from: 0, to: regions.count, by: 4) {
        let text = "ok " + regions[start..<(start + 4)].joined(separator: " and ") + " done."
        try cached.tokenize(text, into: &cachedResult)
        try uncached.tokenize(text, into: &uncachedResult)
        if !Self.same(cachedResult, uncachedResult), mismatches.count < 5 { mismatches.append(text.debugDescription) }
      }
    }
    #expect(mismatches.isEmpty, "replayed regions differ from the general path on: \(mismatches)")
  }

  @Test func keysThatShareAHashKeepTheirOwnTokens() throws {
    var cache = RegionTokenCache()
    let first = Array("день".utf8)
    let second = Array("дань".utf8)
    var result = TokenizedText()
    let token = Token(kind: .word, utf8Range: 0..<8, normRange: 0..<8, start: 0, end: 4)
    first.withUnsafeBufferPointer { key in
      [token].withUnsafeBufferPointer { tokens in
        // The same hash for both keys: only the byte comparison tells them apart.
        cache.insert(
          key, hash: 7, offset: 0, codePoint: 0, characters: 4, tokens: tokens,
          norms: UnsafeBufferPointer(start: nil, count: 0),
          normBase: 0)
      }
    }
    second.withUnsafeBufferPointer { key in
      #expect(cache.replay(key, hash: 7, offset: 0, codePoint: 0, into: &result) == nil)
    }
    first.withUnsafeBufferPointer { key in
      #expect(cache.replay(key, hash: 7, offset: 10, codePoint: 5, into: &result) == 4)
    }
    #expect(result.tokens == [Token(kind: .word, utf8Range: 10..<18, normRange: 10..<18, start: 5, end: 9)])
  }
}
