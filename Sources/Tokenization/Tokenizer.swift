import VerbatimCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
  let words: BreakIteratorHandle
  let sentenceBreaker: BreakIteratorHandle?
  let normalizer: NormalizerHandle
  // The scratch below belongs to the one thread that uses the tokenizer (it is not `Sendable`), and
  // no call re-enters it, so its accesses go unchecked at run time (each is otherwise a dynamic
  // exclusivity check: a thread-local lookup, per text and per piece).
  /// NFKC_Casefold forms of recent non-ASCII tokens.
  @exclusivity(unchecked) var normCache = NormCache()
  /// ICU's word boundaries of recent regions the alphabetic word breaker declines.
  @exclusivity(unchecked) var regionCache = RegionBoundaryCache()
  /// The tokens of recent stretches of regions that no span touches (`emitRegion`).
  @exclusivity(unchecked) var regionTokens = RegionTokenCache()
  /// Whether `emitRegion` replays and remembers stretches' tokens (`RegionTokenCache`); off, every
  /// region is segmented whole (the reference `RegionTokenCacheTests` compares with).
  var cachesRegionTokens = true
  /// Word boundaries of the non-ASCII stretches outside ICU's dictionary scripts, with its buffers.
  @exclusivity(unchecked) var alphabeticWordBreaker = AlphabeticWordBreaker()
  @exclusivity(unchecked) var boundaries: [Int32] = []
  @exclusivity(unchecked) var spans: [SpecialSpan] = []
  /// Sentence boundaries after run-on full stops (`RunOnSentences`), reused.
  @exclusivity(unchecked) var runOnBreaks: [Int32] = []
  /// Word boundaries inside the part of a segment a keycap was cut from (`emitSplittingKeycaps`).
  @exclusivity(unchecked) var pieceBoundaries: [Int32] = []
  /// Sentence boundaries after a full stop split off before an emoticon (`emitBeforeSpan`), reused.
  @exclusivity(unchecked) var stopsBeforeEmoticons: [Int32] = []
  /// The norm of a contraction being joined (`ApostropheSubstitutes`).
  @exclusivity(unchecked) var joinScratch: [UInt8] = []
  /// A text with its HTML character references decoded and its mojibake repaired, and where each
  /// of its bytes comes from (`CharacterReferences`), reused.
  @exclusivity(unchecked) private var decodedText: [UInt8] = []
  @exclusivity(unchecked) private var decodedOrigins: [CharacterReferences.Origin] = []
  /// A text with its control characters made spaces (`ControlCharacters`), reused.
  @exclusivity(unchecked) private var blankedText: [UInt8] = []
  let flagCache = CharacterFlagCache()
  /// `TwoByteSegments.table`, held so that classifying a segment reads no static.
  let twoByteKinds = TwoByteSegments.table
  /// `UnicodeSentenceBreaker`'s class tables, held for the same reason.
  let sentenceTables = UnicodeSentenceBreaker.Tables()
  /// Tokens of plain ASCII segments waiting to be appended to the result in one run
  /// (`tokenizeASCII`), `pendingCapacity` of them. Owned by the tokenizer (freed in `deinit`);
  /// `Token` is a trivial type, so slots are overwritten without deinitialising them.
  let pendingTokens: UnsafeMutablePointer<Token>
  static let pendingCapacity = 32
  /// Where the stretches of the current ICU region start (`RegionStretchStarts`), `stretchCapacity`
  /// of them; owned by the tokenizer (freed in `deinit`).
  let stretchStorage: UnsafeMutablePointer<Int>
  static let stretchCapacity = 64

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

  /// `tokenize(validUTF8:into:)` for bytes the caller knows to be ASCII without a byte below 0x20
  /// (the text of a JSON string that has no escape, as `FlatJSONObject.isASCII` says of its line:
  /// JSON allows no raw control character in a string): the tokenizer does not look for line
  /// breaks again, and of the control characters only for DEL. The result is the same as
  /// `tokenize(validUTF8:into:)`'s.
  public func tokenize(asciiWithoutLineBreaks bytes: UnsafeBufferPointer<UInt8>, into result: inout TokenizedText)
    throws(TokenizationError)
  {
    assert(UTF8Validation.isASCII(bytes) && !bytes.contains { $0 < 0x20 }, "not what the caller said")
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
          // sentences are mapped back to the original bytes. Its control characters are spaces.
          decodedText.withUnsafeMutableBufferPointer { decoded in
            if let start = ControlCharacters.first(in: UnsafeBufferPointer(decoded)) {
              ControlCharacters.blank(decoded, from: start)
            }
          }
          try decodedText.withUnsafeBufferPointer { decoded throws(TokenizationError) in
            try tokenizeBytes(decoded, asciiWithoutLineBreaks: false, into: &result)
          }
          CharacterReferences.mapBack(&result.tokens, &result.sentences, origins: decodedOrigins)
        } else if let start = ControlCharacters.first(in: buffer, controlFreeASCII: asciiWithoutLineBreaks) {
          // A copy with its control characters made spaces, of the same byte and code-point
          // lengths: the tokens and sentences index the original text as they are.
          blankedText.removeAll(keepingCapacity: true)
          blankedText.append(contentsOf: buffer)
          blankedText.withUnsafeMutableBufferPointer { ControlCharacters.blank($0, from: start) }
          try blankedText.withUnsafeBufferPointer { blanked throws(TokenizationError) in
            try tokenizeBytes(blanked, asciiWithoutLineBreaks: asciiWithoutLineBreaks, into: &result)
          }
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
  static func checkTokenLimit(_ count: Int) throws(TokenizationError) {
    if count > maximumTokens { throw .tooManyTokens(limit: maximumTokens) }
  }
}
