import Testing

@testable import Tokenization

/// A region the alphabetic word breaker declines is split at its runs of spaces
/// (`RegionStretches`): the stretches the breaker takes are segmented by it, and only the others go
/// to ICU. The tokens and sentences must be exactly ICU's on the whole text; the reference is ICU
/// itself, run on the same texts with the fast path off.
@Suite struct RegionStretchTests {
  /// Stretches ICU must segment (dictionary scripts, Hebrew, marks with no base), stretches the
  /// breaker takes, and characters that cling to a space beside them (WB3d, WB4), which must keep
  /// a run of spaces from splitting.
  static let pieces = [
    "服务很好", "但是送货太慢了。", "配達が遅い。", "カタカナ", "สวัสดีครับ", "한국어", "שלום", "צה\"ל", "\u{5D0}'\u{5D1}",
    "Доставка", "была", "быстрой!", "αβγ", "مرحبا", "café", "Straße", "👍", "👍🏽", "🇬🇧", "👨‍👩‍👧", "😡😡", "1\u{FE0F}\u{20E3}",
    "ok", "2023", "3.5", "a.b", "can't", ":)", "#tag", "@x", ",", ".", "!", "?", "\u{301}", "e\u{301}", "\u{200D}",
    "\u{200B}", "\u{FE0F}", "\u{3000}", "\u{A0}", "\u{2009}", "\u{AD}", "x\u{200D}",
  ]
  static let spaces = [" ", " ", " ", "  ", "   "]

  static func text(_ state: inout UInt64) -> String {
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    var result = ""
    for index in 0...(next() % 10) {
      if index > 0 { result += spaces[next() % spaces.count] }
      for _ in 0...(next() % 3 == 0 ? 1 : 0) { result += pieces[next() % pieces.count] }
    }
    return result
  }

  @Test func splitRegionsMatchICU() throws {
    var comparison = try ICUComparison(fast: try Tokenizer())
    var state: UInt64 = 20_261_203
    var mismatches: [String] = []
    for _ in 0..<40_000 {
      let text = Self.text(&state)
      if try !comparison.agrees(on: text), mismatches.count < 5 { mismatches.append(text.debugDescription) }
    }
    #expect(mismatches.isEmpty, "split regions differ from ICU on: \(mismatches)")
  }

  @Test func stretchesEndAfterSpacesWithNoClingingNeighbour() {
    let flags = CharacterFlagCache()
    func starts(_ text: String) -> [Int] {
      let bytes = Array(text.utf8)
      return bytes.withUnsafeBufferPointer { buffer in
        var result: [Int] = []
        var start = 0
        while start < buffer.count {
          start = RegionStretches.nextStart(buffer, in: 0..<buffer.count, after: start, flags: flags)
          result.append(start)
        }
        return result
      }
    }
    #expect(starts("ab  cd e") == [4, 7, 8])
    // A mark after the spaces, or a ZWJ or U+3000 before them, clings: no split there.
    #expect(starts("ab \u{301}cd e") == [8, 9])
    #expect(starts("a\u{200D} b") == [6])
    #expect(starts("a\u{3000} b c") == [7, 8])
    // Spaces that open the region split nothing.
    #expect(starts("  ab c") == [5, 6])
    #expect(starts("abc") == [3])
  }
}
