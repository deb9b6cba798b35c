import Testing
import VerbatimCore

/// `UTF8Validation.continuationByteCount` against a byte-by-byte count (bytes 0x80–0xBF, Unicode
/// Table 3-7's trailing bytes), over every length up to 40 of mixed-script text, so that each
/// word-at-a-time step and each tail length is exercised.
struct ContinuationByteCountTests {
  @Test func countsTheTrailingBytesOfEveryPrefix() {
    let text = Array("Aé€😀 a\u{2028}ßж中文 ok, naïve café — “quoted” 👍🏽 end".utf8)
    for length in 0...min(40, text.count) {
      let prefix = Array(text[0..<length])
      let expected = prefix.count { $0 & 0xC0 == 0x80 }
      #expect(prefix.withUnsafeBufferPointer { UTF8Validation.continuationByteCount($0) } == expected, "\(length)")
    }
  }
}
