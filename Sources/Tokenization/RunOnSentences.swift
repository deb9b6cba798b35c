#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Sentences run together without a space after the full stop: "Terrible service.Never again",
/// "Service was terrible.will not return". Answers typed on phones have many. ICU's word rules keep
/// letters around a full stop together (UAX #29 WB6/WB7, MidNumLet, for "e.g" and "U.S.A"), so
/// "service.Never" and "terrible.will" are one unknown word each: their sentiment and the sentence
/// boundary are lost.
///
/// After segmentation, an ASCII word is split at a full stop in two cases (`splitPoint`):
/// - a lower-case letter before it and, after it, a capitalised word of at least three letters with
///   no other capital ("Never", "The", "It's"), or one of the short sentence openers ("I", "It",
///   "My", "We", "No", "I'm": `shortOpeners`): "service.Never" becomes "service", ".", "Never";
/// - a word of two letters or more before it and, after it, a lower-case word of two letters or
///   more, or "i" ("terrible.will", "great.thanks", "bad.i"), each only letters and apostrophes,
///   where the piece after is no common file-name extension (`FileNameExtensions`: "config.yaml",
///   "node.js" stay whole). The piece before may be a single letter only after another full stop:
///   "e.g.the" splits after "e.g" while "e.g", "i.e", "a.m", "Ph.D" and "U.S" stay whole.
///
/// A sentence boundary is added after the stop (UAX #29 rule SB7, (Upper | Lower) ATerm × Upper,
/// keeps "e.g.The" one sentence, and SB8 "terrible.will"), as after a full stop and a space
/// (`LowercaseSentenceStarts`), except after an abbreviation: a title or shorthand that ends no
/// sentence before a space (`SentenceAbbreviations`: "Mr.Smith", "St.Louis", "I.e.The",
/// "vs.the"), a dotted one ("e.g.the", "U.S.based") and, before a lower-case word, a shorthand of an
/// address, company or unit (`LowercaseSentenceStarts.alwaysJoined`, "dept.store";
/// `joinedBeforeContinuation`, "etc.and"). Other abbreviations, names and code stay whole ("U.S.A",
/// "Ph.Ds", "Node.Js", "Console.WriteLine", "self.tableView", "v1.2", "file_name.txt"). URLs,
/// e-mail addresses and bare domains with a known top-level domain ("google.com") are no words: they
/// are found first (`SpecialSpanScanner`). Each piece keeps its text, offsets and norm (for ASCII,
/// the lower-cased bytes). Words with a letter beyond ASCII ("Gut.Ärger") are left as ICU has them.
enum RunOnSentences {
  /// A full stop at which a word splits, and whether a sentence ends after it.
  struct SplitPoint {
    var offset: Int
    var endsSentence: Bool
  }

  /// Whether `bytes` holds a full stop that may split a word (`isCandidate`) outside `spans`; only
  /// then is there anything to split.
  /// `firstStop`: no "." comes before this offset (the search starts there).
  static func mayOccur(in bytes: UnsafeBufferPointer<UInt8>, firstStop: Int = 0, spans: [SpecialSpan] = []) -> Bool {
    firstCandidate(in: bytes, firstStop: firstStop, spans: spans) != nil
  }

  /// The first full stop of `bytes` that may split a word, or nil (most texts: `split` is then not
  /// called). `firstStop`: no "." comes before this offset; `spans`: the text's special spans
  /// (`SpecialSpanScanner`), whose full stops split nothing ("www.example.org/help").
  @inline(__always)
  static func firstCandidate(in bytes: UnsafeBufferPointer<UInt8>, firstStop: Int, spans: [SpecialSpan]) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    var spanIndex = 0
    return nextCandidate(base, count: bytes.count, from: max(1, firstStop), spans: spans, spanIndex: &spanIndex)
  }

  /// The first full stop at or after `from` (≥ 1) that has a byte after it, is a candidate and lies
  /// in none of `spans` (sorted and disjoint) from `spanIndex` on (advanced past the spans before it).
  @inline(__always)
  private static func nextCandidate(
    _ base: UnsafePointer<UInt8>, count: Int, from start: Int, spans: [SpecialSpan], spanIndex: inout Int
  ) -> Int? {
    var from = start
    while from + 1 < count, let found = memchr(base + from, 0x2E, count - from - 1) {
      let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      from = index + 1
      guard isCandidate(base[index - 1], base[index + 1]) else { continue }
      while spanIndex < spans.count, spans[spanIndex].range.upperBound <= index { spanIndex += 1 }
      if spanIndex < spans.count, spans[spanIndex].range.lowerBound <= index {
        from = spans[spanIndex].range.upperBound
        continue
      }
      return index
    }
    return nil
  }

  /// Whether a full stop between `before` and `after` may split its word: a lower-case letter
  /// before a capital, or a letter before a lower-case letter.
  @inline(__always)
  private static func isCandidate(_ before: UInt8, _ after: UInt8) -> Bool {
    isLower(after) ? isLetter(before) : isUpper(after) && isLower(before)
  }

  /// Whether the piece `range` after a split point's stop (an upper-case letter, then no other
  /// capital) opens a sentence: three letters or more, the second and third lower-case or an
  /// apostrophe ("Never", "It's"), or a short opener.
  private static func opensSentence(_ base: UnsafePointer<UInt8>, _ range: Range<Int>) -> Bool {
    let count = range.count
    if count >= 3, isLower(base[range.lowerBound + 1]),
      isLower(base[range.lowerBound + 2]) || base[range.lowerBound + 2] == 0x27
    {
      return true
    }
    guard count <= 4 else { return false }
    let piece = UnsafeBufferPointer(start: base + range.lowerBound, count: count)
    return shortOpeners.contains { $0.elementsEqual(piece) }
  }

  /// Sentence openers of one or two letters (or "I" with a contraction), which the three-letter
  /// rule leaves glued ("not good.It broke", "Nothing wrong.I loved it"; QA review 39). Other short
  /// pieces stay whole: "Node.Js", "Ph.Ds", "readme.Md".
  private static let shortOpeners: [[UInt8]] = [
    "I", "I'm", "I've", "I'd", "I'll", "Im", "Ive", "It", "My", "We", "No", "So", "If", "He", "As", "At", "In",
    "On", "Or", "An", "To", "Do", "Oh", "Ok", "Us",
  ].map { Array($0.utf8) }

  @inline(__always) private static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }
  @inline(__always) private static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
  @inline(__always) private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

  /// Splits every ASCII word of `result.tokens` (which tokenize `bytes`) at its split points and
  /// appends the byte offset after each split full stop that ends a sentence to `breaks` (in text
  /// order). Only the words that hold a candidate full stop are read, each once, all its split
  /// points together, and the tokens are copied once, from the first split on: splitting one point
  /// at a time re-read the rest of the word and moved the tokens after it each time, quadratic in a
  /// long run of "service.Never" (QA review 32, H3).
  /// `candidate`: the first candidate full stop (`firstCandidate`); `spans`: the text's special
  /// spans, whose full stops are not searched.
  static func split(
    _ bytes: UnsafeBufferPointer<UInt8>, from candidate: Int, spans: [SpecialSpan], in result: inout TokenizedText,
    breaks: inout [Int32]
  ) {
    guard let base = bytes.baseAddress else { return }
    let tokenCount = result.tokens.count
    var from = candidate
    var spanIndex = 0
    var tokenIndex = 0
    var points: [SplitPoint] = []
    var split: [Token]?
    // The tokens before `copied` are in `split` (once it exists).
    var copied = 0
    while let stop = nextCandidate(base, count: bytes.count, from: from, spans: spans, spanIndex: &spanIndex) {
      while tokenIndex < tokenCount, result.tokens[tokenIndex].utf8Range.upperBound <= stop { tokenIndex += 1 }
      guard tokenIndex < tokenCount else { break }
      let token = result.tokens[tokenIndex]
      // The rest of a URL, an e-mail address or a word is not searched again.
      from = max(stop + 1, token.utf8Range.upperBound)
      guard token.kind == .word, token.utf8Range.lowerBound < stop else { continue }
      if !points.isEmpty { points.removeAll(keepingCapacity: true) }
      splitPoints(base, token.utf8Range, into: &points)
      if points.isEmpty { continue }
      if split == nil {
        split = []
        split!.reserveCapacity(tokenCount + 2 * points.count)
      }
      split!.append(contentsOf: result.tokens[copied..<tokenIndex])
      copied = tokenIndex + 1
      // Only ASCII words split: their code points are their bytes and their norm is their
      // lower-cased bytes, so every piece is a sub-range of the word's ranges.
      var pieceStart = token.utf8Range.lowerBound
      for point in points {
        let head = pieceStart - token.utf8Range.lowerBound
        let stop = point.offset - token.utf8Range.lowerBound
        split!.append(
          Token(
            kind: .word, utf8Range: pieceStart..<point.offset,
            normRange: (token.normRange.lowerBound + head)..<(token.normRange.lowerBound + stop),
            start: token.start + head, end: token.start + stop))
        split!.append(
          Token(
            kind: .punct, utf8Range: point.offset..<(point.offset + 1),
            normRange: (token.normRange.lowerBound + stop)..<(token.normRange.lowerBound + stop + 1),
            start: token.start + stop, end: token.start + stop + 1))
        if point.endsSentence { breaks.append(Int32(point.offset + 1)) }
        pieceStart = point.offset + 1
      }
      let head = pieceStart - token.utf8Range.lowerBound
      split!.append(
        Token(
          kind: .word, utf8Range: pieceStart..<token.utf8Range.upperBound,
          normRange: (token.normRange.lowerBound + head)..<token.normRange.upperBound,
          start: token.start + head, end: token.end))
      tokenIndex += 1
    }
    if var split {
      split.append(contentsOf: result.tokens[copied...])
      result.tokens = split
    }
  }

  /// The split points of an ASCII word, in order (none for a word with a byte above ASCII):
  /// "fine.Then.Broke" splits twice.
  private static func splitPoints(_ base: UnsafePointer<UInt8>, _ range: Range<Int>, into points: inout [SplitPoint]) {
    guard range.count >= 3 else { return }
    // Where the piece before the next split point starts.
    var pieceStart = range.lowerBound
    for index in range {
      let byte = base[index]
      if byte >= 0x80 {
        points.removeAll(keepingCapacity: true)
        return
      }
      if byte == 0x2E, index > pieceStart, index + 1 < range.upperBound,
        let point = splitPoint(base, range, stop: index, pieceStart: pieceStart)
      {
        points.append(point)
        pieceStart = index + 1
      }
    }
  }

  /// The split point at the full stop `stop` inside the ASCII word `range`, or nil where the word
  /// stays whole there. `pieceStart`: where the word, or its rest after the last split point, starts.
  private static func splitPoint(_ base: UnsafePointer<UInt8>, _ range: Range<Int>, stop: Int, pieceStart: Int)
    -> SplitPoint?
  {
    let before = base[stop - 1]
    let after = base[stop + 1]
    guard isCandidate(before, after) else { return nil }
    // The piece after the stop, up to the next full stop or the word's end.
    var end = stop + 1
    while end < range.upperBound, base[end] != 0x2E { end += 1 }
    let next = (stop + 1)..<end
    // What comes before the stop since the last split point (letters and the full stops of "I.e").
    let head = UnsafeBufferPointer(start: base + pieceStart, count: stop - pieceStart)
    if isUpper(after) {
      for index in (stop + 2)..<end where isUpper(base[index]) { return nil }
      guard opensSentence(base, next) else { return nil }
      return SplitPoint(offset: stop, endsSentence: !SentenceAbbreviations.words.contains(head))
    }
    // A lower-case word after the stop: letters and apostrophes, two letters or more or "i", no
    // capital ("self.tableView" is code).
    guard next.count >= 2 || after == UInt8(ascii: "i"), isLetterWord(base, next) else { return nil }
    for index in next where isUpper(base[index]) { return nil }
    // The piece before, back to the previous full stop: letters and apostrophes, two or more, or
    // one after a full stop (the last letter of "e.g", "U.S").
    var start = stop - 1
    while start > range.lowerBound, base[start - 1] != 0x2E { start -= 1 }
    guard isLetterWord(base, start..<stop), stop - start >= 2 || start > range.lowerBound else { return nil }
    let piece = UnsafeBufferPointer(start: base + next.lowerBound, count: next.count)
    guard !FileNameExtensions.words.contains(piece) else { return nil }
    // A dotted abbreviation ("e.g.the"), a title or shorthand ("mr.smith", "vs.the", "dept.store")
    // or a unit or "etc" before a word that continues the sentence ("etc.and") ends no sentence.
    let endsSentence =
      stop - start >= 2 && !SentenceAbbreviations.words.contains(head)
      && !LowercaseSentenceStarts.alwaysJoined.contains(head)
      && !(LowercaseSentenceStarts.joinedBeforeContinuation.contains(head)
        && LowercaseSentenceStarts.continuations.contains(piece))
    return SplitPoint(offset: stop, endsSentence: endsSentence)
  }

  /// Whether `range` (not empty) holds ASCII letters and apostrophes only, a letter first.
  private static func isLetterWord(_ base: UnsafePointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard !range.isEmpty, isLetter(base[range.lowerBound]) else { return false }
    for index in range where !isLetter(base[index]) && base[index] != 0x27 { return false }
    return true
  }
}
