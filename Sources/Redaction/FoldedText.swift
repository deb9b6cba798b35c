/// The bytes the detectors read when a text spells separators or digits outside ASCII.
///
/// The detectors work on ASCII separators and digits. So that personal data typed with a no-break
/// space, a thin space or full-width digits is found as it is with ASCII ones, the text is folded
/// first, one scalar to one ASCII byte or to none:
/// - every Unicode White_Space character (PropList.txt, UAX #44) to a space, or to a line feed for
///   the ones that end a line (VT, FF, NEL U+0085, LINE SEPARATOR U+2028, PARAGRAPH SEPARATOR
///   U+2029);
/// - every decimal digit (general category Nd: full-width ０–９, Arabic-Indic ٠–٩, Devanagari ०–९ and
///   all other scripts' digits) to the ASCII digit of the same value;
/// - every dash (general category Pd: hyphen U+2010, non-breaking hyphen U+2011, figure dash U+2012,
///   en dash U+2013, em dash U+2014, horizontal bar U+2015, small and full-width hyphen-minus U+FE63,
///   U+FF0D …) and the minus sign U+2212 between a digit and a letter or digit (ASCII, or folded
///   already; "GB82–WEST–1234", "AB–12–34–56–C") to `-`,
///   and a full-width plus sign U+FF0B before a digit to `+`: digit groups typed in Word (which turns
///   `-` into `–` as it autocorrects), pasted from a PDF or typed with an East Asian input method are
///   the groups of an ASCII `-` (brief h61a: `07700–900123` and `020–7946–0958` were kept). A dash
///   with a space on either side ("9 – 5", "Best wishes – Kate") or between two letters ("Sarah—Thanks",
///   "London–Paris") stays what it is;
/// - every invisible format character (general category Cf that is also Default_Ignorable_Code_Point:
///   soft hyphen U+00AD, zero-width space U+200B, ZWNJ U+200C, ZWJ U+200D, the direction marks and
///   embeddings U+200E–U+200F, U+202A–U+202E, U+2066–U+2069, word joiner U+2060, the invisible
///   operators U+2061–U+2064, the byte order mark U+FEFF, Mongolian vowel separator U+180E, Arabic
///   letter mark U+061C, tags U+E0001–U+E007F …) to nothing: it shows as nothing, so the detectors
///   read the text as a person sees it, and a zero-width space typed into a number or an address to
///   dodge a filter (`0770\u{200B}0 900123`, `jo\u{200B}hn@example.com`: brief h61a, both leaked) is
///   masked with the rest of it. Between a letter and a digit it folds to `wordBoundary` instead, a
///   byte that ends a word or number as the invisible character did ("call\u{200B}07700 900123",
///   "…900123\u{200B}thanks" stay a cue and a number) and that only an e-mail local part crosses
///   (`ByteClass.emailLocal`: "john\u{200B}1984@example.com" is one address);
/// - the full-width at sign U+FF20 and the small commercial at U+FE6B to `@`, and after one (with no
///   white space since) an ideographic full stop U+3002, a full-width full stop U+FF0E or a
///   half-width ideographic full stop U+FF61 between two letters or digits, both ASCII or both not,
///   to `.`: e-mail addresses
///   typed with an East Asian input method (QA review 31: `tanaka.taro＠example.co.jp` was kept).
///   Other punctuation is not folded: a full-width comma or closing quote must still end an address,
///   and a full stop that ends a Japanese sentence stays one.
///
/// Letters and everything else keep their bytes, so the folded bytes are valid UTF-8, never longer
/// than the text, and `originalOffsets` maps each folded byte index (and the end) back to the text;
/// `originalRange` maps a match back, with the invisible characters inside it and none before or
/// after it.
/// Building one costs one pass and two buffers per text, and only when the text has something to
/// fold; the detectors then replace the original bytes of what they find.
struct FoldedText {
  var bytes: [UInt8]
  /// `originalOffsets[i]` is the text's byte offset of folded byte `i`; one extra entry for the end.
  var originalOffsets: [Int]

  /// Lead bytes of every UTF-8 sequence that may need folding: those of the non-ASCII White_Space
  /// characters, the Nd digits, the Pd dashes, the invisible format characters and the full-width
  /// plus (C2, D6, D8, D9, DB, DF, E0–E3, EA, EF, F0, F3). Other lead bytes (Latin, Greek, Cyrillic,
  /// Hebrew letters, CJK ideographs, Hangul …) are skipped without decoding. A test checks the
  /// whole code space against the Unicode properties.
  private static let mayFoldLead: [Bool] = (0..<256).map { value in
    switch value {
    case 0x0B, 0x0C, 0xC2, 0xD6, 0xD8, 0xD9, 0xDB, 0xDF, 0xE0...0xE3, 0xEA, 0xEF, 0xF0, 0xF3: return true
    default: return false
    }
  }

  /// Folds `text`, or returns nil when nothing in it folds (the detectors then read it as it is).
  init?(folding text: UnsafeBufferPointer<UInt8>) {
    guard let first = Self.firstFold(in: text) else { return nil }
    var count = 0
    var folded: [UInt8] = []
    let offsets = [Int](unsafeUninitializedCapacity: text.count + 1) { offsets, offsetCount in
      folded = [UInt8](unsafeUninitializedCapacity: text.count) { bytes, byteCount in
        for index in 0..<first {
          bytes[index] = text[index]
          offsets[index] = index
        }
        count = first
        var index = first
        var afterAt = Self.atSignWithoutSpace(before: first, in: text)
        while index < text.count {
          let byte = text[index]
          guard Self.mayFoldLead[Int(byte)] else {
            afterAt = Self.afterAt(afterAt, byte)
            bytes[count] = byte
            offsets[count] = index
            count += 1
            index += 1
            continue
          }
          let length = Self.sequenceLength(byte)
          if let ascii = Self.fold(text, at: index, previous: count > 0 ? bytes[count - 1] : 0, afterAt: afterAt) {
            // An invisible character leaves no byte: the match around it maps back over it.
            if ascii == Self.dropped {
              index += length
              continue
            }
            afterAt = Self.afterAt(afterAt, ascii)
            bytes[count] = ascii
            offsets[count] = index
            count += 1
          } else {
            for offset in 0..<length {
              bytes[count] = text[index + offset]
              offsets[count] = index + offset
              count += 1
            }
          }
          index += length
        }
        byteCount = count
      }
      offsets[count] = text.count
      offsetCount = count + 1
    }
    bytes = folded
    originalOffsets = offsets
  }

  /// The range of `text` (the bytes this was folded from) that the folded bytes `start..<end` come
  /// from: from the first one's scalar to the end of the last one's, so an invisible character
  /// inside the match is replaced with it, and one just before or after it stays.
  func originalRange(_ start: Int, _ end: Int, in text: UnsafeBufferPointer<UInt8>) -> Range<Int> {
    let lower = originalOffsets[start]
    guard end > start else { return lower..<lower }
    let last = originalOffsets[end - 1]
    // A folded ASCII byte from a non-ASCII scalar stands for the whole scalar; any other byte is
    // the text's own.
    let width = bytes[end - 1] < 0x80 && text[last] >= 0x80 ? Self.sequenceLength(text[last]) : 1
    return lower..<(last + width)
  }

  /// What `fold` returns for a scalar that folds to no byte (an invisible format character); no
  /// scalar folds to NUL.
  private static let dropped: UInt8 = 0

  /// The byte an invisible format character between a letter and a digit folds to: the control
  /// character UNIT SEPARATOR, which no detector takes for a letter, digit, space or separator.
  static let wordBoundary: UInt8 = 0x1F

  /// The offset of the first scalar that folds, if any.
  private static func firstFold(in text: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    var previous: UInt8 = 0
    var afterAt = false
    while index < text.count {
      let byte = text[index]
      if mayFoldLead[Int(byte)] {
        if fold(text, at: index, previous: previous, afterAt: afterAt) != nil { return index }
        index += sequenceLength(byte)
        previous = 0x80
      } else {
        afterAt = Self.afterAt(afterAt, byte)
        previous = byte
        index += 1
      }
    }
    return nil
  }

  /// Whether an at sign (ASCII) comes before `end` with no ASCII white space after it.
  private static func atSignWithoutSpace(before end: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
    var afterAt = false
    for index in 0..<end { afterAt = Self.afterAt(afterAt, text[index]) }
    return afterAt
  }

  /// The "after an at sign, no white space since" state after the (folded) byte `byte`.
  @inline(__always) private static func afterAt(_ state: Bool, _ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "@"): return true
    case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"): return false
    default: return state
    }
  }

  /// The byte length of the UTF-8 sequence led by `byte` (1 for ASCII and stray bytes).
  @inline(__always) private static func sequenceLength(_ byte: UInt8) -> Int {
    switch byte {
    case 0xC0...0xDF: return 2
    case 0xE0...0xEF: return 3
    case 0xF0...0xF7: return 4
    default: return 1
    }
  }

  /// The ASCII byte the scalar at `index` folds to, `dropped` when it folds to none, or nil when it
  /// stays. `previous` is the folded byte before it.
  private static func fold(_ text: UnsafeBufferPointer<UInt8>, at index: Int, previous: UInt8, afterAt: Bool)
    -> UInt8?
  {
    guard let (scalar, length) = decode(text, at: index) else { return nil }
    switch scalar.value {
    case 0xFF20, 0xFE6B: return UInt8(ascii: "@")
    case 0x3002, 0xFF0E, 0xFF61:
      // Inside an address: after an at sign, between two letters or digits (a non-ASCII byte before
      // is part of a letter: only letters and digits reach here from the address's host).
      // Both sides ASCII or both not: after an ASCII host, a sentence in Japanese or Chinese that
      // follows the stop is no label ("tanaka@example.jp。返金はまだです。" lost its complaint: QA
      // review 40).
      guard afterAt, isASCIIAlphanumeric(previous) || previous >= 0x80,
        let next = decode(text, at: index + length), next.0.properties.isAlphabetic || digitValue(next.0) != nil,
        (previous >= 0x80) == !next.0.isASCII
      else { return nil }
      return UInt8(ascii: ".")
    case 0x0B, 0x0C, 0x85, 0x2028, 0x2029: return UInt8(ascii: "\n")
    case 0xFF0B:
      guard let next = decode(text, at: index + length), digitValue(next.0) != nil else { return nil }
      return UInt8(ascii: "+")
    // White_Space (PropList.txt) outside ASCII and the line ends above.
    case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return UInt8(ascii: " ")
    default:
      if scalar.value < 0x80 { return nil }
      let traits = ScalarTraits.of(scalar)
      if traits & ScalarTraits.decimalDigit != 0, let digit = digitValue(scalar) { return UInt8(ascii: "0") + digit }
      if traits & ScalarTraits.invisible != 0 { return invisibleFold(text, after: index + length, previous: previous) }
      if traits & ScalarTraits.dash != 0 { return dashFold(text, after: index + length, previous: previous) }
      return nil
    }
  }

  /// Whether `scalar` is an invisible format character (Cf and Default_Ignorable_Code_Point).
  @inline(__always) private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    !scalar.isASCII && ScalarTraits.of(scalar) & ScalarTraits.invisible != 0
  }

  /// What an invisible character folds to: `wordBoundary` between a letter and a digit (either
  /// way round; `previous` is the folded byte before it, non-ASCII bytes counting as a letter's,
  /// and the next visible scalar comes after `index`), else `dropped`.
  private static func invisibleFold(_ text: UnsafeBufferPointer<UInt8>, after index: Int, previous: UInt8) -> UInt8 {
    let digitBefore = isASCIIDigit(previous)
    let letterBefore = previous >= 0x80 || (isASCIIAlphanumeric(previous) && !digitBefore)
    guard digitBefore || letterBefore else { return dropped }
    var next = index
    while let (scalar, length) = decode(text, at: next) {
      if isInvisible(scalar) {
        next += length
        continue
      }
      if digitValue(scalar) != nil { return letterBefore ? wordBoundary : dropped }
      return digitBefore && ScalarTraits.of(scalar) & ScalarTraits.alphabetic != 0 ? wordBoundary : dropped
    }
    return dropped
  }

  /// `-` for a dash between an ASCII digit and an ASCII letter or digit, either way round
  /// (`previous` is the folded byte before it; the one after may be a digit of another script, or
  /// come after invisible characters), else nil.
  private static func dashFold(_ text: UnsafeBufferPointer<UInt8>, after index: Int, previous: UInt8) -> UInt8? {
    guard isASCIIAlphanumeric(previous) else { return nil }
    var next = index
    while let (scalar, length) = decode(text, at: next) {
      if scalar.isASCII {
        let byte = UInt8(scalar.value)
        return isASCIIDigit(byte) || (isASCIIAlphanumeric(byte) && isASCIIDigit(previous)) ? UInt8(ascii: "-") : nil
      }
      if digitValue(scalar) != nil { return UInt8(ascii: "-") }
      guard isInvisible(scalar) else { return nil }
      next += length
    }
    return nil
  }

  @inline(__always) private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
    isASCIIDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
  }

  @inline(__always) private static func isASCIIDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  /// The value of a decimal digit (Nd) of any script, or nil.
  private static func digitValue(_ scalar: Unicode.Scalar) -> UInt8? {
    if scalar.isASCII { return isASCIIDigit(UInt8(scalar.value)) ? UInt8(scalar.value) - UInt8(ascii: "0") : nil }
    guard ScalarTraits.of(scalar) & ScalarTraits.decimalDigit != 0, let value = scalar.properties.numericValue,
      (0...9).contains(value)
    else { return nil }
    return UInt8(value)
  }

  /// Decodes the scalar at `index` of valid UTF-8 (nil at the end).
  private static func decode(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
    guard index < text.count else { return nil }
    let lead = text[index]
    let length = sequenceLength(lead)
    guard index + length <= text.count else { return nil }
    var value: UInt32
    switch length {
    case 1: return (Unicode.Scalar(lead), 1)
    case 2: value = UInt32(lead & 0x1F)
    case 3: value = UInt32(lead & 0x0F)
    default: value = UInt32(lead & 0x07)
    }
    for offset in 1..<length { value = value << 6 | UInt32(text[index + offset] & 0x3F) }
    guard let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, length)
  }
}
