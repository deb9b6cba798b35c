import Testing
import VerbatimCore

@Suite struct UTF8ValidationTests {
  /// Unicode 15.0, §3.9, Table 3-7 (well-formed UTF-8 byte sequences): overlong forms (C0 80,
  /// E0 80 80), surrogates (ED A0 80), code points above U+10FFFF (F4 90 80 80), stray continuation
  /// bytes and truncated sequences are ill-formed; the offset is that of the sequence's first byte,
  /// wherever it falls in a run of ASCII or of well-formed multi-byte text.
  @Test(
    arguments: [
      [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xBF], [0xE2, 0x82],
      [0xF0, 0x9F, 0x98], [0xFF],
    ] as [[UInt8]])
  func theFirstIllFormedSequenceIsFoundAtEveryOffset(_ bad: [UInt8]) {
    for filler in ["abcdefghijklmnopqrstuvwxyz0123456789", "aé€😀bcdefghij€klmnopqrstuvwxyz"] {
      let text = Array(filler.utf8)
      for cut in 0...text.count where cut == text.count || text[cut] & 0xC0 != 0x80 {
        let bytes = Array(text[..<cut]) + bad + Array(text[cut...])
        let found = bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) }
        #expect(found == cut, "\(filler) cut at \(cut)")
      }
      #expect(text.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) } == nil)
    }
  }
}
