/// The on-disk formats a lexicon can come in.
public enum LexiconFormat: String, Sendable, CaseIterable {
  /// Decide from the file's contents, never its name (see `LexiconParser.detection`).
  case auto
  /// Verbatim's own: `term<TAB>valence(−4…+4)[<TAB>sd][<TAB>tags]`, `#` comments.
  case verbatim
  /// vaderSentiment's `vader_lexicon.txt`: `term<TAB>mean<TAB>sd<TAB>[ten ratings]`.
  case vader
  /// vaderSentiment's `emoji_utf8_lexicon.txt`: `emoji<TAB>description`.
  case vaderEmoji
  /// AFINN (Nielsen 2011, arXiv:1103.2903): `term<TAB>integer −5…+5`. Valences are scaled by 0.8 onto −4…+4.
  case afinn
}

/// One parsed line of a valence lexicon (or of an emoji-description file, where `description` is set).
struct LexiconLine: Sendable {
  var term: String
  var valence: Double
  var standardDeviation: Double?
  /// The tags the scorer acts on (`EntryTags`); other tags (`domain=service`) are checked for
  /// their key=value form and not kept.
  var tags: EntryTags
  var description: String?
  var line: Int
}

/// Parses lexicon text. Pure: no file system, no normalisation (the model builder normalises terms
/// with the tokenizer so they agree with token norms).
enum LexiconParser {
  /// AFINN's −5…+5 scale mapped onto Verbatim's −4…+4.
  static let afinnScale = 0.8

  /// Splits `contents` into (1-based line number, line) pairs without the `\r` of CRLF files.
  static func lines(_ contents: String) -> [(number: Int, text: Substring)] {
    var result: [(Int, Substring)] = []
    for (index, raw) in splitLines(contents).enumerated() {
      var line = raw
      if line.unicodeScalars.last == "\r" { line = Substring(line.unicodeScalars.dropLast()) }
      result.append((index + 1, line))
    }
    if let last = result.last, last.1.isEmpty { result.removeLast() }
    return result
  }

  /// Splits on U+000A (a String split on the Character "\n" would not split "\r\n", which Swift
  /// treats as one grapheme). Works on UTF-8 bytes: an ASCII byte always starts a code point.
  static func splitLines(_ contents: String) -> [Substring] {
    split(Substring(contents), on: 0x0A)
  }

  /// Splits on an ASCII byte, keeping empty pieces. One pass over the bytes, each piece cut with
  /// `text[range]` (the byte is ASCII, so every cut falls between scalars): the generic `split`
  /// and a `Substring` made from each UTF-8 slice cost several times as much, at every start-up.
  static func split(_ text: Substring, on byte: UInt8) -> [Substring] {
    pieces(of: text, between: (byte, byte))
  }

  /// The pieces of `text` between the bytes `separators` (ASCII; the same byte twice for one).
  private static func pieces(
    of text: Substring, between separators: (UInt8, UInt8), omittingEmpty: Bool = false
  ) -> [Substring] {
    let utf8 = text.utf8
    let found = utf8.withContiguousStorageIfAvailable { bytes -> [Substring] in
      var pieces: [Substring] = []
      var start = utf8.startIndex
      var startOffset = 0
      for offset in 0..<bytes.count where bytes[offset] == separators.0 || bytes[offset] == separators.1 {
        if !omittingEmpty || offset > startOffset {
          pieces.append(text[start..<utf8.index(start, offsetBy: offset - startOffset)])
        }
        start = utf8.index(start, offsetBy: offset + 1 - startOffset)
        startOffset = offset + 1
      }
      if !omittingEmpty || bytes.count > startOffset { pieces.append(text[start..<utf8.endIndex]) }
      return pieces
    }
    if let found { return found }
    var pieces: [Substring] = []
    var start = utf8.startIndex
    var index = start
    while index != utf8.endIndex {
      if utf8[index] == separators.0 || utf8[index] == separators.1 {
        if !omittingEmpty || index > start { pieces.append(text[start..<index]) }
        index = utf8.index(after: index)
        start = index
      } else {
        index = utf8.index(after: index)
      }
    }
    if !omittingEmpty || index > start { pieces.append(text[start..<index]) }
    return pieces
  }

  static func isComment(_ line: Substring) -> Bool {
    let trimmed = line.trimmingSpaces.utf8
    return trimmed.isEmpty || trimmed.first == UInt8(ascii: "#")
  }

  /// Guesses the format from the first data lines (`detection`).
  static func detect(_ contents: String) -> LexiconFormat {
    detection(contents).format
  }

  /// Guesses the format from the first data lines, from the contents alone: four columns with a
  /// `[…]` list → VADER; two columns, the first without letters and the second not a number →
  /// VADER emoji; two integer columns with a value beyond ±4 → AFINN; anything else → Verbatim's
  /// own. `integerPairsWithinFour` is true for a file read as Verbatim's whose lines are all two
  /// integer columns within ±4, which an AFINN file without a ±5 entry also is (the caller warns).
  /// The file's name plays no part (QA review 36, F10: a name with "afinn" in it made the same bytes
  /// AFINN, scaled by 0.8).
  static func detection(_ contents: String) -> (format: LexiconFormat, integerPairsWithinFour: Bool) {
    var integral = true
    var beyondFour = false
    var twoColumns = true
    var seen = 0
    for (_, line) in lines(contents) where !isComment(line) {
      let columns = split(line, on: 0x09)
      if columns.count >= 4, columns[3].hasPrefix("[") { return (.vader, false) }
      if columns.count == 2, Double(columns[1].trimmingSpaces) == nil,
        !columns[0].unicodeScalars.contains(where: { $0.properties.isAlphabetic })
      {
        return (.vaderEmoji, false)
      }
      if columns.count != 2 { twoColumns = false }
      if columns.count >= 2 {
        let text = columns[1].trimmingSpaces
        if Int(text) == nil { integral = false }
        if let value = Double(text), abs(value) > 4 { beyondFour = true }
      }
      seen += 1
      if seen >= 5000 { break }
    }
    if twoColumns && integral && beyondFour { return (.afinn, false) }
    return (.verbatim, twoColumns && integral && seen > 0)
  }

  /// A decimal number ("2", "-1.5", "1e-1"), or nil: `Double` also reads "0x1p1", "inf" and "nan",
  /// which no lexicon means (QA review 15). Infinity and NaN are not finite; a hexadecimal number
  /// starts "0x" after its sign, so the first three bytes tell (this runs for every entry at
  /// every start-up).
  static func decimal<S: StringProtocol>(_ text: S) -> Double? {
    guard let value = Double(text), value.isFinite else { return nil }
    var bytes = text.utf8.makeIterator()
    var first = bytes.next()
    if first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { first = bytes.next() }
    let second = bytes.next()
    if first == UInt8(ascii: "0") && (second == UInt8(ascii: "x") || second == UInt8(ascii: "X")) { return nil }
    return value
  }

  /// The tags of a column that is not ASCII, read by `Character` (`parse` splits ASCII columns by
  /// byte); throws for a tag that is not key=value.
  static func characterTags(_ text: Substring, name: String, line number: Int) throws(SentimentError) -> [String] {
    var tags: [String] = []
    for tag in text.split(whereSeparator: { $0 == ";" || $0 == " " }) {
      let isKeyValue: Bool
      if let equals = tag.firstIndex(of: "=") {
        isKeyValue = equals != tag.startIndex && tag.index(after: equals) != tag.endIndex
      } else {
        isKeyValue = false
      }
      guard isKeyValue else {
        throw .badLine(file: name, line: number, reason: "tag \"\(tag)\" is not key=value (e.g. domain=service)")
      }
      tags.append(String(tag))
    }
    return tags
  }

  /// Parses a word list: one term per line, `#` comments on lines of their own, and at most
  /// `maximumColumns` tab-separated columns; a second column is returned as `value` (an
  /// intensifier's scalar, a connective's weighted side). `layout` names the expected columns for
  /// the error (`term<TAB>scalar`).
  ///
  /// - Throws: `SentimentError.badLine` for a line with more columns than that, or with an inline
  ///   comment (QA review 36, F18: "not # the classic" became a negator that never matched, and a
  ///   third column was dropped without a word, where a valence file refuses a fifth).
  static func parseWordList(
    _ contents: String, name: String, maximumColumns: Int, layout: String
  ) throws(SentimentError) -> [(term: String, value: String?, line: Int)] {
    var result: [(String, String?, Int)] = []
    for (number, line) in lines(contents) where !isComment(line) {
      if let hash = line.utf8.firstIndex(of: UInt8(ascii: "#")), hash != line.utf8.startIndex,
        case let before = line.utf8[line.utf8.index(before: hash)], before == 0x20 || before == 0x09
      {
        throw .badLine(
          file: name, line: number,
          reason:
            "an inline comment is not read (the \"#\" and what follows would be part of the entry): put comments on lines of their own, starting with #"
        )
      }
      let columns = split(line, on: 0x09)
      // Empty columns at the end (a trailing tab) are no extra column.
      let used = (columns.lastIndex { !$0.trimmingSpaces.isEmpty } ?? 0) + 1
      guard used <= maximumColumns else {
        throw .badLine(
          file: name, line: number,
          reason: "expected \(layout), found \(used) tab-separated columns (a comment goes on a line of its own)")
      }
      let term = String(columns[0].trimmingSpaces)
      let value = columns.count > 1 ? String(columns[1].trimmingSpaces) : nil
      result.append((term, value?.isEmpty == true ? nil : value, number))
    }
    return result
  }
}

extension Substring {
  /// Without leading and trailing spaces and tabs.
  var trimmingSpaces: Substring {
    let bytes = utf8
    // Counted on the contiguous bytes (index steps through the view cost more than the test).
    if let (leading, trailing) = bytes.withContiguousStorageIfAvailable({ buffer -> (Int, Int) in
      var start = 0
      var end = buffer.count
      while start < end, buffer[start] == 0x20 || buffer[start] == 0x09 { start += 1 }
      while end > start, buffer[end - 1] == 0x20 || buffer[end - 1] == 0x09 { end -= 1 }
      return (start, buffer.count - end)
    }) {
      if leading == 0 && trailing == 0 { return self }
      // Between scalars: spaces and tabs are ASCII.
      return self[bytes.index(bytes.startIndex, offsetBy: leading)..<bytes.index(bytes.endIndex, offsetBy: -trailing)]
    }
    var start = bytes.startIndex
    var end = bytes.endIndex
    while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start = bytes.index(after: start) }
    while end > start {
      let before = bytes.index(before: end)
      guard bytes[before] == 0x20 || bytes[before] == 0x09 else { break }
      end = before
    }
    return self[start..<end]
  }
}
