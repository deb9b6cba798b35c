#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Sentences typed without a capital after the full stop: "lovely staff but terrible parking. great
/// vet overall". UAX #29 rule SB8 (ATerm Close* Sp* × … Lower) keeps a full stop, spaces and a
/// lower-case letter in one sentence, for abbreviations ("approx. three", "e.g. the"); ICU's root
/// rules follow it. Phone-typed feedback seldom capitalises, so its sentences ran together, and a
/// "but" or "while" weighed the clauses of the next sentence too (review r29: "great vet while we
/// lived there. terrible since" was positive).
///
/// A boundary is added before the lower-case letter when the full stop ends an ASCII word of at
/// least two letters that is no abbreviation (`SentenceAbbreviations`; a word with a full stop in
/// it, such as "a.m." or "e.g.", and a single letter, such as the "J." of a name, are left alone)
/// and only spaces or tabs come between. An ellipsis, a number ("no. 5", "3. then"), a closing
/// quote and a line break keep ICU's reading.
enum LowercaseSentenceStarts {
  /// Appends to `breaks` the byte offset of each such lower-case sentence start, in text order.
  static func breaks(_ bytes: UnsafeBufferPointer<UInt8>, into breaks: inout [Int32]) {
    guard let base = bytes.baseAddress, bytes.count >= 5 else { return }
    var from = 2
    while from + 2 < bytes.count, let found = memchr(base + from, 0x2E, bytes.count - from - 2) {
      let stop = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      from = stop + 1
      guard isLetter(base[stop - 1]), isLetter(base[stop - 2]), isBlank(base[stop + 1]) else { continue }
      var next = stop + 1
      while next < bytes.count, isBlank(base[next]) { next += 1 }
      guard next < bytes.count, base[next] &- 0x61 < 26 else { continue }
      // The word before the stop: letters only, not preceded by a full stop ("a.m.") or a letter
      // of another script (the byte before is ASCII and no letter, or the text starts there).
      var start = stop - 1
      while start > 0, isLetter(base[start - 1]) { start -= 1 }
      if start > 0 {
        let before = base[start - 1]
        guard before < 0x80, before != UInt8(ascii: "."), !(before &- 0x30 < 10) else { continue }
      }
      // A listed abbreviation ("vs. the", "approx. three") ends no sentence.
      if SentenceAbbreviations.joins(bytes, at: next) { continue }
      breaks.append(Int32(next))
      from = next
    }
  }

  @inline(__always) private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
  @inline(__always) private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
}
