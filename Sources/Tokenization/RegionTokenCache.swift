#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
/// Open addressing over a fixed table; keys, tokens and norms live in arenas. When the table is
/// three-quarters full or an arena reaches its budget, everything is dropped and filling starts
/// again: memory stays bounded whatever the input. One cache per tokenizer (not shared).
struct RegionTokenCache {
  /// Stretches longer than this are segmented every time (a long phrase without spaces is rarely
  /// seen twice, and it would crowd the arenas).
  static let maximumKeyLength = 128
  private static let slotCount = 4096
  private static let keyBudget = 1 << 18
  private static let tokenBudget = 1 << 15
  private static let normBudget = 1 << 17
  /// The `normRange` of a stored token whose norm is its own range of the lower-cased text.
  private static let asTyped = Range(uncheckedBounds: (-1, -1))

  private struct Slot {
    var hash: UInt64 = 0
    var keyStart: Int32 = -1
    var keyLength: Int32 = 0
    var tokenStart: Int32 = 0
    var tokenCount: Int32 = 0
    var normStart: Int32 = 0
    var normCount: Int32 = 0
    /// The region's length in code points.
    var characters: Int32 = 0
  }

  /// Allocated on the first insertion: a tokenizer that never meets a stretch never pays for it.
  private var slots: [Slot] = []
  private var keys: [UInt8] = []
  private var tokens: [Token] = []
  private var norms: [UInt8] = []
  private var used = 0

  /// Appends the stored tokens of the stretch `key`, which starts at byte `offset` and code point
  /// `codePoint` of the text, to `result` (its norms after `result.normBytes`) and returns the
  /// stretch's length in code points; or returns nil on a miss.
  mutating func replay(
    _ key: UnsafeBufferPointer<UInt8>, hash: UInt64, offset: Int, codePoint: Int, into result: inout TokenizedText
  ) -> Int? {
    guard !slots.isEmpty else { return nil }
    let mask = Self.slotCount - 1
    var index = Int(truncatingIfNeeded: hash) & mask
    while true {
      let slot = slots[index]
      if slot.keyStart < 0 { return nil }
      if slot.hash == hash, Int(slot.keyLength) == key.count,
        keys.withUnsafeBufferPointer({ stored in
          memcmp(stored.baseAddress! + Int(slot.keyStart), key.baseAddress!, key.count) == 0
        })
      {
        let normBase = result.normBytes.count
        if slot.normCount > 0 {
          let normStart = Int(slot.normStart)
          norms.withUnsafeBufferPointer { stored in
            result.normBytes.append(
              contentsOf: UnsafeBufferPointer(rebasing: stored[normStart..<(normStart + Int(slot.normCount))]))
          }
        }
        // One append per token, shifted as it is copied (appending the run and then shifting it in
        // place cost a generic append, a memcpy call and a second pass).
        let tokenStart = Int(slot.tokenStart)
        tokens.withUnsafeBufferPointer { stored in
          for position in tokenStart..<(tokenStart + Int(slot.tokenCount)) {
            let token = stored[position]
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
        return Int(slot.characters)
      }
      index = (index + 1) & mask
    }
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
    if slots.isEmpty { slots = [Slot](repeating: Slot(), count: Self.slotCount) }
    if used * 4 >= Self.slotCount * 3 || keys.count + key.count > Self.keyBudget
      || tokens.count + emitted.count > Self.tokenBudget || norms.count + appended.count > Self.normBudget
    {
      clear()
    }
    let mask = Self.slotCount - 1
    var index = Int(truncatingIfNeeded: hash) & mask
    while slots[index].keyStart >= 0 { index = (index + 1) & mask }
    slots[index] = Slot(
      hash: hash, keyStart: Int32(keys.count), keyLength: Int32(key.count), tokenStart: Int32(tokens.count),
      tokenCount: Int32(emitted.count), normStart: Int32(norms.count), normCount: Int32(appended.count),
      characters: Int32(characters))
    keys.append(contentsOf: key)
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
    used += 1
  }

  private mutating func clear() {
    for index in slots.indices { slots[index] = Slot() }
    keys.removeAll(keepingCapacity: true)
    tokens.removeAll(keepingCapacity: true)
    norms.removeAll(keepingCapacity: true)
    used = 0
  }
}
