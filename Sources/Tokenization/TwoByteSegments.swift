/// The kind of a word-boundary segment made only of ASCII and two-byte characters (U+0080–U+07FF:
/// accented Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic …), from a table instead of a decode
/// and a flag lookup per character: the common case of non-English text.
///
/// It gives the same kind as `Tokenizer.emitSegment`'s general classification (a letter makes a
/// word, else a number a number, else punctuation), and declines (returns nil) where that one does
/// more: white space in the segment (NBSP, NEL), the invisible soft hyphen U+00AD, or any longer
/// character (emoji, variation selectors and keycaps are three or four bytes). No two-byte
/// character is an emoji with a variation selector or above U+2000, so none makes an `emoji`.
enum TwoByteSegments {
  private static let letter: UInt8 = 1
  private static let number: UInt8 = 2
  private static let declines: UInt8 = 4
  /// A non-ASCII character that NFKC_Casefold changes, or that may combine with the one before it.
  private static let folds: UInt8 = 8

  /// Per code point below U+0800: letter, number, or declines (space, soft hyphen), and folds. A caller in a
  /// loop holds a copy (`Tokenizer`): reading the static costs a `swift_once` call per segment.
  static let table: [UInt8] = (0..<0x800).map { value in
    let flags = CharacterFlags.belowU0800[value]
    if flags.contains(.space) || Tokenizer.isIgnorable(UInt32(value)) { return declines }
    let folding = value >= 0x80 && !CharacterFlags.isCaseFoldStable(UInt32(value))
    return (flags.contains(.letter) ? letter : 0) | (flags.contains(.number) ? number : 0) | (folding ? folds : 0)
  }

  /// The segment's kind, whether its NFKC_Casefold is its ASCII lower-casing (every non-ASCII
  /// character in it `CharacterFlags.caseFoldStable`: a string of those normalises character by
  /// character, each to itself, and NFKC_Casefold of an ASCII character is its lower case); or nil
  /// when the general classification must decide. `table` is `TwoByteSegments.table`.
  @inline(__always)
  static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, table: [UInt8]) -> (
    kind: TokenKind, lowercaseIsNorm: Bool, characters: Int
  )? {
    table.withUnsafeBufferPointer { table in
      var union: UInt8 = 0
      var index = range.lowerBound
      var characters = 0
      while index < range.upperBound {
        let lead = bytes[index]
        if lead < 0x80 {
          union |= table[Int(lead)]
          index += 1
        } else if lead < 0xE0 {
          union |= table[Int(lead & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)]
          index += 2
        } else {
          return nil
        }
        characters += 1
      }
      if union & declines != 0 { return nil }
      let kind: TokenKind = union & letter != 0 ? .word : union & number != 0 ? .number : .punct
      return (kind, union & folds == 0, characters)
    }
  }
}
