import Testing

@testable import Sentiment

/// `Elongation.mayHaveRun` scans a whole ASCII text 16 offsets at a time (`TextMarks`); it must say exactly
/// what a byte-by-byte search for three identical ASCII letters says, at every length and offset.
struct ElongationScanTests {
  /// The byte-by-byte reference.
  private func hasRun(_ bytes: [UInt8]) -> Bool {
    guard bytes.count >= 3 else { return false }
    return (0..<(bytes.count - 2)).contains { index in
      let byte = bytes[index]
      return byte == bytes[index + 1] && byte == bytes[index + 2] && (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }
  }

  @Test func matchesAByteByByteSearch() {
    // Letters of both cases, and the bytes beside them that a letter test could take for one.
    let alphabet = Array("aAbBzZ.. !@[`{".utf8)
    var state: UInt64 = 2026
    var mismatches: [String] = []
    for _ in 0..<200_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let length = Int(state >> 58)  // 0...63
      var bytes: [UInt8] = []
      for position in 0..<length {
        let draw = (state >> UInt64(position % 48)) &+ UInt64(position) &* 0x9E37_79B9
        bytes.append(alphabet[Int(draw % UInt64(alphabet.count))])
      }
      let scanned = bytes.withUnsafeBufferPointer { Elongation.mayHaveRun($0, ascii: true) }
      if scanned != hasRun(bytes) { mismatches.append(String(decoding: bytes, as: UTF8.self)) }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
  }

  @Test func examples() {
    func scan(_ text: String) -> Bool {
      Array(text.utf8).withUnsafeBufferPointer { Elongation.mayHaveRun($0, ascii: true) }
    }
    #expect(scan("sooo"))
    #expect(scan("It was goooood, really"))
    #expect(scan("abcdefghijklmnopqrstuvwxyzzz"))
    #expect(!scan("Wait... what!!!   ok"))
    #expect(!scan("good food, cool pool"))
    #expect(!scan("@@@ ___ 111"))
  }
}
