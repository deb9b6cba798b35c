/// Mojibake: UTF-8 text that was once decoded as Windows-1252 and encoded again, as happens when
/// a UTF-8 export is opened and saved as "ANSI" in a spreadsheet ("donâ€™t" for "don’t",
/// "cafÃ©" for "café", "ðŸ˜€" for "😀"). Each character of the original became two to four
/// characters, so word breaking cuts "donâ€™t" into "donâ", "€", "™" and "t" and the negation is
/// lost.
///
/// The tokenizer reads such a sequence as the character it stands for (through the same mapping
/// back to the original offsets as `CharacterReferences`): the text and offsets stay as typed, and
/// the norms read the repaired characters. A sequence is repaired only when it is unambiguous:
/// a lead character U+00C2–U+00F0 (the Windows-1252 reading of a UTF-8 lead byte) followed by as
/// many continuation characters as that lead byte announces, each the Windows-1252 reading of a
/// byte 0x80–0xBF (U+0080–U+00BF, or one of the 27 characters Windows-1252 puts at 0x80–0x9F: €,
/// ‚, ƒ, „, …, †, ‡, ˆ, ‰, Š, ‹, Œ, Ž, ‘, ’, “, ”, •, –, —, ˜, ™, š, ›, œ, ž, Ÿ), and the bytes so
/// recovered are a well-formed UTF-8 character (RFC 3629: no overlong form, no surrogate, nothing
/// beyond U+10FFFF). Real text in Latin scripts does not hold such runs ("Ã©" or "â€™" are not
/// words of any language), with two exceptions that are left alone: a letter other than "Â", "Ã",
/// "â" and "ð" before a closing quotation mark, dash, ellipsis, guillemet or no-break space ("Spaß“",
/// "qualité »"; garbled Cyrillic, Greek or CJK that holds such bytes is then repaired only in
/// part), and "ñ" to "ô" before three such characters. A text that was garbled twice is repaired
/// once.
enum Mojibake {
  /// The character, byte length and code-point length of a mojibake sequence at `start` (a 0xC3
  /// byte, the first of a lead character's UTF-8), or nil.
  static func sequence(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (
    scalar: UInt32, length: Int, scalars: Int
  )? {
    // The lead character U+00C0 + (second byte − 0x80): its Windows-1252 byte is its code point.
    guard start + 1 < bytes.count else { return nil }
    let lead = UInt32(bytes[start + 1])
    guard lead >= 0x80 && lead <= 0xBF else { return nil }
    let leadByte = 0xC0 + (lead - 0x80)
    let count: Int
    var scalar: UInt32
    switch leadByte {
    case 0xC2...0xDF:
      count = 1
      scalar = leadByte & 0x1F
    case 0xE0...0xEF:
      count = 2
      scalar = leadByte & 0x0F
    case 0xF0:
      count = 3
      scalar = leadByte & 0x07
    default:
      // F1–F4 lead to planes 4–16 (private use, unassigned): "ñ", "ó" and "ô" before three such
      // characters are Spanish or Portuguese more likely than garbled.
      return nil
    }
    // Leads that are letters in real text before punctuation: "ß“" ends a German quotation
    // ("Das macht Spaß“"), "é »" a French one with its no-break space. After them, a closing
    // quotation mark, dash, ellipsis, guillemet or no-break space ends the sequence.
    let closersEndIt = !(leadByte == 0xC2 || leadByte == 0xC3 || leadByte == 0xE2 || leadByte == 0xF0)
    var position = start + 2
    for index in 0..<count {
      guard let (byte, length) = continuationByte(in: bytes, at: position) else { return nil }
      if closersEndIt && isCloser(byte) { return nil }
      // The second byte's range after E0, ED, F0 and F4 (RFC 3629 §4): no overlong form, no
      // surrogate, nothing beyond U+10FFFF.
      if index == 0 {
        switch leadByte {
        case 0xE0 where byte < 0xA0, 0xED where byte > 0x9F, 0xF0 where byte < 0x90, 0xF4 where byte > 0x8F:
          return nil
        default:
          break
        }
      }
      scalar = scalar << 6 | UInt32(byte & 0x3F)
      position += length
    }
    return (scalar, position - start, count + 1)
  }

  /// Whether Windows-1252 byte `byte` is a character that follows a word in real text: the
  /// no-break space (0xA0), « and » (0xAB, 0xBB), ‘ ’ “ ” (0x91–0x94), – and — (0x96, 0x97), …
  /// (0x85), ‹ and › (0x8B, 0x9B).
  private static func isCloser(_ byte: UInt8) -> Bool {
    switch byte {
    case 0xA0, 0xAB, 0xBB, 0x91...0x94, 0x96, 0x97, 0x85, 0x8B, 0x9B: return true
    default: return false
    }
  }

  /// The Windows-1252 byte 0x80–0xBF whose reading is the character at `position`, and that
  /// character's UTF-8 length; nil for any other character.
  private static func continuationByte(in bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (UInt8, Int)? {
    guard position + 1 < bytes.count else { return nil }
    let first = bytes[position]
    if first == 0xC2 {
      // U+0080–U+00BF: the byte itself (0x81, 0x8D, 0x8F, 0x90 and 0x9D, which Windows-1252
      // leaves undefined, pass through as the C1 controls of the same number).
      let second = bytes[position + 1]
      return second >= 0x80 && second <= 0xBF ? (second, 2) : nil
    }
    guard first == 0xC5 || first == 0xC6 || first == 0xCB || first == 0xE2 else { return nil }
    let length = first == 0xE2 ? 3 : 2
    guard position + length <= bytes.count else { return nil }
    var key: UInt32 = 0
    for offset in 0..<length { key = key << 8 | UInt32(bytes[position + offset]) }
    guard let byte = windows1252Bytes[key] else { return nil }
    return (byte, length)
  }

  /// The UTF-8 bytes (as one integer) of the characters Windows-1252 puts at 0x80–0x9F, to their
  /// byte.
  private static let windows1252Bytes: [UInt32: UInt8] = {
    var table: [UInt32: UInt8] = [:]
    for (offset, scalar) in windows1252Upper.enumerated() {
      guard let scalar else { continue }
      var utf8: [UInt8] = []
      CharacterReferences.appendUTF8(scalar, to: &utf8)
      table[utf8.reduce(0) { $0 << 8 | UInt32($1) }] = UInt8(0x80 + offset)
    }
    return table
  }()

  /// Windows-1252's characters at 0x80–0x9F (nil where it has none).
  static let windows1252Upper: [UInt32?] = [
    0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil,
    0x017D, nil, nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, nil, 0x017E, 0x0178,
  ]
}
