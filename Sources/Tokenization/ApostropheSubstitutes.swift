#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Contractions and elisions typed with a grave accent or an acute accent instead of an apostrophe:
/// "don`t", "don´t", "it´s", "j´ai", "l´été". Keyboards without an apostrophe key within reach (German,
/// French, Spanish layouts) and phone autocorrect produce them in survey answers; ICU's word rules
/// split them ("don", "´", "t") because U+0060 and U+00B4 are no word-joining punctuation, and the
/// negation in "don´t like it" would be lost.
///
/// After segmentation, a word, then the single character ` or ´, then a word, with a letter (or a mark
/// after one) before and a letter after and nothing between them, become one word, exactly as ICU joins letters around an
/// apostrophe (WB6/WB7). Its norm is the words' norms joined by an ASCII apostrophe: "don't",
/// "j'ai" (NFKC_Casefold would turn U+00B4 into a space and a combining accent). The token's text,
/// offsets and code points are those of the input.
enum ApostropheSubstitutes {
  /// Whether `bytes` holds a "`" or a U+00B4 (C2 B4); only then is there anything to join.
  @inline(__always)
  static func mayOccur(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    if memchr(base, 0x60, bytes.count) != nil { return true }
    var from = 0
    while from < bytes.count, let found = memchr(base + from, 0xB4, bytes.count - from) {
      let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      if index > 0, bytes[index - 1] == 0xC2 { return true }
      from = index + 1
    }
    return false
  }

  /// Joins every word–substitute–word triple of `result.tokens` (which tokenize `bytes`) into one
  /// word, left to right, so "y`all´d" becomes one word too.
  static func join(_ bytes: UnsafeBufferPointer<UInt8>, flags: CharacterFlagCache, in result: inout TokenizedText) {
    var tokens = result.tokens
    result.tokens = []
    defer { result.tokens = tokens }
    var write = 0
    var read = 0
    while read < tokens.count {
      var token = tokens[read]
      read += 1
      while token.kind == .word, read + 1 < tokens.count {
        let mark = tokens[read]
        let next = tokens[read + 1]
        guard mark.kind == .punct, isSubstitute(bytes, mark.utf8Range), next.kind == .word,
          token.utf8Range.upperBound == mark.utf8Range.lowerBound,
          mark.utf8Range.upperBound == next.utf8Range.lowerBound,
          flags.flags(lastScalar(bytes, before: token.utf8Range.upperBound)).contains(.letter)
            || flags.flags(lastScalar(bytes, before: token.utf8Range.upperBound)).contains(.mark),
          flags.flags(decodeScalar(bytes, at: next.utf8Range.lowerBound).0).contains(.letter)
        else { break }
        let normStart = result.normBytes.count
        result.normBytes.append(contentsOf: result.normBytes[token.normRange])
        result.normBytes.append(UInt8(ascii: "'"))
        result.normBytes.append(contentsOf: result.normBytes[next.normRange])
        token = Token(
          kind: .word, utf8Range: token.utf8Range.lowerBound..<next.utf8Range.upperBound,
          normRange: normStart..<result.normBytes.count, start: token.start, end: next.end)
        read += 2
      }
      tokens[write] = token
      write += 1
    }
    tokens.removeSubrange(write...)
  }

  @inline(__always)
  private static func isSubstitute(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    (range.count == 1 && bytes[range.lowerBound] == 0x60)
      || (range.count == 2 && bytes[range.lowerBound] == 0xC2 && bytes[range.lowerBound + 1] == 0xB4)
  }

  private static func lastScalar(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> UInt32 {
    var start = end - 1
    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return decodeScalar(bytes, at: start).0
  }
}
