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
/// and only spaces, tabs or no-break spaces (U+00A0, U+202F: copied from web forms and word
/// processors, and typed after punctuation in French; QA review 36, F11) come between, and it is no
/// shorthand of an address, company or unit
/// (`alwaysJoined`; `joinedBeforeContinuation` before a word that continues the sentence: "rooms
/// etc. were lovely", but "etc. the food was cold" is two sentences). After a word of another
/// script ("خدمة سيئة جدا. lol", "сервис плохой. lol") the boundary is added whatever the word.
/// An ellipsis, a number ("no.
/// 5", "3. then"), a closing quote and a line break keep ICU's reading.
enum LowercaseSentenceStarts {
  /// Appends to `breaks` the byte offset of each such lower-case sentence start, in text order.
  /// `firstStop`: no "." comes before this offset (the search starts there).
  static func breaks(_ bytes: UnsafeBufferPointer<UInt8>, firstStop: Int = 0, into breaks: inout [Int32]) {
    guard let base = bytes.baseAddress, bytes.count >= 5 else { return }
    var from = max(2, firstStop)
    while from + 2 < bytes.count, let found = memchr(base + from, 0x2E, bytes.count - from - 2) {
      let stop = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      from = stop + 1
      guard blankLength(bytes, at: stop + 1) > 0 else { continue }
      // The word before the stop: its letters, ASCII or of any script.
      var start = stop
      var letters = 0
      var nonASCII = false
      while start > 0 {
        if isLetter(base[start - 1]) {
          start -= 1
        } else if base[start - 1] >= 0x80, let letter = letterStart(bytes, before: start) {
          start = letter
          nonASCII = true
        } else {
          break
        }
        letters += 1
      }
      // Two letters at least: "J." and "É." are initials.
      guard letters >= 2 else { continue }
      var next = stop + 1
      while next < bytes.count {
        let length = blankLength(bytes, at: next)
        if length == 0 { break }
        next += length
      }
      guard next < bytes.count, base[next] &- 0x61 < 26 else { continue }
      if nonASCII {
        // A word with a letter of another script, or an accented one ("خدمة سيئة جدا. lol", "très
        // déçu. lol"; QA review 22): no abbreviation of the lists below.
        breaks.append(Int32(next))
        from = next
        continue
      }
      // Not after a full stop ("a.m."), a digit, or a character of another script that is no
      // letter (the byte before is ASCII, or the text starts there).
      if start > 0 {
        let before = base[start - 1]
        guard before < 0x80, before != UInt8(ascii: "."), !(before &- 0x30 < 10) else { continue }
      }
      // A listed abbreviation ("vs. the", "approx. three") ends no sentence, nor do the shorthands
      // of addresses, companies and units before a word that continues the sentence ("rooms etc.
      // were lovely", "the no. of staff", "2 hrs. and"; review of this session's diff).
      if SentenceAbbreviations.joins(bytes, at: next) { continue }
      let word = UnsafeBufferPointer(rebasing: bytes[start..<stop])
      if Self.alwaysJoined.contains(word) { continue }
      if Self.joinedBeforeContinuation.contains(word) {
        var end = next
        while end < bytes.count, isLetter(base[end]) { end += 1 }
        if Self.continuations.contains(UnsafeBufferPointer(rebasing: bytes[next..<end])) { continue }
      }
      breaks.append(Int32(next))
      from = next
    }
  }

  /// Where the character that ends just before `end` starts, when it is a non-ASCII letter
  /// (Alphabetic: letters of any script, and the vowel signs of Indic scripts); else nil.
  static func letterStart(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Int? {
    guard end > 0 else { return nil }
    var start = end - 1
    while start > 0, end - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    guard bytes[start] >= 0xC0 else { return nil }
    let (value, length) = decodeScalar(bytes, at: start)
    guard start + length == end, let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { return nil }
    return start
  }

  /// Shorthands that end no sentence before a lower-case word: addresses, companies, roles
  /// ("dept. store", "rd. was", "mgr. smith", "ltd. and").
  static let alwaysJoined = PackedASCIIWords([
    "dept", "rd", "ave", "apt", "blvd", "ln", "mgr", "asst", "ltd", "inc", "co", "corp", "plc", "govt", "tel", "ext",
    "ref", "qty", "misc", "est", "attn", "dist", "univ", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec",
  ])

  /// Shorthands that end a sentence as often as not ("etc. the food was cold", "no. they never
  /// called"): joined only before a word that continues the sentence.
  static let joinedBeforeContinuation = PackedASCIIWords([
    "etc", "no", "nos", "hr", "hrs", "min", "mins", "sec", "secs", "wk", "wks", "yr", "yrs", "mo", "mos", "pt", "pts",
    "lb", "lbs", "oz", "ft", "kg", "km",
  ])

  /// Words that continue the sentence they follow: a verb of being, a preposition, a conjunction.
  static let continuations = PackedASCIIWords([
    "and", "or", "nor", "of", "to", "in", "on", "at", "for", "with", "from", "than", "as", "is", "are", "was", "were",
    "be", "been", "etc", "per", "each", "later", "ago", "late", "long",
  ])

  @inline(__always) private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
  /// The length in bytes of the blank at `index`: 1 for a space or tab, 2 for a no-break space
  /// (U+00A0), 3 for a narrow no-break space (U+202F); 0 for anything else.
  @inline(__always) private static func blankLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    switch bytes[index] {
    case 0x20, 0x09: return 1
    case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0xA0 ? 2 : 0
    case 0xE2: return index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xAF ? 3 : 0
    default: return 0
    }
  }
}
