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
  /// Whether `bytes` holds a "`" or a U+00B4 (C2 B4); only then is there anything to join. An
  /// `ascii` text can hold only the first.
  @inline(__always)
  static func mayOccur(in bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    if memchr(base, 0x60, bytes.count) != nil { return true }
    if ascii { return false }
    var from = 0
    while from < bytes.count, let found = memchr(base + from, 0xB4, bytes.count - from) {
      let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      if index > 0, bytes[index - 1] == 0xC2 { return true }
      from = index + 1
    }
    return false
  }

  /// Joins every word–substitute–word chain of `result.tokens` (which tokenize `bytes`) into one
  /// word, so "y`all´d" becomes one word too. Linear: each chain's norm is assembled once in
  /// `scratch` (never from a slice of `normBytes` while it grows) and appended once.
  static func join(
    _ bytes: UnsafeBufferPointer<UInt8>, flags: CharacterFlagCache, scratch: inout [UInt8],
    in result: inout TokenizedText
  ) {
    var tokens = result.tokens
    result.tokens = []
    defer { result.tokens = tokens }
    var write = 0
    var read = 0
    while read < tokens.count {
      let first = read
      var last = read
      read += 1
      if tokens[first].kind == .word {
        while last + 2 < tokens.count, joins(tokens[last], tokens[last + 1], tokens[last + 2], bytes, flags) {
          last += 2
        }
      }
      guard last > first else {
        tokens[write] = tokens[first]
        write += 1
        continue
      }
      scratch.removeAll(keepingCapacity: true)
      var part = first
      while true {
        scratch.append(contentsOf: result.normBytes[tokens[part].normRange])
        if part == last { break }
        scratch.append(UInt8(ascii: "'"))
        part += 2
      }
      let normStart = result.normBytes.count
      result.normBytes.append(contentsOf: scratch)
      tokens[write] = Token(
        kind: .word, utf8Range: tokens[first].utf8Range.lowerBound..<tokens[last].utf8Range.upperBound,
        normRange: normStart..<result.normBytes.count, start: tokens[first].start, end: tokens[last].end)
      write += 1
      read = last + 1
    }
    tokens.removeSubrange(write...)
  }

  /// Whether `word`, `mark`, `next` (consecutive tokens) are a word, a lone substitute touching it
  /// and a word touching that, with a letter (or a mark after one) before the substitute and a letter
  /// after it.
  @inline(__always)
  private static func joins(
    _ word: Token, _ mark: Token, _ next: Token, _ bytes: UnsafeBufferPointer<UInt8>, _ flags: CharacterFlagCache
  ) -> Bool {
    guard word.kind == .word, mark.kind == .punct, next.kind == .word, isSubstitute(bytes, mark.utf8Range),
      word.utf8Range.upperBound == mark.utf8Range.lowerBound, mark.utf8Range.upperBound == next.utf8Range.lowerBound
    else { return false }
    let before = flags.flags(SpecialSpanScanner.scalar(bytes, before: word.utf8Range.upperBound))
    return (before.contains(.letter) || before.contains(.mark))
      && flags.flags(decodeScalar(bytes, at: next.utf8Range.lowerBound).0).contains(.letter)
  }

  @inline(__always)
  private static func isSubstitute(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    (range.count == 1 && bytes[range.lowerBound] == 0x60)
      || (range.count == 2 && bytes[range.lowerBound] == 0xC2 && bytes[range.lowerBound + 1] == 0xB4)
  }
}
