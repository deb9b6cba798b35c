import Tokenization

/// The tagger's copy of `ICURegex`'s literal prefilter (`RegexLiteralPrefix`): whether a pure-ASCII
/// text holds the literal every match of a regex starts with, answered eight bytes at a time. The
/// shipped codebook's "return" and "switch" regexes are read for every text; `RegexLiteralPrefix`
/// searches with `memchr` for the literal's first letter, once per case, and stops at each of its
/// many occurrences (1,300 instructions a text for the two). Here each 8-byte word is tested for
/// the literal's first two bytes at once (both cases), and only those places are compared further.
/// A text it rules out is one `ICURegex.matches` would rule out (the same test), so the ICU call
/// is left out; any other text goes to `ICURegex.matches` as before.
struct RegexLiteralScan {
  /// The literal (lower-case when compared without case).
  let literal: [UInt8]
  let caseInsensitive: Bool

  /// The literal prefilter of `pattern`, or nil when `RegexLiteralPrefix` finds none.
  init?(pattern: String, caseInsensitive: Bool) {
    guard let found = RegexLiteralPrefix.literal(pattern: pattern, caseInsensitive: caseInsensitive),
      found.bytes.count >= 2
    else { return nil }
    literal = found.bytes
    self.caseInsensitive = found.caseInsensitive
  }

  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// Whether any of `text`'s bytes is not ASCII (eight at a time).
  static func holdsNonASCII(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = text.baseAddress else { return false }
    var high: UInt64 = 0
    var index = 0
    while index + 8 <= text.count {
      high |= UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      index += 8
    }
    while index < text.count {
      high |= UInt64(base[index])
      index += 1
    }
    return high & highs != 0
  }

  /// The high bit of each byte of `word` that equals `byte` once `fold` is or-ed in (exact: no
  /// borrow crosses bytes).
  @inline(__always)
  private static func equalBytes(_ word: UInt64, _ byte: UInt8, fold: UInt64) -> UInt64 {
    let difference = (word | fold) ^ (ones &* UInt64(byte))
    let low = (difference & ~highs) &+ ~highs
    return ~(low | difference | ~highs)
  }

  /// The case bit of a literal byte: 0x20 when it is a letter compared without case.
  private func fold(_ byte: UInt8) -> UInt8 {
    caseInsensitive && byte &- 0x61 < 26 ? 0x20 : 0
  }

  /// Whether `text`, pure ASCII, holds the literal (letters compared without case when
  /// `caseInsensitive`): `RegexLiteralPrefix.asciiText(_:contains:caseInsensitive:)` for an ASCII
  /// text.
  func occurs(inASCII text: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = text.count
    let length = literal.count
    guard let base = text.baseAddress, count >= length else { return false }
    let first = literal[0]
    let second = literal[1]
    let firstFold = fold(first)
    let secondFold = fold(second)
    let foldFirst = Self.ones &* UInt64(firstFold)
    let foldSecond = Self.ones &* UInt64(secondFold)
    // Whether the literal occurs at `start` (its first two bytes already match).
    func matches(at start: Int) -> Bool {
      guard start + length <= count else { return false }
      for offset in 2..<length {
        let wanted = literal[offset]
        if base[start + offset] | fold(wanted) != wanted { return false }
      }
      return true
    }
    var start = 0
    // Words at `start` and `start + 1` hold the first and second byte of 8 places.
    while start + 9 <= count {
      let word = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)
      let next = UnsafeRawPointer(base + start + 1).loadUnaligned(as: UInt64.self)
      var found =
        Self.equalBytes(word, first, fold: foldFirst) & Self.equalBytes(next, second, fold: foldSecond)
      while found != 0 {
        if matches(at: start + found.trailingZeroBitCount / 8) { return true }
        found &= found - 1
      }
      start += 8
    }
    while start + 1 < count {
      if base[start] | firstFold == first && base[start + 1] | secondFold == second && matches(at: start) {
        return true
      }
      start += 1
    }
    return false
  }
}
