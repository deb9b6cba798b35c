import VerbatimCore

/// Where a text that is not pure ASCII needs ICU's word break iterator, and where the ASCII fast
/// path (`ASCIIWordBreaker`) gives the same boundaries.
///
/// Customer feedback in most languages is ASCII words and punctuation with a few other characters
/// (an accented word, an emoji, a Chinese phrase). ICU's word rules (UAX #29 WB1–WB999 as ICU's
/// root rules tailor them, dictionary segmentation included) never look across a space, except
/// where the character beside it is Extend, Format or ZWJ (WB4 attaches it to the space) or another
/// WSegSpace (WB3d joins the two). So a text splits at an ASCII space between two such regions
/// without moving any boundary: the space-delimited stretch around each non-ASCII character is
/// segmented on its own (by `AlphabeticWordBreaker`, or by ICU's iterator where that one declines),
/// and the rest stays on the fast path. `MixedScriptFastPathTests` checks the tokens against ICU on
/// the whole text.
enum ICURegions {
  /// The next stretch, at or after `from`, that ICU must segment: from just after the ASCII space
  /// before the first non-ASCII character at or after `from` (or from `from`) to the next ASCII space
  /// after it (or the text's end). A region never starts before `from`, and `from` must be a word
  /// boundary of the text (0, or where the previous region ended).
  static func next(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, flags: CharacterFlagCache) -> Range<Int>? {
    var unrecorded = RegionStretchStarts(storage: nil, capacity: 0)
    return next(bytes, from: from, flags: flags, stretchStarts: &unrecorded)
  }

  /// `next(_:from:flags:)`, recording in `stretchStarts` where the region's stretches after its
  /// first start (`RegionStretchStarts`).
  @inline(__always)
  static func next(
    _ bytes: UnsafeBufferPointer<UInt8>, from: Int, flags: CharacterFlagCache,
    stretchStarts: inout RegionStretchStarts
  ) -> Range<Int>? {
    stretchStarts.reset()
    let count = bytes.count
    let first = ByteRuns.asciiRunEnd(bytes, from: from)
    guard first < count else { return nil }
    let space = UInt8(ascii: " ")
    var start = first
    while start > from, bytes[start - 1] != space { start -= 1 }
    // A region may start after a space only with a character ICU breaks before there: any ASCII
    // character but a space, or a non-ASCII one that does not cling to the space (WB3d, WB4).
    if start > from, bytes[start] >= 0x80, flags.flags(decodeScalar(bytes, at: start).0).contains(.wordBreakClings) {
      start = from
      // What lies between `from` and the first character may hold spaces: not recorded.
      stretchStarts.abandon()
    }
    var end = ByteRuns.nonSpaceRunEnd(bytes, from: first)
    while end < count {
      var next = end
      while next < count, bytes[next] == space { next += 1 }
      // ICU keeps a WSegSpace before the space with it (WB3d): the region takes the spaces and the
      // stretch after them.
      if bytes[end - 1] >= 0x80, flags.flags(SpecialSpanScanner.scalar(bytes, before: end)).contains(.wordBreakClings) {
        end = ByteRuns.nonSpaceRunEnd(bytes, from: next)
        continue
      }
      // The next stretch joins this region if it too holds a non-ASCII character: one ICU call for
      // a phrase of Cyrillic or Greek words instead of one per word.
      // (Only the stretch is read: the ASCII after it is read once, by the next call.)
      let nextEnd = ByteRuns.nonSpaceRunEnd(bytes, from: next)
      guard next < nextEnd, !UTF8Validation.isASCII(UnsafeBufferPointer(rebasing: bytes[next..<nextEnd])) else { break }
      // A stretch starts after the spaces unless the character there clings to them (WB3d, WB4).
      if bytes[next] < 0x80 || !flags.flags(decodeScalar(bytes, at: next).0).contains(.wordBreakClings) {
        stretchStarts.append(next)
      }
      end = nextEnd
    }
    return start..<end
  }
}
