import Testing

@testable import Tokenization

/// Regions the alphabetic word breaker declines (Chinese, Japanese, Thai, Korean, Hebrew) take ICU's
/// boundaries from a cache after their first occurrence (`RegionBoundaryCache`); the tokens must
/// still be exactly those of ICU on the whole text, through refills and hash collisions.
@Suite struct RegionBoundaryCacheTests {
  @Test func cachedRegionsMatchICUThroughManyRefills() throws {
    var comparison = try ICUComparison(fast: try Tokenizer())
    // Regions of dictionary scripts and Hebrew beside Latin, Cyrillic, emoji and punctuation: more
    // distinct regions than the cache holds (it is cleared and refilled), each seen three times.
    let pieces = [
      "服务很好", "但是送货太慢了", "，", "。", "配達が遅い", "カタカナ", "ありがとう", "สวัสดีครับ", "ขอบคุณ", "한국어",
      "שלום", "צה\"ל", "Доставка", "café", "👍🏽", "!", "2023", "a.b", "x", "'s",
    ]
    var state: UInt64 = 11
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    var regions: [String] = []
    for _ in 0..<6_000 {
      regions.append((0..<(1 + next() % 5)).map { _ in pieces[next() % pieces.count] }.joined())
    }
    var mismatches: [String] = []
    for round in 0..<3 {
      for start in stride(from: 0, to: regions.count, by: 4) {
        let text = "ok " + regions[start..<(start + 4)].joined(separator: " then ") + " done."
        if try !comparison.agrees(on: text), mismatches.count < 5 {
          mismatches.append("round \(round): \(text.debugDescription)")
        }
      }
    }
    #expect(mismatches.isEmpty, "the cached regions differ from ICU on: \(mismatches)")
  }

  @Test func keysThatShareAHashOrAPrefixKeepTheirOwnBoundaries() {
    var cache = RegionBoundaryCache()
    let first = Array("服务很好".utf8)
    let second = Array("服务很坏".utf8)
    var output: [Int32] = []
    first.withUnsafeBufferPointer { key in
      // The same hash for both keys: only the byte comparison tells them apart.
      cache.insert(key, hash: 7, boundaries: [6, 12][...])
    }
    second.withUnsafeBufferPointer { key in
      #expect(!cache.appendBoundaries(of: key, hash: 7, to: &output))
      cache.insert(key, hash: 7, boundaries: [12][...])
      #expect(cache.appendBoundaries(of: key, hash: 7, to: &output))
    }
    first.withUnsafeBufferPointer { key in #expect(cache.appendBoundaries(of: key, hash: 7, to: &output)) }
    #expect(output == [12, 6, 12])
    Array(first.dropLast()).withUnsafeBufferPointer { key in
      #expect(!cache.appendBoundaries(of: key, hash: 7, to: &output))
    }
  }
}
