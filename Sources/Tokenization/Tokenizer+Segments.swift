import VerbatimCore

/// One ICU segment classified and emitted: words split at full stops, keycap emoji split off,
/// white space and the invisible characters attached to it dropped.
extension Tokenizer {
  /// Classifies an ICU segment by its characters and emits it, unless it is white space.
  func emitSegment(
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
}
