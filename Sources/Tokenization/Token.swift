/// What a token is. Whitespace is never a token.
public enum TokenKind: String, Sendable, CaseIterable, Codable {
  /// Letters, possibly with digits, apostrophes ("can't", "it’s") or connectors; any script.
  case word
  /// Digits with decimal or thousands separators ("3.5", "1,200"), in any script, and the other
  /// numbers of Unicode (general categories Nl and No, without a letter): "½", "Ⅻ", "²", "①", "〇".
  case number
  /// One emoji sequence: skin tones, ZWJ families, flags, keycaps, variation selectors.
  case emoji
  /// An ASCII emoticon such as `:-)`, `:'(`, `<3`, `XD`, `^_^`.
  case emoticon
  /// A URL with a scheme, `www.`, or a well-known top-level domain.
  case url
  /// An e-mail address: an ASCII domain; the local part may use letters of any script.
  case email
  /// An `@handle`: letters (any script), digits and underscores, such as `@acme_support` or `@josé`.
  /// The full-width sign `＠` (U+FF20) starts one too, as in Twitter's parser (twitter-text).
  case mention
  /// A `#hashtag` (or `＃hashtag`, with the full-width sign U+FF03).
  case hashtag
  /// Punctuation or a symbol.
  case punct
  /// A redaction placeholder such as `[EMAIL]`, made one token by
  /// `TokenizedText.collapse(placeholders:)` after redaction; never by the tokenizer itself. It has
  /// an empty norm, so no lexicon entry or rule matches it, and the scorer skips it like a URL.
  case placeholder
}

/// One token. Offsets index the original text; `norm` lives in the `TokenizedText`'s norm buffer.
public struct Token: Sendable, Equatable {
  public var kind: TokenKind
  /// Byte range in the text's UTF-8.
  public var utf8Range: Range<Int>
  /// Byte range of the normalised form in `TokenizedText.normBytes`.
  public var normRange: Range<Int>
  /// Start offset in Unicode code points (Python `str` indexing).
  public var start: Int
  /// End offset (exclusive) in Unicode code points.
  public var end: Int

  public init(kind: TokenKind, utf8Range: Range<Int>, normRange: Range<Int>, start: Int, end: Int) {
    self.kind = kind
    self.utf8Range = utf8Range
    self.normRange = normRange
    self.start = start
    self.end = end
  }
}

/// One sentence, as ICU's sentence break iterator finds it, without trailing white space.
public struct Sentence: Sendable, Equatable {
  /// Byte range in the text's UTF-8.
  public var utf8Range: Range<Int>
  /// Start offset in code points.
  public var start: Int
  /// End offset (exclusive) in code points.
  public var end: Int
  /// Indices of the tokens that lie in this sentence.
  public var tokenRange: Range<Int>

  public init(utf8Range: Range<Int>, start: Int, end: Int, tokenRange: Range<Int>) {
    self.utf8Range = utf8Range
    self.start = start
    self.end = end
    self.tokenRange = tokenRange
  }
}

/// The result of tokenizing one text. Reuse one value across calls (`Tokenizer.tokenize(_:into:)`)
/// and its buffers keep their capacity: no per-token heap allocation in steady state.
public struct TokenizedText: Sendable {
  /// The text's UTF-8 bytes.
  public internal(set) var utf8: [UInt8] = []
  /// Tokens in text order.
  public internal(set) var tokens: [Token] = []
  /// All tokens' normalised forms, back to back (see `Token.normRange`).
  public internal(set) var normBytes: [UInt8] = []
  /// Sentences in text order (empty when sentence splitting was not requested).
  public internal(set) var sentences: [Sentence] = []
  /// Whether the text is pure ASCII.
  public internal(set) var isASCII = true
  /// What the tokenizer read differently from the text as typed: HTML character references and
  /// mojibake, whose tokens' norms hold the characters they stand for (`TokenizerOptions`). Empty
  /// for most texts.
  public internal(set) var repairs: TextRepairs = []

  public init() {}

  mutating func reset() {
    utf8.removeAll(keepingCapacity: true)
    tokens.removeAll(keepingCapacity: true)
    normBytes.removeAll(keepingCapacity: true)
    sentences.removeAll(keepingCapacity: true)
    isASCII = true
    repairs = []
  }

  /// `reset()`, then the text's bytes: the old text replaced by the new in one step (emptying an
  /// array costs as much as a short copy into it). `tokens`, `normBytes` and `sentences` are left
  /// as they are with `leavingTokenizerOutput`: the caller replaces them in one step too
  /// (`Tokenizer.tokenizeBytes`).
  mutating func reset(text bytes: UnsafeBufferPointer<UInt8>, leavingTokenizerOutput: Bool = false) {
    utf8.replaceSubrange(utf8.startIndex..<utf8.endIndex, with: bytes)
    if !leavingTokenizerOutput {
      tokens.removeAll(keepingCapacity: true)
      normBytes.removeAll(keepingCapacity: true)
      sentences.removeAll(keepingCapacity: true)
    }
    isASCII = true
    repairs = []
  }

  /// The token's text exactly as in the input.
  public func text(of token: Token) -> String {
    utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[token.utf8Range]), as: UTF8.self) }
  }

  /// The token's normalised form (NFKC case-folded). A contraction typed with an accent for its
  /// apostrophe has "'" there ("don´t" → "don't", `ApostropheSubstitutes`); U+2019 and U+02BC stay
  /// as NFKC_Casefold leaves them ("don’t" → "don’t"): the sentiment model matches both as "'"
  /// (`TermNormalizer.matchKey`), a codebook "’" and "'" alike.
  /// Emoticons keep their case (":D" and ":d" differ), and emoji their zero-width joiners.
  public func norm(of token: Token) -> String {
    normBytes.withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[token.normRange]), as: UTF8.self)
    }
  }

  /// Calls `body` with the normalised bytes of a token, without copying.
  @inlinable
  public func withNorm<Result>(of token: Token, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows
    -> Result
  {
    try normBytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[token.normRange])) }
  }

  /// The whole text.
  public var text: String { String(decoding: utf8, as: UTF8.self) }

  /// Gives token `index` the normalised form `norm` in place of its own: the bytes are appended to
  /// `normBytes` and the token's `normRange` points at them. Its kind, offsets and text, and every
  /// other token, stay as they are. The sentiment scorer reads lengthened words this way ("whyyy"
  /// as "why"; `Elongation`), on a copy of the text.
  public mutating func replaceNorm(ofToken index: Int, with norm: [UInt8]) {
    let start = normBytes.count
    normBytes.append(contentsOf: norm)
    tokens[index].normRange = start..<normBytes.count
  }

  /// Makes each redaction placeholder one opaque token: the tokens that lie entirely inside one of
  /// `ranges` (code-point offsets, ascending, not overlapping — `RedactedSpan.redacted`) become a
  /// single `.placeholder` token with an empty norm. Otherwise "[EMAIL]" would be the word "email"
  /// to the scorer and the codebook's rules, and redaction would change how a verbatim is coded.
  /// Sentences keep their tokens (their token ranges are renumbered).
  public mutating func collapse(placeholders ranges: [Range<Int>]) {
    guard !ranges.isEmpty, !tokens.isEmpty else { return }
    var collapsed: [Token] = []
    collapsed.reserveCapacity(tokens.count)
    // newIndex[i]: the index in `collapsed` of old token i (a placeholder's tokens share one).
    var newIndex = [Int](repeating: 0, count: tokens.count)
    var rangeIndex = 0
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      while rangeIndex < ranges.count && ranges[rangeIndex].upperBound <= token.start { rangeIndex += 1 }
      if rangeIndex < ranges.count, ranges[rangeIndex].contains(token.start), token.end <= ranges[rangeIndex].upperBound
      {
        var last = index
        while last + 1 < tokens.count && tokens[last + 1].end <= ranges[rangeIndex].upperBound { last += 1 }
        collapsed.append(
          Token(
            kind: .placeholder, utf8Range: token.utf8Range.lowerBound..<tokens[last].utf8Range.upperBound,
            normRange: 0..<0, start: token.start, end: tokens[last].end))
        for old in index...last { newIndex[old] = collapsed.count - 1 }
        index = last + 1
        rangeIndex += 1
        continue
      }
      collapsed.append(token)
      newIndex[index] = collapsed.count - 1
      index += 1
    }
    guard collapsed.count < tokens.count else { return }
    for position in sentences.indices {
      let range = sentences[position].tokenRange
      guard !range.isEmpty else {
        let at = range.lowerBound < newIndex.count ? newIndex[range.lowerBound] : collapsed.count
        sentences[position].tokenRange = at..<at
        continue
      }
      sentences[position].tokenRange = newIndex[range.lowerBound]..<(newIndex[range.upperBound - 1] + 1)
    }
    tokens = collapsed
  }
}
