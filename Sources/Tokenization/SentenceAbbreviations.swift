/// Abbreviations after which a full stop and a space end no sentence: "Mr. Smith was helpful",
/// "Dr. Patel", "see e.g. Amazon". UAX #29 breaks there (rule SB11: the "." is an ATerm, and a
/// capital after the space does not continue the sentence), so ICU's root rules and the ASCII
/// breaker that reproduces them put "Mr." in a sentence of its own. ICU offers a fix only through a
/// locale keyword (`en@ss=standard`, a list of several hundred English abbreviations, `Ok.` and
/// `Est.` among them); this short list is ours and holds only words that rarely end a sentence in
/// feedback: personal titles, ranks, and Latin and English shorthand that introduces what follows.
///
/// The boundary is dropped only when the abbreviation is a whole ASCII word (start of text or a
/// non-letter before it), its "." is followed by spaces or tabs only (a line break still ends the
/// sentence), and the boundary is not the text's end. "etc." is not listed: it usually does end a
/// sentence. A real sentence end after a listed word ("I asked for the Dr. She never came") stays
/// joined, as with ICU's list.
enum SentenceAbbreviations {
  /// The listed words, lower-case, without the final ".": titles (mr, mrs, ms, mx, messrs, dr,
  /// prof, rev, fr, sr, jr, st, hon, cllr), ranks (capt, col, gen, lt, sgt, cpl), and shorthand that
  /// introduces what follows (e.g, i.e, cf, vs, viz, approx, incl, excl, esp). Left out because
  /// feedback ends sentences with them: "No.", "the rep.", "etc.".
  static let listed = [
    "mr", "mrs", "ms", "mx", "messrs", "dr", "prof", "rev", "fr", "sr", "jr", "st", "hon", "cllr", "capt", "col", "gen",
    "lt", "sgt", "cpl", "e.g", "i.e", "cf", "vs", "viz", "approx", "incl", "excl", "esp",
  ]

  /// `listed`, for lookups in a text's bytes.
  static let words = PackedASCIIWords(listed)

  /// The longest listed word, in bytes (at most 8, what `PackedASCIIWords` holds).
  static let longest = words.longest

  /// Whether the sentence boundary at `boundary` (not the text's end) follows a listed abbreviation
  /// and its full stop, with only spaces, tabs or no-break spaces between the stop and the boundary.
  static func joins(_ bytes: UnsafeBufferPointer<UInt8>, at boundary: Int) -> Bool {
    var stop = boundary
    // Spaces and tabs, and no-break spaces (U+00A0, U+202F; QA review 36, F11).
    while stop > 0 {
      if bytes[stop - 1] == 0x20 || bytes[stop - 1] == 0x09 {
        stop -= 1
      } else if stop >= 2, bytes[stop - 2] == 0xC2, bytes[stop - 1] == 0xA0 {
        stop -= 2
      } else if stop >= 3, bytes[stop - 3] == 0xE2, bytes[stop - 2] == 0x80, bytes[stop - 1] == 0xAF {
        stop -= 3
      } else {
        break
      }
    }
    // At least one space after the stop: a boundary right after "." is a run-on split's.
    guard stop < boundary, stop >= 2, bytes[stop - 1] == UInt8(ascii: ".") else { return false }
    // The static read once (each read is a `swift_once` call).
    let longest = Self.longest
    var start = stop - 1
    if start >= 8, longest < 8, let base = bytes.baseAddress {
      // The eight bytes before the stop in one load (most words before a full stop are longer than
      // any listed one, which the byte loop below found only after `longest + 1` steps). A run longer
      // than `longest` is one the loop gave up on; a shorter one ends where the loop stopped.
      let run = letterOrStopRun(
        UInt64(littleEndian: UnsafeRawPointer(base + (start - 8)).loadUnaligned(as: UInt64.self)))
      guard run <= longest else { return false }
      start -= run
    } else {
      while start > 0, stop - 1 - start < longest + 1,
        isLetter(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: ".")
      {
        start -= 1
      }
    }
    let length = stop - 1 - start
    guard length > 0, length <= longest, isLetter(bytes[start]) else { return false }
    if start > 0 {
      // A whole word: no letter, digit, mark or other non-ASCII byte right before it.
      let before = bytes[start - 1]
      guard before < 0x80, !isLetter(before), !(before &- 0x30 < 10), before != UInt8(ascii: ".") else { return false }
    }
    return words.contains(UnsafeBufferPointer(rebasing: bytes[start..<(start + length)]))
  }

  @inline(__always) private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

  /// How many of the bytes of `word` (eight bytes read little-endian), counted from its last (high)
  /// byte down, are ASCII letters or "." without a byte of another kind between: the letters and
  /// stops that `joins`' byte loop steps back over, 0 to 8. Exact per byte: a letter is a byte below
  /// 0x80 whose value with bit 5 set lies in 0x61...0x7A, and the sums that test it (at most 0x7F +
  /// 0x1F) never carry into the next byte; a "." is a zero byte of `word ^ 0x2E…`, tested the same
  /// carry-free way.
  @inline(__always)
  static func letterOrStopRun(_ word: UInt64) -> Int {
    let highs: UInt64 = 0x8080_8080_8080_8080
    let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    let folded = (word | 0x2020_2020_2020_2020) & lows
    let atLeastA = folded &+ 0x1F1F_1F1F_1F1F_1F1F
    let pastZ = folded &+ 0x0505_0505_0505_0505
    let letters = atLeastA & ~pastZ & ~word & highs
    let dotted = word ^ 0x2E2E_2E2E_2E2E_2E2E
    let stops = ~(((dotted & lows) &+ lows) | dotted) & highs
    let others = ~(letters | stops) & highs
    return others.leadingZeroBitCount &>> 3
  }
}
