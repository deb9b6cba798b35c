extension ByteScanner {
  /// Recognises an e-mail address whose local part starts at `start` and whose `@` is at `at`.
  ///
  /// Local part: letters, digits and `. _ % + -` (checked by the caller's run). Domain: two or
  /// more labels of letters, digits, `-` or non-ASCII bytes (internationalised names), separated
  /// by single dots, the last label (TLD) at least two letters. A trailing dot (end of sentence)
  /// is not part of the address. Returns the end of the address.
  func emailEnd(start: Int, at: Int) -> Int? {
    guard at > start, at - start <= 64 else { return nil }
    var index = at + 1
    var labels = 0
    var lastLabelStart = index
    var end: Int?
    while true {
      let labelStart = index
      while classOf(index) & ByteClass.word != 0 || isByte(index, "-") { index += 1 }
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

  private func isTopLevelLabel(_ start: Int, _ end: Int) -> Bool {
    guard end - start >= 2 else { return false }
    for index in start..<end where classOf(index) & (ByteClass.letter | ByteClass.nonASCII) == 0 { return false }
    return true
  }
}
