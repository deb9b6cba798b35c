import TestSupport
import Testing

@testable import Tokenization

/// `SpanCandidates` finds 16 bytes at a time (with an overlapping last step) what the trigger
/// table says byte by byte; it must agree at every length and offset.
struct SpanCandidatesTests {
  @Test func matchesTheTriggerTable() {
    // Every byte the candidates depend on: marks, starting letters, other letters and digits,
    // spaces, and bytes of other characters (0xEF and UTF-8 continuations).
    let alphabet: [UInt8] = Array(":;<=>()-.#@^}hHwWfFxXoOBTDu8bdtU09 ,!\"".utf8) + [0xEF, 0xBC, 0xA0, 0xC3, 0xA9]
    var mismatches = 0
    randomByteStrings(from: alphabet, count: 20_000, seed: 16) { bytes in
      bytes.withUnsafeBufferPointer { buffer in
        for start in 0..<buffer.count
        where SpanCandidates.candidates(buffer, at: start) != SpanCandidates.scalarCandidates(buffer, at: start) {
          mismatches += 1
        }
        // Stepping from candidate to candidate visits each one.
        if !Self.visitsEveryCandidate(buffer) { mismatches += 1 }
      }
    }
    #expect(mismatches == 0)
  }

  /// Chunks of text in other scripts (Cyrillic, accented Latin, spaces) are skipped without the
  /// window (`holdsOnlyOtherScripts`); marks, letters and 0xEF among them must still be found. The
  /// reference is the trigger table byte by byte.
  @Test func otherScriptsMatchTheTriggerTable() {
    let cyrillic: [UInt8] = [0xD0, 0xB4, 0xD1, 0x8B, 0xD0, 0xBE, 0xC3, 0xA9, 0x20, 0xE4, 0xB8, 0xAD]
    let alphabet = Array(repeating: cyrillic, count: 6).flatMap { $0 } + [0xEF, 0xBC, 0xA0] + Array(".x:hTo8 ".utf8)
    var mismatches = 0
    var skipped = 0
    randomByteStrings(from: alphabet, count: 40_000, seed: 29) { bytes in
      bytes.withUnsafeBufferPointer { buffer in
        for start in 1..<max(1, buffer.count - 16) where buffer[start] >= 0x80 {
          if SpanCandidates.holdsOnlyOtherScripts(buffer.baseAddress!, at: start) {
            skipped += 1
            if SpanCandidates.scalarCandidates(buffer, at: start) != 0 { mismatches += 1 }
          }
        }
        if !Self.visitsEveryCandidate(buffer) { mismatches += 1 }
      }
    }
    #expect(mismatches == 0)
    #expect(skipped > 10_000)  // the skip was taken
  }

  /// The 32-byte window (AVX2, where this processor has it) marks what the trigger table marks byte
  /// by byte, at every offset of longer texts than the tests above draw; and stepping visits every
  /// candidate with 32-byte windows and with 16-byte ones alike.
  @Test func wideWindowMatchesTheTriggerTable() {
    let alphabet: [UInt8] = Array(":;<=>()-.#@^}hHwWfFxXoOBTDu8bdtU09 ,!\"".utf8) + [0xEF, 0xBC, 0xA0, 0xC3, 0xA9]
    var state: UInt64 = 50
    var bytes = [UInt8](repeating: 0, count: 120)
    var mismatches = 0
    var compared = 0
    for _ in 0..<2_000 {
      for index in bytes.indices {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        bytes[index] = alphabet[Int(state >> 33) % alphabet.count]
      }
      bytes.withUnsafeBufferPointer { buffer in
        if SpanCandidates.hasAVX2 {
          for start in 1...(buffer.count - 33) {
            let expected =
              SpanCandidates.scalarCandidates(buffer, at: start)
              | SpanCandidates.scalarCandidates(buffer, at: start + 16) << 16
            if SpanCandidates.wideWindow(buffer.baseAddress!, at: start) != expected { mismatches += 1 }
            compared += 1
          }
        }
        if !Self.visitsEveryCandidate(buffer, wide: true) || !Self.visitsEveryCandidate(buffer, wide: false) {
          mismatches += 1
        }
      }
    }
    #expect(mismatches == 0)
    #expect(compared == (SpanCandidates.hasAVX2 ? 2_000 * 87 : 0))
  }

  /// Whether stepping with `next(from:)` visits exactly the offsets the trigger table marks as
  /// candidates, byte by byte (`wide`: with 32-byte windows where the processor has them).
  static func visitsEveryCandidate(_ buffer: UnsafeBufferPointer<UInt8>, wide: Bool = SpanCandidates.hasAVX2) -> Bool {
    var candidates = SpanCandidates(buffer, wide: wide && SpanCandidates.hasAVX2)
    var visited: [Int] = []
    var index = candidates.next(from: 0)
    while index < buffer.count {
      visited.append(index)
      index = candidates.next(from: index + 1)
    }
    return visited == (0..<buffer.count).filter { SpanCandidates.scalarCandidates(buffer, at: $0) & 1 != 0 }
  }
}
