import Tokenization

/// Turns lexicon terms into the byte sequences tokens are matched on: the tokenizer's norms
/// (NFKC_Casefold), one per token, so "Customer  Service", "customer service" and a text's tokens agree.
/// Typographic apostrophes (U+2019, and the modifier letter U+02BC some keyboards type) and hyphens
/// (U+2010, U+2011) become ASCII
/// ones on both sides (`matchKey`).
final class TermNormalizer {
  private let tokenizer: Tokenizer
  private var scratch = TokenizedText()

  init() throws(SentimentError) {
    do {
      tokenizer = try Tokenizer(options: TokenizerOptions(sentences: false))
    } catch {
      throw .tokenizer(error.description)
    }
  }

  /// The match keys of a term's tokens (a hashtag loses its `#`), or nil when it has none.
  func tokenKeys(of term: String) throws(SentimentError) -> [[UInt8]] {
    // Fast path: lower-case ASCII words, one or several with one space between them (three in four
    // multi-word terms of the shipped lexicons), with apostrophes and hyphens between letters
    // ("can't stand", "top-notch"), are split without the tokenizer (10M instructions at every
    // start-up). Not capitals: "XD" is an emoticon whose norm keeps its case. Read in place: a
    // lexicon's terms are native strings.
    let words = term.utf8.withContiguousStorageIfAvailable { Self.spacedLowercaseWords($0) }
    if let words, let words { return words }
    return try tokenizedKeys(of: term)
  }

  /// `tokenKeys(of: term)` through the tokenizer, whatever the term.
  func tokenizedKeys(of term: String) throws(SentimentError) -> [[UInt8]] {
    do {
      try tokenizer.tokenize(term, into: &scratch)
    } catch {
      throw .tokenizer(error.description)
    }
    return scratch.tokens.map { token in
      scratch.withNorm(of: token) { norm in
        let key = token.kind == .hashtag && norm.count > 1 ? UnsafeBufferPointer(rebasing: norm.dropFirst()) : norm
        return Self.needsKeying(key) ? Self.matchKey(key) : Array(key)
      }
    }
  }

  /// The keys of `bytes` when it is lower-case ASCII words with one space between them (and none
  /// before the first or after the last), else nil; each word is its key.
  static func spacedLowercaseWords(_ bytes: String.UTF8View) -> [[UInt8]]? {
    Array(bytes).withUnsafeBufferPointer { spacedLowercaseWords($0) }
  }

  /// `spacedLowercaseWords` of bytes in place: each key is copied once, at its end.
  static func spacedLowercaseWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [[UInt8]]? {
    // The keys' ranges are found first, and the keys copied into an array made at its size:
    // appending to an empty array grew it once or twice per term and tested its uniqueness per key
    // (some 5M instructions at every start-up).
    guard !bytes.isEmpty else { return nil }
    return withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: bytes.count) { ranges -> [[UInt8]]? in
      guard let keyCount = spacedLowercaseKeys(bytes, into: ranges) else { return nil }
      // One word (most terms): its key in a one-element literal.
      if keyCount == 1 { return [Array(bytes)] }
      return [[UInt8]](unsafeUninitializedCapacity: keyCount) { keys, initialized in
        for position in 0..<keyCount {
          (keys.baseAddress! + position).initialize(to: Array(UnsafeBufferPointer(rebasing: bytes[ranges[position]])))
        }
        initialized = keyCount
      }
    }
  }

  /// The ranges in `bytes` of `spacedLowercaseWords(bytes)`'s keys, written to `ranges` (room for
  /// `bytes.count` of them: each key takes a byte, and the words a separator between them); returns
  /// their count, or nil when `bytes` is not such words (nothing is said of `ranges` then). A
  /// hyphen's key is its own byte. Lets the model builder take a term's ids without an array per key.
  ///
  /// A word is lower-case ASCII letters, and may have an apostrophe or a hyphen between two letters:
  /// an apostrophe stays inside the word's key ("can't", "rock'n'roll"; UAX #29 WB6/WB7), a hyphen
  /// is a key of its own between the two around it ("top-notch" → "top", "-", "notch"), as the
  /// tokenizer gives them. A key next to either must start with two letters: one letter there could
  /// be an emoticon's eye to the tokenizer ("x-p" is one emoticon), so such terms are left to it.
  static func spacedLowercaseKeys(
    _ bytes: UnsafeBufferPointer<UInt8>, into ranges: UnsafeMutableBufferPointer<Range<Int>>
  ) -> Int? {
    let count = bytes.count
    guard count > 0 else { return nil }
    @inline(__always) func isLetter(_ index: Int) -> Bool {
      index >= 0 && index < count && bytes[index] &- UInt8(ascii: "a") < 26
    }
    var keyCount = 0
    var start = 0
    // Whether the key being read has an apostrophe, or follows a hyphen.
    var joined = false
    var index = 0
    while index < count {
      let byte = bytes[index]
      if byte &- UInt8(ascii: "a") < 26 {
        index += 1
        continue
      }
      switch byte {
      case UInt8(ascii: "'"):
        guard isLetter(index - 1), isLetter(index + 1) else { return nil }
        joined = true
        index += 1
        continue
      case UInt8(ascii: " "), UInt8(ascii: "-"):
        let hyphen = byte == UInt8(ascii: "-")
        guard index > start else { return nil }
        if hyphen || joined {
          guard isLetter(index - 1), isLetter(index + 1), index - start >= 2, isLetter(start + 1) else {
            return nil
          }
        }
        ranges[keyCount] = start..<index
        keyCount += 1
        if hyphen {
          ranges[keyCount] = index..<(index + 1)
          keyCount += 1
        }
        joined = hyphen
        start = index + 1
        index += 1
      default:
        return nil
      }
    }
    guard start < count else { return nil }
    if joined && start > 0 {
      guard count - start >= 2, isLetter(start + 1) else { return nil }
    }
    ranges[keyCount] = start..<count
    return keyCount + 1
  }

  /// The case-folded key of a wildcard's prefix.
  func prefixKey(of prefix: String) throws(SentimentError) -> [UInt8] {
    do {
      let folded = try tokenizer.caseFold(prefix)
      return Array(folded.utf8).withUnsafeBufferPointer { Self.matchKey($0) }
    } catch {
      throw .tokenizer(error.description)
    }
  }

  /// Whether a term is a prefix wildcard: letters (and ' or -) followed by one `*`. Emoticons such
  /// as `:-*` are not wildcards.
  static func wildcardPrefix(of term: String) -> String? {
    // A last `Character` "*" ends with the byte "*": most terms fail that test without the
    // grapheme walks of `count` and `last` (5M instructions at every start-up).
    guard term.utf8.last == UInt8(ascii: "*"), term.count > 1, term.last == "*" else { return nil }
    let prefix = term.dropLast()
    guard prefix.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "'" || $0 == "-" || $0 == "’" })
    else { return nil }
    return String(prefix)
  }

  /// `bytes` with U+2019 RIGHT SINGLE QUOTATION MARK and U+02BC MODIFIER LETTER APOSTROPHE replaced
  /// by "'", U+2010 HYPHEN by "-", and the emoji skin-tone
  /// modifiers U+1F3FB–U+1F3FF removed (lexicons list emoji without them: 👍🏽 is 👍).
  static func matchKey(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
        result.append(0x27)
        index += 3
      } else if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x90 {
        // U+2010 HYPHEN (and U+2011, which NFKC makes U+2010): "no follow‑up" is "no follow-up".
        result.append(0x2D)
        index += 3
      } else if bytes[index] == 0xCA, index + 1 < bytes.count, bytes[index + 1] == 0xBC {
        result.append(0x27)
        index += 2
      } else if EmojiSkinTone.starts(in: bytes, at: index) {
        index += 4
      } else {
        result.append(bytes[index])
        index += 1
      }
    }
    return result
  }

  /// Whether `bytes` may hold a U+2019, a U+2010, a U+02BC or a skin-tone modifier (so a lookup must go
  /// through `matchKey`).
  @inline(__always)
  static func needsKeying(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.contains { $0 == 0xE2 || $0 == 0xF0 || $0 == 0xCA }
  }
}
