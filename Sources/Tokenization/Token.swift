/// What a token is. Whitespace is never a token.
public enum TokenKind: String, Sendable, CaseIterable, Codable {
  /// Letters, possibly with digits, apostrophes ("can't", "it’s") or connectors; any script.
  case word
  /// Digits with decimal or thousands separators ("3.5", "1,200").
  case number
  /// One emoji sequence: skin tones, ZWJ families, flags, keycaps, variation selectors.
  case emoji
  /// An ASCII emoticon such as `:-)`, `:'(`, `<3`, `XD`, `^_^`.
  case emoticon
  /// A URL with a scheme, `www.`, or a well-known top-level domain.
  case url
  /// An e-mail address.
  case email
  /// An `@handle`.
  case mention
  /// A `#hashtag`.
  case hashtag
  /// Punctuation or a symbol.
  case punct
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

  public init() {}

  mutating func reset() {
    utf8.removeAll(keepingCapacity: true)
    tokens.removeAll(keepingCapacity: true)
    normBytes.removeAll(keepingCapacity: true)
    sentences.removeAll(keepingCapacity: true)
    isASCII = true
  }

  /// The token's text exactly as in the input.
  public func text(of token: Token) -> String {
    utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[token.utf8Range]), as: UTF8.self) }
  }

  /// The token's normalised form (NFKC case-folded).
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
}
