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
