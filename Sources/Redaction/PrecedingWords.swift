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

  /// The index before the spaces and the punctuation `:`, `.`, `#` and `-` (at most four bytes)
  /// that end at `end`: where the word before a number or a cue ends.
  func labelGapStart(before end: Int) -> Int {
    var index = end
    while index > 0 && end - index < 4
      && (isByte(index - 1, " ") || isByte(index - 1, ":") || isByte(index - 1, ".") || isByte(index - 1, "#")
        || isByte(index - 1, "-"))
    {
      index -= 1
    }
    return index
  }
}
