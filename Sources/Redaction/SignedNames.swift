extension ByteScanner {
  /// A name signed after a dash at the end of a text (QA review 23): "- Emily", "Great service.
  /// — Tom Baker", "Thanks!\n-- Zoë". The dash (`-`, `--`, `–` or `—`, spaces around it allowed)
  /// starts the text or a line, or follows the end of a sentence (`.`, `!`, `?`) or a sign-off
  /// ("Best wishes - Kate": `dashedSignOffs`); the name is
  /// judged as after a self-introduction ("- Anonymous", "- A happy customer", "- Satisfied" stay)
  /// and is no organisation ("- Amazon", `OrganisationNames`); only spaces, line breaks, `.` and
  /// `!` may follow it, and no earlier line starts with a dash (a list's last item). Returns the
  /// name's range.
  func signedName(at start: Int) -> Range<Int>? {
    var index = start
    while index > 0 && start - index < 3 && isByte(index - 1, " ") { index -= 1 }
    var dashStart: Int
    if isByte(index - 1, "-") {
      dashStart = index - 1
      if isByte(dashStart - 1, "-") { dashStart -= 1 }
    } else if index >= 3, dashWidth(at: index - 3) == 3 {
      dashStart = index - 3
    } else {
      return nil
    }
    var before = dashStart
    while before > 0 && dashStart - before < 8 && isByte(before - 1, " ") { before -= 1 }
    guard
      before == 0 || isByte(before - 1, "\n") || isByte(before - 1, "\r") || isByte(before - 1, ".")
        || isByte(before - 1, "!") || isByte(before - 1, "?") || endsWithSignOff(before)
    else { return nil }
    guard let name = fullName(at: start, kind: .selfIntroduction), !isOrganisation(name) else { return nil }
    var end = name.upperBound
    while end < count && (isSpace(end) || isByte(end, ".") || isByte(end, "!")) { end += 1 }
    guard end == count, !hasDashedLine(before: before) else { return nil }
    return name
  }

  /// The sign-offs after which a dash introduces the writer's name ("Best wishes - Kate", "Many
  /// thanks – Tom"; review h60c: kept, though "Best wishes, Kate" was found): `NameCues.signOffs`
  /// without their conditions, in any case. One list for both, so a sign-off added there is read
  /// before a dash too ("Love – Kate", "Bye - Tom" kept the name when the lists were two).
  static let dashedSignOffs: [[UInt8]] = {
    var phrases: [[UInt8]] = []
    for cue in NameCues.signOffs {
      var phrase = Substring(cue)
      if phrase.hasPrefix("^") { phrase = phrase.dropFirst() }
      if phrase.hasSuffix(",") { phrase = phrase.dropLast() }
      let bytes = Array(phrase.utf8)
      if !phrases.contains(bytes) { phrases.append(bytes) }
    }
    return phrases
  }()

  /// Whether the text before `end` ends with a sign-off of `dashedSignOffs` (case-insensitive) that
  /// starts a word.
  func endsWithSignOff(_ end: Int) -> Bool {
    for phrase in Self.dashedSignOffs where phrase.count <= end {
      let start = end - phrase.count
      guard start == 0 || !isLetter(start - 1) else { continue }
      var matches = true
      for (offset, expected) in phrase.enumerated() {
        let byte = self.byte(start + offset)
        let folded = byte >= 65 && byte <= 90 ? byte | 0x20 : byte
        if folded != expected {
          matches = false
          break
        }
      }
      if matches { return true }
    }
    return false
  }

  /// A quick test for `signedName`, made at every word: the byte before `start` is a dash (or the
  /// last byte of `–` or `—`), or a space after a dash or a space.
  @inline(__always) func mayFollowDash(_ start: Int) -> Bool {
    let previous = byte(start - 1)
    if previous == UInt8(ascii: "-") || previous == 0x93 || previous == 0x94 { return true }
    guard previous == UInt8(ascii: " ") else { return false }
    let before = byte(start - 2)
    return before == UInt8(ascii: "-") || before == 0x93 || before == 0x94 || before == UInt8(ascii: " ")
  }

  /// Whether a line before `end` starts with a dash: the last item of a list ("Pros:\n- Price\n-
  /// Speed") is not a signature.
  private func hasDashedLine(before end: Int) -> Bool {
    var index = end - 1
    while index >= 0 {
      if index == 0 || isByte(index - 1, "\n") {
        var first = index
        while isByte(first, " ") { first += 1 }
        if first < end && dashWidth(at: first) != nil { return true }
      }
      index -= 1
    }
    return false
  }
}
