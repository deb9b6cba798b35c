/// Street addresses: a house number, a capitalised street name and a street-type word.
///
/// An address is claimed in the shape people write it in a sentence (Royal Mail's addressing
/// guidance: number, street, then town and postcode; USPS Publication 28, "Postal Addressing
/// Standards", for the street suffixes of Appendix C1 and the directionals):
/// - an optional unit before it: "Flat", "Apt", "Apartment", "Unit" or "Suite" (any case, an
///   optional `.`), a unit number (1–5 digits and an optional letter, or one letter), an optional
///   comma and a space ("Flat 3, 17 Queen's Drive");
/// - a house number: 1–5 digits and an optional letter glued to them ("42", "221B", "1600"), then
///   one space;
/// - one to three capitalised words (letters, with `'`, `’` or `-` between them: "Queen's",
///   "Stratford-upon-Avon"), none a function word ("5 Games In A Row": `Address.functionWords`),
///   the first not a unit of time, distance, money or packaging nor a month ("24 Hour Drive-Thru",
///   "3 Hours Road", "12 March Way", "7 Pm Drive": `Address.quantityWords`);
/// - a street-type word of `Address.streetTypes`, capitalised ("Street", "St", "Rd", "Ave" …), not
///   glued to a hyphen or letter ("Drive-Thru"); the longest such run wins ("42 Park Hill Road");
/// - an optional direction (`NW`, `NE`, `SW`, `SE`, `N`, `S`, `E`, `W`, upper case: "1600
///   Pennsylvania Ave NW"), and an optional unit after a comma ("…, Apt 4B").
/// Not an address: a house number right after a currency sign or followed by `%`, `:` or a second
/// letter (a price, a percentage, a time: "$40", "45%", "12:30", "7pm"); a number after a word
/// that makes it a count, rank or label ("Top 10 Things Way", "chapter 12 Hill Street", "we were 2
/// Best Friends Close": `Address.numberLabels`); a number 1900–2099, which reads as a year, unless
/// "at", "to", "is" or "address" comes before it ("I live at 2020 Main Street"; not "in 2019 Oxford
/// Street", "the 2019 Oxford Street closure": `Address.beforeYearLikeHouseNumbers`); a street name
/// that modifies a plural noun, where the number counts the noun ("3 Main Street stores", "the 2
/// High Street branches": `Address.countedNouns`); "Way" as an adverb and "Close" as an adjective
/// ("… Way better", "… Close to tears": `Address.adverbialFollowers`).
///
/// Lower-case addresses ("42 elm road"), addresses without a house number ("Baker Street") and
/// those without a street-type word ("42 The Broadway") are not found. A famous address ("10
/// Downing Street") is an address: it is redacted. Replaced by `[ADDRESS]`; a postcode after it
/// stays a `[POSTCODE]`.
enum Address {
  /// Street-type words (USPS Publication 28, Appendix C1, and the common British ones), lower
  /// case; compared ignoring case after a capital first letter.
  static let streetTypes: [StaticString] = [
    "street", "st", "road", "rd", "avenue", "ave", "drive", "dr", "lane", "ln", "way", "close", "court", "ct",
    "place", "pl", "boulevard", "blvd", "crescent", "terrace", "gardens", "square", "row", "hill", "parkway",
    "highway",
  ]

  /// Directions after the street type, upper case (USPS Publication 28's directionals).
  static let directions: [StaticString] = ["nw", "ne", "sw", "se", "n", "s", "e", "w"]

  /// Words that announce a unit within a building.
  static let unitWords: [StaticString] = ["flat", "apt", "apartment", "unit", "suite"]

  /// First words that make the number a quantity or a date, not a house number.
  static let quantityWords: [StaticString] = [
    "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "month", "months", "year", "years", "minute",
    "minutes", "min", "mins", "second", "seconds", "mile", "miles", "km", "star", "stars", "percent", "pound",
    "pounds", "dollar", "dollars", "euro", "euros", "am", "pm", "pack", "packs", "piece", "pieces",
    // Months: "on 12 March Way" is a date.
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ]

  /// The words before a number 1900–2099 that make it a house number rather than a year.
  static let beforeYearLikeHouseNumbers: [StaticString] = ["at", "to", "is", "address"]

  /// Words before a number that make it a count, a rank or another label's number.
  static let numberLabels: [StaticString] = [
    "top", "chapter", "season", "episode", "series", "volume", "vol", "part", "page", "section", "step", "item",
    "rule", "point", "level", "floor", "room", "gate", "terminal", "platform", "track", "were", "are", "version",
    "model", "size", "day", "week", "year", "round", "game", "match", "stage",
  ]

  /// Capitalised function words that are no part of a street name ("5 Games In A Row").
  static let functionWords: [StaticString] = [
    "in", "a", "an", "of", "on", "at", "to", "and", "or", "for", "with", "by", "my", "our", "your", "is", "was",
    "too", "very", "so", "it", "we", "i",
  ]

  /// Lower-case words after "Way" or "Close" that make it an adverb or adjective ("Way better",
  /// "Close to").
  static let adverbialFollowers: [StaticString] = [
    "better", "worse", "too", "more", "less", "off", "out", "over", "beyond", "to", "by", "enough",
  ]

  /// Plural nouns that a street name modifies when a count comes before it ("3 Main Street
  /// stores").
  static let countedNouns: [StaticString] = [
    "stores", "shops", "branches", "banks", "locations", "outlets", "restaurants", "cafes", "residents", "offices",
    "sites", "hotels", "properties", "buses", "stations", "studios", "venues", "bars", "pubs", "businesses",
    "houses", "homes", "flats", "apartments", "buildings", "addresses", "stops", "cases", "judges",
  ]
}

extension ByteScanner {
  /// Recognises a street address (see `Address`) starting at `start` (a digit, or the letter of a
  /// unit word); returns its range.
  func address(at start: Int) -> Range<Int>? {
    var index = start
    if isLetter(start) {
      let first = byte(start) | 0x20
      guard
        first == UInt8(ascii: "f") || first == UInt8(ascii: "a") || first == UInt8(ascii: "u")
          || first == UInt8(ascii: "s")
      else { return nil }
      guard let unitEnd = unitDesignatorEnd(at: start) else { return nil }
      index = unitEnd
      if isByte(index, ",") { index += 1 }
      guard isByte(index, " "), isDigit(index + 1) else { return nil }
      index += 1
    }
    guard let end = streetAddressEnd(at: index) else { return nil }
    // A unit after the address: "1600 Pennsylvania Ave NW, Apt 4B".
    var after = end
    if isByte(after, ",") { after += 1 }
    if isByte(after, " "), let unitEnd = unitDesignatorEnd(at: after + 1) { return start..<unitEnd }
    return start..<end
  }

  /// The end of "Flat 3", "Apt. 4B", "Unit C" at `start`, or nil.
  private func unitDesignatorEnd(at start: Int) -> Int? {
    guard let word = asciiWord(endingAt: letterRunEnd(from: start)), word.lowerBound == start,
      spellsOne(of: Address.unitWords, word)
    else { return nil }
    var index = word.upperBound
    if isByte(index, ".") { index += 1 }
    guard isByte(index, " ") else { return nil }
    index += 1
    let digitsEnd = digitRunEnd(from: index)
    if digitsEnd > index {
      guard digitsEnd - index <= 5 else { return nil }
      index = digitsEnd
      if isLetter(index) && !isLetter(index + 1) { index += 1 }
    } else if isLetter(index) && byte(index) < UInt8(ascii: "a") && !isLetter(index + 1) {
      index += 1
    } else {
      return nil
    }
    return continuesASCIIWord(index) ? nil : index
  }

  /// The end of house number, street name, street type and direction from the digit `start`.
  private func streetAddressEnd(at start: Int) -> Int? {
    let digitsEnd = digitRunEnd(from: start)
    guard (1...5).contains(digitsEnd - start) else { return nil }
    var index = digitsEnd
    if isLetter(index) && !isLetter(index + 1) { index += 1 }
    guard isByte(index, " "), isUpperASCII(index + 1) else { return nil }
    // A price ("$40 Oxford Street") or a year ("in 2019 Oxford Street").
    if isNextToAmount(start, start) { return nil }
    let before = asciiWord(endingAt: labelGapStart(before: start))
    if let before, spellsOne(of: Address.numberLabels, before) { return nil }
    if digitsEnd - start == 4 && (1900...2099).contains(decimalValue(from: start, count: 4))
      && !(before.map { spellsOne(of: Address.beforeYearLikeHouseNumbers, $0) } ?? false)
    {
      return nil
    }
    var wordStart = index + 1
    var typeEnd: Int?
    for position in 0..<4 {
      guard isUpperASCII(wordStart) else { break }
      let wordEnd = nameWordEnd(from: wordStart)
      let word = wordStart..<wordEnd
      if position == 0 && spellsOne(of: Address.quantityWords, word) { return nil }
      if position > 0 && spellsOne(of: Address.streetTypes, word) && !isByte(wordEnd, "-")
        && !isAdverbial(word)
      {
        typeEnd = wordEnd
      }
      if spellsOne(of: Address.functionWords, word) { break }
      guard isByte(wordEnd, " ") else { break }
      wordStart = wordEnd + 1
    }
    guard var end = typeEnd, !continuesASCIIWord(end) else { return nil }
    // A direction: "Ave NW", "Ave. NW".
    let gap = isByte(end, ".") && isByte(end + 1, " ") ? 2 : isByte(end, " ") ? 1 : 0
    if gap > 0 {
      let directionEnd = letterRunEnd(from: end + gap)
      let direction = (end + gap)..<directionEnd
      if !direction.isEmpty && (direction.lowerBound..<direction.upperBound).allSatisfy({ isUpperASCII($0) })
        && spellsOne(of: Address.directions, direction) && !continuesASCIIWord(directionEnd)
      {
        end = directionEnd
      }
    }
    // "3 Main Street stores": the number counts the stores.
    if isByte(end, " ") {
      let nextEnd = letterRunEnd(from: end + 1)
      if spellsOne(of: Address.countedNouns, (end + 1)..<nextEnd) && !continuesASCIIWord(nextEnd) { return nil }
    }
    return end
  }

  /// Whether the street-type word `word` is "Way" or "Close" before a word that makes it an adverb
  /// or adjective ("Way better", "Close to tears").
  private func isAdverbial(_ word: Range<Int>) -> Bool {
    guard spells(word, "way") || spells(word, "close"), isByte(word.upperBound, " ") else { return false }
    let next = (word.upperBound + 1)..<letterRunEnd(from: word.upperBound + 1)
    return spellsOne(of: Address.adverbialFollowers, next)
  }

  /// The end of a name word from `start`: letters of any script, with `'`, `’` or `-` between them.
  private func nameWordEnd(from start: Int) -> Int {
    var index = start
    while index - start < 40 {
      if isLetter(index) {
        index += 1
      } else if byte(index) >= 0x80 && isWordCharacter(index) {
        index += 1
        while byte(index) & 0xC0 == 0x80 { index += 1 }
      } else if (isByte(index, "'") || isByte(index, "-")) && isLetter(index + 1) {
        index += 1
      } else if byte(index) == 0xE2 && byte(index + 1) == 0x80 && byte(index + 2) == 0x99 && isLetter(index + 3) {
        index += 3
      } else {
        break
      }
    }
    return index
  }

  /// The index after a run of ASCII letters from `index`.
  private func letterRunEnd(from index: Int) -> Int {
    var end = index
    while isLetter(end) { end += 1 }
    return end
  }

  /// Whether the byte at `index` is an ASCII capital letter.
  @inline(__always) private func isUpperASCII(_ index: Int) -> Bool { classOf(index) & ByteClass.upper != 0 }
}
