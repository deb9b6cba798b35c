import VerbatimCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Sentences: ICU's sentence boundaries (or the ASCII breaker's, which reproduces them), adjusted
/// to the tokens, without the breaks after a title or shorthand abbreviation
/// (`SentenceAbbreviations`), and trimmed of white space.
extension Tokenizer {
  /// `withoutLineBreaks`: the text is known to hold no CR or LF; `firstStop`: the offset of its
  /// first ".", or its length when it has none (nil when not known).
  func findSentences(
    _ bytes: UnsafeBufferPointer<UInt8>, with breaker: BreakIteratorHandle, ascii: Bool,
    withoutLineBreaks: Bool = false, firstStop: Int? = nil,
    fast: Bool, extraBoundaries: [Int32] = [], boundaries: inout [Int32], into result: inout TokenizedText
  ) throws(TokenizationError) {
    // `result.sentences` may still hold the previous text's (`tokenizeBytes`): they are replaced here.
    // `boundaries` holds what an earlier pass left (the word boundaries of ICU regions, or the
    // previous text's sentence boundaries: `tokenizeBytes`); it is replaced here, or left as it is
    // for a text that is one sentence.
    let single =
      fast && ascii && Self.isSingleASCIISentence(bytes, withoutLineBreaks: withoutLineBreaks, firstStop: firstStop)
    if single && extraBoundaries.isEmpty {
      // Most texts: one sentence, the whole text less the spaces around it, holding every token (as
      // the loop below finds for the one boundary at the text's end), in one step: no boundary list
      // and no walk.
      var from = 0
      var end = bytes.count
      while from < end, SpecialSpanScanner.isSpace(bytes[from]) { from += 1 }
      while end > from, SpecialSpanScanner.isSpace(bytes[end - 1]) { end -= 1 }
      if end > from {
        let sentence = Sentence(utf8Range: from..<end, start: from, end: end, tokenRange: 0..<result.tokens.count)
        result.sentences.replaceSubrange(
          result.sentences.startIndex..<result.sentences.endIndex, with: CollectionOfOne(sentence))
      } else {
        result.sentences.removeAllKeepingCapacity()
      }
      return
    }
    result.sentences.removeAllKeepingCapacity()
    if single {
      // One boundary, the text's end, in one step (the run-on breaks are added below).
      boundaries.replaceSubrange(boundaries.startIndex..<boundaries.endIndex, with: CollectionOfOne(Int32(bytes.count)))
    } else {
      boundaries.removeAllKeepingCapacity()
      if fast {
        if !ASCIISentenceBreaker.boundaries(bytes, into: &boundaries) {
          try breaker.boundaries(bytes, into: &boundaries)
        }
      } else if options.asciiFastPath {
        UnicodeSentenceBreaker.boundaries(bytes, flags: flagCache, tables: sentenceTables, into: &boundaries)
      } else {
        try breaker.boundaries(bytes, into: &boundaries)
      }
    }
    if !extraBoundaries.isEmpty {
      // Run-on full stops ("service.Never"): boundaries ICU's rules do not place.
      boundaries.append(contentsOf: extraBoundaries)
      boundaries.sort()
      var unique = 0
      for index in boundaries.indices where unique == 0 || boundaries[unique - 1] != boundaries[index] {
        boundaries[unique] = boundaries[index]
        unique += 1
      }
      boundaries.removeSubrange(unique...)
    }
    var cursor = CodePointCursor(ascii: ascii)
    var start = 0
    var tokenIndex = 0
    // By index: iterating the list itself retained it, and the full stops' list (below) is made
    // only where a word is split (each was released per text).
    for boundaryIndex in boundaries.indices {
      var end = Int(boundaries[boundaryIndex])
      // The text's end (the last boundary, and for most texts the only one) ends every token left:
      // no walk over them.
      let atTextEnd = end >= bytes.count
      // A boundary inside a token is no sentence end: ICU breaks after the "?" of
      // "https://x.com/?a=1", which it does not know is one token. The boundary is dropped, not
      // moved to the token's end, so the sentence runs on to the next boundary.
      if atTextEnd {
        tokenIndex = result.tokens.count
      } else {
        while tokenIndex < result.tokens.count, result.tokens[tokenIndex].utf8Range.upperBound <= end {
          tokenIndex += 1
        }
      }
      // Without a split below, the walk above has found the sentence's end among the tokens: the
      // first token past `end` is the first to start at or after it (none straddles it, or the
      // boundary is dropped), and no token starts in the white space trimmed off the sentence.
      var tokensEnd: Int? = tokenIndex
      if tokenIndex < result.tokens.count, result.tokens[tokenIndex].utf8Range.lowerBound < end {
        // A full stop between letters inside a word: "سيئة.لن" is one word (WB6/WB7) but two
        // sentences (SB11: an OLetter after an ATerm is not SB8's Lower). The word is split there, as
        // a run-on full stop is ("service.Never", `RunOnSentences`), so that the sentences hold it.
        let word = result.tokens[tokenIndex].utf8Range
        guard options.splitRunOnSentences, result.tokens[tokenIndex].kind == .word,
          let stop = Self.fullStop(bytes, before: end, inside: word)
        else { continue }
        // Every later boundary inside the word splits it too, in one pass: splitting at one stop at a
        // time emitted the rest of the word again each time, quadratic in time and memory on a long
        // run of "سيئة.لن." (QA review 32, H3).
        var stops = [stop]
        for later in boundaries[(boundaryIndex + 1)...] {
          guard Int(later) < word.upperBound else { break }
          if let next = Self.fullStop(bytes, before: Int(later), inside: word), next.lowerBound > stops.last!.upperBound
          {
            stops.append(next)
          }
        }
        try splitWord(at: tokenIndex, around: stops, bytes, into: &result)
        tokensEnd = nil
      }
      // "Mr. Smith", "e.g. Amazon": UAX #29 breaks after the abbreviation's full stop.
      if !atTextEnd, SentenceAbbreviations.joins(bytes, at: end) { continue }
      let sentenceEnd = end
      tokenIndex = result.sentences.last.map(\.tokenRange.upperBound) ?? 0
      // Leading and trailing white space belongs to no sentence.
      var from = start
      if fast {
        // Fast-path text has only ASCII white space.
        while from < end, SpecialSpanScanner.isSpace(bytes[from]) { from += 1 }
        while end > from, SpecialSpanScanner.isSpace(bytes[end - 1]) { end -= 1 }
      } else if from < end, bytes[from] < 0x80, !SpecialSpanScanner.isSpace(bytes[from]), bytes[end - 1] < 0x80,
        !SpecialSpanScanner.isSpace(bytes[end - 1])
      {
        // ASCII other than white space at both ends (most sentences): nothing to trim.
      } else {
        trimWhiteSpace(bytes, from: &from, to: &end)
      }
      if end > from {
        let firstToken = tokenIndex
        if atTextEnd {
          // Every token left starts before the trimmed end: only white space follows it, and no
          // token starts with white space.
          tokenIndex = result.tokens.count
        } else if let tokensEnd {
          tokenIndex = tokensEnd
        } else {
          while tokenIndex < result.tokens.count, result.tokens[tokenIndex].utf8Range.lowerBound < end {
            tokenIndex += 1
          }
        }
        // Where the sentence starts at its first token and ends at its last (most sentences), the
        // tokens' offsets are the sentence's: no byte is counted (the cursor counts from where it
        // stopped when a later sentence needs it).
        let startCodePoint =
          !ascii && firstToken < tokenIndex && result.tokens[firstToken].utf8Range.lowerBound == from
          ? result.tokens[firstToken].start : cursor.advanceFar(bytes, to: from)
        let endCodePoint =
          !ascii && firstToken < tokenIndex && result.tokens[tokenIndex - 1].utf8Range.upperBound == end
          ? result.tokens[tokenIndex - 1].end : cursor.advanceFar(bytes, to: end)
        result.sentences.append(
          Sentence(
            utf8Range: from..<end, start: startCodePoint, end: endCodePoint, tokenRange: firstToken..<tokenIndex))
      }
      start = sentenceEnd
    }
  }

  /// The full stop that ends just before `end`, inside `word` with letters on both sides of it: "."
  /// or U+2024 ONE DOT LEADER, U+FE52 SMALL FULL STOP, U+FF0E FULLWIDTH FULL STOP (ATerm and
  /// MidNumLet, the only sentence terminators ICU's word rules keep inside a word); or nil.
  static func fullStop(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int, inside word: Range<Int>) -> Range<Int>? {
    guard end > word.lowerBound + 1, end < word.upperBound else { return nil }
    if bytes[end - 1] == UInt8(ascii: ".") { return (end - 1)..<end }
    guard end >= word.lowerBound + 4, bytes[end - 3] == 0xE2 || bytes[end - 3] == 0xEF else { return nil }
    switch decodeScalar(bytes, at: end - 3).0 {
    case 0x2024, 0xFE52, 0xFF0E: return (end - 3)..<end
    default: return nil
    }
  }

  /// Moves `from` past the White_Space characters that start `from..<end` and `end` before those
  /// that end it: NBSP, U+3000, U+2028 and the rest as well as ASCII white space.
  func trimWhiteSpace(_ bytes: UnsafeBufferPointer<UInt8>, from: inout Int, to end: inout Int) {
    while from < end {
      let byte = bytes[from]
      if byte < 0x80 {
        guard SpecialSpanScanner.isSpace(byte) else { break }
        from += 1
      } else {
        let (scalar, length) = decodeScalar(bytes, at: from)
        guard flagCache.flags(scalar).contains(.space) else { break }
        from += length
      }
    }
    while end > from {
      let byte = bytes[end - 1]
      if byte < 0x80 {
        guard SpecialSpanScanner.isSpace(byte) else { break }
        end -= 1
      } else {
        var scalarStart = end - 1
        while bytes[scalarStart] & 0xC0 == 0x80 { scalarStart -= 1 }
        guard flagCache.flags(decodeScalar(bytes, at: scalarStart).0).contains(.space) else { break }
        end = scalarStart
      }
    }
  }

  /// Whether ICU's sentence rules (UAX #29 SB1–SB998) can find no break inside an ASCII text: it has
  /// no paragraph separator or other control character, and every terminator ("." "!" "?") is in the
  /// final run of terminators, closing punctuation and spaces. SB4 and SB11 are the only rules that
  /// break, and both need one of those; so the whole text is one sentence, exactly as ICU says.
  /// `withoutLineBreaks`: the caller knows the text has no CR or LF (they are not looked for).
  /// `firstStop`: the offset of the text's first ".", or its length when it has none (nil: looked for).
  static func isSingleASCIISentence(
    _ bytes: UnsafeBufferPointer<UInt8>, withoutLineBreaks: Bool = false, firstStop: Int? = nil
  ) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    // The tail that may hold the last sentence's end: (STerm|ATerm)* Close* Sp*, read backwards.
    // A Close after a space ("Adults.' ''") starts a new sentence in ICU, so the order matters.
    var tail = bytes.count
    while tail > 0, bytes[tail - 1] == UInt8(ascii: " ") { tail -= 1 }
    func isClose(_ byte: UInt8) -> Bool {
      byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]")
        || byte == UInt8(ascii: "}")
    }
    while tail > 0, isClose(bytes[tail - 1]) { tail -= 1 }
    while tail > 0,
      bytes[tail - 1] == UInt8(ascii: ".") || bytes[tail - 1] == UInt8(ascii: "!")
        || bytes[tail - 1] == UInt8(ascii: "?")
    {
      tail -= 1
    }
    // CR and LF anywhere are paragraph separators (SB4); terminators before the tail end sentences.
    if !withoutLineBreaks {
      for byte in [UInt8(ascii: "\n"), UInt8(ascii: "\r")] where memchr(base, Int32(byte), bytes.count) != nil {
        return false
      }
    }
    if let firstStop {
      if firstStop < tail { return false }
    } else if memchr(base, Int32(UInt8(ascii: ".")), tail) != nil {
      return false
    }
    for byte in [UInt8(ascii: "!"), UInt8(ascii: "?")] where memchr(base, Int32(byte), tail) != nil {
      return false
    }
    return true
  }
}
