/// Per-byte character classes for the scanners: one table lookup answers "digit? letter? can a
/// detector start here?" for any byte. Bytes ≥ 0x80 (UTF-8 lead and continuation bytes) are
/// `nonASCII`; where a boundary matters the scanners decode the scalar and ask whether it is a
/// letter or digit (`isWordCharacter`), so "“Hi Sarah”" and "4111…" have boundaries but "éHi" not.
enum ByteClass {
  static let digit: UInt8 = 1
  static let upper: UInt8 = 2
  static let lower: UInt8 = 4
  static let nonASCII: UInt8 = 8
  static let hex: UInt8 = 16
  /// Characters of an e-mail local part: letters, digits and `. _ % + - ' & = ~`.
  static let emailLocal: UInt8 = 32
  /// Bytes where a detector may start: letters, digits, non-ASCII bytes (e-mail local parts), `+`,
  /// `(` and `:`.
  static let start: UInt8 = 64
  /// Space, tab, carriage return and line feed.
  static let space: UInt8 = 128

  static let letter: UInt8 = upper | lower
  static let alphanumeric: UInt8 = digit | upper | lower
  static let word: UInt8 = digit | upper | lower | nonASCII

  /// The class bits of every byte value.
  static let table: [UInt8] = (0..<256).map { value in
    let byte = UInt8(value)
    var bits: UInt8 = 0
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): bits = digit | hex | emailLocal | start
    case UInt8(ascii: "A")...UInt8(ascii: "Z"):
      bits = upper | emailLocal | start | (byte <= UInt8(ascii: "F") ? hex : 0)
    case UInt8(ascii: "a")...UInt8(ascii: "z"):
      bits = lower | emailLocal | start | (byte <= UInt8(ascii: "f") ? hex : 0)
    case 0x80...0xBF: bits = nonASCII | emailLocal
    case 0xC0...0xFF: bits = nonASCII | emailLocal | start
    // RFC 5322 §3.2.3 atext that addresses hold in practice: "sean.o'brien@", "jane&john@",
    // "bounce+list=example.org@", "~user@" (QA review 40: the part before `'` or `&` was left in
    // clear).
    case UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "%"), UInt8(ascii: "-"), UInt8(ascii: "'"),
      UInt8(ascii: "&"), UInt8(ascii: "="), UInt8(ascii: "~"):
      bits = emailLocal
    case UInt8(ascii: "+"): bits = emailLocal | start
    // An invisible character between a letter and a digit (`FoldedText.wordBoundary`): it ends a
    // word or number, but not an address's local part ("john\u{200B}1984@example.com").
    case FoldedText.wordBoundary: bits = emailLocal
    case UInt8(ascii: "("), UInt8(ascii: ":"): bits = start
    case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"): bits = space
    default: bits = 0
    }
    return bits
  }
}

/// A read-only view of a text's UTF-8 bytes with O(1) class lookups. Reading past either end gives
/// byte 0 (class 0: no class), so scanners need no bounds checks of their own.
struct ByteScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  let classes: UnsafeBufferPointer<UInt8>

  var count: Int { bytes.count }

  @inline(__always) func byte(_ index: Int) -> UInt8 {
    index >= 0 && index < bytes.count ? bytes[index] : 0
  }

  @inline(__always) func classOf(_ index: Int) -> UInt8 { classes[Int(byte(index))] }

  @inline(__always) func isDigit(_ index: Int) -> Bool { classOf(index) & ByteClass.digit != 0 }
  @inline(__always) func isLetter(_ index: Int) -> Bool { classOf(index) & ByteClass.letter != 0 }
  @inline(__always) func isWord(_ index: Int) -> Bool { classOf(index) & ByteClass.word != 0 }
  @inline(__always) func isAlphanumeric(_ index: Int) -> Bool { classOf(index) & ByteClass.alphanumeric != 0 }
  @inline(__always) func isSpace(_ index: Int) -> Bool { classOf(index) & ByteClass.space != 0 }
  @inline(__always) func isByte(_ index: Int, _ ascii: Unicode.Scalar) -> Bool { byte(index) == UInt8(ascii: ascii) }

  /// The index after a run of digits starting at `index`.
  @inline(__always) func digitRunEnd(from index: Int) -> Int {
    var end = index
    while isDigit(end) { end += 1 }
    return end
  }

  /// True when the character starting at `index` is a letter or digit of any script (false at
  /// the ends of the text).
  @inline(__always) func isWordCharacter(_ index: Int) -> Bool {
    let bits = classOf(index)
    if bits & ByteClass.nonASCII == 0 { return bits & ByteClass.alphanumeric != 0 }
    return isNonASCIIWordCharacter(index)
  }

  private func isNonASCIIWordCharacter(_ index: Int) -> Bool {
    guard let (scalar, _) = scalar(at: index) else { return true }
    return ScalarTraits.of(scalar) & (ScalarTraits.alphabetic | ScalarTraits.numeric) != 0
  }

  /// The byte length of the non-ASCII scalar at `index` when it is a letter, mark or digit (general
  /// category L, M or N), else 0: what may continue an internationalised address (IDNA2008 labels,
  /// RFC 6531 local parts, RFC 3987 IRI paths) as opposed to typographic punctuation (“ ” « » … ，。),
  /// symbols and spaces, which end it.
  func nonASCIIWordCharacterLength(at index: Int) -> Int {
    guard byte(index) >= 0x80, let (scalar, length) = scalar(at: index) else { return 0 }
    return ScalarTraits.of(scalar) & ScalarTraits.letterMarkOrNumber != 0 ? length : 0
  }

  /// True when the character ending just before `index` is a letter or digit of any script.
  func isWordCharacter(before index: Int) -> Bool {
    var start = index - 1
    guard start >= 0 else { return false }
    while start > 0 && index - start < 4 && byte(start) & 0xC0 == 0x80 { start -= 1 }
    return isWordCharacter(start)
  }

  /// True when the digit at `index` follows another number and a space (`1234 5678`): a phone
  /// number does not start there, so the tail of a longer digit-group run (an IBAN, a 14-digit
  /// reference) is never taken for a phone number on its own. Digits glued to a letter before them
  /// are a word, not a number ("O2 07700 900123", "Galaxy S9 020 7946 0000": brief h62a, both
  /// numbers were kept).
  @inline(__always) func continuesDigitGroups(_ index: Int) -> Bool {
    guard byte(index - 1) == UInt8(ascii: " ") && isDigit(index - 2) else { return false }
    var runStart = index - 2
    while isDigit(runStart - 1) { runStart -= 1 }
    return !isLetter(runStart - 1)
  }

  /// True when the character at `index` continues a word or number of ASCII letters and digits: an
  /// ASCII letter or digit, a Latin letter, a digit or a combining mark. Letters of other scripts do
  /// not: Japanese and Chinese put no space between words ("電話090-1234-5678まで"), and UAX #29
  /// breaks words between Ideographic, Hiragana or Katakana letters and ASCII ones; data glued to
  /// Cyrillic or Greek words ("карта4111…") is taken apart the same way.
  func continuesASCIIWord(_ index: Int) -> Bool {
    let bits = classOf(index)
    if bits & ByteClass.nonASCII == 0 { return bits & ByteClass.alphanumeric != 0 }
    guard let (scalar, _) = scalar(at: index) else { return true }
    let traits = ScalarTraits.of(scalar)
    if traits & ScalarTraits.mark != 0 { return true }  // "nai\u{308}ve" is one word
    if traits & ScalarTraits.alphabetic != 0 { return traits & ScalarTraits.latin != 0 }
    return traits & ScalarTraits.numeric != 0
  }

  /// True when the character ending just before `index` continues an ASCII word (`continuesASCIIWord`);
  /// combining marks are skipped to the character they combine with (none at the start of the text
  /// or after a space: "\u{301}Hi" starts a token at "H").
  func continuesASCIIWord(before index: Int) -> Bool {
    var end = index
    for _ in 0..<8 {
      var start = end - 1
      guard start >= 0 else { return false }
      while start > 0 && end - start < 4 && byte(start) & 0xC0 == 0x80 { start -= 1 }
      guard byte(start) >= 0x80, let (scalar, _) = scalar(at: start), ScalarTraits.of(scalar) & ScalarTraits.mark != 0
      else { return continuesASCIIWord(start) }
      end = start
    }
    return true
  }

  /// True when a number ends at `end`: no letter or digit follows (a letter of a script other than
  /// Latin may: `continuesASCIIWord`), and no `.`/`,` followed by a digit (a decimal or thousands
  /// continuation such as `1,234.56`).
  func endsNumber(at end: Int) -> Bool {
    if continuesASCIIWord(end) { return false }
    let next = byte(end)
    if (next == UInt8(ascii: ".") || next == UInt8(ascii: ",")) && isDigit(end + 1) { return false }
    return true
  }

  /// True when a phone or card number may end at `end`: where a number ends (`endsNumber`), or
  /// before a comma and three or more digits, which list another number ("07700 900123,07700
  /// 900124"; review h60c: both were kept) rather than continue this one as a decimal ("…,50").
  func endsListedNumber(at end: Int) -> Bool {
    endsNumber(at: end) || (isByte(end, ",") && digitRunEnd(from: end + 1) - (end + 1) >= 3)
  }

  /// Whether the bytes before `end` end with 1–4 hex digits that start a token or follow a colon.
  func isHexGroup(endingBefore end: Int) -> Bool {
    var start = end
    while start > 0 && end - start < 5 && classOf(start - 1) & ByteClass.hex != 0 { start -= 1 }
    let length = end - start
    guard (1...4).contains(length) else { return false }
    return start == 0 || byte(start - 1) == UInt8(ascii: ":") || classOf(start - 1) & ByteClass.alphanumeric == 0
  }

  /// The number of hex digits from `start` (counting stops after 5).
  func hexRunLength(from start: Int) -> Int {
    var end = start
    while end < count && end - start < 5 && classOf(end) & ByteClass.hex != 0 { end += 1 }
    return end - start
  }

  /// True when `index` begins a token a detector may claim: the previous character is not a letter
  /// or digit (for an ASCII letter or digit: not one that `continuesASCIIWord`, so "電話090…" has a
  /// token at "090"), and a digit does not continue a number such as `1.5` or `12-34`.
  @inline(__always) func isTokenStart(_ index: Int) -> Bool {
    if index == 0 { return true }
    let previous = classOf(index - 1)
    if previous & ByteClass.alphanumeric != 0 { return false }
    if previous & ByteClass.nonASCII != 0 {
      let glued =
        classOf(index) & ByteClass.nonASCII == 0 ? continuesASCIIWord(before: index) : isWordCharacter(before: index)
      if glued { return false }
    }
    // Inside a colon-separated hex sequence (`2001:db8::1::2`): not a new start. Both sides must be
    // IPv6-shaped groups of at most four hex digits: "card:4111 1111 …" and "see:10.0.0.1" are a word
    // and a colon before a new token.
    if byte(index - 1) == UInt8(ascii: ":") && classOf(index) & ByteClass.hex != 0
      && (byte(index - 2) == UInt8(ascii: ":") || isHexGroup(endingBefore: index - 1))
      && hexRunLength(from: index) <= 4
    {
      return false
    }
    if classOf(index) & ByteClass.digit != 0 {
      let separator = byte(index - 1)
      if separator == UInt8(ascii: ".") || separator == UInt8(ascii: ",") || separator == UInt8(ascii: "-")
        || separator == UInt8(ascii: "/") || separator == UInt8(ascii: ":")
      {
        if isDigit(index - 2) { return false }
      }
    }
    return true
  }
}
