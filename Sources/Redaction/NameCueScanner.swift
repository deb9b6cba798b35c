/// Cue words packed for allocation-free lookup while scanning.
///
/// A word of at most 12 ASCII letters or apostrophes packs into 60 bits (5 per character: a–z →
/// 1…26, `'` → 27, case folded), so looking a word up costs a multiply and a probe or two in a
/// small open-addressing table; a 26-entry mask of the word lengths each first letter can have
/// rejects most words before that.
struct NameCueTable: Sendable {
  let firstWords: PackedWordSet
  let honorifics: PackedWordSet
  /// Bit `n` of entry `letter` is set when some cue or honorific starts with `letter` and has `n`
  /// characters.
  let lengthsByFirstLetter: [UInt16]

  init() {
    let cueWords = NameCues.phrasesByFirstWord.keys.map { Array($0.utf8) }
    let honorificWords = NameCues.honorifics.map { Array($0.utf8) }
    firstWords = PackedWordSet(cueWords.compactMap(NameCueTable.pack))
    honorifics = PackedWordSet(honorificWords.compactMap(NameCueTable.pack))
    var lengths = [UInt16](repeating: 0, count: 26)
    for word in cueWords + honorificWords where word.count <= 12 {
      lengths[Int(word[0] - UInt8(ascii: "a"))] |= 1 << UInt16(word.count)
    }
    lengthsByFirstLetter = lengths
  }

  /// True when some cue or honorific could be the packed word of `length` starting with `first`.
  @inline(__always) func mayContain(first: UInt8, length: Int) -> Bool {
    let letter = Int((first | 0x20) &- UInt8(ascii: "a"))
    guard letter < 26 else { return false }
    return lengthsByFirstLetter[letter] & (1 << UInt16(length)) != 0
  }

  static func pack(_ word: [UInt8]) -> UInt64? {
    guard word.count <= 12 else { return nil }
    var key: UInt64 = 0
    for byte in word {
      guard let code = code(of: byte) else { return nil }
      key = key << 5 | code
    }
    return key
  }

  @inline(__always) static func code(of byte: UInt8) -> UInt64? {
    let folded = byte | 0x20
    if folded >= UInt8(ascii: "a") && folded <= UInt8(ascii: "z") { return UInt64(folded - UInt8(ascii: "a") + 1) }
    if byte == UInt8(ascii: "'") { return 27 }
    return nil
  }
}

extension ByteScanner {
  /// The packed key and end of the ASCII word at `start`, when it is 1–12 letters (apostrophes
  /// inside) and stands alone (no letter, digit or non-ASCII byte follows).
  func packedWord(at start: Int) -> (key: UInt64, end: Int)? {
    var key: UInt64 = 0
    var index = start
    while index - start < 13 {
      let byte = self.byte(index)
      guard let code = NameCueTable.code(of: byte) else { break }
      if code == 27 && !isLetter(index + 1) { break }
      key = key << 5 | code
      index += 1
    }
    guard index > start, index - start <= 12, !isWordCharacter(index) else { return nil }
    return (key, index)
  }

  /// The lower-cased ASCII text of `start..<end`.
  func lowercasedASCII(_ start: Int, _ end: Int) -> String {
    String(decoding: bytes[start..<end].lazy.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }, as: UTF8.self)
  }

  /// Recognises a cue at `start` followed by a personal name; returns the name's byte range (the
  /// cue, punctuation and any honorific stay). Rules:
  /// - the cue is a phrase of `NameCues.cues` (case-insensitive, words separated by one space) or
  ///   a title-case honorific (`Mr`, `Dr.` …);
  /// - then optional spaces, an optional `,` or `:` (required for cues ending in `,`), and
  ///   whitespace (at least one space or newline unless a comma was given);
  /// - then optionally a title-case honorific with optional `.` and a space;
  /// - then a name: an upper-case letter followed by letters (any script), inner apostrophes
  ///   (`O'Brien`; a possessive `'s` stays outside) and hyphens before a capital (`Anna-Maria`),
  ///   at least two letters, not in `NameCues.notNames`, not followed by a digit, `@` or `_`;
  ///   then optionally a middle initial and up to two more such words after single spaces.
  /// Lower-case names ("thanks john") are not recognised: too many ordinary words follow cues.
  func nameAfterCue(at start: Int, table: NameCueTable) -> Range<Int>? {
    guard let (key, wordEnd) = packedWord(at: start), table.mayContain(first: byte(start), length: wordEnd - start)
    else { return nil }
    if table.honorifics.contains(key) && isTitleCase(start, wordEnd) {
      var index = wordEnd
      if isByte(index, ".") { index += 1 }
      guard isByte(index, " ") else { return nil }
      while isByte(index, " ") { index += 1 }
      return fullName(at: index, afterHonorific: true)
    }
    guard table.firstWords.contains(key),
      let phrases = NameCues.phrasesByFirstWord[lowercasedASCII(start, wordEnd)]
    else { return nil }
    for phrase in phrases where !phrase.needsCapital || classOf(start) & ByteClass.upper != 0 {
      var index = wordEnd
      var matched = true
      for word in phrase.words.dropFirst() {
        guard isByte(index, " "), let (_, nextEnd) = packedWord(at: index + 1),
          lowercasedASCII(index + 1, nextEnd) == word
        else {
          matched = false
          break
        }
        index = nextEnd
      }
      guard matched else { continue }
      if let name = nameAfterSeparator(from: index, needsComma: phrase.needsComma, table: table) { return name }
    }
    return nil
  }

  private func nameAfterSeparator(from cueEnd: Int, needsComma: Bool, table: NameCueTable) -> Range<Int>? {
    var index = cueEnd
    while isByte(index, " ") { index += 1 }
    var comma = false
    if isByte(index, ",") || isByte(index, ":") {
      comma = true
      index += 1
    }
    let whitespaceStart = index
    while isSpace(index) && index - whitespaceStart < 4 { index += 1 }
    guard comma || index > cueEnd, comma || !needsComma else { return nil }
    // An honorific between cue and name stays.
    if let (key, wordEnd) = packedWord(at: index), table.honorifics.contains(key), isTitleCase(index, wordEnd) {
      var next = wordEnd
      if isByte(next, ".") { next += 1 }
      if isByte(next, " ") {
        while isByte(next, " ") { next += 1 }
        if let name = fullName(at: next, afterHonorific: true) { return name }
      }
    }
    return fullName(at: index)
  }

  /// The further names of a list that follows a cue's name: "Hi Sarah and John", "Thanks Jessica,
  /// Raj and Tom", "Dear Ann & Bob". A name joined by "and" or "&" ends the list; names joined by
  /// commas only count when such a last name closes the list ("Hi Sarah, Thanks for…" is one name).
  /// Returns the ranges of the names after the first, in order (none when there is no list).
  func listedNames(after firstName: Int) -> [Range<Int>] {
    var names: [Range<Int>] = []
    var index = firstName
    while names.count < 8 {
      var next = index
      let comma = isByte(next, ",")
      if comma { next += 1 }
      guard isByte(next, " ") else { return [] }
      while isByte(next, " ") { next += 1 }
      var joined = false
      if let (_, wordEnd) = packedWord(at: next), lowercasedASCII(next, wordEnd) == "and", isByte(wordEnd, " ") {
        joined = true
        next = wordEnd
      } else if isByte(next, "&"), isByte(next + 1, " ") {
        joined = true
        next += 1
      }
      if joined { while isByte(next, " ") { next += 1 } }
      guard comma || joined, let end = nameWordEnd(at: next) else { return [] }
      names.append(next..<end)
      if joined { return names }
      index = end
    }
    return []
  }

  /// A given name, optionally followed by a middle initial (`S.`) and up to two more name words
  /// ("Mikhail S. Gorbachev", "Florence Griffith Joyner").
  private func fullName(at start: Int, afterHonorific: Bool = false) -> Range<Int>? {
    // After an honorific the first word is a surname whatever it means ("Mr Price"); after a
    // greeting or sign-off a sentence opener is the next sentence ("Thanks Tom Never had …").
    guard var end = nameWordEnd(at: start, openerEndsName: !afterHonorific) else { return nil }
    if isByte(end, " ") && classOf(end + 1) & ByteClass.upper != 0 && isByte(end + 2, ".") && isByte(end + 3, " "),
      let surnameEnd = nameWordEnd(at: end + 4)
    {
      end = surnameEnd
    }
    var words = 0
    while words < 2 && isByte(end, " "), let nextEnd = nameWordEnd(at: end + 1, openerEndsName: true) {
      end = nextEnd
      words += 1
    }
    return start..<end
  }

  /// True when `start..<end` is an upper-case ASCII letter followed by lower-case ones.
  private func isTitleCase(_ start: Int, _ end: Int) -> Bool {
    guard classOf(start) & ByteClass.upper != 0 else { return false }
    for index in (start + 1)..<end where classOf(index) & ByteClass.upper != 0 { return false }
    return true
  }

  /// One capitalised name word; nil when it is not one or is a listed non-name.
  private func nameWordEnd(at start: Int, openerEndsName: Bool = true) -> Int? {
    guard let (first, firstLength) = scalar(at: start), first.properties.isUppercase else { return nil }
    var index = start + firstLength
    var letters = 1
    var asciiOnly = first.isASCII
    while true {
      let byte = self.byte(index)
      if classOf(index) & ByteClass.letter != 0 {
        index += 1
        letters += 1
      } else if byte >= 0x80, let (next, length) = scalar(at: index),
        next.properties.isAlphabetic || next.properties.generalCategory == .nonspacingMark
      {
        index += length
        letters += 1
        asciiOnly = false
      } else if byte == UInt8(ascii: "'") && isLetter(index + 1) && isLetter(index - 1) && !isPossessive(index + 1) {
        index += 1
      } else if byte == 0xE2 && self.byte(index + 1) == 0x80 && self.byte(index + 2) == 0x99 && isLetter(index + 3)
        && !isPossessive(index + 3)
      {
        index += 3
        asciiOnly = false
      } else if byte == UInt8(ascii: "-"), let (next, _) = scalar(at: index + 1), next.properties.isUppercase {
        index += 1
      } else {
        break
      }
    }
    guard letters >= 2, !isDigit(index), !isByte(index, "@"), !isByte(index, "_") else { return nil }
    if asciiOnly {
      let word = lowercasedASCII(start, index)
      if NameCues.notNames.contains(word) || (openerEndsName && NameCues.sentenceOpeners.contains(word)) { return nil }
    }
    return index
  }

  /// True when `index` holds the `s` of a possessive `'s` ("Jones's" keeps its `'s`).
  private func isPossessive(_ index: Int) -> Bool {
    (byte(index) | 0x20) == UInt8(ascii: "s") && !isWordCharacter(index + 1)
  }

  /// Decodes the Unicode scalar whose UTF-8 encoding starts at `index` (the text is valid UTF-8).
  func scalar(at index: Int) -> (Unicode.Scalar, Int)? {
    let lead = byte(index)
    if lead < 0x80 { return index < count ? (Unicode.Scalar(lead), 1) : nil }
    let length: Int
    var value: UInt32
    switch lead {
    case 0xC0...0xDF:
      length = 2
      value = UInt32(lead & 0x1F)
    case 0xE0...0xEF:
      length = 3
      value = UInt32(lead & 0x0F)
    case 0xF0...0xF7:
      length = 4
      value = UInt32(lead & 0x07)
    default: return nil
    }
    for offset in 1..<length {
      let continuation = byte(index + offset)
      guard continuation & 0xC0 == 0x80 else { return nil }
      value = value << 6 | UInt32(continuation & 0x3F)
    }
    guard let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, length)
  }
}

/// A set of nonzero packed words: open addressing with linear probing in a power-of-two table
/// kept at most a quarter full, Fibonacci hashing (Knuth, TAOCP vol. 3, §6.4).
struct PackedWordSet: Sendable {
  private let slots: [UInt64]
  private let shift: UInt64

  init(_ words: [UInt64]) {
    var size = 16
    while size < words.count * 4 { size *= 2 }
    shift = UInt64(64 - size.trailingZeroBitCount)
    var slots = [UInt64](repeating: 0, count: size)
    for word in words {
      var slot = Int(truncatingIfNeeded: (word &* 0x9E37_79B9_7F4A_7C15) >> shift)
      while slots[slot] != 0 && slots[slot] != word { slot = (slot + 1) & (size - 1) }
      slots[slot] = word
    }
    self.slots = slots
  }

  @inline(__always) func contains(_ word: UInt64) -> Bool {
    var slot = Int(truncatingIfNeeded: (word &* 0x9E37_79B9_7F4A_7C15) >> shift)
    while true {
      let stored = slots[slot]
      if stored == word { return true }
      if stored == 0 { return false }
      slot = (slot + 1) & (slots.count - 1)
    }
  }
}
