import Tokenization

/// The tagger's copy of `ICURegex`'s literal prefilter (`RegexLiteralPrefix`): whether a pure-ASCII
/// text holds the literal every match of a regex starts with, answered eight bytes at a time. The
/// shipped codebook's "return" and "switch" regexes are read for every text; `RegexLiteralPrefix`
/// searches with `memchr` for the literal's first letter, once per case, and stops at each of its
/// many occurrences (1,300 instructions a text for the two). Here each 8-byte word is tested for
/// the literal's first two bytes at once (both cases), and only those places are compared further.
/// A text it rules out is one `ICURegex.matches` would rule out (the same test), so the ICU call
/// is left out; any other text goes to `ICURegex.matches` as before.
///
/// A text with other code points is searched the same way (`rulesOut(_:isASCII:)`) when none of
/// them can match an ASCII letter without case (`holdsASCIIFolding`): `RegexLiteralPrefix` stops
/// there, so every such text went to ICU (most of a mixed-script run's tagging time).
struct RegexLiteralScan {
  /// The literal (lower-case when compared without case).
  let literal: [UInt8]
  let caseInsensitive: Bool
  /// The offset of the literal's byte that the word-at-a-time search looks for: its letter least
  /// frequent in English text ("u" of "return", "w" of "switch"), so that few places need the
  /// whole literal compared. Any offset finds every occurrence (each holds that byte there).
  let probe: Int

  /// The literal prefilter of `pattern`, or nil when `RegexLiteralPrefix` finds none.
  init?(pattern: String, caseInsensitive: Bool) {
    guard let found = RegexLiteralPrefix.literal(pattern: pattern, caseInsensitive: caseInsensitive),
      found.bytes.count >= 2
    else { return nil }
    literal = found.bytes
    self.caseInsensitive = found.caseInsensitive
    probe = Self.rarestOffset(found.bytes)
  }

  /// English letters from the most frequent to the least (a byte not listed counts as rarer).
  private static let letterFrequencyOrder = Array("etaoinshrdlcumwfgypbvkjxqz".utf8)

  /// The offset of the byte of `literal` least frequent in English text (the first of equals).
  static func rarestOffset(_ literal: [UInt8]) -> Int {
    func rank(_ byte: UInt8) -> Int {
      let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
      return letterFrequencyOrder.firstIndex(of: lower) ?? letterFrequencyOrder.count
    }
    var best = 0
    for offset in literal.indices where rank(literal[offset]) > rank(literal[best]) { best = offset }
    return best
  }

  /// Whether `text` (valid UTF-8; `isASCII`: it has no other byte) cannot match the regex: it
  /// does not hold the literal. The literal is ASCII, and a longer UTF-8 sequence holds no ASCII
  /// byte, so the byte search finds the literal's code points exactly; case-insensitively, a
  /// non-ASCII code point could match an ASCII letter too, so a text that holds one of those
  /// (`holdsASCIIFolding`) is not ruled out. `holdsFolding` answers that (asked only when needed).
  func rulesOut(_ text: UnsafeBufferPointer<UInt8>, isASCII: Bool, holdsFolding: () -> Bool) -> Bool {
    rulesOut(isASCII: isASCII, holdsFolding: holdsFolding) { occurs(inASCII: text) }
  }

  /// `rulesOut(_:isASCII:holdsFolding:)` with the literal's byte search answered by `occurs`
  /// (the tagger's one pass for several literals, `RegexLiteralSet`), asked only when needed.
  @inline(__always)
  func rulesOut(isASCII: Bool, holdsFolding: () -> Bool, occurs: () -> Bool) -> Bool {
    if !isASCII && caseInsensitive && holdsFolding() { return false }
    return !occurs()
  }

  /// Whether valid UTF-8 `text` holds a code point whose case folding (full or simple, as ICU's
  /// case-insensitive matching uses it) holds an ASCII letter (CaseFolding.txt, Unicode 15): ß
  /// (ss), İ (i̇), ŉ (ʼn), ſ (s), ǰ (ǰ), ẖ ẗ ẘ ẙ ẚ (U+1E96–U+1E9A), ẞ (ss), K KELVIN SIGN (k),
  /// and the ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ (U+FB00–U+FB06).
  static func holdsASCIIFolding(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = text.count
    var index = 0
    while index + 1 < count {
      let lead = text[index]
      let next = text[index + 1]
      switch lead {
      case 0xC3: if next == 0x9F { return true }  // ß
      case 0xC4: if next == 0xB0 { return true }  // İ
      case 0xC5: if next == 0x89 || next == 0xBF { return true }  // ŉ ſ
      case 0xC7: if next == 0xB0 { return true }  // ǰ
      case 0xE1:
        // ẖ ẗ ẘ ẙ ẚ ẞ: E1 BA 96–9A, E1 BA 9E.
        if next == 0xBA && index + 2 < count {
          let third = text[index + 2]
          if (0x96...0x9A).contains(third) || third == 0x9E { return true }
        }
      case 0xE2: if next == 0x84 && index + 2 < count && text[index + 2] == 0xAA { return true }  // K
      case 0xEF: if next == 0xAC && index + 2 < count && text[index + 2] <= 0x86 { return true }  // ﬀ…ﬆ
      default: break
      }
      index += 1
    }
    return false
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
  /// text. Each 8-byte word is tested for the literal's `probe` byte (both cases) at once, and
  /// only the places where it lies are compared whole.
  func occurs(inASCII text: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = text.count
    let length = literal.count
    guard let base = text.baseAddress, count >= length else { return false }
    let probeByte = literal[probe]
    let probeFold = fold(probeByte)
    let foldWord = Self.ones &* UInt64(probeFold)
    // Whether the literal occurs at `start` (every byte compared).
    func matches(at start: Int) -> Bool {
      guard start + length <= count else { return false }
      for offset in 0..<length {
        let wanted = literal[offset]
        if base[start + offset] | fold(wanted) != wanted { return false }
      }
      return true
    }
    // Whether a place whose probe byte lies in the word at `at` (bits of `found`) holds the literal.
    func anyMatches(_ found: UInt64, at: Int) -> Bool {
      var found = found
      while found != 0 {
        if matches(at: at &+ found.trailingZeroBitCount &>> 3 &- probe) { return true }
        found &= found &- 1
      }
      return false
    }
    // `at` is where the probe byte of a place starting at `at - probe` lies (no place starts
    // before the text). Two words a step: one test of both for the probe byte (most steps find
    // none), and half the loop's own instructions.
    var at = probe
    while at &+ 16 <= count {
      let first = Self.equalBytes(UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self), probeByte, fold: foldWord)
      let second = Self.equalBytes(
        UnsafeRawPointer(base + (at &+ 8)).loadUnaligned(as: UInt64.self), probeByte, fold: foldWord)
      if first | second != 0 && (anyMatches(first, at: at) || anyMatches(second, at: at &+ 8)) { return true }
      at &+= 16
    }
    if at &+ 8 <= count {
      let word = UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self)
      if anyMatches(Self.equalBytes(word, probeByte, fold: foldWord), at: at) { return true }
      at &+= 8
    }
    guard at < count else { return false }
    // The last bytes: the text's last word when it holds a whole word from `probe` on (it tests
    // again some places already tested, which does not change the answer), else byte by byte.
    if count >= probe &+ 8 {
      let last = count &- 8
      return anyMatches(
        Self.equalBytes(UnsafeRawPointer(base + last).loadUnaligned(as: UInt64.self), probeByte, fold: foldWord),
        at: last)
    }
    while at < count {
      if base[at] | probeFold == probeByte && matches(at: at &- probe) { return true }
      at &+= 1
    }
    return false
  }
}
