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
        var candidates = SpanCandidates(buffer)
        var visited: [Int] = []
        var index = candidates.next(from: 0)
        while index < buffer.count {
          visited.append(index)
          index = candidates.next(from: index + 1)
        }
        let expected = (0..<buffer.count).filter {
          SpanCandidates.scalarCandidates(buffer, at: $0) & 1 != 0
        }
        if visited != expected { mismatches += 1 }
      }
    }
    #expect(mismatches == 0)
  }
}
