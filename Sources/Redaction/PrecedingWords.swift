/// Reading the words before a candidate in place, without copying them: the cue checks of the
/// identity-number scanners run on every candidate and must not allocate.
extension ByteScanner {
  /// The run of ASCII letters that ends at `end` and starts a word (no letter or digit of any
  /// script before it), at most `limit` letters long; nil when there is none.
  func asciiWord(endingAt end: Int, limit: Int = 16) -> Range<Int>? {
    var start = end
    while start > 0 && end - start < limit && isLetter(start - 1) { start -= 1 }
    guard start < end, !isWordCharacter(before: start) else { return nil }
    return start..<end
  }

  /// Whether the bytes in `range` spell `word` (lower-case ASCII), ignoring ASCII case.
  @inline(__always) func spells(_ range: Range<Int>, _ word: StaticString) -> Bool {
    range.count == word.utf8CodeUnitCount && hasPrefix(word, at: range.lowerBound)
  }

  /// Whether the bytes in `range` spell one of `words` (lower-case ASCII), ignoring ASCII case.
  func spellsOne(of words: [StaticString], _ range: Range<Int>) -> Bool {
    for word in words where spells(range, word) { return true }
    return false
  }

  /// The index before the spaces and the punctuation `:`, `.`, `#`, `-` and `(` (at most four bytes)
  /// that end at `end`: where the word before a number or a cue ends ("date of birth (14/02/1979)":
  /// QA review 40).
  func labelGapStart(before end: Int) -> Int {
    var index = end
    while index > 0 && end - index < 4
      && (isByte(index - 1, " ") || isByte(index - 1, ":") || isByte(index - 1, ".") || isByte(index - 1, "#")
        || isByte(index - 1, "-") || isByte(index - 1, "("))
    {
      index -= 1
    }
    return index
  }

  /// Whether a cue word ends before `start`, across up to `labelWords` label words and the gaps
  /// between them (`labelGapStart`): walking back word by word, a word of `cues` is a cue, a word
  /// `decide` answers for (a pair such as "social security", an abbreviation such as "d.o.b")
  /// decides, and a word of `labels` is stepped over; any other word ends the search. Reads the
  /// bytes in place: the identity-number scanners ask this of every candidate.
  func followsCue(
    _ start: Int, cues: [StaticString], labels: [StaticString], labelWords: Int,
    decide: (Range<Int>) -> Bool? = { _ in nil }
  ) -> Bool {
    var end = labelGapStart(before: start)
    for _ in 0...labelWords {
      guard let word = asciiWord(endingAt: end) else { return false }
      if spellsOne(of: cues, word) { return true }
      if let decided = decide(word) { return decided }
      guard spellsOne(of: labels, word) else { return false }
      end = labelGapStart(before: word.lowerBound)
    }
    return false
  }

  /// Whether the word before `word` (across a label gap) spells one of `words`: the first word of
  /// a two-word cue ("social security", "sort code", "national insurance").
  func isPreceded(_ word: Range<Int>, byOneOf words: [StaticString]) -> Bool {
    guard let before = asciiWord(endingAt: labelGapStart(before: word.lowerBound)) else { return false }
    return spellsOne(of: words, before)
  }
}
