import Dispatch
import Testing
import Tokenization

/// Every `ICURegex` of a pattern after the first is a clone of the process's compiled pattern
/// (ICU's `uregex_clone`). A clone must behave as a pattern compiled on its own: the same matches,
/// its own matcher state (two threads search at once), the same limits on a pattern that backtracks
/// without end, and the same flags (a case-insensitive and a case-sensitive copy of one pattern are
/// different patterns).
@Suite struct ICURegexCloneTests {
  private func matches(_ regex: ICURegex, _ text: String) throws -> [Range<Int>] {
    var found: [Range<Int>] = []
    var bytes = Array(text.utf8)
    try bytes.withUnsafeMutableBufferPointer { buffer throws(TokenizationError) in
      _ = try regex.matches(in: UnsafeBufferPointer(buffer), into: &found)
    }
    return found
  }

  @Test func aCloneFindsWhatTheFirstFinds() throws {
    let pattern = "\\border #?[0-9]{3,}\\b"
    let first = try ICURegex(pattern: pattern, prefilter: false)
    let second = try ICURegex(pattern: pattern, prefilter: false)
    let text = "order 123 and order #4567, not order 12 nor reorder 999"
    // Byte ranges counted by hand: "order 123" at 0..<9, "order #4567" at 14..<25.
    #expect(try matches(first, text) == [0..<9, 14..<25])
    #expect(try matches(second, text) == [0..<9, 14..<25])
  }

  @Test func flagsAreNotShared() throws {
    let sensitive = try ICURegex(pattern: "refund", caseInsensitive: false, prefilter: false)
    let insensitive = try ICURegex(pattern: "refund", caseInsensitive: true, prefilter: false)
    let again = try ICURegex(pattern: "refund", caseInsensitive: false, prefilter: false)
    #expect(try matches(sensitive, "REFUND refund") == [7..<13])
    #expect(try matches(insensitive, "REFUND refund") == [0..<6, 7..<13])
    #expect(try matches(again, "REFUND refund") == [7..<13])
  }

  @Test func anInvalidPatternStillThrowsEveryTime() {
    for _ in 0..<2 {
      #expect(throws: TokenizationError.self) { try ICURegex(pattern: "(unclosed") }
    }
  }

  /// The time limit is the clone's own setting: a clone gives up on catastrophic backtracking as
  /// the first instance does (OWASP, "Regular expression Denial of Service": "(a+)+$" on a run of
  /// a's followed by another character).
  @Test func aCloneKeepsTheTimeLimit() throws {
    let text = String(repeating: "a", count: 40) + "!"
    for _ in 0..<2 {
      let regex = try ICURegex(pattern: "(a+)+$", prefilter: false)
      #expect {
        _ = try matches(regex, text)
      } throws: { error in
        guard case TokenizationError.regexTooSlow = error else { return false }
        return true
      }
    }
  }

  /// Clones made and searched on two threads at once each find every match of their own texts.
  @Test func clonesSearchInParallel() throws {
    let pattern = "[0-9]+"
    let texts = (0..<200).map { index in (0..<index % 7).map { "\($0 * index) x" }.joined(separator: " ") }
    let expected = try texts.map { try matches(ICURegex(pattern: pattern, prefilter: false), $0).count }
    let results = UnsafeMutableBufferPointer<Int>.allocate(capacity: 2 * texts.count)
    results.initialize(repeating: -1)
    defer { results.deallocate() }
    nonisolated(unsafe) let shared = results
    DispatchQueue.concurrentPerform(iterations: 2) { worker in
      guard let regex = try? ICURegex(pattern: pattern, prefilter: false) else { return }
      for (index, text) in texts.enumerated() {
        shared[worker * texts.count + index] = (try? matches(regex, text).count) ?? -2
      }
    }
    #expect(Array(results[0..<texts.count]) == expected)
    #expect(Array(results[texts.count...]) == expected)
  }
}
