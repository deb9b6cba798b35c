extension ByteScanner {
  /// Recognises an e-mail address whose local part starts at `start` and whose `@` is at `at`.
  ///
  /// Local part: letters, digits and `. _ % + -` (`emailLocalPartEnd`, checked by the caller). Domain:
  /// two or more labels of letters, digits, `-` or non-ASCII letters, marks and digits
  /// (internationalised names), separated by single dots, the last label (TLD) at least two letters.
  /// Anything else (white space, “ ” « » …, full-width punctuation, emoji) ends the address. A trailing dot (end of sentence)
  /// is not part of the address. Returns the end of the address.
  func emailEnd(start: Int, at: Int) -> Int? {
    guard at > start, at - start <= 64 else { return nil }
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

  /// The end of the local part starting at `start`: ASCII letters, digits and `. _ % + -`, and
  /// non-ASCII letters, marks and digits (so “, «, a no-break space or an ellipsis before an address
  /// is not taken into it).
  func emailLocalPartEnd(from start: Int) -> Int {
    var index = start
    while true {
      let bits = classOf(index)
      if bits & ByteClass.nonASCII == 0 {
        guard bits & ByteClass.emailLocal != 0 else { return index }
        index += 1
      } else {
        let length = nonASCIIWordCharacterLength(at: index)
        guard length > 0 else { return index }
        index += length
      }
    }
  }

  /// The end of a domain label starting at `start`: ASCII letters, digits and `-`, and non-ASCII
  /// letters, marks and digits (IDNA2008, RFC 5892); closing quotes, `…`, `，` and spaces end it.
  private func domainLabelEnd(from start: Int) -> Int {
    var index = start
    while true {
      let bits = classOf(index)
      if bits & ByteClass.nonASCII == 0 {
        guard bits & ByteClass.alphanumeric != 0 || isByte(index, "-") else { return index }
        index += 1
      } else {
        let length = nonASCIIWordCharacterLength(at: index)
        guard length > 0 else { return index }
        index += length
      }
    }
  }

  private func isTopLevelLabel(_ start: Int, _ end: Int) -> Bool {
    guard end - start >= 2 else { return false }
    for index in start..<end where classOf(index) & (ByteClass.letter | ByteClass.nonASCII) == 0 { return false }
    return true
  }
}
