/// The bytes the detectors read when a text spells separators or digits outside ASCII.
///
/// The detectors work on ASCII separators and digits. So that personal data typed with a no-break
/// space, a thin space or full-width digits is found as it is with ASCII ones, the text is folded
/// first, one scalar to one ASCII byte:
/// - every Unicode White_Space character (PropList.txt, UAX #44) to a space, or to a line feed for
///   the ones that end a line (VT, FF, NEL U+0085, LINE SEPARATOR U+2028, PARAGRAPH SEPARATOR
///   U+2029);
/// - every decimal digit (general category Nd: full-width ０–９, Arabic-Indic ٠–٩, Devanagari ०–९ and
///   all other scripts' digits) to the ASCII digit of the same value;
/// - a hyphen U+2010, non-breaking hyphen U+2011, figure dash U+2012, minus sign U+2212 or full-width
///   hyphen-minus U+FF0D between two digits to `-`, and a full-width plus sign U+FF0B before a digit
///   to `+` (digit groups typed in Word or with an East Asian input method);
/// - the full-width at sign U+FF20 and the small commercial at U+FE6B to `@`, and after one (with no
///   white space since) an ideographic full stop U+3002, a full-width full stop U+FF0E or a
///   half-width ideographic full stop U+FF61 between two letters or digits, both ASCII or both not,
///   to `.`: e-mail addresses
///   typed with an East Asian input method (QA review 31: `tanaka.taro＠example.co.jp` was kept).
///   Other punctuation is not folded: a full-width comma or closing quote must still end an address,
///   and a full stop that ends a Japanese sentence stays one.
///
/// Letters and everything else keep their bytes, so the folded bytes are valid UTF-8, never longer
/// than the text, and `originalOffsets` maps each folded byte index (and the end) back to the text.
/// Building one costs one pass and two buffers per text, and only when the text has something to
/// fold; the detectors then replace the original bytes of what they find.
struct FoldedText {
  var bytes: [UInt8]
  /// `originalOffsets[i]` is the text's byte offset of folded byte `i`; one extra entry for the end.
  var originalOffsets: [Int]

  /// Lead bytes of every UTF-8 sequence that may need folding: those of the non-ASCII White_Space
  /// characters, the Nd digits, the dashes and the full-width plus (C2, D9, DB, DF, E0–E3, EA, EF,
  /// F0). Other lead bytes (Latin, Greek, Cyrillic, Hebrew letters, CJK ideographs, Hangul …) are
  /// skipped without decoding. A test checks the whole code space against the Unicode properties.
  private static let mayFoldLead: [Bool] = (0..<256).map { value in
    switch value {
    case 0x0B, 0x0C, 0xC2, 0xD9, 0xDB, 0xDF, 0xE0...0xE3, 0xEA, 0xEF, 0xF0: return true
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

  /// The ASCII byte the scalar at `index` folds to, or nil. `previous` is the folded byte before it.
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
    case 0x2010, 0x2011, 0x2012, 0x2212, 0xFF0D:
      guard isASCIIDigit(previous), let next = decode(text, at: index + length), digitValue(next.0) != nil
      else { return nil }
      return UInt8(ascii: "-")
    case 0xFF0B:
      guard let next = decode(text, at: index + length), digitValue(next.0) != nil else { return nil }
      return UInt8(ascii: "+")
    // White_Space (PropList.txt) outside ASCII and the line ends above.
    case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return UInt8(ascii: " ")
    default:
      if scalar.value < 0x80 { return nil }
      return digitValue(scalar).map { UInt8(ascii: "0") + $0 }
    }
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
