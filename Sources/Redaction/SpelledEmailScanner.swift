/// E-mail addresses written out to dodge harvesters: "john dot smith at gmail dot com",
/// "john.smith [at] gmail [dot] com", "john(at)example(dot)org", "jane at example dot co dot uk".
///
/// Shape: a local part, an "at", a domain.
/// - Local part: runs of the characters of an RFC 5322 §3.4.1 dot-atom that people type (ASCII
///   letters, digits, `_ % + -`, and `.` inside a run), joined by literal dots or spelled ones.
/// - "at": the word `at` between spaces, or `at` or `@` in brackets (`[at]`, `(at)`, `{at}`, `<at>`,
///   `[@]`, with or without spaces around), or an `@` whose domain spells its dots ("john@gmail dot com").
///   "dot" likewise: the word between spaces, the word or `.` in brackets, or a literal `.` in the
///   domain.
/// - Domain: two or more labels of ASCII letters, digits and `-` (not first or last), at most 63
///   bytes each (RFC 1035 §2.3.1 as RFC 5321 §4.1.2 uses it), the last one (the TLD) two or more
///   letters (RFC 1123 §2.1: top-level names are alphabetic).
///
/// Prose has "at" everywhere, so the bare forms need more: the last label is a country code or a
/// generic top-level domain that mail addresses use (`isPlausibleTopLevelDomain`), "dot dot dot" is
/// no domain, and an "at" between spaces or an `@` needs
/// at least one spelled "dot" in the domain ("look at example.com" is a look at a website) unless the
/// domain is a consumer mail service ("john at gmail.com": `SpelledEmailWords.mailServices`), its
/// first label is no determiner or pronoun ("at the dot com bubble": `SpelledEmailWords.notDomains`),
/// and a one-word local part is none of the words that put a purchase or a look at a website ("I
/// ordered at argos dot co dot uk": `SpelledEmailWords.notLocalParts`). A domain followed by another
/// "at" is no domain: in "mail me at john dot smith at gmail dot com" the address starts at "john".
/// Bracketed forms are deliberate and need none of this. Only ASCII addresses are recognised.
extension ByteScanner {
  /// The index of the first `at` word (ASCII letters `a`, `t` in either case, no ASCII letter or
  /// digit on either side) or `@` at or after `index`, or `count`: the scanner tries a spelled
  /// address only at words shortly before one.
  func nextSpelledAtCandidate(from index: Int) -> Int {
    var index = max(index, 0)
    guard let base = bytes.baseAddress else { return count }
    let raw = UnsafeRawPointer(base)
    while index < count {
      // Eight bytes at a time while they hold no `@` and no `a`/`A` followed by `t`/`T` (the pair's
      // second byte may be the next word's first, so the step is seven bytes).
      if index + 8 <= count {
        let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        let lower = word | 0x2020_2020_2020_2020
        let pairs = Self.zeroBytes(lower ^ 0x6161_6161_6161_6161) & Self.zeroBytes((lower >> 8) ^ 0x7474_7474_7474_7474)
        if (pairs | Self.zeroBytes(word ^ 0x4040_4040_4040_4040)) & 0x0080_8080_8080_8080 == 0 {
          index += 7
          continue
        }
      }
      let byte = bytes[index]
      if byte == UInt8(ascii: "@") { return index }
      if byte | 0x20 == UInt8(ascii: "a") && self.byte(index + 1) | 0x20 == UInt8(ascii: "t")
        && !isAlphanumeric(index - 1) && !isAlphanumeric(index + 2)
      {
        return index
      }
      index += 1
    }
    return count
  }

  /// The bytes of `value` that are zero, each marked by its high bit (exact: no carries between
  /// bytes).
  @inline(__always) private static func zeroBytes(_ value: UInt64) -> UInt64 {
    ~(((value & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | value | 0x7F7F_7F7F_7F7F_7F7F)
  }

  /// Recognises a spelled-out e-mail address (see above) whose local part starts at `start`;
  /// returns its end.
  func spelledEmailEnd(at start: Int) -> Int? {
    var index = start
    var runs = 0
    while true {
      let runEnd = localRunEnd(from: index)
      guard runEnd > index, runEnd - start <= 128 else { return nil }
      runs += 1
      if let marker = spelledMarker(at: runEnd, word: "at") {
        // An "@" set off by spaces is an address's sign, not prose: its domain may keep literal dots
        // (QA review 40: "maria.patel @ web.de" was kept).
        let atSign = marker.bare && !spellsAt(runEnd..<marker.end)
        guard let end = spelledDomainEnd(from: marker.end, bare: marker.bare, atSign: atSign, lookAhead: true)
        else { return nil }
        if marker.bare && runs == 1 && spellsOne(of: SpelledEmailWords.notLocalParts, index..<runEnd) {
          return nil
        }
        return end
      }
      guard let dot = spelledMarker(at: runEnd, word: "dot"), !dot.literal else { return nil }
      index = dot.end
    }
  }

  /// The end of a run of local-part characters from `start`: ASCII letters, digits, `_ % + -`, and
  /// `.` between two of them.
  private func localRunEnd(from start: Int) -> Int {
    var index = start
    while true {
      if isAlphanumeric(index) || isByte(index, "_") || isByte(index, "%") || isByte(index, "+")
        || isByte(index, "-")
      {
        index += 1
      } else if isByte(index, "."), index > start, isAlphanumeric(index + 1) {
        index += 1
      } else {
        return index
      }
    }
  }

  /// An "at" or "dot" marker (`word`) at `index`: up to two spaces, then the word between spaces
  /// (`bare`), or the word in brackets with optional single spaces inside and up to two around;
  /// for "at" also an `@` (`bare`) with optional spaces, for "dot" also a literal `.` (`literal`).
  /// Its end, where a label must start.
  private func spelledMarker(at index: Int, word: StaticString) -> (end: Int, bare: Bool, literal: Bool)? {
    let isAt = word.utf8CodeUnitCount == 2
    if !isAt && isByte(index, "."), isAlphanumeric(index + 1) { return (index + 1, false, true) }
    var position = index
    while position - index < 2 && isByte(position, " ") { position += 1 }
    let spaced = position > index
    let open = byte(position)
    let close: UInt8
    switch open {
    case UInt8(ascii: "["): close = UInt8(ascii: "]")
    case UInt8(ascii: "("): close = UInt8(ascii: ")")
    case UInt8(ascii: "{"): close = UInt8(ascii: "}")
    case UInt8(ascii: "<"): close = UInt8(ascii: ">")
    case UInt8(ascii: "@") where isAt:
      position += 1
      while isByte(position, " ") && position - index < 5 { position += 1 }
      return isAlphanumeric(position) ? (position, true, false) : nil
    default:
      // The bare word between spaces.
      guard spaced, hasPrefix(word, at: position), !isAlphanumeric(position + word.utf8CodeUnitCount),
        isByte(position + word.utf8CodeUnitCount, " ")
      else { return nil }
      position += word.utf8CodeUnitCount
      let wordEnd = position
      while position - wordEnd < 2 && isByte(position, " ") { position += 1 }
      return isAlphanumeric(position) ? (position, true, false) : nil
    }
    position += 1
    if isByte(position, " ") { position += 1 }
    // "[@]" and "[.]" are bracketed markers too (QA review 40: "jane.roberts [@] gmail [.] com").
    if isByte(position, isAt ? "@" : ".") {
      position += 1
    } else {
      guard hasPrefix(word, at: position) else { return nil }
      position += word.utf8CodeUnitCount
    }
    if isByte(position, " ") { position += 1 }
    guard byte(position) == close else { return nil }
    position += 1
    let closeEnd = position
    while position - closeEnd < 2 && isByte(position, " ") { position += 1 }
    return isAlphanumeric(position) ? (position, false, false) : nil
  }

  /// The end of a domain from `start` (see above); `bare` when the "at" was a bare word or `@`.
  /// With `lookAhead`, nil when another "at" and a domain follow it (one level deep, so the cost
  /// stays linear).
  private func spelledDomainEnd(from start: Int, bare: Bool, atSign: Bool = false, lookAhead: Bool) -> Int? {
    var index = start
    var labels = 0
    var spelledDots = 0
    var mailService = false
    var lastDotLiteral = false
    var end: Int?
    while true {
      let labelStart = index
      while isAlphanumeric(index) || (isByte(index, "-") && index > labelStart) { index += 1 }
      guard index > labelStart, index - labelStart <= 63, !isByte(index - 1, "-") else { break }
      // "dot dot dot" is an ellipsis, not a label (QA review 40: "waiting at home dot dot dot no
      // call" was an address).
      if bare && spells(labelStart..<index, "dot") { break }
      labels += 1
      if labels == 1 && bare {
        if spellsOne(of: SpelledEmailWords.notDomains, labelStart..<index) { return nil }
        mailService = spellsOne(of: SpelledEmailWords.mailServices, labelStart..<index)
      }
      if labels >= 2 && (!bare || atSign || spelledDots > 0 || mailService) && isAlphabeticLabel(labelStart..<index)
        && (!bare || isPlausibleTopLevelDomain(labelStart..<index, afterLiteralDot: lastDotLiteral))
      {
        end = index
      }
      guard let dot = spelledMarker(at: index, word: "dot") else { break }
      if !dot.literal { spelledDots += 1 }
      lastDotLiteral = dot.literal
      index = dot.end
    }
    guard let end, !continuesASCIIWord(end) else { return nil }
    // Another "at" and a domain after it: this was the local part's tail, not the domain ("at 5pm"
    // after an address is no domain).
    if lookAhead, let next = spelledMarker(at: end, word: "at"),
      spelledDomainEnd(from: next.end, bare: next.bare, lookAhead: false) != nil
    {
      return nil
    }
    return end
  }

  /// Whether the label in `range`, after a spelled " dot ", may end a bare spelled address: a
  /// two-letter country code (one that is also an English word only at the end of the text or
  /// before punctuation), or a generic
  /// top-level domain of `SpelledEmailWords.longTLDs` (QA review 40: "staff at tesco dot very rude"
  /// was an address ending in "very").
  private func isPlausibleTopLevelDomain(_ range: Range<Int>, afterLiteralDot: Bool) -> Bool {
    // "web.de", "studio.photography": a domain typed with its dot is one.
    if afterLiteralDot { return true }
    if range.count == 2 {
      guard spellsOne(of: SpelledEmailWords.wordLikeTLDs, range) else { return true }
      var next = range.upperBound
      while isByte(next, " ") { next += 1 }
      return next >= count || !(isAlphanumeric(next) || byte(next) >= 0x80)
    }
    return spellsOne(of: SpelledEmailWords.longTLDs, range)
  }

  /// Whether the marker bytes in `range` hold the word "at" (not an `@`).
  private func spellsAt(_ range: Range<Int>) -> Bool {
    for index in range where isByte(index, "@") { return false }
    return true
  }

  /// Two or more ASCII letters.
  private func isAlphabeticLabel(_ range: Range<Int>) -> Bool {
    guard range.count >= 2 else { return false }
    for index in range where !isLetter(index) { return false }
    return true
  }
}
