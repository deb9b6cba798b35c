import VerbatimCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A token emitted with its norm (NFKC_Casefold; an emoji's without its presentation and format
/// characters).
extension Tokenizer {
  /// The format characters dropped from an emoji's norm besides its presentation selectors:
  /// direction marks and embeddings (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069), the
  /// zero-width space, word joiner and no-break space (U+200B, U+2060, U+FEFF). U+200D (ZWJ) and
  /// tag characters stay: they are part of emoji sequences.
  @inline(__always)
  static func isDirectionOrSpacingMark(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x061C, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF: return true
    default: return false
    }
  }

  func emit(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, kind: TokenKind, cursor: inout CodePointCursor,
    into result: inout TokenizedText
  ) throws(TokenizationError) {
    let start = cursor.advance(bytes, to: range.lowerBound)
    let end = cursor.advance(bytes, to: range.upperBound)
    let normStart = result.normBytes.count
    let slice = UnsafeBufferPointer(rebasing: bytes[range])
    switch kind {
    case .emoticon:
      // Emoticons are symbols: ":D" and ":d" differ, so they are kept as typed; but one typed in
      // full-width forms ("：）", `SpecialSpanScanner.fullWidthEmoticon`) has its ASCII form, which
      // NFKC gives it, for its norm.
      if slice.contains(where: { $0 >= 0x80 }) {
        var index = slice.startIndex
        while index < slice.endIndex {
          if let ascii = SpecialSpanScanner.fullWidthASCII(slice, at: index) {
            result.normBytes.append(ascii)
            index += 3
          } else {
            result.normBytes.append(slice[index])
            index += 1
          }
        }
      } else {
        result.normBytes.append(contentsOf: slice)
      }
    case .emoji:
      // NFKC_Casefold would delete U+FE0F and U+200D (default ignorables) and merge a ZWJ family
      // into separate people; keep the sequence, minus presentation selectors and the direction
      // and joiner-free format marks that ICU attaches to the token before them (WB4) but that are
      // never part of an emoji ("👍" + U+200E, common in Arabic and Hebrew text, missed the
      // lexicon's 👍; QA review 39). The runs between them (most often the whole sequence) are
      // appended whole: an append per character cost about a hundred instructions each.
      var index = range.lowerBound
      var runStart = index
      while index < range.upperBound {
        let (scalar, length) = decodeScalar(bytes, at: index)
        if scalar == 0xFE0E || scalar == 0xFE0F || Self.isDirectionOrSpacingMark(scalar) {
          if runStart < index {
            result.normBytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
          }
          runStart = index + length
        }
        index += length
      }
      if runStart < range.upperBound {
        result.normBytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<range.upperBound]))
      }
    default:
      // With the fast path (or for ASCII text) `normBytes` opens with the whole text lower-cased
      // (`tokenizeBytes`): a norm equal to the token's own bytes there, as an ASCII token's always
      // is and a lower-case word's usually is ("über", "день"), is that range, not a new copy.
      let lowercasedText = options.asciiFastPath || cursor.ascii
      // (A token that opens with a non-ASCII byte, most that reach here, needs no call to know.)
      if (slice.isEmpty || slice[0] < 0x80) && UTF8Validation.isASCII(slice) {
        if lowercasedText {
          result.tokens.append(Token(kind: kind, utf8Range: range, normRange: range, start: start, end: end))
          return
        }
        Self.lowercase(slice, into: &result.normBytes)
      } else if lowercasedText, slice.count <= NormCache.maximumKeyLength {
        let hash = NormCache.hash(slice)
        var asTyped = false
        let cached = normCache.withForm(of: slice, hash: hash) { form in
          asTyped =
            form.count == range.count
            && result.normBytes.withUnsafeBufferPointer { norms in
              memcmp(norms.baseAddress! + range.lowerBound, form.baseAddress!, form.count) == 0
            }
          if !asTyped { result.normBytes.append(contentsOf: form) }
        }
        if asTyped {
          result.tokens.append(Token(kind: kind, utf8Range: range, normRange: range, start: start, end: end))
          return
        }
        if !cached {
          try appendCaseFolded(slice, hash: hash, to: &result.normBytes)
          // The same test on a miss, so that a token's ranges do not depend on what the cache held.
          let formCount = result.normBytes.count - normStart
          if formCount == range.count
            && result.normBytes.withUnsafeBufferPointer({ norms in
              memcmp(norms.baseAddress! + range.lowerBound, norms.baseAddress! + normStart, formCount) == 0
            })
          {
            result.normBytes.removeSubrange(normStart...)
            result.tokens.append(Token(kind: kind, utf8Range: range, normRange: range, start: start, end: end))
            return
          }
        }
      } else {
        try appendCaseFolded(slice, to: &result.normBytes)
      }
    }
    result.tokens.append(
      Token(kind: kind, utf8Range: range, normRange: normStart..<result.normBytes.count, start: start, end: end))
  }
}
