/// The tokens of recent stretches of ICU regions (`ICURegions`, `RegionStretches`) that no special
/// span touches, so that a stretch seen before ("höflich ", "服务很好，但是送货太慢了。", "👍🏽") costs a
/// hash lookup and a copy instead of its word boundaries, the classification of each segment and
/// the normalisation of each token. Words repeat (Zipf's law), and a stretch is most often one word
/// with the spaces after it.
///
/// Without a span, `Tokenizer.emitRegion` emits a function of the stretch's bytes alone: the
/// boundaries come from the stretch by itself (`AlphabeticWordBreaker`, or ICU's iterator on it),
/// each segment's kind and NFKC_Casefold from its own bytes, and a token's norm is either its own
/// range of the lower-cased text (the same bytes wherever the stretch stands) or bytes appended
/// after the norms before it. So the tokens are stored relative to the stretch (bytes from its
/// start, code points from its first, norms from the first it appended) and replayed shifted to
/// where the stretch stands: exactly what the general path would emit there, norm layout included.
/// `RegionTokenCacheTests` compares both on texts that repeat stretches.
///
/// The keys are in a `ByteKeyTable`, the tokens and norms in arenas beside it; all are emptied
/// together when any is full, so memory stays bounded whatever the input. One cache per tokenizer
/// (not shared).
struct RegionTokenCache {
  /// Stretches longer than this are segmented every time (a long phrase without spaces is rarely
  /// seen twice, and it would crowd the arenas).
  static let maximumKeyLength = 128
  private static let tokenBudget = 1 << 15
  private static let normBudget = 1 << 17
  /// The `normRange` of a stored token whose norm is its own range of the lower-cased text.
  private static let asTyped = Range(uncheckedBounds: (-1, -1))

  /// Where a stretch's tokens and norms are, and its length in code points.
  private struct Stored {
    var tokens = ArenaSpan()
    var norms = ArenaSpan()
    var characters: Int32 = 0
  }

  private var table = ByteKeyTable<Stored>(slotCount: 4096, keyBudget: 1 << 18, blank: Stored())
  private var tokens: [Token] = []
  private var norms: [UInt8] = []

  /// Appends the stored tokens of the stretch `key`, which starts at byte `offset` and code point
  /// `codePoint` of the text, to `result` (its norms after `result.normBytes`) and returns the
  /// stretch's length in code points; or returns nil on a miss.
  mutating func replay(
    _ key: UnsafeBufferPointer<UInt8>, hash: UInt64, offset: Int, codePoint: Int, into result: inout TokenizedText
  ) -> Int? {
    guard let stored = table.entry(of: key, hash: hash) else { return nil }
    let normBase = result.normBytes.count
    if stored.norms.count > 0 {
      norms.withUnsafeBufferPointer {
        result.normBytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[stored.norms.range]))
      }
    }
    // One append per token, shifted as it is copied (appending the run and then shifting it in
    // place cost a generic append, a memcpy call and a second pass).
    tokens.withUnsafeBufferPointer { tokens in
      for position in stored.tokens.range {
        let token = tokens[position]
        let range = Range(
          uncheckedBounds: (token.utf8Range.lowerBound &+ offset, token.utf8Range.upperBound &+ offset))
        let normRange =
          token.normRange.lowerBound < 0
          ? range
          : Range(uncheckedBounds: (token.normRange.lowerBound &+ normBase, token.normRange.upperBound &+ normBase))
        result.tokens.append(
          Token(
            kind: token.kind, utf8Range: range, normRange: normRange, start: token.start &+ codePoint,
            end: token.end &+ codePoint))
      }
    }
    return Int(stored.characters)
  }

  /// Remembers the tokens `emitted` of the stretch `key` (at byte `offset` and code point
  /// `codePoint` of the text, `characters` code points long) and the norms it appended, `appended`,
  /// which start at `normBase` in the text's norms. Tokens whose norm is neither their own range
  /// nor in `appended` are not expected; a stretch with one is not stored.
  mutating func insert(
    _ key: UnsafeBufferPointer<UInt8>, hash: UInt64, offset: Int, codePoint: Int, characters: Int,
    tokens emitted: UnsafeBufferPointer<Token>, norms appended: UnsafeBufferPointer<UInt8>, normBase: Int
  ) {
    guard key.count <= Self.maximumKeyLength, emitted.count <= Self.tokenBudget, appended.count <= Self.normBudget
    else { return }
    for token in emitted where token.normRange != token.utf8Range {
      guard token.normRange.lowerBound >= normBase, token.normRange.upperBound <= normBase + appended.count else {
        return
      }
    }
    if table.needsClearing(forKeyOf: key.count) || tokens.count + emitted.count > Self.tokenBudget
      || norms.count + appended.count > Self.normBudget
    {
      table.removeAll()
      tokens.removeAll(keepingCapacity: true)
      norms.removeAll(keepingCapacity: true)
    }
    table.insert(
      key, hash: hash,
      entry: Stored(
        tokens: ArenaSpan(start: Int32(tokens.count), count: Int32(emitted.count)),
        norms: ArenaSpan(start: Int32(norms.count), count: Int32(appended.count)), characters: Int32(characters)))
    norms.append(contentsOf: appended)
    for token in emitted {
      let normRange =
        token.normRange == token.utf8Range
        ? Self.asTyped : (token.normRange.lowerBound - normBase)..<(token.normRange.upperBound - normBase)
      tokens.append(
        Token(
          kind: token.kind, utf8Range: (token.utf8Range.lowerBound - offset)..<(token.utf8Range.upperBound - offset),
          normRange: normRange, start: token.start - codePoint, end: token.end - codePoint))
    }
  }
}
