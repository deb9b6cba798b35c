#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Sentences run together without a space after the full stop: "Terrible service.Never again",
/// "Loved it.The app crashes". Answers typed on phones have many. ICU's word rules keep letters
/// around a full stop together (WB6/WB7, MidNumLet, for "e.g" and "U.S.A"), so "service.Never" is
/// one unknown word: its sentiment and the sentence boundary are lost.
///
/// After segmentation, an ASCII word is split at a full stop that has a lower-case letter before it
/// and, after it, a capitalised word of at least three letters with no other capital ("Never",
/// "The", "It's"), or one of the short sentence openers ("I", "It", "My", "We", "No", "I'm":
/// `shortOpeners`): "service.Never" becomes "service", ".", "Never", and a sentence boundary is
/// added after the stop (UAX #29 rule SB7, (Upper | Lower) ATerm × Upper, keeps "e.g.The" one
/// sentence, which here it is not). Abbreviations, names and code stay whole ("e.g", "U.S.A",
/// "Ph.D", "Ph.Ds", "Node.Js", "Console.WriteLine"); "Mr.Smith" and "St.Louis" split, which costs
/// nothing. Each piece keeps its text, offsets and norm (for ASCII, the lower-cased bytes). Words
/// with a letter beyond ASCII ("Gut.Ärger") are left as ICU has them.
enum RunOnSentences {
  /// Whether `bytes` holds a full stop between a lower-case and an upper-case letter; only then is
  /// there anything to split.
  /// `firstStop`: no "." comes before this offset (the search starts there).
  @inline(__always)
  static func mayOccur(in bytes: UnsafeBufferPointer<UInt8>, firstStop: Int = 0) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    var from = max(1, firstStop)
    while from + 1 < bytes.count, let found = memchr(base + from, 0x2E, bytes.count - from - 1) {
      let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      if isSplitPoint(base, index) { return true }
      from = index + 1
    }
    return false
  }

  /// Whether the full stop at `index` (with a byte before and after it) may split.
  @inline(__always)
  private static func isSplitPoint(_ base: UnsafePointer<UInt8>, _ index: Int) -> Bool {
    isLower(base[index - 1]) && isUpper(base[index + 1])
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

  /// Splits every ASCII word of `result.tokens` (which tokenize `bytes`) at its split points and
  /// appends the byte offset after each split full stop to `breaks` (in text order). Each word is
  /// read once, all its split points together, and the tokens are copied once, at the first split:
  /// splitting one point at a time re-read the rest of the word and moved the tokens after it each
  /// time, quadratic in a long run of "service.Never" (QA review 32, H3).
  static func split(_ bytes: UnsafeBufferPointer<UInt8>, in result: inout TokenizedText, breaks: inout [Int32]) {
    guard let base = bytes.baseAddress else { return }
    var points: [Int] = []
    var split: [Token]?
    for (index, token) in result.tokens.enumerated() {
      if !points.isEmpty { points.removeAll(keepingCapacity: true) }
      if token.kind == .word { splitPoints(base, token.utf8Range, into: &points) }
      if points.isEmpty {
        split?.append(token)
        continue
      }
      if split == nil {
        split = Array(result.tokens[..<index])
        split!.reserveCapacity(result.tokens.count + 2 * points.count)
      }
      // Only ASCII words split: their code points are their bytes and their norm is their
      // lower-cased bytes, so every piece is a sub-range of the word's ranges.
      var pieceStart = token.utf8Range.lowerBound
      for point in points {
        let head = pieceStart - token.utf8Range.lowerBound
        let stop = point - token.utf8Range.lowerBound
        split!.append(
          Token(
            kind: .word, utf8Range: pieceStart..<point,
            normRange: (token.normRange.lowerBound + head)..<(token.normRange.lowerBound + stop),
            start: token.start + head, end: token.start + stop))
        split!.append(
          Token(
            kind: .punct, utf8Range: point..<(point + 1),
            normRange: (token.normRange.lowerBound + stop)..<(token.normRange.lowerBound + stop + 1),
            start: token.start + stop, end: token.start + stop + 1))
        breaks.append(Int32(point + 1))
        pieceStart = point + 1
      }
      let head = pieceStart - token.utf8Range.lowerBound
      split!.append(
        Token(
          kind: .word, utf8Range: pieceStart..<token.utf8Range.upperBound,
          normRange: (token.normRange.lowerBound + head)..<token.normRange.upperBound,
          start: token.start + head, end: token.end))
    }
    if let split { result.tokens = split }
  }

  /// The split points of an ASCII word, in order (none for a word with a byte above ASCII): full
  /// stops after which the piece, up to the next full stop or the word's end, opens a sentence
  /// (`opensSentence`; "fine.Then.Broke" splits twice).
  private static func splitPoints(_ base: UnsafePointer<UInt8>, _ range: Range<Int>, into points: inout [Int]) {
    guard range.count >= 3 else { return }
    var pieceStart = range.lowerBound
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = base[index]
      if byte >= 0x80 {
        points.removeAll(keepingCapacity: true)
        return
      }
      if byte == 0x2E, index > pieceStart, index + 1 < range.upperBound, isSplitPoint(base, index) {
        var end = index + 2
        while end < range.upperBound, base[end] != 0x2E, !isUpper(base[end]) { end += 1 }
        if end == range.upperBound || base[end] == 0x2E, opensSentence(base, (index + 1)..<end) {
          points.append(index)
          pieceStart = index + 1
        }
        index = end
        continue
      }
      index += 1
    }
  }
}
