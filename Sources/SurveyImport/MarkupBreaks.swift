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

  /// Appends a line break to `buffer` before the next text piece, unless either side already has
  /// white space there or nothing precedes it. `next` is the first byte of the piece.
  static func breakLine(in buffer: inout [UInt8], before next: UInt8?) {
    guard let last = buffer.last, !isSpace(last), let next, !isSpace(next) else { return }
    buffer.append(0x0A)
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
  }
}
