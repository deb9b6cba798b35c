import Testing

@testable import Tokenization

/// `ByteRuns.sentenceCandidateEnd` reads eight bytes at a time with a mask that is exact only up to
/// the first candidate in a word (`firstEqualMask`). The reference is the plain byte loop: the
/// first byte at or after the start that is a terminator, a line break or not ASCII.
@Suite struct SentenceCandidateRunTests {
  @Test func endsAtTheFirstCandidateLikeTheByteLoop() {
    // Candidates, bytes one above and below them (a borrow's neighbours), and other bytes.
    let alphabet: [UInt8] = [
      0x2E, 0x21, 0x3F, 0x0A, 0x0D, 0x2D, 0x2F, 0x20, 0x22, 0x3E, 0x40, 0x09, 0x0B, 0x0C, 0x0E, 0x01, 0x00, 0x61, 0x41,
      0x7F, 0x80, 0xC3, 0xE3, 0xFF,
    ]
    var state: UInt64 = 8_086
    var failures: [String] = []
    for _ in 0..<20_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let length = Int(state >> 59) + 1
      var bytes: [UInt8] = []
      for _ in 0..<length {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        // Mostly quiet bytes, so that runs span words.
        let quiet = (state >> 40) % 3 != 0
        bytes.append(quiet ? 0x61 : alphabet[Int((state >> 33) % UInt64(alphabet.count))])
      }
      bytes.withUnsafeBufferPointer { buffer in
        for start in 0..<buffer.count {
          var expected = start
          while expected < buffer.count, buffer[expected] < 0x80,
            ![0x2E, 0x21, 0x3F, 0x0A, 0x0D].contains(buffer[expected])
          {
            expected += 1
          }
          if ByteRuns.sentenceCandidateEnd(buffer, from: start) != expected, failures.count < 5 {
            failures.append("\(bytes) from \(start)")
          }
        }
      }
    }
    #expect(failures.isEmpty, "\(failures)")
  }
}
