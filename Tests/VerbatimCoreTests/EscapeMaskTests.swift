import TestSupport
import Testing

@testable import VerbatimCore

/// `JSONWriter.escapeMask`'s lowest set bit marks the first byte that is < 0x20, `"` or `\`
/// (`FlatJSONObject.scan` skips to it), checked against a byte-by-byte search.
struct EscapeMaskTests {
  @Test func lowestFlagIsTheFirstByteToEscape() {
    var generator = SystemRandomNumberGenerator()
    // Bytes near each class's edge, and others.
    let pool: [UInt8] = [
      0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x41, 0x7F, 0x80, 0xA2, 0xDC, 0xFF,
    ]
    for _ in 0..<20_000 {
      let bytes = (0..<8).map { _ in pool[Int(generator.next() % UInt64(pool.count))] }
      let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
      let first = bytes.firstIndex { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
      let mask = JSONWriter.escapeMask(word)
      #expect((mask != 0) == (first != nil), "\(bytes)")
      #expect(JSONWriter.mayNeedEscape(word) == (first != nil), "\(bytes)")
      if let first { #expect(mask.trailingZeroBitCount >> 3 == first, "\(bytes)") }
    }
  }

  /// `JSONWriter.needsEscape` (whole buffers: eight bytes a step, then the tail) says what a
  /// byte-by-byte search says, at every length from 0 to 63 and every position of the byte.
  @Test func needsEscapeMatchesAByteByByteSearch() {
    let alphabet: [UInt8] =
      [0x00, 0x1F, 0x20, 0x21, 0x22, 0x5B, 0x5C, 0x5D, 0x41, 0x7F, 0x80, 0xFF] + Array("abcdefgh".utf8)
    var mismatches = 0
    randomByteStrings(from: alphabet, count: 20_000, seed: 7) { bytes in
      let expected = bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
      if bytes.withUnsafeBufferPointer({ JSONWriter.needsEscape($0) }) != expected { mismatches += 1 }
    }
    #expect(mismatches == 0)
  }
}
