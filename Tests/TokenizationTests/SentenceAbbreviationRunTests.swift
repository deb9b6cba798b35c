import Testing

@testable import Tokenization

/// `SentenceAbbreviations.joins` measures the word before a full stop from one eight-byte load
/// (`letterOrStopRun`); the count must be the one the byte loop it stands for gives, for every
/// byte value at every position.
@Suite struct SentenceAbbreviationRunTests {
  static func reference(_ bytes: [UInt8]) -> Int {
    var run = 0
    for byte in bytes.reversed() {
      guard (byte | 0x20) &- 0x61 < 26 || byte == UInt8(ascii: ".") else { break }
      run += 1
    }
    return run
  }

  @Test func theRunMatchesTheByteLoopForEveryByteAtEveryPosition() {
    var mismatches: [[UInt8]] = []
    let fillers: [UInt8] = [UInt8(ascii: "a"), UInt8(ascii: "Z"), UInt8(ascii: "."), UInt8(ascii: " "), 0xC3]
    for filler in fillers {
      for position in 0..<8 {
        for value in 0...255 {
          var bytes = [UInt8](repeating: filler, count: 8)
          bytes[position] = UInt8(value)
          let word = bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
          if SentenceAbbreviations.letterOrStopRun(word) != Self.reference(bytes), mismatches.count < 5 {
            mismatches.append(bytes)
          }
        }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches)")
  }

  @Test func theRunMatchesTheByteLoopOnRandomWords() {
    var state: UInt64 = 34
    let alphabet = Array("abcXYZ.. -'1é\u{0}\u{7F}".utf8)
    var mismatches: [[UInt8]] = []
    for _ in 0..<100_000 {
      var bytes: [UInt8] = []
      for _ in 0..<8 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        bytes.append(alphabet[Int(state >> 33) % alphabet.count])
      }
      let word = bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
      if SentenceAbbreviations.letterOrStopRun(word) != Self.reference(bytes), mismatches.count < 5 {
        mismatches.append(bytes)
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches)")
  }
}
