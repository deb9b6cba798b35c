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

  /// Whether stepping with `next(from:)` visits exactly the offsets the trigger table marks as
  /// candidates, byte by byte.
  static func visitsEveryCandidate(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    var candidates = SpanCandidates(buffer)
    var visited: [Int] = []
    var index = candidates.next(from: 0)
    while index < buffer.count {
      visited.append(index)
      index = candidates.next(from: index + 1)
    }
    return visited == (0..<buffer.count).filter { SpanCandidates.scalarCandidates(buffer, at: $0) & 1 != 0 }
  }
}
