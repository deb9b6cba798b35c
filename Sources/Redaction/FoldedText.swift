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
///   the groups of an ASCII `-` (brief h61a: `07700–900123` and `020–7946–0958` were kept); so does
///   such a dash with one space on each side ("07700 – 900123" reads "07700 - 900123", which the
///   phone, card and IBAN scanners take under their rules for a spaced hyphen; "9 – 5" reads "9 - 5",
///   which none takes; brief h62a). A dash between two letters ("Sarah—Thanks", "London–Paris", "Best
///   wishes – Kate") stays what it is, except one with no space on either side inside an e-mail
///   address ("billing–support@example.com", "billing—support@example.com", "jane@example–shop.com":
///   `addressHyphenFold`);
/// - the letters that stand for digits in a number typed carelessly or to dodge a filter: the
///   letter O (either case) to `0`, a lower-case l and a capital I to `1`, in a run of 3 or more
///   ASCII letters and digits that holds only digits and those letters, one digit at least ("O77OO
///   9OO123", "07700 9OO123", "07700 9OOl23": `isDigitInNumber`; briefs h62a, h63a); an l or I
///   after fewer than five digits and nothing else is a unit ("10l", "500l") and stays, unless
///   another digit group comes before it ("4111 111l"). A run without a digit keeps its letters
///   wherever it stands ("OOO", "III", "call OOOOO 9OO123"): read as zeros, a row of Os would join
///   the numbers beside it into runs no rule takes ("057256 2056 OOO 96,392" lost its phone number).
///   "ZOO", "O2", "SO17" and "Il" keep their letters too;
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
  /// plus (C2, D6, D8, D9, DB, DF, E0–E3, EA, EF, F0, F3), VT and FF, and the letters O, l and I.
  /// Other lead bytes (Latin, Greek, Cyrillic, Hebrew letters, CJK ideographs, Hangul …) are skipped
  /// without decoding. A test checks the whole code space against the Unicode properties.
  private static let mayFoldLead: [Bool] = (0..<256).map { value in
    switch value {
    case 0x0B, 0x0C, 0x49, 0x4F, 0x6C, 0x6F, 0xC2, 0xD6, 0xD8, 0xD9, 0xDB, 0xDF, 0xE0...0xE3, 0xEA, 0xEF, 0xF0, 0xF3:
      return true
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
          guard Self.mayFoldLead[Int(byte)], !Self.isLookAlikeInWord(text, at: index) else {
            afterAt = Self.afterAt(afterAt, byte)
            bytes[count] = byte
            offsets[count] = index
            count += 1
            index += 1
            continue
          }
          let length = Self.sequenceLength(byte)
          let previous = count > 0 ? bytes[count - 1] : 0
          let beforePrevious = count > 1 ? bytes[count - 2] : 0
          if let ascii = Self.fold(
            text, at: index, previous: previous, beforePrevious: beforePrevious, afterAt: afterAt)
          {
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
    var beforePrevious: UInt8 = 0
    var afterAt = false
    while index < text.count {
      let byte = text[index]
      let lead = firstFoldLead[Int(byte)]
      if lead == 1 {
        if fold(text, at: index, previous: previous, beforePrevious: beforePrevious, afterAt: afterAt) != nil {
          return index
        }
        index += sequenceLength(byte)
        beforePrevious = previous
        previous = byte < 0x80 ? byte : 0x80
      } else {
        if lead == 2, let letter = firstDigitLetter(in: text, around: index, previous: previous) { return letter }
        afterAt = Self.afterAt(afterAt, byte)
        beforePrevious = previous
        previous = byte
        index += 1
      }
    }
    return nil
  }

  /// For `firstFold`: 1 for the bytes of `mayFoldLead` but the letters O, l and I, 2 for an ASCII
  /// digit, whose neighbours are looked at for a letter that stands for a digit (digits are rarer
  /// than those letters), else 0.
  private static let firstFoldLead: [UInt8] = (0..<256).map { value in
    if value >= 0x30 && value <= 0x39 { return 2 }
    return mayFoldLead[value] && !isLookAlike(UInt8(value)) ? 1 : 0
  }

  /// The first letter that stands for a digit (`isDigitInNumber`) in the run of digits and such
  /// letters around the digit at `index`; nil when none is next to the digit.
  private static func firstDigitLetter(in text: UnsafeBufferPointer<UInt8>, around index: Int, previous: UInt8)
    -> Int?
  {
    let nextIsLookAlike = index + 1 < text.count && isLookAlike(text[index + 1])
    guard isLookAlike(previous) || nextIsLookAlike else { return nil }
    @inline(__always) func inRun(_ offset: Int) -> Bool {
      offset >= 0 && offset < text.count && (isASCIIDigit(text[offset]) || isLookAlike(text[offset]))
    }
    var start = index
    while inRun(start - 1) && index - start < 32 { start -= 1 }
    var letter = start
    while inRun(letter) && !isLookAlike(text[letter]) { letter += 1 }
    return inRun(letter) && isDigitInNumber(text, at: letter) ? letter : nil
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
  /// stays. `previous` is the folded byte before it, `beforePrevious` the one before that.
  private static func fold(
    _ text: UnsafeBufferPointer<UInt8>, at index: Int, previous: UInt8, beforePrevious: UInt8, afterAt: Bool
  ) -> UInt8? {
    let lead = text[index]
    if isLookAlike(lead) {
      return isDigitInNumber(text, at: index)
        ? (lead | 0x20 == UInt8(ascii: "o") ? UInt8(ascii: "0") : UInt8(ascii: "1")) : nil
    }
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
      if traits & ScalarTraits.dash != 0 {
        return dashFold(text, after: index + length, previous: previous, beforePrevious: beforePrevious)
          ?? addressHyphenFold(text, scalar, after: index + length, previous: previous, afterAt: afterAt)
      }
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
  /// come after invisible characters), also with one space on each side ("07700 – 900123", read
  /// as "07700 - 900123": the scanners that take a spaced hyphen between groups take this one), else
  /// nil.
  private static func dashFold(
    _ text: UnsafeBufferPointer<UInt8>, after index: Int, previous: UInt8, beforePrevious: UInt8
  ) -> UInt8? {
    guard isASCIIAlphanumeric(previous) else {
      // One space (ASCII or folded) on each side: the digit or letter before it is `beforePrevious`.
      guard previous == UInt8(ascii: " "), isASCIIAlphanumeric(beforePrevious),
        let (space, width) = decode(text, at: index), isHorizontalSpace(space)
      else { return nil }
      return dashFold(text, after: index + width, previous: beforePrevious, beforePrevious: 0)
    }
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

  /// Whether `scalar` is a space within a line: ASCII space or a White_Space character that folds to
  /// one.
  private static func isHorizontalSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }

  /// `-` for a dash (hyphen U+2010, non-breaking hyphen U+2011, figure dash U+2012, en dash U+2013,
  /// em dash U+2014, horizontal bar U+2015, minus sign U+2212, small and full-width hyphen-minus
  /// U+FE63, U+FF0D) between two letters or digits inside an e-mail address, where `-` may stand and
  /// a word processor or a keyboard put the dash instead: in the local part, when an at sign follows
  /// before anything that ends one ("billing–support@example.com", "billing—support@example.com"),
  /// or in a domain label that a dot and another label follow ("jane@example–shop.com"). With no
  /// space on either side the dash joins what it stands between as `-` does, so a word glued to an
  /// address by an em dash is masked with it ("Email me—jane@example.com" → "Email [EMAIL]", as
  /// "me-jane@…" and "me–jane@…" are): the part of an address before the dash must not be left in
  /// clear (brief h63a). A spaced dash ("Email me — jane@example.com") separates. Else nil.
  private static func addressHyphenFold(
    _ text: UnsafeBufferPointer<UInt8>, _ dash: Unicode.Scalar, after index: Int, previous: UInt8, afterAt: Bool
  ) -> UInt8? {
    switch dash.value {
    case 0x2010...0x2015, 0x2212, 0xFE63, 0xFF0D: break
    default: return nil
    }
    guard isASCIIAlphanumeric(previous) || previous >= 0x80, let (next, _) = decode(text, at: index),
      next.properties.isAlphabetic || digitValue(next) != nil
    else { return nil }
    return (afterAt ? isInsideDomain(text, from: index) : isInsideLocalPart(text, from: index))
      ? UInt8(ascii: "-") : nil
  }

  /// Whether an at sign (ASCII, full-width or small) follows `index` within 64 bytes, with only
  /// characters of a local part before it: ASCII `ByteClass.emailLocal` bytes, letters, digits,
  /// marks, the dashes of `addressHyphenFold` and invisible characters.
  private static func isInsideLocalPart(_ text: UnsafeBufferPointer<UInt8>, from index: Int) -> Bool {
    var next = index
    while next < text.count && next - index < 64, let (scalar, length) = decode(text, at: next) {
      switch scalar.value {
      case 0x40, 0xFF20, 0xFE6B: return true
      case 0x2010...0x2015, 0x2212, 0xFE63, 0xFF0D: break
      case 0..<0x80:
        guard ByteClass.table[Int(scalar.value)] & ByteClass.emailLocal != 0 else { return false }
      default:
        guard ScalarTraits.of(scalar) & (ScalarTraits.letterMarkOrNumber | ScalarTraits.invisible) != 0 else {
          return false
        }
      }
      next += length
    }
    return false
  }

  /// Whether the domain label that continues at `index` is followed by a dot and a letter or digit:
  /// a label inside the domain, not its last one (where a dash is more likely punctuation after the
  /// address, "jane@example.com–Thanks").
  private static func isInsideDomain(_ text: UnsafeBufferPointer<UInt8>, from index: Int) -> Bool {
    var next = index
    while next < text.count && next - index < 64, let (scalar, length) = decode(text, at: next) {
      switch scalar.value {
      case 0x2E, 0x3002, 0xFF0E, 0xFF61:
        guard let (after, _) = decode(text, at: next + length) else { return false }
        return after.properties.isAlphabetic || digitValue(after) != nil
      case 0x2D, 0x2010...0x2015, 0x2212, 0xFE63, 0xFF0D: break
      default:
        guard scalar.properties.isAlphabetic || digitValue(scalar) != nil || isInvisible(scalar) else { return false }
      }
      next += length
    }
    return false
  }

  /// Whether `byte` is a letter that may stand for a digit: O (either case) for 0, a lower-case l
  /// or a capital I for 1.
  @inline(__always) private static func isLookAlike(_ byte: UInt8) -> Bool {
    byte | 0x20 == UInt8(ascii: "o") || byte == UInt8(ascii: "l") || byte == UInt8(ascii: "I")
  }

  /// Whether the byte at `index` is a letter that may stand for a digit (`isLookAlike`) after
  /// another ASCII letter that may not: inside a word, no digit (`isDigitInNumber`), decided
  /// without a call for the many Os and ls of a text that folds.
  @inline(__always) private static func isLookAlikeInWord(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard index > 0, isLookAlike(text[index]) else { return false }
    let before = text[index - 1]
    return before | 0x20 >= UInt8(ascii: "a") && before | 0x20 <= UInt8(ascii: "z") && !isLookAlike(before)
  }

  /// Whether the letter at `index` (`isLookAlike`) stands for a digit ("O77OO 9OO123", "07700
  /// 9OOl23"): the run of ASCII letters and digits around it holds only digits and those letters,
  /// at least one digit, and 3–32 characters; an l or I after fewer than five digits and nothing
  /// else is a unit ("10l", "500l"), not a one, unless another digit group comes before the run.
  /// Words ("OOO", "ZOO", "Oo", "Il"),
  /// two-character names ("O2", "O1") and codes with other letters ("SO17", "O2A", "I5A") keep their
  /// letters.
  private static func isDigitInNumber(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    @inline(__always) func kind(_ offset: Int) -> Int {
      // 0: ends the run; 1: a digit; 2: a letter that may stand for a digit; 3: another letter.
      guard offset >= 0 && offset < text.count else { return 0 }
      let byte = text[offset]
      if isASCIIDigit(byte) { return 1 }
      if isLookAlike(byte) { return 2 }
      return isASCIIAlphanumeric(byte) ? 3 : 0
    }
    // Most of these letters are inside words: a letter next to them decides at once.
    if kind(index - 1) == 3 || kind(index + 1) == 3 { return false }
    var digits = 0
    var start = index
    while true {
      let previous = kind(start - 1)
      if previous == 0 { break }
      if previous == 3 || index - start >= 32 { return false }
      if previous == 1 { digits += 1 }
      start -= 1
    }
    var end = index + 1
    while true {
      let next = kind(end)
      if next == 0 { break }
      if next == 3 || end - start >= 32 { return false }
      if next == 1 { digits += 1 }
      end += 1
    }
    guard digits > 0 else { return false }
    // "10l", "500l": a unit after a short number; not after another digit group ("4111 111l").
    if text[index] | 0x20 != UInt8(ascii: "o") && index == end - 1 && digits == end - start - 1 && digits < 5
      && !(start >= 2 && (isASCIIDigit(text[start - 2]) || isLookAlike(text[start - 2]))
        && (text[start - 1] == UInt8(ascii: " ") || text[start - 1] == UInt8(ascii: "-")
          || text[start - 1] == UInt8(ascii: ".")))
    {
      return false
    }
    return end - start >= 3
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
