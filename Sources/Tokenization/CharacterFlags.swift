internal import ICUBridge

/// Unicode properties of a code point, from ICU, used to classify segments.
struct CharacterFlags: OptionSet {
  let rawValue: Int32

  static let letter = CharacterFlags(rawValue: Int32(VB_CHAR_LETTER))
  static let digit = CharacterFlags(rawValue: Int32(VB_CHAR_DIGIT))
  static let emoji = CharacterFlags(rawValue: Int32(VB_CHAR_EMOJI))
  static let space = CharacterFlags(rawValue: Int32(VB_CHAR_SPACE))
  static let mark = CharacterFlags(rawValue: Int32(VB_CHAR_MARK))
  static let emojiPresentation = CharacterFlags(rawValue: Int32(VB_CHAR_EMOJI_PRESENTATION))
  static let punctuation = CharacterFlags(rawValue: Int32(VB_CHAR_PUNCT))
  /// General category N: Nd (digits of every script), Nl (Ⅻ, 〇) and No (½, ², ①).
  static let number = CharacterFlags(rawValue: Int32(VB_CHAR_NUMBER))
  /// Word_Break Extend, Format, ZWJ or WSegSpace: ICU's word rules join such a character to a space
  /// before it (WB3d, WB4), or a space after it to it (WB3d). Set only for non-ASCII code points.
  static let wordBreakClings = CharacterFlags(rawValue: Int32(VB_CHAR_WB_CLINGS))
  /// Segmented by ICU's dictionaries (Han, Hiragana, Katakana, Hangul syllables,
  /// Line_Break=Complex_Context: Thai, Lao, Khmer, Myanmar …).
  static let dictionary = CharacterFlags(rawValue: Int32(VB_CHAR_DICTIONARY))

  /// The Word_Break property as ICU's `UWordBreakValues` value (0 Other, 1 ALetter, 2 Format,
  /// 4 MidLetter, 5 MidNum, 6 Numeric, 7 ExtendNumLet, 9 Extend, 11 MidNumLet, 14 Hebrew_Letter …).
  /// Filled only for non-ASCII code points and ASCII symbols.
  var wordBreak: UInt8 { UInt8(truncatingIfNeeded: (rawValue >> Int32(VB_CHAR_WB_SHIFT)) & Int32(VB_CHAR_WB_MASK)) }

  /// The Sentence_Break property (UAX #29, Table 4) as ICU's `USentenceBreak` value (0 Other, 1 ATerm,
  /// 2 Close, 3 Format, 4 Lower, 5 Numeric, 6 OLetter, 7 Sep, 8 Sp, 9 STerm, 10 Upper, 11 CR,
  /// 12 Extend, 13 LF, 14 SContinue). Filled only for non-ASCII code points and ASCII symbols.
  var sentenceBreak: UInt8 { UInt8(truncatingIfNeeded: (rawValue >> Int32(VB_CHAR_SB_SHIFT)) & Int32(VB_CHAR_SB_MASK)) }

  init(rawValue: Int32) { self.rawValue = rawValue }

  /// The flags of every code point below U+0800 (`CharacterFlags(_:)` of each), made once per
  /// process for the tables of two-byte characters (`TwoByteSegments.table`,
  /// `AlphabeticWordBreaker`'s and `UnicodeSentenceBreaker`'s): each of the three asked ICU for
  /// every code point itself, about 2.6M instructions more at every start-up.
  static let belowU0800: [CharacterFlags] = (0..<0x800).map { CharacterFlags(UInt32($0)) }

  /// Whether NFKC_Casefold maps `scalar` to itself and `scalar` has a normalization boundary before
  /// it (it never combines with the character before it): a string of such characters is its own
  /// NFKC_Casefold. From ICU, not cached: for tables built once.
  static func isCaseFoldStable(_ scalar: UInt32) -> Bool { vb_char_casefold_stable(Int32(scalar)) != 0 }

  init(_ scalar: UInt32) {
    if scalar < 0x80 {
      let byte = UInt8(scalar)
      if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
        rawValue = CharacterFlags.letter.rawValue
      } else if byte >= 0x30 && byte <= 0x39 {
        rawValue = CharacterFlags.digit.rawValue | CharacterFlags.number.rawValue
      } else if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
        rawValue = CharacterFlags.space.rawValue
      } else {
        rawValue = vb_char_flags(Int32(scalar))
      }
    } else {
      rawValue = vb_char_flags(Int32(scalar))
    }
  }
}

/// Character flags with the Basic Multilingual Plane and the Supplementary Multilingual Plane (where
/// most emoji live) cached page by page (256 code points a page,
/// filled on first use), so that ICU's property functions run once per distinct page, not once per
/// character. One cache per tokenizer: no sharing, no locks. A class over raw storage, so that a
/// lookup from a tokenizer's `let` property needs no dynamic exclusivity check.
final class CharacterFlagCache {
  private static let pageCount = 512
  private let pages: UnsafeMutablePointer<UnsafeMutablePointer<Int32>?>

  init() {
    pages = .allocate(capacity: Self.pageCount)
    pages.initialize(repeating: nil, count: Self.pageCount)
  }

  deinit {
    for page in 0..<Self.pageCount { pages[page]?.deallocate() }
    pages.deallocate()
  }

  @inline(__always)
  func flags(_ scalar: UInt32) -> CharacterFlags {
    if scalar < 0x80 { return CharacterFlags(scalar) }
    guard scalar < 0x20000 else { return CharacterFlags(scalar) }
    let page = Int(scalar >> 8)
    if let filled = pages[page] { return CharacterFlags(rawValue: filled[Int(scalar & 0xFF)]) }
    let base = UInt32(page) << 8
    let filled = UnsafeMutablePointer<Int32>.allocate(capacity: 256)
    if base < 0x800 {
      // The pages below U+0800 are in the process's table already (`belowU0800`).
      for offset in 0..<256 { (filled + offset).initialize(to: CharacterFlags.belowU0800[Int(base) + offset].rawValue) }
    } else {
      for offset in 0..<256 { (filled + offset).initialize(to: CharacterFlags(base + UInt32(offset)).rawValue) }
    }
    pages[page] = filled
    return CharacterFlags(rawValue: filled[Int(scalar & 0xFF)])
  }
}
