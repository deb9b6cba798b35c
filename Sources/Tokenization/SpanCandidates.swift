internal import ICUBridge

/// The bytes at which `SpecialSpanScanner.scan` has something to try, found 16 at a time (32 with
/// AVX2, `vb_span_candidates32`, where the processor has it: the same bits, half the steps), so that
/// the scan steps from one to the next instead of reading every byte (spaces, and each word, were
/// steps of its loop). A candidate is a byte whose `triggers` entry is set and that is no ASCII
/// letter or digit (`: ; = > } < ^ - ( ) @ # .` and 0xEF, the lead byte of the full-width `＠` and
/// `＃`), or a letter or digit where the scan tries a URL or an emoticon: at the start of a run of
/// letters and digits, "h", "w" or "f" (either case) before "t" or "w" (either case), "x" or "X",
/// or one of "o O u B T D 8" before a byte that is no letter or digit. At every other byte the scan
/// found nothing.
struct SpanCandidates {
  private let bytes: UnsafeBufferPointer<UInt8>
  /// The candidates among the `chunkWidth` (16 or 32) bytes from `chunkStart`, one bit each (bit 0
  /// is `chunkStart`); `chunkStart` is negative before the first chunk.
  private var chunkStart = Int.min / 2
  private var chunkWidth = 16
  private var chunk: UInt32 = 0
  /// Whether 32-byte windows are read (`hasAVX2`).
  private let wide: Bool

  init(_ bytes: UnsafeBufferPointer<UInt8>, wide: Bool = Self.hasAVX2) {
    self.bytes = bytes
    self.wide = wide
  }

  /// Whether the processor runs `vb_span_candidates32` (AVX2).
  #if arch(x86_64)
    static let hasAVX2 = vb_has_avx2() != 0
  #else
    static let hasAVX2 = false
  #endif

  /// The first candidate at or after `index`, or the byte count when there is none.
  @inline(__always)
  mutating func next(from index: Int) -> Int {
    var start = index
    if start >= chunkStart && start < chunkStart &+ chunkWidth {
      let left = chunk & (UInt32.max &<< UInt32(start &- chunkStart))
      if left != 0 { return chunkStart &+ left.trailingZeroBitCount }
      start = chunkStart &+ chunkWidth
    }
    while start < bytes.count {
      chunkStart = start
      chunkWidth = 16
      // A chunk with a byte before it and one after it (all but the text's first and last) is one
      // window, read here without a call (`candidates` does the same for it, after its tests).
      if start >= 1, start &+ 17 <= bytes.count, let base = bytes.baseAddress {
        if base[start] >= 0x80 && Self.holdsOnlyOtherScripts(base, at: start) {
          // Text in other scripts (a chunk that opens with a byte above 0x7F and holds only such
          // bytes, other than 0xEF, and spaces: Cyrillic or Greek words) has no candidate: two word
          // tests instead of the window.
          chunk = 0
        } else if wide && start &+ 33 <= bytes.count {
          chunk = Self.wideWindow(base, at: start)
          chunkWidth = 32
        } else {
          chunk = Self.window(base, at: start)
        }
      } else if start == 0, wide, bytes.count >= 34, let base = bytes.baseAddress {
        // The text's first chunk: its first byte, with none before it, tested alone, and the next 31
        // in a wide window (the 32nd falls off the top: the next chunk starts there).
        chunk = Self.wideWindow(base, at: 1) &<< 1 | (Self.isCandidate(bytes, at: 0) ? 1 : 0)
        chunkWidth = 32
      } else {
        chunk = Self.candidates(bytes, at: start)
      }
      if chunk != 0 { return start &+ chunk.trailingZeroBitCount }
      start &+= chunkWidth
    }
    return bytes.count
  }

  /// The candidates among the (up to) 16 bytes from `start` (< `bytes.count`), one bit each.
  static func candidates(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> UInt32 {
    let count = bytes.count
    // A window reads the byte before its 16 and the one after them.
    guard count >= 18, let base = bytes.baseAddress else { return scalarCandidates(bytes, at: start) }
    if start == 0 {
      // The first byte has none before it: it is tested alone, the next 16 in a window.
      let first: UInt32 = isCandidate(bytes, at: 0) ? 1 : 0
      return (window(base, at: 1) &<< 1 | first) & 0xFFFF
    }
    // Near the end, the last window (up to the byte before the last) shifted down to `start`, and
    // the last byte alone.
    let window = min(start, count - 17)
    var found = Self.window(base, at: window) &>> UInt32(start - window)
    if start + 16 >= count, isCandidate(bytes, at: count - 1) { found |= 1 &<< UInt32(count - 1 - start) }
    return found
  }

  /// Whether each of the 16 bytes from `start` is above 0x7F but not 0xEF, or an ASCII space:
  /// bytes that are never a candidate, whatever their neighbours (a candidate is an ASCII mark or
  /// letter or digit, or 0xEF).
  @inline(__always)
  static func holdsOnlyOtherScripts(_ base: UnsafePointer<UInt8>, at start: Int) -> Bool {
    let raw = UnsafeRawPointer(base)
    @inline(__always) func otherScripts(_ word: UInt64) -> Bool {
      let high: UInt64 = 0x8080_8080_8080_8080
      return (word & high | ByteRuns.equalMask(word, UInt8(ascii: " "))) & ~ByteRuns.equalMask(word, 0xEF) == high
    }
    return otherScripts(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: start, as: UInt64.self)))
      && otherScripts(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: start &+ 8, as: UInt64.self)))
  }

  /// The candidates among the 16 bytes from `start` (1 ≤ `start`, `start` + 17 ≤ the count).
  @inline(__always)
  static func window(_ base: UnsafePointer<UInt8>, at start: Int) -> UInt32 {
    typealias Bytes = SIMD16<UInt8>
    let raw = UnsafeRawPointer(base)
    let before = raw.loadUnaligned(fromByteOffset: start - 1, as: Bytes.self)
    let current = raw.loadUnaligned(fromByteOffset: start, as: Bytes.self)
    let after = raw.loadUnaligned(fromByteOffset: start + 1, as: Bytes.self)
    @inline(__always) func equal(_ vector: Bytes, _ byte: UInt8) -> SIMDMask<SIMD16<Int8>> {
      vector .== Bytes(repeating: byte)
    }
    /// Letters and digits (bytes of 0x80 and above stay at or above 0xA0 when or-ed with 0x20).
    @inline(__always) func alnum(_ vector: Bytes) -> SIMDMask<SIMD16<Int8>> {
      ((vector | Bytes(repeating: 0x20)) &- Bytes(repeating: UInt8(ascii: "a")) .< Bytes(repeating: 26))
        .| (vector &- Bytes(repeating: UInt8(ascii: "0")) .< Bytes(repeating: 10))
    }
    let folded = current | Bytes(repeating: 0x20)
    let afterFolded = after | Bytes(repeating: 0x20)
    let marks =
      (current &- Bytes(repeating: UInt8(ascii: ":")) .< Bytes(repeating: 5))  // : ; < = >
      .| (current &- Bytes(repeating: UInt8(ascii: "(")) .< Bytes(repeating: 2))  // ( )
      .| (current &- Bytes(repeating: UInt8(ascii: "-")) .< Bytes(repeating: 2))  // - .
      .| equal(current, UInt8(ascii: "#")) .| equal(current, UInt8(ascii: "@")) .| equal(current, UInt8(ascii: "^"))
      .| equal(current, UInt8(ascii: "}")) .| equal(current, 0xEF)
    let url =
      (equal(folded, UInt8(ascii: "h")) .| equal(folded, UInt8(ascii: "w")) .| equal(folded, UInt8(ascii: "f")))
      .& (equal(afterFolded, UInt8(ascii: "t")) .| equal(afterFolded, UInt8(ascii: "w")))
    let eyes =
      equal(folded, UInt8(ascii: "o")) .| equal(current, UInt8(ascii: "u")) .| equal(current, UInt8(ascii: "B"))
      .| equal(current, UInt8(ascii: "T")) .| equal(current, UInt8(ascii: "D")) .| equal(current, UInt8(ascii: "8"))
    let emoticon = equal(folded, UInt8(ascii: "x")) .| (eyes .& .!alnum(after))
    return bits(marks .| ((url .| emoticon) .& .!alnum(before)))
  }

  /// The candidates among the 32 bytes from `start` (1 ≤ `start`, `start` + 33 ≤ the count), one
  /// bit each: `window` for both halves in one step (`vb_span_candidates32`; only where `hasAVX2`).
  @inline(__always)
  static func wideWindow(_ base: UnsafePointer<UInt8>, at start: Int) -> UInt32 {
    #if arch(x86_64)
      vb_span_candidates32(base + start)
    #else
      window(base, at: start) | window(base, at: start &+ 16) &<< 16
    #endif
  }

  /// One bit per lane of `mask` (bit 0 is lane 0): SSE2's pmovmskb (`vb_lane_bits16`).
  @inline(__always)
  private static func bits(_ mask: SIMDMask<SIMD16<Int8>>) -> UInt32 {
    vb_lane_bits16(unsafeBitCast(mask, to: SIMD16<Int8>.self))
  }

  /// `candidates(_:at:)` a byte at a time (texts shorter than 18 bytes).
  static func scalarCandidates(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> UInt32 {
    var found: UInt32 = 0
    for index in start..<min(bytes.count, start + 16) where isCandidate(bytes, at: index) {
      found |= 1 << UInt32(index - start)
    }
    return found
  }

  /// Whether the byte at `index` is a candidate, from the trigger table: the tests `scan` makes
  /// before it tries anything.
  static func isCandidate(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    let byte = bytes[index]
    let trigger = SpecialSpanScanner.triggers[Int(byte)]
    guard trigger != 0 else { return false }
    guard trigger & SpecialSpanScanner.alnumBit != 0 else { return true }
    let previous: UInt8 = index > 0 ? bytes[index - 1] : 0x20
    guard trigger & 3 != 0, !SpecialSpanScanner.isAlnum(previous) else { return false }
    let next: UInt8 = index + 1 < bytes.count ? bytes[index + 1] : 0
    let url = trigger & 1 != 0 && (next | 0x20 == UInt8(ascii: "t") || next | 0x20 == UInt8(ascii: "w"))
    let emoticon = trigger & 2 != 0 && (!SpecialSpanScanner.isAlnum(next) || byte | 0x20 == UInt8(ascii: "x"))
    return url || emoticon
  }
}
