/// The six typographic punctuation marks that keyboards and phones put into otherwise plain English
/// text: ‘ ’ (U+2018, U+2019), “ ” (U+201C, U+201D), – (U+2013) and — (U+2014). A text whose only
/// non-ASCII characters are these stays on the ASCII fast path, because each has a fixed, simple
/// role in every rule the tokenizer applies:
///
/// | mark | word break (UAX #29) | sentence break | NFKC_Casefold |
/// |---|---|---|---|
/// | ‘ ’ | MidNumLet (like ".": joins letter–letter and digit–digit) | Close | unchanged |
/// | “ ” | Other | Close | unchanged |
/// | – — | Other | SContinue | unchanged |
///
/// All six are three bytes in UTF-8: E2 80 98, 99, 9C, 9D, 93, 94.
enum TypographicPunctuation {
  /// The UTF-8 lead byte the six marks share.
  static let lead: UInt8 = 0xE2

  /// Whether the three bytes at `index` are one of the six marks.
  @inline(__always)
  static func isMark(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard index + 2 < bytes.count, bytes[index] == lead, bytes[index + 1] == 0x80 else { return false }
    switch bytes[index + 2] {
    case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D: return true
    default: return false
    }
  }

  /// Whether the mark at `index` (see `isMark`) is a single quotation mark (word-break MidNumLet).
  @inline(__always)
  static func isSingleQuote(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    bytes[index + 2] == 0x98 || bytes[index + 2] == 0x99
  }

  /// Whether the mark at `index` (see `isMark`) is a dash (sentence-break SContinue).
  @inline(__always)
  static func isDash(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94
  }

  /// Whether every non-ASCII character of `bytes` is one of the six marks.
  static func onlyMarksBeyondASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      if bytes[index] < 0x80 {
        index = ByteRuns.asciiRunEnd(bytes, from: index + 1)  // eight bytes at a time
      } else if isMark(bytes, at: index) {
        index += 3
      } else {
        return false
      }
    }
    return true
  }
}
