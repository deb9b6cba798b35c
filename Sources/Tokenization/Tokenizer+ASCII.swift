/// The ASCII fast path: word boundaries found on the fly, the text lower-cased once, and segments
/// classified and emitted without ICU.
extension Tokenizer {
  /// `merge` for pure-ASCII text with the word boundaries found on the fly (`ASCIIWordBreaker`), in
  /// one pass: no boundary list, and a segment that no span touches is emitted directly.
  ///
  /// With `regions`, the text may hold any character: the stretches `ICURegions` marks are
  /// segmented by `AlphabeticWordBreaker`, or by ICU's iterator where it declines (and their
  /// segments emitted as `merge` does), the ASCII between them on the fast path. The boundaries are
  /// ICU's for the whole text (see `ICURegions`).
  @inline(never)
  func tokenizeASCII(
    _ bytes: UnsafeBufferPointer<UInt8>, spans: [SpecialSpan], ascii: Bool, regions: Bool,
    boundaries: inout [Int32], into result: inout TokenizedText
  ) throws(TokenizationError) {
    try ASCIIWordBreaker.withClassTable { table throws(TokenizationError) in
      // Pure ASCII text (most texts) has its own copy of the loop, where no region can start and a
      // byte offset is a code-point offset: no test of either per token.
      if ascii && !regions {
        try tokenizeASCII(
          PlainASCIILoop.self, bytes, table: table, spans: spans, ascii: true, regions: false, boundaries: &boundaries,
          into: &result)
      } else {
        try tokenizeASCII(
          GeneralASCIILoop.self, bytes, table: table, spans: spans, ascii: ascii, regions: regions,
          boundaries: &boundaries, into: &result)
      }
    }
  }

  /// `tokenizeASCII`'s loop, specialized for each `ASCIILoopKind`: for `PlainASCIILoop` (the text
  /// is ASCII and has no regions, as its caller passes it only then) the tests for regions and the
  /// cursor fold away.
  private func tokenizeASCII<Kind: ASCIILoopKind>(
    _ kind: Kind.Type, _ bytes: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<ASCIIWordBreaker.WordClass>,
    spans: [SpecialSpan], ascii: Bool, regions: Bool, boundaries: inout [Int32], into result: inout TokenizedText
  ) throws(TokenizationError) {
    // The loop's state is declared here, not captured from outside a closure, so that it lives in
    // registers (captured, each variable was read and written through a pointer, per token), and
    // the word breaker's `segmentEnd` is inlined into it.
    let plainASCII = Kind.plainASCII
    var cursor = CodePointCursor(ascii: ascii)
    var covered = 0
    var spanIndex = 0
    var nextSpan = spans.first?.range.lowerBound ?? Int.max
    var segmentStart = 0
    var stretchStarts = RegionStretchStarts(storage: stretchStorage, capacity: Self.stretchCapacity)
    var region = regions ? ICURegions.next(bytes, from: 0, flags: flagCache, stretchStarts: &stretchStarts) : nil
    // Outside the regions every byte is ASCII (each non-ASCII character is in one), so offsets
    // there are bytes plus a constant: the cursor counts only inside regions.
    if regions { cursor.enterASCIIStretch(bytes, at: 0) }
    // The tokens of plain segments (most tokens) wait in `pending` and are appended in runs: an
    // append per token tested the array's uniqueness and capacity each time. Every other emitter
    // appends to `result.tokens` itself, so the run is appended before it (text order), and at
    // the end.
    let pending = pendingTokens
    var pendingCount = 0
    // Whether `result.tokens` holds this text's tokens yet: it may still hold the last text's
    // (`tokenize(validUTF8:into:)` leaves them), which the first run replaces in one step.
    var replaced = false
    /// Moves the waiting run into `result.tokens` (in place of what it held, the first time).
    @inline(__always) func flush() {
      let run = UnsafeBufferPointer(start: pending, count: pendingCount)
      if replaced {
        if pendingCount > 0 { result.tokens.append(contentsOf: run) }
      } else {
        result.tokens.replaceSubrange(result.tokens.startIndex..<result.tokens.endIndex, with: run)
        replaced = true
      }
      pendingCount = 0
    }
    defer { flush() }
    // (Texts are never empty here: `tokenizeBytes` returns before.)
    guard let base = bytes.baseAddress else { return }
    while segmentStart < bytes.count {
      if !plainASCII, let icu = region, segmentStart >= icu.lowerBound {
        assert(segmentStart == icu.lowerBound, "a fast-path segment crossed into an ICU region")
        flush()
        cursor.leaveASCIIStretch(at: icu.lowerBound)
        segmentStart = try emitRegion(
          bytes, icu, stretchStarts: stretchStarts, spans: spans, spanIndex: &spanIndex, covered: &covered,
          cursor: &cursor, boundaries: &boundaries, into: &result)
        nextSpan = spanIndex < spans.count ? spans[spanIndex].range.lowerBound : Int.max
        cursor.enterASCIIStretch(bytes, at: icu.upperBound)
        region = ICURegions.next(bytes, from: icu.upperBound, flags: flagCache, stretchStarts: &stretchStarts)
        continue
      }
      // One space before a word (most segments after one): it is no token, and nothing would
      // be emitted for it below, so it is stepped over without finding its end or classifying it.
      // (Offsets are below the byte count: `&+` cannot overflow.)
      if bytes[segmentStart] == UInt8(ascii: " "), segmentStart &+ 1 < bytes.count,
        table[Int(bytes[segmentStart &+ 1])] != .space, nextSpan > segmentStart, covered <= segmentStart
      {
        segmentStart &+= 1
        continue
      }
      // A word (most segments) is found here as `ASCIIWordBreaker.segmentEnd` finds it: its run of
      // letters and digits, then `wordEnd` only where the byte after the run may continue it. (This
      // loop is too large for `segmentEnd` to be inlined into it: a call per token cost ~25
      // instructions of register saves and constants.)
      let segmentEnd: Int
      let firstClass = table[Int(bytes[segmentStart])]
      if ASCIIWordBreaker.opensWord(firstClass) {
        let runEnd = ByteRuns.alnumRunEnd(base, count: bytes.count, from: segmentStart &+ 1)
        segmentEnd =
          runEnd < bytes.count && ASCIIWordBreaker.mayContinueWord(table[Int(bytes[runEnd])])
          ? ASCIIWordBreaker.wordEnd(bytes, runEnd: runEnd, table: table) : runEnd
      } else {
        segmentEnd = ASCIIWordBreaker.segmentEnd(bytes, from: segmentStart, table: table)
      }
      if nextSpan >= segmentEnd && covered <= segmentStart {
        // (`segmentEnd` > `segmentStart`: the range needs no check.)
        let range = Range(uncheckedBounds: (segmentStart, segmentEnd))
        let token: Token?
        if plainASCII {
          // Offsets in pure ASCII text count bytes and code points alike.
          token = Self.asciiSegmentKind(bytes, range).map { kind in
            Token(kind: kind, utf8Range: range, normRange: range, start: segmentStart, end: segmentEnd)
          }
        } else {
          token = Self.asciiSegmentToken(bytes, range, cursor: &cursor)
        }
        if let token {
          if pendingCount == Self.pendingCapacity {
            flush()
            // Checked a run at a time: memory stays bounded on a hostile line of punctuation.
            try Self.checkTokenLimit(result.tokens.count)
          }
          pending[pendingCount] = token
          pendingCount &+= 1
          // The one space after it, before a word, is stepped over here, as at the loop's top
          // (no region starts at a space after a fast-path token): one pass of the loop fewer.
          if segmentEnd &+ 1 < bytes.count, bytes[segmentEnd] == UInt8(ascii: " "),
            table[Int(bytes[segmentEnd &+ 1])] != .space, nextSpan > segmentEnd
          {
            segmentStart = segmentEnd &+ 1
            continue
          }
        }
      } else {
        flush()
        try Self.checkTokenLimit(result.tokens.count)
        try emitPieces(
          bytes, segmentStart..<segmentEnd, spans: spans, spanIndex: &spanIndex, covered: &covered,
          cursor: &cursor, into: &result)
        nextSpan = spanIndex < spans.count ? spans[spanIndex].range.lowerBound : Int.max
      }
      segmentStart = segmentEnd
    }
  }

  /// ASCII lower-casing of a whole text, which for ASCII is NFKC_Casefold.
  static func lowercase(_ bytes: UnsafeBufferPointer<UInt8>, into lowered: inout [UInt8]) {
    let start = lowered.count
    lowered.append(contentsOf: bytes)
    lowercaseInPlace(&lowered, from: start)
  }

  /// `lowered` replaced by `bytes` lower-cased (one copy where emptying it and appending made two
  /// calls).
  static func lowercase(_ bytes: UnsafeBufferPointer<UInt8>, replacing lowered: inout [UInt8]) {
    lowered.replaceSubrange(lowered.startIndex..<lowered.endIndex, with: bytes)
    lowercaseInPlace(&lowered, from: 0)
  }

  /// ASCII lower-casing of `bytes[start...]` in place.
  @inline(__always)
  private static func lowercaseInPlace(_ bytes: inout [UInt8], from start: Int) {
    bytes.withUnsafeMutableBufferPointer { buffer in
      for index in start..<buffer.count {
        let byte = buffer[index]
        buffer[index] = byte &+ ((byte &- 0x41) < 26 ? 0x20 : 0)
      }
    }
  }

  /// `emit` for a token of a fast-path text other than an emoticon: the norm is the same range of
  /// the lower-cased text at the head of `normBytes`.
  @inline(__always)
  static func emitASCII(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, kind: TokenKind, cursor: inout CodePointCursor,
    into result: inout TokenizedText
  ) {
    let start = cursor.advance(bytes, to: range.lowerBound)
    let end = cursor.advance(bytes, to: range.upperBound)
    result.tokens.append(Token(kind: kind, utf8Range: range, normRange: range, start: start, end: end))
  }

  /// `emitSegment` for fast-path text, with the general path's classification: a segment with a
  /// letter is a word, else one with a digit a number, else punctuation; white space is skipped.
  /// A one-byte segment that is no letter or digit is punctuation; any longer one is scanned (an
  /// ICU segment starting with "_" or "@", or what a span left of one: the "'s" of "@acme's").
  @inline(__always)
  static func emitASCIISegment(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, cursor: inout CodePointCursor,
    into result: inout TokenizedText
  ) {
    if let token = asciiSegmentToken(bytes, range, cursor: &cursor) { result.tokens.append(token) }
  }

  /// The token `emitASCIISegment` emits for `range`, or nil for white space.
  @inline(__always)
  private static func asciiSegmentToken(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, cursor: inout CodePointCursor
  ) -> Token? {
    guard let kind = asciiSegmentKind(bytes, range) else { return nil }
    let start = cursor.advance(bytes, to: range.lowerBound)
    let end = cursor.advance(bytes, to: range.upperBound)
    return Token(kind: kind, utf8Range: range, normRange: range, start: start, end: end)
  }

  /// The kind of the token `emitASCIISegment` emits for `range`, or nil for white space.
  @inline(__always)
  private static func asciiSegmentKind(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> TokenKind? {
    let first = bytes[range.lowerBound]
    var kind = TokenKind.punct
    if (first | 0x20) &- 0x61 < 26 {
      // A segment that starts with a letter is a word (the loop below stops at its first byte).
      kind = .word
    } else if SpecialSpanScanner.isSpace(first) {
      return nil
    } else if SpecialSpanScanner.isAlnum(first) || range.count > 1 {
      for index in range {
        let byte = bytes[index]
        if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
          kind = .word
          break
        }
        if byte >= 0x30 && byte <= 0x39 { kind = .number }
      }
    }
    return kind
  }
}
