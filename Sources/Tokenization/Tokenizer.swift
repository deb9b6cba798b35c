import VerbatimCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Options of a `Tokenizer`.
public struct TokenizerOptions: Sendable, Equatable {
  /// Also find sentence boundaries (ICU's sentence break iterator).
  public var sentences: Bool
  /// Use the pure-Swift word breaker on pure-ASCII texts (it yields exactly ICU's boundaries).
  public var asciiFastPath: Bool
  /// ICU locale for break iteration ("" = root).
  public var locale: String
  /// Split ASCII words at a full stop typed without a space between sentences ("service.Never",
  /// "terrible.will"; `RunOnSentences`), with a sentence boundary there (none after a title or
  /// shorthand: "Mr.Smith", "e.g.the"), and start a sentence at a lower-case word
  /// after a full stop that ends a word ("parking. great vet"; `LowercaseSentenceStarts`). A word
  /// that ICU's sentence rules break inside, after a full stop ("سيئة.لن", UAX #29 SB11), is split
  /// there too (`findSentences`). Off, the boundaries are exactly ICU's (and such a break is dropped).
  public var splitRunOnSentences: Bool
  /// Read HTML character references as the characters they stand for ("wasn&#39;t" is the word
  /// "wasn't", "&lt;3" the emoticon "<3"; `CharacterReferences`): the norms hold the decoded
  /// characters, while offsets and token texts stay the original's. Off, "&#39;" is punctuation
  /// and a number.
  public var decodesCharacterReferences: Bool
  /// Read mojibake, UTF-8 once decoded as Windows-1252 ("donâ€™t", "cafÃ©"), as the characters it
  /// garbles ("don’t", "café"; `Mojibake`): the norms hold the repaired characters, while offsets
  /// and token texts stay the original's.
  public var repairsMojibake: Bool

  public init(
    sentences: Bool = true, asciiFastPath: Bool = true, locale: String = "", splitRunOnSentences: Bool = true,
    decodesCharacterReferences: Bool = true, repairsMojibake: Bool = true
  ) {
    self.sentences = sentences
    self.asciiFastPath = asciiFastPath
    self.locale = locale
    self.splitRunOnSentences = splitRunOnSentences
    self.decodesCharacterReferences = decodesCharacterReferences
    self.repairsMojibake = repairsMojibake
  }
}

/// Splits text into tokens with ICU's word break rules, keeping URLs, e-mail addresses, mentions,
/// hashtags, emoticons and emoji sequences whole, and normalising each token with NFKC_Casefold.
///
/// A tokenizer owns ICU handles and reusable buffers: create one per worker thread and reuse it
/// (opening an ICU iterator costs microseconds; re-pointing one costs a fraction of that). It is
/// deliberately not `Sendable`.
///
/// Offsets: `Token.start`/`end` count Unicode code points of the original text, so
/// `Array(text.unicodeScalars)[start..<end]` is the token's text.
public final class Tokenizer {
  public let options: TokenizerOptions
  private let words: BreakIteratorHandle
  private let sentenceBreaker: BreakIteratorHandle?
  private let normalizer: NormalizerHandle
  // The scratch below belongs to the one thread that uses the tokenizer (it is not `Sendable`), and
  // no call re-enters it, so its accesses go unchecked at run time (each is otherwise a dynamic
  // exclusivity check: a thread-local lookup, per text and per piece).
  /// NFKC_Casefold forms of recent non-ASCII tokens.
  @exclusivity(unchecked) private var normCache = NormCache()
  /// ICU's word boundaries of recent regions the alphabetic word breaker declines.
  @exclusivity(unchecked) private var regionCache = RegionBoundaryCache()
  /// The tokens of recent stretches of regions that no span touches (`emitRegion`).
  @exclusivity(unchecked) private var regionTokens = RegionTokenCache()
  /// Whether `emitRegion` replays and remembers stretches' tokens (`RegionTokenCache`); off, every
  /// region is segmented whole (the reference `RegionTokenCacheTests` compares with).
  var cachesRegionTokens = true
  /// Word boundaries of the non-ASCII stretches outside ICU's dictionary scripts, with its buffers.
  @exclusivity(unchecked) private var alphabeticWordBreaker = AlphabeticWordBreaker()
  @exclusivity(unchecked) private var boundaries: [Int32] = []
  @exclusivity(unchecked) private var spans: [SpecialSpan] = []
  /// Sentence boundaries after run-on full stops (`RunOnSentences`), reused.
  @exclusivity(unchecked) private var runOnBreaks: [Int32] = []
  /// Word boundaries inside the part of a segment a keycap was cut from (`emitSplittingKeycaps`).
  @exclusivity(unchecked) private var pieceBoundaries: [Int32] = []
  /// Sentence boundaries after a full stop split off before an emoticon (`emitBeforeSpan`), reused.
  @exclusivity(unchecked) private var stopsBeforeEmoticons: [Int32] = []
  /// The norm of a contraction being joined (`ApostropheSubstitutes`).
  @exclusivity(unchecked) private var joinScratch: [UInt8] = []
  /// A text with its HTML character references decoded and its mojibake repaired, and where each
  /// of its bytes comes from (`CharacterReferences`), reused.
  @exclusivity(unchecked) private var decodedText: [UInt8] = []
  @exclusivity(unchecked) private var decodedOrigins: [CharacterReferences.Origin] = []
  let flagCache = CharacterFlagCache()
  /// `TwoByteSegments.table`, held so that classifying a segment reads no static.
  private let twoByteKinds = TwoByteSegments.table
  /// `UnicodeSentenceBreaker`'s class tables, held for the same reason.
  let sentenceTables = UnicodeSentenceBreaker.Tables()
  /// Tokens of plain ASCII segments waiting to be appended to the result in one run
  /// (`tokenizeASCII`), `pendingCapacity` of them. Owned by the tokenizer (freed in `deinit`);
  /// `Token` is a trivial type, so slots are overwritten without deinitialising them.
  private let pendingTokens: UnsafeMutablePointer<Token>
  private static let pendingCapacity = 32
  /// Where the stretches of the current ICU region start (`RegionStretchStarts`), `stretchCapacity`
  /// of them; owned by the tokenizer (freed in `deinit`).
  private let stretchStorage: UnsafeMutablePointer<Int>
  private static let stretchCapacity = 64

  public init(options: TokenizerOptions = TokenizerOptions()) throws(TokenizationError) {
    self.options = options
    words = try BreakIteratorHandle(sentences: false, locale: options.locale)
    sentenceBreaker = options.sentences ? try BreakIteratorHandle(sentences: true, locale: options.locale) : nil
    normalizer = try NormalizerHandle()
    pendingTokens = .allocate(capacity: Self.pendingCapacity)
    stretchStorage = .allocate(capacity: Self.stretchCapacity)
  }

  deinit {
    pendingTokens.deallocate()
    stretchStorage.deallocate()
  }

  /// Tokenizes `text` into a new value.
  public func tokenize(_ text: String) throws(TokenizationError) -> TokenizedText {
    var result = TokenizedText()
    try tokenize(text, into: &result)
    return result
  }

  /// Tokenizes `text` into `result`, reusing its buffers.
  public func tokenize(_ text: String, into result: inout TokenizedText) throws(TokenizationError) {
    result.reset()
    result.utf8.append(contentsOf: text.utf8)
    try tokenizeStoredText(into: &result)
  }

  /// Tokenizes UTF-8 bytes into `result`, reusing its buffers, without making a String of them.
  /// The bytes must be valid UTF-8 (validate them first, e.g. with `UTF8Validation`).
  public func tokenize(validUTF8 bytes: UnsafeBufferPointer<UInt8>, into result: inout TokenizedText)
    throws(TokenizationError)
  {
    // `tokenizeBytes` replaces the tokens, norms and sentences.
    result.reset(text: bytes, leavingTokenizerOutput: true)
    try tokenizeStoredText(into: &result)
  }

  /// `tokenize(validUTF8:into:)` for bytes the caller knows to be ASCII without a CR or LF (the
  /// text of a JSON string that has no escape, as `FlatJSONObject.isASCII` says of its line): the
  /// tokenizer does not look for either again. The result is the same as `tokenize(validUTF8:into:)`'s.
  public func tokenize(asciiWithoutLineBreaks bytes: UnsafeBufferPointer<UInt8>, into result: inout TokenizedText)
    throws(TokenizationError)
  {
    assert(UTF8Validation.isASCII(bytes) && !bytes.contains(0x0A) && !bytes.contains(0x0D), "not what the caller said")
    result.reset(text: bytes, leavingTokenizerOutput: true)
    try tokenizeStoredText(into: &result, asciiWithoutLineBreaks: true)
  }

  /// `asciiWithoutLineBreaks`: the stored text is known to be ASCII without CR or LF.
  private func tokenizeStoredText(into result: inout TokenizedText, asciiWithoutLineBreaks: Bool = false)
    throws(TokenizationError)
  {
    let bytes = result.utf8  // shares storage; tokenizing never mutates `utf8`
    var failure: TokenizationError?
    bytes.withUnsafeBufferPointer { buffer in
      do throws(TokenizationError) {
        // Most texts have no "&" and no 0xC3 (none in ASCII text): decided without a call that
        // passes the scratch.
        let references = options.decodesCharacterReferences
        let mojibake = options.repairsMojibake && !asciiWithoutLineBreaks
        if let start = CharacterReferences.firstCandidate(in: buffer, references: references, mojibake: mojibake),
          case let repairs = CharacterReferences.decode(
            buffer, from: start, references: references, mojibake: mojibake, into: &decodedText,
            origins: &decodedOrigins),
          !repairs.isEmpty
        {
          result.repairs = repairs
          // The decoded text is tokenized ("&#10;" may be a line break), and the tokens and
          // sentences are mapped back to the original bytes.
          try decodedText.withUnsafeBufferPointer { decoded throws(TokenizationError) in
            try tokenizeBytes(decoded, asciiWithoutLineBreaks: false, into: &result)
          }
          CharacterReferences.mapBack(&result.tokens, &result.sentences, origins: decodedOrigins)
        } else {
          try tokenizeBytes(buffer, asciiWithoutLineBreaks: asciiWithoutLineBreaks, into: &result)
        }
        // Every path ends here: the runs above stop a long line early, the rest is caught here.
        try Self.checkTokenLimit(result.tokens.count)
      } catch { failure = error }
    }
    if let failure {
      // The caller reuses `result` for the next text: the storage of a refused one is let go.
      if case .tooManyTokens = failure { result = TokenizedText() }
      throw failure
    }
  }

  /// The most tokens one text may have (2^20): a longer text is refused with
  /// `TokenizationError.tooManyTokens`, so that memory stays bounded on any input (a line of
  /// 10 MiB of full stops is 10 million tokens, some 1.3 GB in `score`; QA review 41). A survey
  /// answer of a million tokens is a document of some 5 MB of prose.
  public static let maximumTokens = 1 << 20

  /// Throws `tooManyTokens` when a text has `count` > `maximumTokens` tokens.
  @inline(__always)
  private static func checkTokenLimit(_ count: Int) throws(TokenizationError) {
    if count > maximumTokens { throw .tooManyTokens(limit: maximumTokens) }
  }

  /// NFKC_Casefold of a string (what `Token.norm` holds for words), for callers that normalise
  /// lexicon or rule terms the same way tokens are normalised.
  public func caseFold(_ text: String) throws(TokenizationError) -> String {
    var output: [UInt8] = []
    var copy = text
    var failure: TokenizationError?
    copy.withUTF8 { buffer in
      do throws(TokenizationError) { try normalizer.appendCaseFolded(buffer, to: &output) } catch { failure = error }
    }
    if let failure { throw failure }
    return String(decoding: output, as: UTF8.self)
  }

  private func tokenizeBytes(
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
      result.tokens.reserveCapacity(min(bytes.count / 2, Self.maximumTokens + 1))
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

  /// `merge` for pure-ASCII text with the word boundaries found on the fly (`ASCIIWordBreaker`), in
  /// one pass: no boundary list, and a segment that no span touches is emitted directly.
  ///
  /// With `regions`, the text may hold any character: the stretches `ICURegions` marks are
  /// segmented by `AlphabeticWordBreaker`, or by ICU's iterator where it declines (and their
  /// segments emitted as `merge` does), the ASCII between them on the fast path. The boundaries are
  /// ICU's for the whole text (see `ICURegions`).
  @inline(never)
  private func tokenizeASCII(
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

  /// Emits the segments of one ICU region (`tokenizeASCII`) and returns where the last one ends (the
  /// region's end). A region that no span touches is emitted stretch by stretch (`RegionStretches`:
  /// its boundaries are those of the stretches segmented one by one), each replayed from
  /// `RegionTokenCache` when it was seen recently ("höflich", "服务很好，但是送货太慢了。", "👍🏽"), else
  /// segmented (`segmentRegion`) and remembered. Kept out of line: the ASCII loop around it stays
  /// small. A replayed stretch appends no boundaries: only `findSentences` reads the list after
  /// this, and it replaces it.
  @inline(never)
  private func emitRegion(
    _ bytes: UnsafeBufferPointer<UInt8>, _ icu: Range<Int>, stretchStarts: RegionStretchStarts, spans: [SpecialSpan],
    spanIndex: inout Int, covered: inout Int, cursor: inout CodePointCursor, boundaries: inout [Int32],
    into result: inout TokenizedText
  ) throws(TokenizationError) -> Int {
    guard cachesRegionTokens, covered <= icu.lowerBound,
      spanIndex >= spans.count || spans[spanIndex].range.lowerBound >= icu.upperBound
    else {
      return try segmentRegion(
        bytes, icu, spans: spans, spanIndex: &spanIndex, covered: &covered, cursor: &cursor, boundaries: &boundaries,
        into: &result)
    }
    var stretchStart = icu.lowerBound
    // The stretches' ends are the starts `ICURegions.next` recorded, then the region's end (or, where
    // it did not record them all, those `RegionStretches.nextStart` finds after the last).
    var recorded = 0
    while stretchStart < icu.upperBound {
      let stretchEnd = stretchStarts.stretchEnd(
        after: stretchStart, recorded: &recorded, in: icu, bytes, flags: flagCache)
      let stretch = stretchStart..<stretchEnd
      stretchStart = stretchEnd
      guard stretch.count <= RegionTokenCache.maximumKeyLength else {
        _ = try segmentRegion(
          bytes, stretch, spans: spans, spanIndex: &spanIndex, covered: &covered, cursor: &cursor,
          boundaries: &boundaries, into: &result)
        continue
      }
      // A stretch is a function of its bytes (no span touches it): replayed when seen before.
      let key = UnsafeBufferPointer(rebasing: bytes[stretch])
      let hash = NormCache.hash(key)
      let codePoint = cursor.advance(bytes, to: stretch.lowerBound)
      if let characters = regionTokens.replay(
        key, hash: hash, offset: stretch.lowerBound, codePoint: codePoint, into: &result)
      {
        _ = cursor.advance(bytes, to: stretch.upperBound, from: stretch.lowerBound, characters: characters)
        continue
      }
      let firstToken = result.tokens.count
      let normStart = result.normBytes.count
      _ = try segmentRegion(
        bytes, stretch, spans: spans, spanIndex: &spanIndex, covered: &covered, cursor: &cursor,
        boundaries: &boundaries, into: &result)
      let characters = cursor.advance(bytes, to: stretch.upperBound) - codePoint
      result.tokens.withUnsafeBufferPointer { tokens in
        result.normBytes.withUnsafeBufferPointer { norms in
          regionTokens.insert(
            key, hash: hash, offset: stretch.lowerBound, codePoint: codePoint, characters: characters,
            tokens: UnsafeBufferPointer(rebasing: tokens[firstToken...]),
            norms: UnsafeBufferPointer(rebasing: norms[normStart...]), normBase: normStart)
        }
      }
    }
    return icu.upperBound
  }

  /// Emits the segments of a region, or of a stretch of one (`emitRegion`): its word boundaries
  /// from `AlphabeticWordBreaker`, or from ICU's iterator where that one declines. Returns where
  /// the last segment ends. The region's boundaries are appended after the previous regions'
  /// (emptying the list per region cost more than reading from where this region's start).
  private func segmentRegion(
    _ bytes: UnsafeBufferPointer<UInt8>, _ icu: Range<Int>, spans: [SpecialSpan], spanIndex: inout Int,
    covered: inout Int, cursor: inout CodePointCursor, boundaries: inout [Int32], into result: inout TokenizedText
  ) throws(TokenizationError) -> Int {
    let first = boundaries.count
    // The breaker is used in place (its accesses are unchecked): moving it into a local per text
    // cost an empty breaker made and released for every text, ASCII ones included.
    if !alphabeticWordBreaker.boundaries(bytes, region: icu, flags: flagCache, into: &boundaries) {
      try declinedRegionBoundaries(bytes, icu, into: &boundaries)
    }
    var segmentStart = icu.lowerBound
    for position in first..<boundaries.count {
      let segmentEnd = icu.lowerBound + Int(boundaries[position])
      try emitPieces(
        bytes, segmentStart..<segmentEnd, spans: spans, spanIndex: &spanIndex, covered: &covered, cursor: &cursor,
        into: &result)
      segmentStart = segmentEnd
    }
    return segmentStart
  }

  /// Appends the word boundaries of a region the alphabetic word breaker declines (offsets from its
  /// start). Where the region splits into stretches (`RegionStretches`), each run of stretches the
  /// breaker takes is segmented by it, and only the runs of stretches it declines go to ICU: the
  /// Chinese phrase, not the Cyrillic words and emoji beside it.
  private func declinedRegionBoundaries(
    _ bytes: UnsafeBufferPointer<UInt8>, _ region: Range<Int>, into boundaries: inout [Int32]
  ) throws(TokenizationError) {
    var stretchStart = region.lowerBound
    var stretchEnd = RegionStretches.nextStart(bytes, in: region, after: stretchStart, flags: flagCache)
    guard stretchEnd < region.upperBound else {
      // One stretch (a phrase without spaces, most often): all of it to ICU.
      try icuBoundaries(UnsafeBufferPointer(rebasing: bytes[region]), into: &boundaries)
      return
    }
    var groupStart = region.lowerBound
    var groupDeclines = alphabeticWordBreaker.declines(bytes, stretchStart..<stretchEnd, flags: flagCache)
    while stretchEnd < region.upperBound {
      stretchStart = stretchEnd
      stretchEnd = RegionStretches.nextStart(bytes, in: region, after: stretchStart, flags: flagCache)
      let declines = alphabeticWordBreaker.declines(bytes, stretchStart..<stretchEnd, flags: flagCache)
      guard declines != groupDeclines else { continue }
      try appendGroupBoundaries(
        bytes, groupStart..<stretchStart, of: region, declined: groupDeclines, into: &boundaries)
      groupStart = stretchStart
      groupDeclines = declines
    }
    try appendGroupBoundaries(
      bytes, groupStart..<region.upperBound, of: region, declined: groupDeclines, into: &boundaries)
  }

  /// Appends the word boundaries of a run of stretches of `region` (offsets from the region's start):
  /// the alphabetic word breaker's, or ICU's where the run is `declined` (or the breaker declines it).
  private func appendGroupBoundaries(
    _ bytes: UnsafeBufferPointer<UInt8>, _ group: Range<Int>, of region: Range<Int>, declined: Bool,
    into boundaries: inout [Int32]
  ) throws(TokenizationError) {
    let first = boundaries.count
    if declined || !alphabeticWordBreaker.boundaries(bytes, region: group, flags: flagCache, into: &boundaries) {
      try icuBoundaries(UnsafeBufferPointer(rebasing: bytes[group]), into: &boundaries)
    }
    let offset = Int32(group.lowerBound - region.lowerBound)
    guard offset != 0 else { return }
    for index in first..<boundaries.count { boundaries[index] &+= offset }
  }

  /// Appends ICU's word boundaries of a region (offsets from its start): from the cache when the
  /// region was seen recently, else from ICU's iterator (and remembered).
  private func icuBoundaries(_ region: UnsafeBufferPointer<UInt8>, into boundaries: inout [Int32])
    throws(TokenizationError)
  {
    guard region.count <= RegionBoundaryCache.maximumKeyLength else {
      try words.boundaries(region, into: &boundaries)
      return
    }
    let hash = NormCache.hash(region)
    if regionCache.appendBoundaries(of: region, hash: hash, to: &boundaries) { return }
    let first = boundaries.count
    try words.boundaries(region, into: &boundaries)
    regionCache.insert(region, hash: hash, boundaries: boundaries[first...])
  }

  /// Emits what of one word-boundary segment no span has covered, and the spans that start in it.
  @inline(__always)
  private func emitPieces(
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
  private func take<Element>(_ array: inout [Element]) -> [Element] {
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

  /// ASCII lower-casing of a whole text, which for ASCII is NFKC_Casefold.
  private static func lowercase(_ bytes: UnsafeBufferPointer<UInt8>, into lowered: inout [UInt8]) {
    let start = lowered.count
    lowered.append(contentsOf: bytes)
    lowercaseInPlace(&lowered, from: start)
  }

  /// `lowered` replaced by `bytes` lower-cased (one copy where emptying it and appending made two
  /// calls).
  private static func lowercase(_ bytes: UnsafeBufferPointer<UInt8>, replacing lowered: inout [UInt8]) {
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
  private static func emitASCII(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, kind: TokenKind, cursor: inout CodePointCursor,
    into result: inout TokenizedText
  ) {
    let start = cursor.advance(bytes, to: range.lowerBound)
    let end = cursor.advance(bytes, to: range.upperBound)
    result.tokens.append(Token(kind: kind, utf8Range: range, normRange: range, start: start, end: end))
  }

  /// Classifies an ICU segment by its characters and emits it, unless it is white space.
  private func emitSegment(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, cursor: inout CodePointCursor,
    into result: inout TokenizedText
  ) throws(TokenizationError) {
    if cursor.ascii {
      Self.emitASCIISegment(bytes, range, cursor: &cursor, into: &result)
      return
    }
    if let (kind, lowercaseIsNorm, characters) = TwoByteSegments.classify(bytes, range, table: twoByteKinds) {
      // A norm equal to the lower-cased text at the token's range is that range (as `emit` finds
      // by comparing the folded form, for tokens the norm cache takes): no hash, lookup or copy.
      if lowercaseIsNorm && options.asciiFastPath && range.count <= NormCache.maximumKeyLength {
        let start = cursor.advance(bytes, to: range.lowerBound)
        let end = cursor.advance(bytes, to: range.upperBound, from: range.lowerBound, characters: characters)
        result.tokens.append(Token(kind: kind, utf8Range: range, normRange: range, start: start, end: end))
        return
      }
      try emit(bytes, range, kind: kind, cursor: &cursor, into: &result)
      return
    }
    var flags = CharacterFlags()
    var index = range.lowerBound
    var allSpace = true
    var hasVariationSelector = false
    var emojiAboveLatin1 = false
    var hasKeycapMark = false
    var hasEmojiModifier = false
    var startsIgnorable = false
    while index < range.upperBound {
      let (scalar, length) = decodeScalar(bytes, at: index)
      let scalarFlags = flagCache.flags(scalar)
      let ignorable = Self.isIgnorable(scalar)
      if !scalarFlags.contains(.space) && !ignorable { allSpace = false }
      if ignorable && index == range.lowerBound { startsIgnorable = true }
      if scalar == 0xFE0F { hasVariationSelector = true }
      if scalarFlags.contains(.emoji) && scalar >= 0x2000 { emojiAboveLatin1 = true }
      if scalar == 0x20E3 { hasKeycapMark = true }
      if scalar >= 0x1F3FB && scalar <= 0x1F3FF { hasEmojiModifier = true }
      flags.formUnion(scalarFlags)
      index += length
    }
    if allSpace { return }
    if flags.contains(.space) || startsIgnorable {
      try emitSplittingWhiteSpace(bytes, range, cursor: &cursor, into: &result)
      return
    }
    if hasKeycapMark, try emitSplittingKeycaps(bytes, range, cursor: &cursor, into: &result) { return }
    let kind: TokenKind
    if flags.contains(.emoji) && (emojiAboveLatin1 || hasVariationSelector) {
      kind = .emoji
    } else if hasEmojiModifier && !flags.contains(.letter) && !flags.contains(.digit) {
      kind = .emoji  // a skin-tone modifier on its own (Emoji_Modifier, UTS #51) is an emoji
    } else if flags.contains(.letter) {
      kind = .word
    } else if flags.contains(.number) {
      kind = .number  // general category N: digits of any script, and ½ Ⅻ ² ① 〇
    } else {
      kind = .punct
    }
    try emit(bytes, range, kind: kind, cursor: &cursor, into: &result)
  }

  /// Replaces the word token at `index` by its parts around the full stops at `stops` (in order,
  /// inside the word) and the stops themselves, each classified and normalised as a segment of its
  /// own (for sentence boundaries ICU places inside the word: `findSentences`).
  func splitWord(
    at index: Int, around stops: [Range<Int>], _ bytes: UnsafeBufferPointer<UInt8>, into result: inout TokenizedText
  )
    throws(TokenizationError)
  {
    let word = result.tokens[index]
    let first = result.tokens.count
    var cursor = CodePointCursor(ascii: result.isASCII, at: word.utf8Range.lowerBound, codePoint: word.start)
    var partStart = word.utf8Range.lowerBound
    for stop in stops {
      try emitSegment(bytes, partStart..<stop.lowerBound, cursor: &cursor, into: &result)
      try emitSegment(bytes, stop, cursor: &cursor, into: &result)
      partStart = stop.upperBound
    }
    try emitSegment(bytes, partStart..<word.utf8Range.upperBound, cursor: &cursor, into: &result)
    let pieces = Array(result.tokens[first...])
    result.tokens.removeSubrange(first...)
    result.tokens.replaceSubrange(index...index, with: pieces)
  }

  /// Emits a segment that holds a keycap emoji sequence and more, such as "1️⃣Delivery", "3.1️⃣" or
  /// "1️⃣2️⃣": ICU's word rules join a digit and the marks after it (WB4) to the letters and digits
  /// around it (WB8–WB10), but a keycap is one emoji (UTS #51, `emoji_keycap_sequence`). Each
  /// keycap becomes an `emoji` token, and each stretch between keycaps is segmented again by ICU,
  /// as if the keycaps were separate. A segment that is one keycap is that emoji. Returns false,
  /// emitting nothing, when the segment holds no keycap (U+20E3 after a letter, "x⃣", is a mark).
  private func emitSplittingKeycaps(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, cursor: inout CodePointCursor,
    into result: inout TokenizedText
  ) throws(TokenizationError) -> Bool {
    guard let first = Self.nextKeycap(bytes, in: range) else { return false }
    var keycap: Range<Int>? = first
    var pieceStart = range.lowerBound
    while let found = keycap {
      try emitResegmented(bytes, pieceStart..<found.lowerBound, cursor: &cursor, into: &result)
      try emit(bytes, found, kind: .emoji, cursor: &cursor, into: &result)
      pieceStart = found.upperBound
      keycap = Self.nextKeycap(bytes, in: pieceStart..<range.upperBound)
    }
    try emitResegmented(bytes, pieceStart..<range.upperBound, cursor: &cursor, into: &result)
    return true
  }

  /// The first keycap sequence (`KeycapSequence`) in `range`: found from its U+20E3 (E2 83 A3),
  /// whose base is 4 bytes back (with U+FE0F) or 1 byte back (without).
  static func nextKeycap(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Range<Int>? {
    var index = range.lowerBound
    while index + 2 < range.upperBound {
      guard bytes[index] == 0xE2, bytes[index + 1] == 0x83, bytes[index + 2] == 0xA3 else {
        index += 1
        continue
      }
      for start in [index - 4, index - 1] where start >= range.lowerBound {
        if let end = KeycapSequence.end(in: bytes, at: start, limit: range.upperBound) { return start..<end }
      }
      index += 3
    }
    return nil
  }

  /// Emits `range` (part of a segment) as ICU segments it when it stands alone.
  private func emitResegmented(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, cursor: inout CodePointCursor,
    into result: inout TokenizedText
  ) throws(TokenizationError) {
    guard !range.isEmpty else { return }
    var boundaries = take(&pieceBoundaries)
    defer { pieceBoundaries = boundaries }
    try words.boundaries(UnsafeBufferPointer(rebasing: bytes[range]), into: &boundaries)
    var start = range.lowerBound
    for boundary in boundaries {
      let end = range.lowerBound + Int(boundary)
      try emitSegment(bytes, start..<end, cursor: &cursor, into: &result)
      start = end
    }
  }

  /// Emits an ICU segment that holds white space beside other characters, without the white space:
  /// "Whitespace is not a token" (issue 2). ICU's word rules attach combining marks, variation
  /// selectors, skin-tone modifiers and tag characters to a preceding space (WB4: " \u{301}",
  /// "  🏻"), and join U+202F NARROW NO-BREAK SPACE to letters and digits on both sides as
  /// ExtendNumLet (WB13a/b: "a\u{202F}now", French "bien\u{202F}!"). Each run between white space
  /// is classified on its own, with its leading invisible characters (`isIgnorable`) dropped; a run
  /// of only those is no token.
  private func emitSplittingWhiteSpace(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, cursor: inout CodePointCursor,
    into result: inout TokenizedText
  ) throws(TokenizationError) {
    var index = range.lowerBound
    var runStart: Int?
    while index < range.upperBound {
      let (scalar, length) = decodeScalar(bytes, at: index)
      if flagCache.flags(scalar).contains(.space) {
        if let start = runStart { try emitSegment(bytes, start..<index, cursor: &cursor, into: &result) }
        runStart = nil
      } else if runStart == nil && !Self.isIgnorable(scalar) {
        runStart = index
      }
      index += length
    }
    if let start = runStart { try emitSegment(bytes, start..<range.upperBound, cursor: &cursor, into: &result) }
  }

  /// Invisible characters that ICU's word rules attach to the character before them (WB4): soft
  /// hyphen, zero-width space and (non-)joiners, direction marks and embeddings, word joiner and
  /// invisible operators, direction isolates, byte-order mark, variation selectors (U+FE00–U+FE0F,
  /// U+E0100–U+E01EF) and tag characters (U+E0000–U+E007F). All are Default_Ignorable_Code_Point.
  /// After white space they would make a "punctuation" token of invisible text; a segment of only
  /// these and white space is white space.
  @inline(__always)
  static func isIgnorable(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x00AD, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFE00...0xFE0F, 0xFEFF,
      0xE0000...0xE007F, 0xE0100...0xE01EF:
      true
    default: false
    }
  }

  /// `emitSegment` for fast-path text, with the general path's classification: a segment with a
  /// letter is a word, else one with a digit a number, else punctuation; white space is skipped.
  /// A one-byte segment that is no letter or digit is punctuation; any longer one is scanned (an
  /// ICU segment starting with "_" or "@", or what a span left of one: the "'s" of "@acme's").
  @inline(__always)
  private static func emitASCIISegment(
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

  private func emit(
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

extension Tokenizer {
  /// Appends NFKC_Casefold of a non-ASCII token: from the cache when the token was seen recently,
  /// else from ICU (and remembered).
  @inline(__always)
  func appendCaseFolded(_ token: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) throws(TokenizationError) {
    guard token.count <= NormCache.maximumKeyLength else {
      try normalizer.appendCaseFolded(token, to: &output)
      return
    }
    let hash = NormCache.hash(token)
    if normCache.appendForm(of: token, hash: hash, to: &output) { return }
    try appendCaseFolded(token, hash: hash, to: &output)
  }

  /// ICU's NFKC_Casefold of a token the cache does not hold (`hash` is its `NormCache.hash`),
  /// appended to `output` and remembered.
  private func appendCaseFolded(_ token: UnsafeBufferPointer<UInt8>, hash: UInt64, to output: inout [UInt8])
    throws(TokenizationError)
  {
    let formStart = output.count
    try normalizer.appendCaseFolded(token, to: &output)
    normCache.insert(token, hash: hash, form: output[formStart...])
  }
}

/// Which copy of `Tokenizer.tokenizeASCII`'s loop runs, as a type, so that the loop is specialized
/// for each with `plainASCII` a constant.
protocol ASCIILoopKind {
  /// Whether the text is ASCII and has no `ICURegions` (byte offsets are code-point offsets).
  static var plainASCII: Bool { get }
}

/// Pure ASCII text (most texts): `ASCIILoopKind`.
enum PlainASCIILoop: ASCIILoopKind {
  static var plainASCII: Bool { true }
}

/// Any other text on the fast path: `ASCIILoopKind`.
enum GeneralASCIILoop: ASCIILoopKind {
  static var plainASCII: Bool { false }
}

/// Converts increasing UTF-8 byte offsets into code-point offsets incrementally.
struct CodePointCursor {
  let ascii: Bool
  private var byteOffset = 0
  private var codePoints = 0
  /// Inside an ASCII stretch of a text that is not ASCII (`enterASCIIStretch`), code points minus
  /// bytes, which stays the same across the stretch; `Int.min` elsewhere (bytes are counted).
  private var stretchDelta = Int.min

  init(ascii: Bool) { self.ascii = ascii }

  /// A cursor that has counted `codePoint` code points before the byte offset `offset`.
  init(ascii: Bool, at offset: Int, codePoint: Int) {
    self.ascii = ascii
    byteOffset = offset
    codePoints = codePoint
  }

  @inline(__always)
  mutating func advance(_ bytes: UnsafeBufferPointer<UInt8>, to offset: Int) -> Int {
    if ascii { return offset }
    if stretchDelta != Int.min { return offset &+ stretchDelta }
    while byteOffset < offset {
      if bytes[byteOffset] & 0xC0 != 0x80 { codePoints += 1 }
      byteOffset += 1
    }
    return codePoints
  }

  /// `advance` to the end of a range that starts at `start`, where the cursor stands, and holds
  /// `characters` code points (counted by the caller): no byte is read again.
  @inline(__always)
  mutating func advance(_ bytes: UnsafeBufferPointer<UInt8>, to offset: Int, from start: Int, characters: Int) -> Int {
    if ascii { return offset }
    if stretchDelta != Int.min { return offset &+ stretchDelta }
    guard byteOffset == start else { return advance(bytes, to: offset) }
    byteOffset = offset
    codePoints += characters
    return codePoints
  }

  /// From `offset` until `leaveASCIIStretch`, every byte is ASCII (outside `ICURegions`): offsets
  /// there convert without reading the bytes. The cursor counts up to `offset` first; it must not
  /// have gone past it.
  mutating func enterASCIIStretch(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) {
    _ = advance(bytes, to: offset)
    stretchDelta = codePoints &- offset
  }

  /// Ends the ASCII stretch at `offset` (the start of a region that is not ASCII); bytes are
  /// counted from there. No offset after `offset` was converted in the stretch.
  mutating func leaveASCIIStretch(at offset: Int) {
    guard stretchDelta != Int.min else { return }
    byteOffset = offset
    codePoints = offset &+ stretchDelta
    stretchDelta = Int.min
  }

  /// `advance` for a long step (a sentence): whole 8-byte words are counted at once. (The token
  /// loops keep the plain `advance`: their steps are short, and the extra branch there cost more
  /// than it saved.)
  mutating func advanceFar(_ bytes: UnsafeBufferPointer<UInt8>, to offset: Int) -> Int {
    if ascii { return offset }
    if offset &- byteOffset >= 8 { advanceByWords(bytes, to: offset) }
    return advance(bytes, to: offset)
  }

  /// Counts the code points of whole 8-byte words before `offset`: a byte starts a code point
  /// unless it is a continuation byte (10xxxxxx), and a word's continuation bytes are those whose
  /// bit 7 is set and bit 6 clear.
  private mutating func advanceByWords(_ bytes: UnsafeBufferPointer<UInt8>, to offset: Int) {
    guard let base = bytes.baseAddress else { return }
    // `offset` ≤ bytes.count (callers pass offsets into `bytes`), so each load is inside it.
    precondition(offset <= bytes.count, "offset beyond the text")
    let raw = UnsafeRawPointer(base)
    let highs: UInt64 = 0x8080_8080_8080_8080
    var position = byteOffset
    var counted = codePoints
    while position &+ 8 <= offset {
      let word = raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)
      let continuations = word & ~(word << 1) & highs
      // One bit per continuation byte, at bit 0 of its byte; the multiplication sums the bytes into
      // the top one (a population count without the POPCNT instruction, which the baseline x86-64
      // target lacks: `nonzeroBitCount` compiles to a dozen instructions there).
      counted &+= 8 &- Int(truncatingIfNeeded: ((continuations >> 7) &* 0x0101_0101_0101_0101) >> 56)
      position &+= 8
    }
    byteOffset = position
    codePoints = counted
  }
}
