import VerbatimCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The general path: a text's ICU word boundaries and its special spans merged into tokens, and
/// what a span leaves of the ICU segment it cuts into.
extension Tokenizer {
  func tokenizeBytes(
    _ bytes: UnsafeBufferPointer<UInt8>, asciiWithoutLineBreaks: Bool, into result: inout TokenizedText
  ) throws(TokenizationError) {
    // The tokens, norms and sentences may still hold the previous text's
    // (`tokenize(validUTF8:into:)` leaves them to be replaced here in one step; `findSentences`
    // replaces the sentences).
    guard bytes.count > 0 else {
      result.tokens.removeAllKeepingCapacity()
      result.normBytes.removeAllKeepingCapacity()
      result.sentences.removeAllKeepingCapacity()
      return
    }
    if sentenceBreaker == nil { result.sentences.removeAllKeepingCapacity() }
    let ascii = asciiWithoutLineBreaks || UTF8Validation.isASCII(bytes)
    result.isASCII = ascii
    // The scratch buffers move into locals for the duration of the call: the hot loops then touch
    // no class property (no dynamic exclusivity check per access).
    var spans = take(&self.spans)
    // The boundaries are left as the last text left them: the ICU regions' are appended after
    // whatever they hold (`emitRegion`), and `findSentences` replaces them (a single-sentence
    // text's one boundary in one step, where emptying the list and then appending made two calls).
    var boundaries: [Int32] = []
    swap(&boundaries, &self.boundaries)
    // Swapped back rather than assigned: an assignment released the (empty) array left in the
    // property and retained the local's, per array and text.
    defer {
      swap(&self.spans, &spans)
      swap(&self.boundaries, &boundaries)
      // Left over only when tokenizing threw.
      stopsBeforeEmoticons.removeAllKeepingCapacity()
    }
    SpecialSpanScanner.scan(bytes, into: &spans)
    // The fast path takes ASCII text and ASCII text with typographic quotes and dashes; any other
    // text takes it between the space-delimited stretches that hold other characters (`ICURegions`).
    let fast = options.asciiFastPath && (ascii || TypographicPunctuation.onlyMarksBeyondASCII(bytes))
    if options.asciiFastPath || ascii {
      // For ASCII characters NFKC_Casefold is ASCII lower-casing, so every fast-path token's norm is
      // a slice of the lower-cased text at the token's own byte range (emoticons, kept as typed, and
      // tokens the general path emits are appended after it).
      Self.lowercase(bytes, replacing: &result.normBytes)
      // Tested first: `reserveCapacity` tests the storage's uniqueness (a runtime call) even when the
      // capacity suffices, as it does for most texts after the first.
      let expected = min(bytes.count / 2, Self.maximumTokens + 1)
      if result.tokens.capacity < expected { result.tokens.reserveCapacity(expected) }
    } else if !result.normBytes.isEmpty {
      result.normBytes.removeAll(keepingCapacity: true)
    }
    if options.asciiFastPath {
      try tokenizeASCII(bytes, spans: spans, ascii: ascii, regions: !fast, boundaries: &boundaries, into: &result)
    } else {
      // `tokenizeASCII` replaces the tokens; `merge` appends them.
      result.tokens.removeAllKeepingCapacity()
      boundaries.removeAllKeepingCapacity()
      try words.boundaries(bytes, into: &boundaries)
      try merge(bytes, boundaries: boundaries, spans: spans, ascii: ascii, into: &result)
    }
    if ApostropheSubstitutes.mayOccur(in: bytes, ascii: ascii) {
      var scratch = take(&joinScratch)
      ApostropheSubstitutes.join(bytes, flags: flagCache, scratch: &scratch, in: &result)
      joinScratch = scratch
    }
    var runOnBreaks = take(&self.runOnBreaks)
    defer { swap(&self.runOnBreaks, &runOnBreaks) }
    if !stopsBeforeEmoticons.isEmpty {
      // Recorded only with `splitRunOnSentences` and sentences on ("terrible.XD").
      runOnBreaks.append(contentsOf: stopsBeforeEmoticons)
      stopsBeforeEmoticons.removeAll(keepingCapacity: true)
    }
    // The first full stop, found once for the three passes below that each looked for it from the
    // text's start (the text's length when it has none).
    let firstStop = options.splitRunOnSentences || sentenceBreaker != nil ? Self.firstFullStop(bytes) : 0
    if options.splitRunOnSentences {
      if let candidate = RunOnSentences.firstCandidate(in: bytes, firstStop: firstStop, spans: spans) {
        RunOnSentences.split(bytes, from: candidate, spans: spans, in: &result, breaks: &runOnBreaks)
      }
      if sentenceBreaker != nil { LowercaseSentenceStarts.breaks(bytes, firstStop: firstStop, into: &runOnBreaks) }
    }
    if let sentenceBreaker {
      try findSentences(
        bytes, with: sentenceBreaker, ascii: ascii, withoutLineBreaks: asciiWithoutLineBreaks, firstStop: firstStop,
        fast: fast, extraBoundaries: runOnBreaks, boundaries: &boundaries, into: &result)
    } else {
      // No `findSentences` replaces them: the ICU regions' word boundaries are let go here (they
      // were appended to from one text to the next).
      boundaries.removeAllKeepingCapacity()
    }
  }

  /// Emits the tokens of a text from ICU's word boundaries and the special spans: each boundary
  /// segment is emitted (classified by its characters) except where a span covers it; a span is
  /// one token, even where it straddles segments.
  private func merge(
    _ bytes: UnsafeBufferPointer<UInt8>, boundaries: [Int32], spans: [SpecialSpan], ascii: Bool,
    into result: inout TokenizedText
  ) throws(TokenizationError) {
    var cursor = CodePointCursor(ascii: ascii)
    var covered = 0
    var segmentStart = 0
    var spanIndex = 0
    for boundary in boundaries {
      let segmentEnd = Int(boundary)
      try Self.checkTokenLimit(result.tokens.count)
      try emitPieces(
        bytes, segmentStart..<segmentEnd, spans: spans, spanIndex: &spanIndex, covered: &covered, cursor: &cursor,
        into: &result)
      segmentStart = segmentEnd
    }
  }

  /// Emits what of one word-boundary segment no span has covered, and the spans that start in it.
  @inline(__always)
  func emitPieces(
    _ bytes: UnsafeBufferPointer<UInt8>, _ segment: Range<Int>, spans: [SpecialSpan], spanIndex: inout Int,
    covered: inout Int, cursor: inout CodePointCursor, into result: inout TokenizedText
  ) throws(TokenizationError) {
    var position = max(segment.lowerBound, covered)
    if position > segment.lowerBound {
      // A span from an earlier segment ends inside this one ("#fail" in "#" + "fail.Never").
      try emitJoinersAfterSpan(
        bytes, segment, spans: spans, spanIndex: spanIndex, position: &position,
        covered: &covered, cursor: &cursor, into: &result)
    }
    while position < segment.upperBound {
      if spanIndex < spans.count, spans[spanIndex].range.lowerBound < segment.upperBound {
        let span = spans[spanIndex]
        if span.range.lowerBound > position {
          try emitBeforeSpan(bytes, position..<span.range.lowerBound, span: span, cursor: &cursor, into: &result)
        }
        if cursor.ascii && span.kind != .emoticon {
          Self.emitASCII(bytes, span.range, kind: span.kind, cursor: &cursor, into: &result)
        } else {
          try emit(bytes, span.range, kind: span.kind, cursor: &cursor, into: &result)
        }
        covered = span.range.upperBound
        position = covered
        spanIndex += 1
        try emitJoinersAfterSpan(
          bytes, segment, spans: spans, spanIndex: spanIndex, position: &position,
          covered: &covered, cursor: &cursor, into: &result)
      } else {
        try emitSegment(bytes, position..<segment.upperBound, cursor: &cursor, into: &result)
        position = segment.upperBound
      }
    }
  }

  /// Emits the part of an ICU segment that a span cuts off at its end. ICU joins a full stop or an
  /// apostrophe between letters (UAX #29 WB6/WB7: "terrible.XD", "great.@acme", "don’XD" are one
  /// word each); with the letters after it taken by the span, it joins nothing, and ICU gives
  /// "terrible", "." for "terrible." standing alone: it is a token of its own, and no word ends in
  /// one. A full stop split off before an emoticon that starts with a letter ("terrible.XD",
  /// "Great.xD") also ends a sentence, as run-on full stops do (`RunOnSentences`) and as
  /// "terrible. XD" does; like theirs, it ends one after an abbreviation too ("Mr.XD", as
  /// "Mr.Smith": `SentenceAbbreviations` joins only across a space).
  @inline(__always)
  private func emitBeforeSpan(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, span: SpecialSpan, cursor: inout CodePointCursor,
    into result: inout TokenizedText
  ) throws(TokenizationError) {
    let joiner = range.count > 1 ? Self.trailingJoinerStart(bytes, range) : nil
    guard let joiner else {
      try emitSegment(bytes, range, cursor: &cursor, into: &result)
      return
    }
    try emitSegment(bytes, range.lowerBound..<joiner, cursor: &cursor, into: &result)
    try emitSegment(bytes, joiner..<range.upperBound, cursor: &cursor, into: &result)
    if span.kind == .emoticon, bytes[joiner] == UInt8(ascii: "."), (bytes[range.upperBound] | 0x20) &- 0x61 < 26,
      options.splitRunOnSentences, sentenceBreaker != nil
    {
      stopsBeforeEmoticons.append(Int32(range.upperBound))
    }
  }

  /// Where the word-joining character that ends `range` starts, or nil when none does: "." ":"
  /// "'" (MidNumLet, MidLetter, Single_Quote) and the non-ASCII MidLetter and MidNumLet characters
  /// (U+00B7 U+0387 U+055F U+05F4 U+2018 U+2019 U+2024 U+2027 U+FE13 U+FE52 U+FE55 U+FF07 U+FF0E
  /// U+FF1A).
  private static func trailingJoinerStart(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    let last = bytes[range.upperBound - 1]
    if last < 0x80 {
      return isLeadingJoiner(last) || last == UInt8(ascii: "'") ? range.upperBound - 1 : nil
    }
    var start = range.upperBound - 1
    while start > range.lowerBound, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    guard start > range.lowerBound else { return nil }
    switch decodeScalar(bytes, at: start).0 {
    case 0x00B7, 0x0387, 0x055F, 0x05F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E,
      0xFF1A:
      return start
    default: return nil
    }
  }

  /// After a span that cut into one of ICU's words ("@acme.Never" is the span "@acme" inside the
  /// word "acme.Never"), emits a full stop or colon left at the front of the rest as a
  /// token of its own: it joined letters only across the cut, and ICU gives ".", "Never" for ".Never".
  @inline(__always)
  private func emitJoinersAfterSpan(
    _ bytes: UnsafeBufferPointer<UInt8>, _ segment: Range<Int>, spans: [SpecialSpan], spanIndex: Int,
    position: inout Int, covered: inout Int, cursor: inout CodePointCursor, into result: inout TokenizedText
  ) throws(TokenizationError) {
    while position + 1 < segment.upperBound, Self.isLeadingJoiner(bytes[position]),
      spanIndex >= spans.count || spans[spanIndex].range.lowerBound > position
    {
      try emitSegment(bytes, position..<(position + 1), cursor: &cursor, into: &result)
      position += 1
      covered = position
    }
  }

  /// "." and ":", ASCII word-joining punctuation (UAX #29 MidNumLet, MidLetter). The apostrophe is
  /// left out: "@acme's" keeps the possessive "'s" as one word.
  @inline(__always)
  private static func isLeadingJoiner(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
  }

  /// Moves an array out of its storage, emptied, leaving an empty one (with no capacity) behind.
  @inline(__always)
  func take<Element>(_ array: inout [Element]) -> [Element] {
    var taken: [Element] = []
    swap(&taken, &array)
    // Most texts leave the span and run-on lists empty: no call to empty them again.
    taken.removeAllKeepingCapacity()
    return taken
  }

  /// The offset of the first "." of `bytes`, or their count when they hold none.
  @inline(__always)
  static func firstFullStop(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = bytes.baseAddress, let found = memchr(base, 0x2E, bytes.count) else { return bytes.count }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }
}
