import VerbatimCore

extension ByteScanner {
  /// Recognises an e-mail address whose local part starts at `start` and whose `@` is at `at`.
  ///
  /// Local part: letters, digits and `. _ % + - ' & = ~` (`emailLocalPart`, checked by the caller). Domain:
  /// two or more labels of letters, digits, `-` or non-ASCII letters, marks and digits
  /// (internationalised names), separated by single dots, the last label (TLD) at least two letters;
  /// or an address literal in brackets (`addressLiteralEnd`).
  /// Anything else (white space, “ ” « » …, full-width punctuation, emoji) ends the address, and so
  /// does a change of script inside a label. A trailing dot (end of sentence) is not part of the
  /// address. Returns the end of the address.
  func emailEnd(start: Int, at: Int) -> Int? {
    guard at > start, at - start <= 64 else { return nil }
    if isByte(at + 1, "[") { return addressLiteralEnd(at: at + 1) }
    var index = at + 1
    var labels = 0
    var lastLabelStart = index
    var end: Int?
    while true {
      let labelStart = index
      index = domainLabelEnd(from: index)
      guard index > labelStart, index - labelStart <= 63 else { break }
      labels += 1
      lastLabelStart = labelStart
      if labels >= 2 && isTopLevelLabel(lastLabelStart, index) { end = index }
      guard isByte(index, "."), classOf(index + 1) & ByteClass.word != 0 else { break }
      index += 1
    }
    guard let end, !isByte(end, "@") else { return nil }
    return end
  }

  /// The end of an address literal as an address's domain (RFC 5321 §4.1.3): `[192.0.2.1]` or
  /// `[IPv6:2001:db8::1]` at `open` (QA review 23: `a@[192.168.1.1]` became `a@[[IP]]`, the local
  /// part left in clear); nil when the brackets hold no IP address.
  private func addressLiteralEnd(at open: Int) -> Int? {
    if let end = ipv4End(at: open + 1), isByte(end, "]") { return end + 1 }
    if hasPrefix("ipv6:", at: open + 1), let end = ipv6End(at: open + 6), isByte(end, "]") { return end + 1 }
    return nil
  }

  /// The local part that ends at the first character from `start` that cannot be in one: ASCII
  /// letters, digits and `. _ % + - ' & = ~`, and non-ASCII letters, marks and digits (so “, «, a no-break
  /// space or an ellipsis before an address is not taken into it). It is one script: where Latin
  /// letters and another script's letters meet (`連絡先はbob@…`) the part starts after the last
  /// change, so the words before a glued address are kept.
  func emailLocalPart(from start: Int) -> Range<Int> {
    var partStart = start
    var index = start
    var script = AddressScript.neutral
    var scriptEnd = start
    while true {
      let (length, next) = addressCharacter(at: index, allowing: ByteClass.emailLocal)
      guard length > 0 else { return partStart..<index }
      if next != .neutral {
        if script != .neutral && next != script { partStart = scriptEnd }
        script = next
        scriptEnd = index + length
      }
      index += length
    }
  }

  /// The end of a domain label starting at `start`: ASCII letters, digits and `-`, and non-ASCII
  /// letters, marks and digits (IDNA2008, RFC 5892); closing quotes, `…`, `，` and spaces end it, and
  /// so does a change between Latin and another script's letters (`example.comです`: ICANN's IDN
  /// Implementation Guidelines allow one script per label).
  private func domainLabelEnd(from start: Int) -> Int {
    var index = start
    var script = AddressScript.neutral
    while true {
      // A keycap emoji glued to the address ("bob@x.org1️⃣") is not part of it.
      if KeycapSequence.end(in: bytes, at: index) != nil { return index }
      let (length, next) = addressCharacter(at: index, allowing: ByteClass.alphanumeric)
      guard length > 0 || isByte(index, "-") else { return index }
      if next != .neutral {
        if script != .neutral && next != script { return index }
        script = next
      }
      index += max(length, 1)
    }
  }

  /// The length of the character at `index` when it may be in an address (an ASCII byte in class
  /// `allowing`, or a non-ASCII letter, mark or digit), else 0, and its script.
  private func addressCharacter(at index: Int, allowing: UInt8) -> (length: Int, script: AddressScript) {
    let bits = classOf(index)
    if bits & ByteClass.nonASCII == 0 {
      guard bits & allowing != 0 else { return (0, .neutral) }
      return (1, bits & ByteClass.letter != 0 ? .latin : .neutral)
    }
    let length = nonASCIIWordCharacterLength(at: index)
    guard length > 0, let (scalar, _) = scalar(at: index) else { return (length, .neutral) }
    let traits = ScalarTraits.of(scalar)
    guard traits & ScalarTraits.alphabetic != 0 else { return (length, .neutral) }
    return (length, traits & ScalarTraits.latin != 0 ? .latin : .other)
  }

  private func isTopLevelLabel(_ start: Int, _ end: Int) -> Bool {
    guard end - start >= 2 else { return false }
    for index in start..<end where classOf(index) & (ByteClass.letter | ByteClass.nonASCII) == 0 { return false }
    return true
  }
}

/// The script of a letter, as far as the one-script rule for addresses needs it.
private enum AddressScript {
  /// Digits, marks and ASCII punctuation: continue whatever script surrounds them.
  case neutral
  case latin
  case other
}
