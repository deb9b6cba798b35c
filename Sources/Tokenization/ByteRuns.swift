internal import ICUBridge

/// Branch-light scanning of ASCII byte runs, eight bytes at a time ("SWAR": SIMD within a
/// register; the run of letters and digits sixteen at a time, `alnumRunEnd`). A word's end is found
/// from a mask's trailing zeros instead of a loop whose exit the branch predictor misses once per
/// word.
///
/// Each mask has the high bit of a byte set where that byte is in the class. The per-byte range
/// tests add a constant to the low seven bits, which never carries into the next byte.
enum ByteRuns {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let high: UInt64 = 0x8080_8080_8080_8080
  private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

  /// High bit set in each byte of `word` that is an ASCII letter or digit.
  @inline(__always)
  static func alnumMask(_ word: UInt64) -> UInt64 {
    let seven = word & low7
    let folded = seven | (0x20 &* ones)
    let letter = (folded &+ (0x80 - 0x61) &* ones) & ~(folded &+ (0x7F - 0x7A) &* ones)
    let digit = (seven &+ (0x80 - 0x30) &* ones) & ~(seven &+ (0x7F - 0x39) &* ones)
    return (letter | digit) & ~word & high
  }

  /// High bit set in each byte of `word` equal to `byte` (exact: no false positives).
  @inline(__always)
  static func equalMask(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    let difference = word ^ (UInt64(byte) &* ones)
    return ~(((difference & low7) &+ low7) | difference | low7)
  }

  /// The end of the run of ASCII letters and digits that starts at `index`. (ICU's ALetter,
  /// Numeric and ExtendNumLet on ASCII add "@" and "_": `ASCIIWordBreaker` steps over those itself.)
  /// Sixteen bytes at a time where sixteen are left (`vb_alnum_mask16`: one SSE2 comparison, where a
  /// word of eight took some twenty instructions), then eight.
  @inline(__always)
  static func alnumRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
    guard let base = bytes.baseAddress else { return index }
    return alnumRunEnd(base, count: bytes.count, from: index)
  }

  /// `alnumRunEnd` in the `count` bytes at `base`, for a loop that has unwrapped the base address
  /// once (not per word).
  @inline(__always)
  static func alnumRunEnd(_ base: UnsafePointer<UInt8>, count: Int, from index: Int) -> Int {
    var position = index
    // (`position` < `count` + 16: `&+` cannot overflow.)
    while position &+ 16 <= count {
      let outside = ~vb_alnum_mask16(base + position) & 0xFFFF
      if outside != 0 { return position &+ outside.trailingZeroBitCount }
      position &+= 16
    }
    return runEnd(UnsafeBufferPointer(start: base, count: count), from: position) { alnumMask($0) }
  }

  /// The end of the run of ASCII bytes (below 0x80) that starts at `index`.
  @inline(__always)
  static func asciiRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
    runEnd(bytes, from: index) { ~$0 & high }
  }

  /// The end of the run of bytes other than an ASCII space that starts at `index`.
  @inline(__always)
  static func nonSpaceRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
    runEnd(bytes, from: index) { ~equalMask($0, UInt8(ascii: " ")) & high }
  }

  /// High bit set in the first (lowest) byte of `word` equal to `byte`, and perhaps in bytes after
  /// it (a borrow out of the matching byte can flag the next); none before it. Cheaper than
  /// `equalMask` where only the first match counts (a run's end is its lowest set bit).
  @inline(__always)
  static func firstEqualMask(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    let difference = word ^ (UInt64(byte) &* ones)
    return (difference &- ones) & ~difference & high
  }

  /// The end of the run of bytes that start no sentence-break candidate (`UnicodeSentenceBreaker`):
  /// ASCII other than "." "!" "?" CR and LF. (`firstEqualMask` suffices: each word's lowest flagged
  /// byte is a candidate, and the run ends there.)
  @inline(__always)
  static func sentenceCandidateEnd(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
    runEnd(bytes, from: index) {
      ~($0 | firstEqualMask($0, UInt8(ascii: ".")) | firstEqualMask($0, UInt8(ascii: "!"))
        | firstEqualMask($0, UInt8(ascii: "?")) | firstEqualMask($0, 0x0A) | firstEqualMask($0, 0x0D)) & high
    }
  }

  @inline(__always)
  private static func runEnd(
    _ bytes: UnsafeBufferPointer<UInt8>, from index: Int, members: (UInt64) -> UInt64
  ) -> Int {
    guard let base = bytes.baseAddress else { return index }
    let raw = UnsafeRawPointer(base)
    var position = index
    while position + 8 <= bytes.count {
      let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
      let outside = ~members(word) & high
      if outside != 0 { return position + outside.trailingZeroBitCount >> 3 }
      position += 8
    }
    while position < bytes.count {
      let word = UInt64(bytes[position])
      if members(word) & 0x80 == 0 { break }
      position += 1
    }
    return position
  }
}
