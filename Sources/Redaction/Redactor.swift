/// Replaces personal data in a text with typed placeholders before it is shown or written.
///
/// One pass over the UTF-8 bytes, read through `FoldedText` when the text has non-ASCII white space,
/// digits or dashes, invisible characters or the letters O, l and I among digits (a no-break space
/// separates, `４` is a digit, `–` between digits a `-`, the O of "9OO123" a zero and the l of
/// "9OOl23" a one, as their ASCII forms do; a zero-width space is not there): at each
/// token start (a letter, digit, `+`, `(` or `::` not preceded by a letter or digit) the detectors
/// that can begin with that byte are tried in this order, and the first match wins; text between
/// matches is copied unchanged:
/// 1. URL (`http://`, `https://`, `www.`): the scheme, host and plain path are kept, and the tail
///    from user information or an IP-address host, an id-like path segment, a path segment that
///    names a person (`/u/alice`, `facebook.com/john.smith`: `ProfileURLs`), the query or the
///    fragment on is replaced by one `[URL]`: `https://example.com/reset?token=abc` → `https://example.com/reset[URL]`. A URL
///    without such a tail is kept whole and not scanned further.
/// 2. E-mail address → `[EMAIL]`, also spelled out ("john dot smith at gmail dot com", "jane(at)
///    example(dot)org": `ByteScanner.spelledEmailEnd`).
/// 3. Custom patterns, in configuration order → `[NAME_OF_PATTERN]`.
/// 4. IBAN (mod-97 and registry length) → `[IBAN]`, then UK National Insurance number (HMRC's
///    prefix rules) → `[NINO]`.
/// 5. Payment card (Luhn and issuer prefix) → `[CARD]`, also glued to the letters before it
///    (`card4111…` → `card[CARD]`).
/// 6. IPv4 (not after "version", "build" …), then IPv6 → `[IP]`.
/// 7. US Social Security number (`123-45-6789`, `123 45 6789`, or nine digits after "SSN"; SSA
///    assignment rules) → `[SSN]`; a date after a birth cue ("DOB 12/03/1985", "born on March 3,
///    1985") → `[DATE_OF_BIRTH]`; digits after an account cue ("account no. 12345678", "sort code 12-34-56")
///    → `[ACCOUNT_NUMBER]`; an identifier after an order, customer, policy, ticket or licence cue
///    ("order number 112-3456789-1234567", "Order #A1234567", "passport number 123456789") →
///    `[REFERENCE]`; ten digits after "NHS" ("NHS number 943 476 5919") → `[NHS_NUMBER]`.
/// 8. Postcode: a full UK postcode, a Canadian postal code, a US ZIP+4 code, or a five-digit ZIP
///    code after a state abbreviation (which stays: `Austin, TX [POSTCODE]`) → `[POSTCODE]`.
/// 9. Street address: a house number, one to three capitalised words and a street type ("42 Elm
///    Road", "Flat 3, 17 Queen's Drive", "1600 Pennsylvania Ave NW") → `[ADDRESS]`.
/// 10. Phone number → `[PHONE]`; inside a run of digit groups only after a count that a word comes
///    before ("iPhone 12 07700 900123" → "iPhone 12 [PHONE]": `ByteScanner.followsCountAfterWord`).
/// 11. A personal name after a cue ("Hi Sarah" → "Hi [NAME]", "my name is john" → "my name is
///    [NAME]") or signed after a dash at the end ("- Emily") → `[NAME]`.
///
/// The detectors' rules are documented on `PaymentCard`, `IBAN`, `NationalInsuranceNumber`,
/// `SocialSecurityNumber`, `BirthDate`, `AccountNumber`, `ReferenceNumber`, `NHSNumber`, `ByteScanner.phoneNumberEnd`, `ByteScanner.ipv4End`/`ipv6End`,
/// `Postcode`, `ByteScanner.url`, `ByteScanner.emailEnd`, `ByteScanner.nameAfterCue`,
/// `ByteScanner.signedName`, `Address` and `MaskPattern`.
/// Cost is linear in the text length; a text with nothing to redact is returned without copying.
///
/// A `Redactor` is an immutable value: share one across threads.
public struct Redactor: Sendable {
  /// The configuration this redactor was built from.
  public let configuration: RedactionConfiguration
  private let masks: [MaskPattern]
  private let cueTable: NameCueTable
  private let email: Bool
  private let phone: Bool
  private let card: Bool
  private let iban: Bool
  private let ssn: Bool
  private let nino: Bool
  private let birthDate: Bool
  private let accountNumber: Bool
  private let reference: Bool
  private let nhsNumber: Bool
  private let address: Bool
  private let ip: Bool
  private let url: Bool
  private let postcode: Bool
  private let name: Bool

  /// Builds a redactor; throws when a custom pattern's name or mask is invalid or names repeat.
  public init(configuration: RedactionConfiguration = RedactionConfiguration()) throws(RedactionError) {
    self.configuration = configuration
    var masks: [MaskPattern] = []
    var names: Set<String> = []
    for pattern in configuration.patterns {
      guard names.insert(pattern.name).inserted else { throw .duplicatePatternName(pattern.name) }
      masks.append(try MaskPattern(pattern))
    }
    self.masks = masks
    cueTable = NameCueTable()
    let types = configuration.types
    email = types.contains(.email)
    phone = types.contains(.phone)
    card = types.contains(.card)
    iban = types.contains(.iban)
    ssn = types.contains(.ssn)
    nino = types.contains(.nino)
    birthDate = types.contains(.birthDate)
    accountNumber = types.contains(.accountNumber)
    reference = types.contains(.reference)
    nhsNumber = types.contains(.nhsNumber)
    address = types.contains(.address)
    ip = types.contains(.ip)
    url = types.contains(.url)
    postcode = types.contains(.postcode)
    name = types.contains(.name)
  }

  /// Redacts `text`. See the type's documentation for what is replaced and how.
  public func redact(_ text: String) -> RedactionResult {
    var text = text
    var builder: ResultBuilder?
    text.withUTF8 { bytes in
      ByteClass.table.withUnsafeBufferPointer { classes in
        let emit = { (type: RedactionType, range: Range<Int>) in
          if builder == nil { builder = ResultBuilder(capacity: bytes.count + 16) }
          builder!.replace(range, with: type, in: bytes)
        }
        if let folded = FoldedText(folding: bytes) {
          // Detect on the folded bytes, replace the original ones.
          folded.bytes.withUnsafeBufferPointer { foldedBytes in
            scan(ByteScanner(bytes: foldedBytes, classes: classes)) { type, start, end in
              emit(type, folded.originalRange(start, end, in: bytes))
            }
          }
        } else {
          scan(ByteScanner(bytes: bytes, classes: classes)) { type, start, end in emit(type, start..<end) }
        }
        builder?.finish(bytes)
      }
    }
    guard let builder else { return RedactionResult(text: text, counts: [:], spans: []) }
    return RedactionResult(
      text: String(decoding: builder.output, as: UTF8.self), counts: builder.counts, spans: builder.spans)
  }

  private enum Detection {
    case replace(RedactionType, Range<Int>)
    /// Keep the bytes up to this index unchanged and continue after them (a URL with no token).
    case skip(to: Int)
  }

  private func scan(_ scanner: ByteScanner, emit: (RedactionType, Int, Int) -> Void) {
    let count = scanner.count
    let bytes = scanner.bytes
    let classes = scanner.classes
    var nextAt = -1  // index of the next '@' at or after the last search, or count
    var nextSpelledAt = -1  // index of the next "at" word or '@' at or after the last search, or count
    var index = 0
    // The index just after a "/" or "," that follows a redacted span: a token starts there even
    // after a digit ("[PHONE]/07700 900124", "[CARD],5500 …": the second of two numbers listed
    // without a space; review h60c). Elsewhere a digit after "12/" or "1," continues a date or an
    // amount.
    var listedStart = -1
    while index < count {
      let bits = classes[Int(bytes[index])]
      if bits & ByteClass.start == 0 || (index != listedStart && !scanner.isTokenStart(index)) {
        index += 1
        continue
      }
      if nextAt < index {
        nextAt = index
        while nextAt < count && bytes[nextAt] != UInt8(ascii: "@") { nextAt += 1 }
      }
      if email && nextSpelledAt < index && bits & ByteClass.alphanumeric != 0 {
        nextSpelledAt = scanner.nextSpelledAtCandidate(from: index)
      }
      switch detect(scanner, at: index, bits: bits, nextAt: nextAt, nextSpelledAt: nextSpelledAt) {
      case .replace(let type, let range)?:
        emit(type, range.lowerBound, range.upperBound)
        index = range.upperBound
        if index < count && (bytes[index] == UInt8(ascii: "/") || bytes[index] == UInt8(ascii: ",")) {
          listedStart = index + 1
        }
        // "Hi Sarah and John": the other names of a list after a cue are names too.
        if type == .name {
          for other in scanner.listedNames(after: index) {
            emit(.name, other.lowerBound, other.upperBound)
            index = other.upperBound
          }
        }
      case .skip(let end)?:
        index = end
      case nil:
        // No token starts inside a run of letters and digits, except a card number glued to the
        // word before it ("card4111111111111111", QA review 23).
        index += 1
        if bits & ByteClass.letter != 0 {
          while index < count && classes[Int(bytes[index])] & ByteClass.letter != 0 { index += 1 }
          if card && scanner.digitRunEnd(from: index) - index >= 4, let end = scanner.paymentCardEnd(at: index) {
            emit(.card, index, end)
            index = end
            continue
          }
        }
        if bits & ByteClass.alphanumeric != 0 {
          while index < count && classes[Int(bytes[index])] & ByteClass.alphanumeric != 0 { index += 1 }
        }
      }
    }
  }

  private func detect(_ scanner: ByteScanner, at start: Int, bits: UInt8, nextAt: Int, nextSpelledAt: Int)
    -> Detection?
  {
    let letter = bits & ByteClass.letter != 0
    let digit = bits & ByteClass.digit != 0
    if url, let match = scanner.url(at: start) {
      guard let from = match.redactFrom else { return .skip(to: match.end) }
      return .replace(.url, from..<match.end)
    }
    // The local part may start after `start` where a glued word of another script ends (`連絡先はbob@…`).
    if email && nextAt - start <= 256 && nextAt < scanner.count && bits & ByteClass.word != 0 {
      let local = scanner.emailLocalPart(from: start)
      if local.upperBound == nextAt, let end = scanner.emailEnd(start: local.lowerBound, at: nextAt) {
        return .replace(.email, local.lowerBound..<end)
      }
    }
    // A spelled-out address: only at a word shortly before an "at" or "@" (its local part is at
    // most 128 bytes, with a marker a few more).
    if email && nextSpelledAt - start <= 136 && nextSpelledAt < scanner.count
      && bits & ByteClass.alphanumeric != 0, let end = scanner.spelledEmailEnd(at: start)
    {
      return .replace(.email, start..<end)
    }
    if letter || digit {
      for mask in masks {
        if let end = mask.matchEnd(in: scanner, at: start) { return .replace(mask.type, start..<end) }
      }
    }
    if iban && letter, let end = scanner.ibanEnd(at: start) {
      return .replace(.iban, start..<end)
    }
    if nino && letter && scanner.mayStartNationalInsuranceNumber(start),
      let end = scanner.nationalInsuranceNumberEnd(at: start)
    {
      return .replace(.nino, start..<end)
    }
    if digit {
      if card, let end = scanner.paymentCardEnd(at: start) { return .replace(.card, start..<end) }
      if ip, let end = scanner.ipv4End(at: start), !scanner.followsVersionWord(start) {
        return .replace(.ip, start..<end)
      }
      if ssn && scanner.mayStartSocialSecurityNumber(start), let end = scanner.socialSecurityNumberEnd(at: start) {
        return .replace(.ssn, start..<end)
      }
      if nhsNumber, let end = scanner.nhsNumberEnd(at: start) { return .replace(.nhsNumber, start..<end) }
      if birthDate, let end = scanner.birthDateEnd(at: start) { return .replace(.birthDate, start..<end) }
      if accountNumber, let end = scanner.accountNumberEnd(at: start) { return .replace(.accountNumber, start..<end) }
    } else if birthDate && letter, let end = scanner.birthDateEnd(at: start) {
      return .replace(.birthDate, start..<end)
    }
    if reference && (letter || digit), let end = scanner.referenceNumberEnd(at: start) {
      return .replace(.reference, start..<end)
    }
    if ip && (bits & ByteClass.hex != 0 || scanner.isByte(start, ":")) && scanner.hasColon(within: start..<(start + 5)),
      let end = scanner.ipv6End(at: start)
    {
      return .replace(.ip, start..<end)
    }
    if postcode && (letter || digit), let range = scanner.postcode(at: start) {
      return .replace(.postcode, range)
    }
    if address && (letter || digit), let range = scanner.address(at: start) {
      return .replace(.address, range)
    }
    if phone && (digit || scanner.isByte(start, "+") || scanner.isByte(start, "(")) {
      // Inside a run of digit groups only after a count ("iPhone 12 07700 900123").
      let afterCount = digit && scanner.continuesDigitGroups(start)
      if !afterCount || scanner.followsCountAfterWord(start),
        let end = scanner.phoneNumberEnd(at: start, afterCount: afterCount)
      {
        return .replace(.phone, start..<end)
      }
    }
    if name && letter,
      let range = scanner.nameAfterCue(at: start, table: cueTable)
        ?? (scanner.mayFollowDash(start) ? scanner.signedName(at: start) : nil)
    {
      return .replace(.name, range)
    }
    return nil
  }
}

/// Accumulates the redacted bytes, the counts and the offset map (in code points).
private struct ResultBuilder {
  var output: [UInt8] = []
  var counts: [RedactionType: Int] = [:]
  var spans: [RedactedSpan] = []
  /// Bytes of the input consumed so far, and the code points before that point in the input and
  /// in the output.
  private var consumed = 0
  private var originalCodePoints = 0
  private var redactedCodePoints = 0

  init(capacity: Int) { output.reserveCapacity(capacity) }

  mutating func replace(_ range: Range<Int>, with type: RedactionType, in bytes: UnsafeBufferPointer<UInt8>) {
    copy(upTo: range.lowerBound, from: bytes)
    let replaced = codePoints(bytes[range])
    let placeholder = type.placeholder.utf8
    output.append(contentsOf: placeholder)
    spans.append(
      RedactedSpan(
        type: type, original: originalCodePoints..<(originalCodePoints + replaced),
        redacted: redactedCodePoints..<(redactedCodePoints + placeholder.count)))
    counts[type, default: 0] += 1
    originalCodePoints += replaced
    redactedCodePoints += placeholder.count
    consumed = range.upperBound
  }

  mutating func finish(_ bytes: UnsafeBufferPointer<UInt8>) { copy(upTo: bytes.count, from: bytes) }

  private mutating func copy(upTo end: Int, from bytes: UnsafeBufferPointer<UInt8>) {
    guard end > consumed else { return }
    let slice = bytes[consumed..<end]
    output.append(contentsOf: slice)
    let points = codePoints(slice)
    originalCodePoints += points
    redactedCodePoints += points
    consumed = end
  }

  private func codePoints(_ slice: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
    var points = 0
    for byte in slice where byte & 0xC0 != 0x80 { points += 1 }
    return points
  }
}
