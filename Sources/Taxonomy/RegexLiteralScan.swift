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

  /// The word boundaries around the literal that every match of `pattern`, the pattern this scan
  /// was made of, needs (`RegexLiteralBoundaries`). Kept apart by the tagger (`literalBoundaries`):
  /// a field of the scan made the copy of each regex's scan at every text longer.
  func boundaries(of pattern: String) -> RegexLiteralBoundaries {
    RegexLiteralBoundaries(pattern: pattern, literal: literal, caseInsensitive: caseInsensitive)
  }

  /// Whether some occurrence of the literal in `text` has `boundaries`, the word boundaries every
  /// match needs (`boundaries(of:)`): false proves that the regex does not match a text in which
  /// `occurs(inASCII:)` found the literal, read as that search reads it (a pure-ASCII text, or
  /// one holding no code point that folds to an ASCII letter when compared without case).
  func occurs(in text: UnsafeBufferPointer<UInt8>, with boundaries: RegexLiteralBoundaries) -> Bool {
    guard boundaries.checksAny else { return true }
    let count = text.count
    let length = literal.count
    guard let base = text.baseAddress, count >= length else { return false }
    // Whether the literal occurs at `start`.
    func holdsLiteral(at start: Int) -> Bool {
      for offset in 0..<length where base[start + offset] | fold(literal[offset]) != literal[offset] { return false }
      return true
    }
    // Whether the optional suffix occurs at `start`.
    func holdsSuffix(at start: Int) -> Bool {
      let suffixLength = boundaries.suffixLength
      guard start + suffixLength <= count else { return false }
      for offset in 0..<suffixLength {
        let wanted = UInt8(truncatingIfNeeded: boundaries.optionalSuffix >> UInt64(8 * offset))
        if base[start + offset] | fold(wanted) != wanted { return false }
      }
      return true
    }
    // Whether a `\b` after the literal may hold at `end`: ICU's `\b` needs the characters on
    // either side to differ in being word characters, and the one before is a letter or digit.
    func endsWord(at end: Int) -> Bool { end == count || !RegexLiteralBoundaries.isWordByte(base[end]) }
    var start = 0
    while start + length <= count {
      defer { start += 1 }
      guard holdsLiteral(at: start) else { continue }
      if boundaries.before && start > 0 && RegexLiteralBoundaries.isWordByte(base[start - 1]) { continue }
      guard boundaries.after else { return true }
      if endsWord(at: start + length) { return true }
      let suffixLength = boundaries.suffixLength
      if suffixLength > 0 && holdsSuffix(at: start + length) && endsWord(at: start + length + suffixLength) {
        return true
      }
    }
    return false
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

/// The word boundaries around a regex's literal prefix (`RegexLiteralPrefix`) that every match
/// needs, read from the pattern: a `\b` among the zero-width openers before the literal, and a
/// `\b` right after it or after one optional group of letters (`\breturn(?:ing)?\b`). A text
/// that holds the literal ("returned", "nonreturnable") may hold it nowhere with those boundaries,
/// and then cannot match: the literal search alone sent it to ICU (whose search of the shipped
/// codebook's lookbehind patterns cost some 90,000 instructions a text).
///
/// ICU's `\b` (without the `w` flag) holds where the characters either side differ in being
/// word characters (`\w`: letters, marks, digits, connector punctuation), after skipping marks
/// and format characters backwards. An ASCII letter, digit or underscore is a word character, so
/// a literal that starts (ends) with a letter or digit has no `\b` before (after) it where such a
/// byte lies there; any other byte, or the text's end, may be a boundary.
struct RegexLiteralBoundaries: Equatable {
  /// A `\b` stands before the literal.
  var before = false
  /// A `\b` stands after the literal, or after it and `optionalSuffix` when that is there.
  var after = false
  /// The letters of an optional group right after the literal (`(?:ing)?`), lower-case when
  /// compared without case, as a little-endian word (at most 8; none: `suffixLength` 0). Not an
  /// array: the tagger copies each regex's scan at every text, and an array is one more retain.
  var optionalSuffix: UInt64 = 0
  var suffixLength = 0

  var checksAny: Bool { before || after }

  /// No boundary (a regex without a literal scan).
  init() {}

  /// The boundaries of `pattern`, whose literal prefix `literal` is (compared without case, and
  /// then lower-case, when `caseInsensitive`). None when the pattern is beyond this short reading:
  /// inline flags other than `i`, `m` and `s` (`x` changes what a space is, `w` what `\b` is).
  init(pattern: String, literal: [UInt8], caseInsensitive: Bool) {
    let scalars = Array(pattern.unicodeScalars)
    var index = 0
    // Inline flags: "(?i)", "(?im)", "(?-i)".
    while index + 2 < scalars.count, scalars[index] == "(", scalars[index + 1] == "?" {
      var end = index + 2
      while end < scalars.count, scalars[end] != ")" {
        guard "ims-".unicodeScalars.contains(scalars[end]) else { return }
        end += 1
      }
      guard end < scalars.count else { return }
      index = end + 1
    }
    var boundaryBefore = false
    while index < scalars.count {
      if scalars[index] == "^" {
        index += 1
      } else if scalars[index] == "\\", index + 1 < scalars.count, "Ab".unicodeScalars.contains(scalars[index + 1]) {
        if scalars[index + 1] == "b" { boundaryBefore = true }
        index += 2
      } else {
        break
      }
    }
    // The literal as written (in either case when compared without case).
    func lowered(_ scalar: Unicode.Scalar) -> UInt8? {
      guard scalar.isASCII else { return nil }
      let byte = UInt8(scalar.value)
      return caseInsensitive && byte &- 0x41 < 26 ? byte | 0x20 : byte
    }
    guard index + literal.count <= scalars.count,
      zip(scalars[index..<(index + literal.count)], literal).allSatisfy({ lowered($0) == $1 })
    else { return }
    index += literal.count
    // Only a literal that starts (ends) with a letter or digit: a `\b` before a space may hold
    // between two letters' neighbours.
    if let first = literal.first, Self.isAlphanumeric(first) { before = boundaryBefore }
    guard let last = literal.last, Self.isAlphanumeric(last) else { return }
    // A quantifier after the literal's last character (which `RegexLiteralPrefix` dropped).
    guard index < scalars.count, !"?*+{".unicodeScalars.contains(scalars[index]) else { return }
    var suffix: [UInt8] = []
    if index + 3 < scalars.count, scalars[index] == "(", scalars[index + 1] == "?", scalars[index + 2] == ":" {
      var end = index + 3
      while end < scalars.count, let byte = lowered(scalars[end]), Self.isAlphanumeric(byte) {
        suffix.append(byte)
        end += 1
      }
      // "(?:ing)?", "(?:ing)??" or "(?:ing)?+", and nothing else.
      guard !suffix.isEmpty, suffix.count <= 8, end + 1 < scalars.count, scalars[end] == ")", scalars[end + 1] == "?"
      else { return }
      index = end + 2
      if index < scalars.count, "?+".unicodeScalars.contains(scalars[index]) { index += 1 }
    }
    guard index + 1 < scalars.count, scalars[index] == "\\", scalars[index + 1] == "b" else { return }
    // Not a `\b` made optional ("\b?", "\b*", "\b{0,1}").
    guard index + 2 == scalars.count || !"?*{".unicodeScalars.contains(scalars[index + 2]) else { return }
    after = true
    for (offset, byte) in suffix.enumerated() { optionalSuffix |= UInt64(byte) << UInt64(8 * offset) }
    suffixLength = suffix.count
  }

  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26
  }

  /// Whether `byte` is an ASCII word character of ICU's `\w`: a letter, a digit or "_".
  @inline(__always)
  static func isWordByte(_ byte: UInt8) -> Bool {
    isAlphanumeric(byte) || byte == 0x5F
  }
}
