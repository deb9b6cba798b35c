/// Where markup inside an answer's text separates words.
///
/// An answer element can hold child elements: XHTML from a rich-text box (`<p>one</p><p>two</p>`,
/// `line<br/>line`) or a generic export's own sub-elements. Dropping the tags and joining the text
/// pieces glued them into one word ("onetwo"). Text is now joined with a line break at the
/// boundary of any element except HTML's inline (phrasing) elements, which style part of a word
/// or phrase and must not split it: "un<b>believ</b>able" stays "unbelievable".
enum MarkupBreaks {
  /// HTML phrasing elements that do not end a line or a word (WHATWG HTML, "Phrasing content",
  /// plus the obsolete `big`, `font`, `strike`, `tt`; `wbr` marks a break opportunity inside a
  /// word). A generic export's own element of one of these names joins too.
  private static let inline: Set<String> = [
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins",
    "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u",
    "var", "wbr",
  ]

  /// Whether the start or end of the element `name` (a local name, any case) separates the text
  /// before it from the text after it.
  static func separates(_ name: String) -> Bool {
    if inline.contains(name) { return false }
    return !inline.contains(name.lowercased())
  }

  /// Joins `buffer` and the next text piece `next` across markup that separates words: the
  /// spaces and tabs on both sides of the join become one line break, unless either side has a
  /// line break there already or nothing precedes it. Trims them from `buffer` and returns how many
  /// leading bytes of `next` to leave out; nil when `next` is only spaces and tabs, which are left
  /// out while the join waits for the next piece. "alpha <br/>beta" and "x <p>one</p> y" take
  /// their line breaks ("alpha\nbeta", "x\none\ny"): a space beside the tag used to stand for
  /// the break (QA review 33), and sentence-scoped rules then saw one sentence.
  static func breakLine(in buffer: inout [UInt8], before next: UnsafeBufferPointer<UInt8>) -> Int? {
    var skipped = 0
    while skipped < next.count, isHorizontalSpace(next[skipped]) { skipped += 1 }
    guard skipped < next.count else { return nil }
    var kept = buffer.count
    while kept > 0, isHorizontalSpace(buffer[kept - 1]) { kept -= 1 }
    guard kept > 0 else { return 0 }
    buffer.removeSubrange(kept...)
    if !isLineBreak(buffer[kept - 1]) && !isLineBreak(next[skipped]) { buffer.append(0x0A) }
    return skipped
  }

  private static func isHorizontalSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

  private static func isLineBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }
}
