#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Sentences run together without a space after the full stop: "Terrible service.Never again",
/// "Loved it.The app crashes". Answers typed on phones have many. ICU's word rules keep letters
/// around a full stop together (WB6/WB7, MidNumLet, for "e.g" and "U.S.A"), so "service.Never" is
/// one unknown word: its sentiment and the sentence boundary are lost.
///
/// After segmentation, an ASCII word is split at a full stop that has a lower-case letter before it
/// and an upper-case letter then a lower-case letter after it: "service.Never" becomes "service",
/// ".", "Never". Abbreviations and names stay whole ("e.g", "U.S.A", "Ph.D", "J.K"); "Mr.Smith"
/// and "St.Louis" split, which costs nothing. Each piece keeps its text, offsets and norm (for
/// ASCII, the lower-cased bytes). Sentence boundaries stay ICU's: UAX #29 rule SB7 ((Upper | Lower)
/// ATerm × Upper) does not break there either, but the full stop is now a token of its own, which
/// ends a clause for the scorer's rules (negation scope, contrast).
enum RunOnSentences {
  /// Whether `bytes` holds a full stop between a lower-case letter and an upper-case then lower-case
  /// letter; only then is there anything to split.
  @inline(__always)
  static func mayOccur(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    var from = 1
    while from + 2 < bytes.count, let found = memchr(base + from, 0x2E, bytes.count - from - 2) {
      let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      if isSplitPoint(base, index) { return true }
      from = index + 1
    }
    return false
  }

  /// Whether the full stop at `index` (with one byte before and two after it) splits.
  @inline(__always)
  private static func isSplitPoint(_ base: UnsafePointer<UInt8>, _ index: Int) -> Bool {
    isLower(base[index - 1]) && isUpper(base[index + 1]) && isLower(base[index + 2])
  }

  @inline(__always) private static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }
  @inline(__always) private static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }

  /// Splits every ASCII word of `result.tokens` (which tokenize `bytes`) at its split points.
  static func split(_ bytes: UnsafeBufferPointer<UInt8>, in result: inout TokenizedText) {
    guard let base = bytes.baseAddress else { return }
    var tokens: [Token] = []
    swap(&tokens, &result.tokens)
    defer { swap(&tokens, &result.tokens) }
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      guard token.kind == .word, let point = splitPoint(base, token.utf8Range) else {
        index += 1
        continue
      }
      // Only ASCII words split: their code points are their bytes and their norm is their
      // lower-cased bytes, so every piece is a sub-range of the word's ranges.
      let head = point - token.utf8Range.lowerBound
      let pieces = [
        Token(
          kind: .word, utf8Range: token.utf8Range.lowerBound..<point,
          normRange: token.normRange.lowerBound..<(token.normRange.lowerBound + head), start: token.start,
          end: token.start + head),
        Token(
          kind: .punct, utf8Range: point..<(point + 1),
          normRange: (token.normRange.lowerBound + head)..<(token.normRange.lowerBound + head + 1),
          start: token.start + head, end: token.start + head + 1),
        Token(
          kind: .word, utf8Range: (point + 1)..<token.utf8Range.upperBound,
          normRange: (token.normRange.lowerBound + head + 1)..<token.normRange.upperBound,
          start: token.start + head + 1, end: token.end),
      ]
      tokens.replaceSubrange(index...index, with: pieces)
      // The last piece may split again ("fine.Then.Broke").
      index += 2
    }
  }

  /// The first split point of an ASCII word, or nil.
  private static func splitPoint(_ base: UnsafePointer<UInt8>, _ range: Range<Int>) -> Int? {
    guard range.count >= 4 else { return nil }
    var point: Int?
    for index in range {
      let byte = base[index]
      if byte >= 0x80 { return nil }
      if point == nil, byte == 0x2E, index > range.lowerBound, index + 2 < range.upperBound, isSplitPoint(base, index) {
        point = index
      }
    }
    return point
  }
}
