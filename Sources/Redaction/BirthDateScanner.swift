/// Dates of birth.
///
/// A date is claimed only after a birth cue (`BirthDate.cues`: "date of birth", "birth date",
/// "birthdate", "DOB", "D.O.B.", "born", "birthday", "bday") as the last word before it, across up
/// to four label words (`BirthDate.labels`: "my date of birth is the 3rd of March 1985", "born on
/// 12/03/85") and the spaces and `:`, `.`, `#`, `-` between them. Dates elsewhere ("delivered on
/// 12/03/2024") are kept: they say when something happened, not who someone is.
///
/// Shapes:
/// - numeric: a day and a month of one or two digits in either order, then a year of two or four
///   digits, separated by one `/`, `-` or `.` used throughout (`12/03/1985`, `3-12-85`,
///   `12.03.85`); the year may be left off after `/` (`12/3`) or with a closing `.` (`12.03.`);
///   or a four-digit year first (`1985-03-12`, ISO 8601). The day and month must be a
///   calendar pair in at least one order (neither 0, one at most 12, both at most 31);
/// - a day, an optional `st`/`nd`/`rd`/`th`, an optional "of", and an English month name in full
///   or abbreviated (`Sept` too, with an optional `.`), then an optional year: `3 March 1985`,
///   `3rd of March, 1985`, `03-Mar-85`;
/// - a month name, then a day and an optional year (`March 3, 1985`, `March 3rd`), or a month name
///   and a four-digit year (`March 1985`).
///
/// A year alone ("born in 1985") is kept: on its own it does not single anyone out.
enum BirthDate {
  /// Words that, as the last word before a date, make it a date of birth. "b" counts only as the
  /// end of "d.o.b".
  static let cues: [StaticString] = ["dob", "birth", "born", "birthday", "birthdate", "bday", "dateofbirth"]

  /// Words that may stand between a cue and the date: "date of birth is", "born on the",
  /// "birth date:".
  static let labels: [StaticString] = ["is", "was", "on", "the", "date", "of"]

  /// English month names in full and their usual abbreviations, lower case, with the month number.
  static let months: [(name: StaticString, month: Int)] = [
    ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4),
    ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8),
    ("september", 9), ("sept", 9), ("sep", 9), ("october", 10), ("oct", 10), ("november", 11), ("nov", 11),
    ("december", 12), ("dec", 12),
  ]

  /// Whether `first` and `second` are a day and a month in at least one order.
  static func isDayMonthPair(_ first: Int, _ second: Int) -> Bool {
    guard first >= 1, second >= 1, first <= 31, second <= 31 else { return false }
    return first <= 12 || second <= 12
  }
}

extension ByteScanner {
  /// Recognises a date of birth (see `BirthDate`) starting at `start`, a digit or a letter; returns
  /// its end.
  func birthDateEnd(at start: Int) -> Int? {
    let end: Int?
    if isDigit(start) {
      end = numericDateEnd(at: start) ?? dayAndMonthNameEnd(at: start)
    } else {
      end = monthNameFirstDateEnd(at: start)
    }
    guard let end, followsBirthCue(start) else { return nil }
    return end
  }

  /// `12/03/1985`, `3-12-85`, `12.03`, `1985-03-12`: see `BirthDate`.
  private func numericDateEnd(at start: Int) -> Int? {
    let firstEnd = digitRunEnd(from: start)
    let separator = byte(firstEnd)
    guard separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-") || separator == UInt8(ascii: ".") else {
      return nil
    }
    let secondStart = firstEnd + 1
    let secondEnd = digitRunEnd(from: secondStart)
    guard (1...2).contains(secondEnd - secondStart) else { return nil }
    let second = decimalValue(from: secondStart, count: secondEnd - secondStart)
    switch firstEnd - start {
    case 4:
      // Year first: the month, then the day.
      guard byte(secondEnd) == separator else { return nil }
      let thirdEnd = digitRunEnd(from: secondEnd + 1)
      guard (1...2).contains(thirdEnd - secondEnd - 1) else { return nil }
      let day = decimalValue(from: secondEnd + 1, count: thirdEnd - secondEnd - 1)
      guard (1...12).contains(second), (1...31).contains(day), endsNumber(at: thirdEnd) else { return nil }
      return thirdEnd
    case 1, 2:
      guard BirthDate.isDayMonthPair(decimalValue(from: start, count: firstEnd - start), second) else { return nil }
      if byte(secondEnd) == separator {
        let yearEnd = digitRunEnd(from: secondEnd + 1)
        let digits = yearEnd - secondEnd - 1
        if digits == 2 || digits == 4 {
          return endsNumber(at: yearEnd) ? yearEnd : nil
        }
        guard digits == 0 else { return nil }
        // "12.03." (German style) is a day and month; without the closing dot it reads as a decimal.
        if separator == UInt8(ascii: ".") && !isDigit(secondEnd + 1) { return secondEnd + 1 }
      }
      // Without a year only with `/`: "12.5 kg" and "3-4 weeks" are no dates.
      guard separator == UInt8(ascii: "/") else { return nil }
      return endsNumber(at: secondEnd) ? secondEnd : nil
    default:
      return nil
    }
  }

  /// `3 March 1985`, `3rd of March, 1985`, `03-Mar-85`: see `BirthDate`.
  private func dayAndMonthNameEnd(at start: Int) -> Int? {
    let dayEnd = digitRunEnd(from: start)
    guard (1...2).contains(dayEnd - start), (1...31).contains(decimalValue(from: start, count: dayEnd - start))
    else { return nil }
    var index = ordinalSuffixEnd(from: dayEnd)
    let separator = byte(index)
    guard separator == UInt8(ascii: " ") || separator == UInt8(ascii: "-") else { return nil }
    index += 1
    if separator == UInt8(ascii: " "), hasPrefix("of ", at: index) { index += 3 }
    guard let monthEnd = monthNameEnd(at: index) else { return nil }
    return yearEnd(after: monthEnd, separator: separator) ?? monthEnd
  }

  /// `March 3, 1985`, `March 3rd`, `March 1985`: see `BirthDate`.
  private func monthNameFirstDateEnd(at start: Int) -> Int? {
    guard let monthEnd = monthNameEnd(at: start), isByte(monthEnd, " ") else { return nil }
    let numberStart = monthEnd + 1
    let numberEnd = digitRunEnd(from: numberStart)
    switch numberEnd - numberStart {
    case 1, 2:
      guard (1...31).contains(decimalValue(from: numberStart, count: numberEnd - numberStart)) else { return nil }
      let dayEnd = ordinalSuffixEnd(from: numberEnd)
      if let end = yearEnd(after: dayEnd, separator: UInt8(ascii: " ")) { return end }
      return continuesASCIIWord(dayEnd) ? nil : dayEnd
    case 4:
      return endsNumber(at: numberEnd) ? numberEnd : nil
    default:
      return nil
    }
  }

  /// The end of a month name (`BirthDate.months`, any case) at `start` and its optional `.`.
  private func monthNameEnd(at start: Int) -> Int? {
    guard isLetter(start), !continuesASCIIWord(before: start) else { return nil }
    var end = start
    while isLetter(end) && end - start < 10 { end += 1 }
    guard (3...9).contains(end - start), !continuesASCIIWord(end) else { return nil }
    for month in BirthDate.months where spells(start..<end, month.name) {
      return isByte(end, ".") && month.name.utf8CodeUnitCount <= 4 ? end + 1 : end
    }
    return nil
  }

  /// After an `st`, `nd`, `rd` or `th` glued to the day at `end`, or `end`.
  private func ordinalSuffixEnd(from end: Int) -> Int {
    for suffix: StaticString in ["st", "nd", "rd", "th"] where hasPrefix(suffix, at: end) {
      return continuesASCIIWord(end + 2) ? end : end + 2
    }
    return end
  }

  /// The end of a year after `end`: an optional `,`, then `separator` or a space, then four
  /// digits or two (optionally after `'`); nil when none follows.
  private func yearEnd(after end: Int, separator: UInt8) -> Int? {
    var index = end
    if isByte(index, ",") { index += 1 }
    guard byte(index) == separator || isByte(index, " ") else { return nil }
    index += 1
    if isByte(index, "'") { index += 1 }
    let digitsEnd = digitRunEnd(from: index)
    let digits = digitsEnd - index
    guard digits == 4 || digits == 2, endsNumber(at: digitsEnd) else { return nil }
    return digitsEnd
  }

  /// Whether a birth cue (`BirthDate.cues`, or "d.o.b") ends before `start`, across up to four
  /// label words (`BirthDate.labels`). Reads the bytes in place.
  func followsBirthCue(_ start: Int) -> Bool {
    followsCue(start, cues: BirthDate.cues, labels: BirthDate.labels, labelWords: 4) { word in
      guard spells(word, "b") else { return nil }
      // "D.O.B", "d.o.b.": the letters before the "b" are "d." and "o.".
      let at = word.lowerBound
      return isByte(at - 1, ".") && byte(at - 2) | 0x20 == UInt8(ascii: "o") && isByte(at - 3, ".")
        && byte(at - 4) | 0x20 == UInt8(ascii: "d") && !isWordCharacter(before: at - 4)
    }
  }
}
