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
  /// inside, typed `'` or `’`: "I’m" on a phone is "I'm") and stands alone (no letter, digit or
  /// non-ASCII byte follows).
  func packedWord(at start: Int) -> (key: UInt64, end: Int)? {
    var key: UInt64 = 0
    var index = start
    var characters = 0
    while characters < 13 {
      let byte = self.byte(index)
      var width = 1
      var code: UInt64
      if let ascii = NameCueTable.code(of: byte) {
        code = ascii
      } else if isRightSingleQuote(index) {
        code = 27
        width = 3
      } else {
        break
      }
      if code == 27 && !isLetter(index + width) { break }
      key = key << 5 | code
      index += width
      characters += 1
    }
    guard characters > 0, characters <= 12, !isWordCharacter(index) else { return nil }
    return (key, index)
  }

  /// Whether `index` holds U+2019 RIGHT SINGLE QUOTATION MARK, the apostrophe phones type.
  @inline(__always) func isRightSingleQuote(_ index: Int) -> Bool {
    byte(index) == 0xE2 && byte(index + 1) == 0x80 && byte(index + 2) == 0x99
  }

  /// The lower-cased ASCII text of `start..<end`, with `’` read as `'`.
  func lowercasedASCII(_ start: Int, _ end: Int) -> String {
    var text: [UInt8] = []
    text.reserveCapacity(end - start)
    var index = start
    while index < end {
      if isRightSingleQuote(index) {
        text.append(UInt8(ascii: "'"))
        index += 3
        continue
      }
      let byte = bytes[index]
      text.append(byte >= 65 && byte <= 90 ? byte | 0x20 : byte)
      index += 1
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// Recognises a cue at `start` followed by a personal name; returns the name's byte range (the
  /// cue, punctuation and any honorific stay). Rules:
  /// - the cue is a phrase of `NameCues` (case-insensitive, words separated by one space or a comma
  ///   and a space: "The agent, called Priya") or a title-case honorific (`Mr`, `Dr.` …);
  /// - then optional spaces, an optional `,` or `:` (required for cues ending in `,`; a label such
  ///   as "name" needs a `:` or a dash), and whitespace (at least one space or newline unless a
  ///   comma was given);
  /// - then optionally a title-case honorific with optional `.` and a space;
  /// - then a name: an upper-case letter followed by letters (any script), inner apostrophes
  ///   (`O'Brien`; a possessive `'s` stays outside) and hyphens before a capital (`Anna-Maria`),
  ///   at least two letters, not a listed non-name for the cue's kind (`NameCues.Phrase.Kind`), not
  ///   followed by a digit, `@` or `_`; then optionally a middle initial and up to two more such
  ///   words after single spaces, each after up to three surname particles ("van der Berg", "da
  ///   Silva", "al-Hassan": `surnameParticles`);
  /// - after a greeting or self-introduction, not an organisation (`OrganisationNames`).
  /// Lower-case names are recognised only after an introduction ("my name is john smith", "name:
  /// john"); after a greeting ("thanks john") too many ordinary words follow.
  func nameAfterCue(at start: Int, table: NameCueTable) -> Range<Int>? {
    guard let (key, wordEnd) = packedWord(at: start),
      table.mayContain(first: byte(start), length: (64 - key.leadingZeroBitCount + 4) / 5)
    else { return nil }
    if table.honorifics.contains(key) && isTitleCase(start, wordEnd) {
      var index = wordEnd
      if isByte(index, ".") { index += 1 }
      guard isByte(index, " ") else { return nil }
      while isByte(index, " ") { index += 1 }
      return fullName(at: index, afterHonorific: true)
    }
    guard table.firstWords.contains(key),
      let phrases = NameCues.phrasesByFirstKey[key]
    else { return nil }
    for phrase in phrases where !phrase.needsCapital || classOf(start) & ByteClass.upper != 0 {
      var index = wordEnd
      var matched = true
      for wordKey in phrase.keys.dropFirst() {
        let gap = isByte(index, ",") ? index + 1 : index
        guard isByte(gap, " "), let (nextKey, nextEnd) = packedWord(at: gap + 1), nextKey == wordKey else {
          matched = false
          break
        }
        index = nextEnd
      }
      guard matched else { continue }
      // "file name: report", "the product name is Galaxy": a thing's name.
      let previous = wordBefore(start)
      if phrase.words[0] == "name" || phrase.kind == .label, let previous,
        NameStopWords.thingsNamed.contains(previous)
      {
        continue
      }
      // A bare "name:" is a form's label at the start of a line or clause or after whose name it is
      // ("Customer name: …"), not prose ("this conjunction has a name: syzygy").
      if phrase.kind == .label && phrase.words.count == 1, let previous,
        !NameStopWords.nameLabelOwners.contains(previous)
      {
        continue
      }
      // "I'm", "I am", "this is" introduce the writer at the start of a clause or after a greeting
      // ("Hi, this is Anna", "Hello I'm Mark"), not in prose ("the fact that this is Revenge …").
      if phrase.kind == .selfIntroduction, let previous, !NameStopWords.beforeSelfIntroduction.contains(previous) {
        continue
      }
      if let name = nameAfterSeparator(from: index, phrase: phrase, table: table) { return name }
    }
    return nil
  }

  /// The lower-cased ASCII word that ends one space (or `'s` and a space) before `start`.
  private func wordBefore(_ start: Int) -> String? {
    guard isByte(start - 1, " ") else { return nil }
    var end = start - 1
    var begin = end
    while begin > 0 && end - begin < 16 && (isLetter(begin - 1) || isByte(begin - 1, "'")) { begin -= 1 }
    guard begin < end else { return nil }
    if isByte(end - 2, "'") && (byte(end - 1) | 0x20) == UInt8(ascii: "s") && end - 2 > begin { end -= 2 }
    return lowercasedASCII(begin, end)
  }

  private func nameAfterSeparator(from cueEnd: Int, phrase: NameCues.Phrase, table: NameCueTable) -> Range<Int>? {
    var index = cueEnd
    while isByte(index, " ") { index += 1 }
    var punctuated = false
    if isByte(index, ",") || isByte(index, ":") {
      // A label needs a colon: "name, address and phone" lists fields.
      punctuated = phrase.kind != .label || isByte(index, ":")
      index += 1
    } else if phrase.kind == .label, let dash = dashWidth(at: index), isByte(index + dash, " ") {
      punctuated = true
      index += dash
    }
    let whitespaceStart = index
    while isSpace(index) && index - whitespaceStart < 4 { index += 1 }
    guard punctuated || index > cueEnd, punctuated || !phrase.needsComma else { return nil }
    // An honorific between cue and name stays.
    if let (key, wordEnd) = packedWord(at: index), table.honorifics.contains(key), isTitleCase(index, wordEnd) {
      var next = wordEnd
      if isByte(next, ".") { next += 1 }
      if isByte(next, " ") {
        while isByte(next, " ") { next += 1 }
        if let name = fullName(at: next, afterHonorific: true) { return name }
      }
    }
    guard let name = fullName(at: index, kind: phrase.kind), !isOrganisation(name) else { return nil }
    return name
  }

  /// The width of a dash at `index`: `-`, `–` (U+2013) or `—` (U+2014); nil when there is none.
  func dashWidth(at index: Int) -> Int? {
    if isByte(index, "-") { return 1 }
    if byte(index) == 0xE2 && byte(index + 1) == 0x80 && (byte(index + 2) == 0x93 || byte(index + 2) == 0x94) {
      return 3
    }
    return nil
  }

  /// Whether the greeted `name` is an organisation: its first word is a listed brand, or a word
  /// naming an organisation's people or departments follows it ("Hi Amazon Prime team").
  func isOrganisation(_ name: Range<Int>) -> Bool {
    var firstEnd = name.lowerBound
    while firstEnd < name.upperBound && (isLetter(firstEnd) || isByte(firstEnd, "'")) { firstEnd += 1 }
    if OrganisationNames.brands.contains(lowercasedASCII(name.lowerBound, firstEnd)) { return true }
    guard isByte(name.upperBound, " "), let (_, nextEnd) = packedWord(at: name.upperBound + 1) else { return false }
    return OrganisationNames.following.contains(lowercasedASCII(name.upperBound + 1, nextEnd))
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

  /// A given name (after one or two initials, "J. Smith", as the whole name), optionally followed
  /// by a middle initial (`S.`) and up to two more name words ("Mikhail S. Gorbachev", "Florence
  /// Griffith Joyner"), each after up to three surname
  /// particles ("Anna-Maria van der Berg"); or, after an introduction or a label, a surname, a
  /// comma and a given name ("Smith, John": `givenNameEnd`).
  func fullName(at start: Int, afterHonorific: Bool = false, kind: NameCues.Phrase.Kind = .greeting)
    -> Range<Int>?
  {
    // One or two initials before the name, each a capital, a dot and a space ("Best,⏎J. Smith",
    // "Dr J. K. Jones"; brief h63a: kept). Without a dot a capital is as likely the pronoun ("Thanks,
    // I Love it").
    var nameStart = start
    for _ in 0..<2
    where classOf(nameStart) & ByteClass.upper != 0 && isByte(nameStart + 1, ".") && isByte(nameStart + 2, " ") {
      nameStart += 3
    }
    // After an honorific the first word is a surname whatever it means ("Mr Price"); after a
    // greeting or sign-off a sentence opener is the next sentence ("Thanks Tom Never had …").
    guard var end = nameWordEnd(at: nameStart, openerEndsName: !afterHonorific, kind: kind, first: true) else {
      return nil
    }
    if let givenEnd = givenNameEnd(afterSurname: end, kind: kind) { return start..<givenEnd }
    if isByte(end, " ") && classOf(end + 1) & ByteClass.upper != 0 && isByte(end + 2, ".") && isByte(end + 3, " "),
      let surnameEnd = nameWordEnd(at: end + 4)
    {
      end = surnameEnd
    }
    var words = 0
    while words < 2 && isByte(end, " ") {
      var next = end + 1
      var particles = 0
      while particles < 3, let particleEnd = surnameParticleEnd(at: next) {
        next = particleEnd
        particles += 1
      }
      guard let nextEnd = nameWordEnd(at: next, openerEndsName: true, kind: kind, first: false) else { break }
      end = nextEnd
      words += 1
    }
    return start..<end
  }

  /// The end of a given name written after the surname and a comma, "Smith, John", when the
  /// surname ends at `surnameEnd` and was announced by an introduction, a statement of a name or a
  /// label ("My name is Smith, John", "Name: Smith, John": registers and forms write names so;
  /// brief h61a: the given name was kept). The given name is one capitalised word, not a listed
  /// non-name nor a sentence opener, so what starts the next clause stays ("My name is Smith,
  /// Thanks for …", "my name is Jones, Customer since 2010", "My name is Smith, I called").
  private func givenNameEnd(afterSurname surnameEnd: Int, kind: NameCues.Phrase.Kind) -> Int? {
    guard kind != .greeting && kind != .selfIntroduction, isByte(surnameEnd, ","), isByte(surnameEnd + 1, " "),
      let (first, _) = scalar(at: surnameEnd + 2), first.properties.isUppercase,
      let end = nameWordEnd(at: surnameEnd + 2, openerEndsName: true, kind: kind, first: false)
    else { return nil }
    let word = lowercasedASCII(surnameEnd + 2, end)
    guard !NameCues.notNames.contains(word), !NameCues.sentenceOpeners.contains(word),
      !NameStopWords.afterIntroduction.contains(word)
    else { return nil }
    return end
  }

  /// The start of the next word after a lower-case surname particle at `start` and its space
  /// ("van ", "der ", "de ", "da ", "von ", "bin ") or after a glued one ("al-", "el-"), or nil.
  private func surnameParticleEnd(at start: Int) -> Int? {
    guard let (_, end) = packedWord(at: start), classOf(start) & ByteClass.lower != 0 else { return nil }
    // "al-Hassan": packedWord stops at the hyphen, which is no word character.
    if isByte(end, "-") && ["al", "el"].contains(lowercasedASCII(start, end)) { return end + 1 }
    guard isByte(end, " "), NameCues.surnameParticles.contains(lowercasedASCII(start, end)) else { return nil }
    return end + 1
  }

  /// True when `start..<end` is an upper-case ASCII letter followed by lower-case ones.
  private func isTitleCase(_ start: Int, _ end: Int) -> Bool {
    guard classOf(start) & ByteClass.upper != 0 else { return false }
    for index in (start + 1)..<end where classOf(index) & ByteClass.upper != 0 { return false }
    return true
  }

  /// One capitalised name word (after an introduction also a lower-case one); nil when it is not
  /// one or is a listed non-name for the cue's `kind` (`isNonName`). After an introduction, a
  /// statement of a name or a label, a word of a script without case ("my name is 田中太郎", "name:
  /// محمد") is a name too: the run of letters of that one script (`CaselessScript`), so a particle
  /// glued after it ("田中太郎です") stays.
  private func nameWordEnd(
    at start: Int, openerEndsName: Bool = true, kind: NameCues.Phrase.Kind = .greeting, first isFirst: Bool = false
  ) -> Int? {
    guard let (first, firstLength) = scalar(at: start) else { return nil }
    if kind != .greeting && kind != .selfIntroduction, let script = CaselessScript(first) {
      return caselessNameEnd(from: start, script: script)
    }
    guard
      first.properties.isUppercase
        || ((kind == .introduction || kind == .label) && first.properties.isLowercase && first.properties.isAlphabetic)
    else { return nil }
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
    // After "I'm" a name is written in title case; "I am SOOO excited", "I'M TALKIN'" shout.
    if kind == .selfIntroduction && isFirst && classOf(start + firstLength) & ByteClass.upper != 0 { return nil }
    if asciiOnly
      && isNonName(lowercasedASCII(start, index), kind: kind, first: isFirst, openerEndsName: openerEndsName)
    {
      // "Hello, I'm Nguyen Van An": a short word that ends the text or a clause after an
      // introduction's name is part of it.
      let closes =
        !isFirst && kind != .greeting
        && (index >= count || isByte(index, ",") || isByte(index, ".") || isByte(index, "!") || isByte(index, ";"))
      guard closes && !NameCues.sentenceOpeners.contains(lowercasedASCII(start, index)) else { return nil }
    }
    return index
  }

  /// The end of the run of letters of `script` from `start` (at least two), or nil.
  private func caselessNameEnd(from start: Int, script: CaselessScript) -> Int? {
    var index = start
    var letters = 0
    while letters < 40, let (next, length) = scalar(at: index), CaselessScript(next) == script {
      index += length
      letters += 1
    }
    return letters >= 2 && !isDigit(index) ? index : nil
  }

  /// Whether `word` (lower-cased ASCII) is not a name after a cue of `kind`: after an introduction
  /// the first word is judged by `NameStopWords.afterIntroduction` alone ("My name is Will"), later
  /// words also by `NameCues.notNames`; after a self-introduction by `notNames`, the sentence
  /// openers and `NameStopWords.predicates` and predicate shapes ("I'm Very happy", "I am
  /// Disappointed"); after a greeting by `notNames` and, when `openerEndsName`, the openers.
  private func isNonName(_ word: String, kind: NameCues.Phrase.Kind, first: Bool, openerEndsName: Bool) -> Bool {
    switch kind {
    case .introduction, .nameStatement, .label:
      if NameStopWords.afterIntroduction.contains(word) || NameCues.sentenceOpeners.contains(word) { return true }
      return !first && NameCues.notNames.contains(word)
    case .selfIntroduction:
      return NameCues.notNames.contains(word) || NameCues.sentenceOpeners.contains(word)
        || NameStopWords.predicates.contains(word) || NameStopWords.isPredicateShaped(word)
    case .greeting:
      return NameCues.notNames.contains(word) || (openerEndsName && NameCues.sentenceOpeners.contains(word))
    }
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
