#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR in JSON strings. RFC 8259 (§7) lets them
/// stand unescaped, but JavaScript before ES2019 ends a string literal at them and readers that
/// split lines at every Unicode line break (Python's `str.splitlines`, many log viewers) cut a JSON
/// Lines record there: every writer escapes them as `\u2028` and `\u2029`, as JSON.stringify's
/// "well-formed" successors and most JSON libraries do.
extension JSONWriter {
  /// Whether the bytes at `index` of a buffer of `count` bytes are U+2028 or U+2029 (E2 80 A8,
  /// E2 80 A9).
  @inlinable @inline(__always)
  public static func isLineSeparator(_ base: UnsafePointer<UInt8>, at index: Int, count: Int) -> Bool {
    index &+ 2 < count && base[index] == 0xE2 && base[index &+ 1] == 0x80 && base[index &+ 2] & 0xFE == 0xA8
  }

  /// Whether any of 8 bytes (read little-endian) is 0xE2, the first byte of U+2028 and U+2029 (and
  /// of the other characters from U+2000 to U+2FFF): exact as a yes/no answer ("has a zero byte",
  /// Anderson, Bit Twiddling Hacks).
  /// A word of ASCII (most words of most text) is answered by one test of its high bits.
  @inlinable @inline(__always)
  static func mayHoldLineSeparator(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    guard word & (ones &* 0x80) != 0 else { return false }
    let flipped = word ^ (ones &* 0xE2)
    return (flipped &- ones) & ~flipped & (ones &* 0x80) != 0
  }

  /// Writes `\u2028` or `\u2029` at `target`, for the separator whose last byte is `last` (0xA8
  /// or 0xA9); returns 6, the bytes written.
  @inlinable @inline(__always)
  public static func writeLineSeparatorEscape(last: UInt8, at target: UnsafeMutablePointer<UInt8>) -> Int {
    target[0] = UInt8(ascii: "\\")
    target[1] = UInt8(ascii: "u")
    target[2] = UInt8(ascii: "2")
    target[3] = UInt8(ascii: "0")
    target[4] = UInt8(ascii: "2")
    target[5] = last == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9")
    return 6
  }

  /// How many U+2028 and U+2029 `bytes` holds.
  public static func lineSeparatorCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    var separators = 0
    var from = 0
    while from < bytes.count, let found = memchr(base + from, 0xE2, bytes.count - from) {
      let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      if isLineSeparator(base, at: index, count: bytes.count) { separators += 1 }
      from = index + 1
    }
    return separators
  }

  /// Copies `source` to `target` with each U+2028 and U+2029 escaped (`source` is JSON text, so
  /// they stand inside a string); returns the bytes written.
  static func copyEscapingLineSeparators(_ source: UnsafeBufferPointer<UInt8>, to target: UnsafeMutablePointer<UInt8>)
    -> Int
  {
    guard let base = source.baseAddress else { return 0 }
    var written = 0
    var index = 0
    while index < source.count {
      if isLineSeparator(base, at: index, count: source.count) {
        written += writeLineSeparatorEscape(last: base[index + 2], at: target + written)
        index += 3
      } else {
        target[written] = base[index]
        written += 1
        index += 1
      }
    }
    return written
  }
}
