/// Order, customer, membership, policy, ticket and licence numbers, and the numbers of identity
/// documents, after a cue.
///
/// Such a number links an answer to the customer's record as an account number does, and nothing
/// in its characters tells it from any other code, so it is claimed only after a cue as the last
/// word before it (`cues`: "order number 112-3456789-1234567", "Order #A1234567", "customer ID
/// 88812345", "policy no. HX-55512-9", "driving licence MORGA753116SM9IJ", "passport number
/// 123456789", "ID card no. T22000129", "identity card 1234-5678-9012"), across up to three
/// label words (`labels`: "number", "no.", "ID", "#", "is" …). The identifier is one token of ASCII
/// letters and digits, its parts joined by single `-` or `/` (or, between digits, single spaces:
/// "membership number 7788 9900 11"; between groups of three or more digits, also a spaced hyphen
/// or one line break, as in a phone number, and after one only groups of digits: "order 07700 -
/// 900123" and "order 07700⏎900123" are one reference, brief h63a: the digits after the separator
/// were left in clear), with at least `minimumDigits` digits, or at least `minimumCharacters`
/// letters and digits of which `minimumDigitsWithLetters` are digits, and no `@` after it. An
/// invisible character between a letter and a digit (`FoldedText.wordBoundary`) is inside the
/// identifier ("Order #A\u{200B}1234567"). So "order #2 was fine", "ticket 3", "claim 1 of 2" and
/// "reference to 2023" stay, and so does a date ("order 12/03/2024 arrived": day, month and year
/// joined by `-` or `/`). An account number
/// (`AccountNumber`) is claimed first as `[ACCOUNT_NUMBER]`; a card, phone number or SSN of its own
/// shape is claimed by its own detector. Replaced by `[REFERENCE]`.
enum ReferenceNumber {
  /// Words that, as the last word before the identifier, announce a reference number.
  static let cues: [StaticString] = [
    "order", "customer", "membership", "member", "policy", "reference", "ref", "ticket", "case", "claim", "booking",
    "account", "licence", "license", "invoice", "confirmation",
    // Identity documents (QA review 42: "passport number 123456789" was a [PHONE]): no type of their
    // own, a document number links to a person as a customer number does. "card" counts only after
    // "ID", "identity" or "identification" (`isIdentityCard`).
    "passport", "identity", "identification",
  ]

  /// Words that may stand between a cue and the identifier: "order number is", "customer ID".
  static let labels: [StaticString] = ["number", "no", "num", "nr", "id", "code", "is", "was"]

  /// The fewest digits of an identifier (any number of letters).
  static let minimumDigits = 5
  /// The fewest letters and digits of an identifier with fewer than `minimumDigits` digits …
  static let minimumCharacters = 6
  /// … and the fewest digits among them.
  static let minimumDigitsWithLetters = 3
}

extension ByteScanner {
  /// Recognises a reference number (see `ReferenceNumber`) starting at `start` (a letter or digit
  /// starting a token); returns its end.
  func referenceNumberEnd(at start: Int) -> Int? {
    var index = start
    var digits = 0
    var characters = 0
    var groups = SIMD4<Int>()  // the first parts' lengths, for the date check
    var parts = 0
    // The identifier before the first spaced hyphen or line break joined it, if one did: it is
    // claimed when what that join added does not end as a number does ("order 832805 – 400645
    // 74,509"). After such a join only digits are taken.
    var beforeLoose: (end: Int, digits: Int, characters: Int, parts: Int)?
    while true {
      let partStart = index
      while true {
        // After a spaced hyphen or line break, digits only: the groups of a number.
        if beforeLoose == nil ? isASCIIAlphanumeric(index) : isDigit(index) {
          if isDigit(index) { digits += 1 }
          characters += 1
          index += 1
        } else if beforeLoose == nil && byte(index) == FoldedText.wordBoundary && index > partStart
          && isASCIIAlphanumeric(index + 1)
        {
          index += 1
        } else {
          break
        }
      }
      if parts < 4 { groups[parts] = index - partStart }
      parts += 1
      let joiner = byte(index)
      var width = 1
      var joins =
        (joiner == UInt8(ascii: "-") || joiner == UInt8(ascii: "/"))
        && (beforeLoose == nil ? isASCIIAlphanumeric(index + 1) : isDigit(index + 1))
        || joiner == UInt8(ascii: " ") && isDigit(index - 1) && isDigit(index + 1) && isDigit(index + 2)
      if !joins && characters < 40 && isDigit(index - 1) && isDigit(index - 2) && isDigit(index - 3),
        let (looseWidth, _) = looseSeparator(at: index), digitRunEnd(from: index + looseWidth) - index - looseWidth >= 3
      {
        joins = true
        width = looseWidth
        if beforeLoose == nil { beforeLoose = (index, digits, characters, parts) }
      }
      guard joins, characters < 40 else { break }
      index += width
    }
    func isIdentifier(end: Int, digits: Int, characters: Int, parts: Int) -> Bool {
      guard
        digits >= ReferenceNumber.minimumDigits
          || (characters >= ReferenceNumber.minimumCharacters && digits >= ReferenceNumber.minimumDigitsWithLetters)
      else { return false }
      // A date is no reference ("order 12/03/2024 arrived", "claim 2024-03-15").
      if digits == characters && parts == 3
        && ((groups[0] <= 2 && groups[1] <= 2 && groups[2] == 4)
          || (groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2))
      {
        return false
      }
      // Not the start of an e-mail address's local part ("ticket 755103⏎0001@example.com").
      return endsNumber(at: end) && !isByte(end, "@")
    }
    var end = index
    if !isIdentifier(end: index, digits: digits, characters: characters, parts: parts) {
      guard let beforeLoose,
        isIdentifier(
          end: beforeLoose.end, digits: beforeLoose.digits, characters: beforeLoose.characters,
          parts: beforeLoose.parts)
      else { return nil }
      end = beforeLoose.end
    }
    guard
      followsCue(
        start, cues: ReferenceNumber.cues, labels: ReferenceNumber.labels, labelWords: 3, decide: isIdentityCard)
    else { return nil }
    return end
  }

  /// Whether `word` is "card" after "ID", "identity" or "identification" ("ID card no. T22000129"),
  /// or nil when it is not "card" (a payment card's number is `PaymentCard`'s).
  private func isIdentityCard(_ word: Range<Int>) -> Bool? {
    spells(word, "card") ? isPreceded(word, byOneOf: ["id", "identity", "identification"]) : nil
  }

  /// Whether the byte at `index` is an ASCII letter or digit.
  @inline(__always) private func isASCIIAlphanumeric(_ index: Int) -> Bool {
    let value = byte(index) | 0x20
    return isDigit(index) || (value >= UInt8(ascii: "a") && value <= UInt8(ascii: "z"))
  }
}
