extension LexiconParser {
  /// Parses a valence lexicon or an emoji-description file.
  ///
  /// Reads the UTF-8 bytes: lines, columns and tags are cut at ASCII bytes (tab, `;`, space, which
  /// always fall between scalars) and only the strings kept (terms, descriptions) are made; an ASCII
  /// tag is matched against `EntryTags.named` in place (no String per tag).
  /// Cutting each line and column as a `Substring` cost 70M instructions at every start-up for the
  /// shipped lexicons' 8,000 lines. A tag column that is not ASCII is read by `Character`, as a
  /// `String` comparison would.
  static func parse(_ contents: String, name: String, format: LexiconFormat) throws(SentimentError) -> [LexiconLine] {
    var warnings: [LexiconWarning] = []
    return try parse(contents, name: name, format: format, warnings: &warnings)
  }

  /// `parse`, adding the file's non-fatal findings to `warnings` (a tag key one typo away from one
  /// the scorer acts on: `LexiconTags`).
  static func parse(
    _ contents: String, name: String, format: LexiconFormat, warnings: inout [LexiconWarning]
  ) throws(SentimentError) -> [LexiconLine] {
    let format = format == .auto ? detect(contents) : format
    let bytes = Array(contents.utf8)
    let (lines, found) = try bytes.withUnsafeBufferPointer { bytes throws(SentimentError) in
      var parser = BytewiseLexicon(bytes: bytes, name: name, format: format)
      return (try parser.parse(), parser.warnings)
    }
    warnings += found
    return lines
  }
}

/// The state of one `LexiconParser.parse` over a file's bytes.
private struct BytewiseLexicon {
  let bytes: UnsafeBufferPointer<UInt8>
  let name: String
  let format: LexiconFormat
  /// The current line's tab-separated columns (reused).
  private var columns: [Range<Int>] = []
  /// The offsets of the current line's tabs (reused; filled by `lineEnd(from:)`).
  private var tabs: [Int] = []
  private var result: [LexiconLine] = []
  /// Tags warned about (`LexiconTags.Problem.warning`), in line order.
  private(set) var warnings: [LexiconWarning] = []
  /// The last ASCII tag column read without an error or a warning: its position among the line's
  /// columns, its bytes and its tags. A column of the same bytes at the same position has the same
  /// tags (reading one depends on its bytes alone, and it has no problem to report), and most
  /// lines of a file repeat the line before's ("domain=service"): one comparison, where reading
  /// its tags walked each byte four times, at every start-up.
  private var lastTags: (position: Int, column: Range<Int>, tags: EntryTags) = (-1, 0..<0, [])

  init(bytes: UnsafeBufferPointer<UInt8>, name: String, format: LexiconFormat) {
    self.bytes = bytes
    self.name = name
    self.format = format
  }

  /// Every line's entry, in order (`LexiconParser.lines`: split on LF, one CR dropped from a line's
  /// end, numbered from 1; empty lines are skipped in every format).
  mutating func parse() throws(SentimentError) -> [LexiconLine] {
    var start = 0
    var number = 1
    result.reserveCapacity(bytes.count / 32)  // the shipped lexicons average 31 bytes a line
    while start < bytes.count {
      let end = lineEnd(from: start)
      let lineEnd = end > start && bytes[end - 1] == 0x0D ? end - 1 : end
      try parseLine(start..<lineEnd, number: number)
      start = end + 1
      number += 1
    }
    return result
  }

  /// The offset of the first LF at or after `start` (or the end of the bytes), noting the offsets
  /// of the tabs before it in `tabs`. Eight bytes are tested at a time: a byte-by-byte search for
  /// the two cost some 3M instructions at every start-up for the shipped lexicons' 340 KB.
  private mutating func lineEnd(from start: Int) -> Int {
    tabs.removeAll(keepingCapacity: true)
    guard let base = bytes.baseAddress else { return start }
    let count = bytes.count
    var index = start
    while index + 8 <= count {
      let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      let feeds = Self.zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A)
      var found = Self.zeroBytes(word ^ 0x0909_0909_0909_0909)
      if feeds != 0 {
        // Only the tabs before the line feed: the bits below its byte's.
        found &= (feeds & (0 &- feeds)) &- 1
      }
      while found != 0 {
        tabs.append(index + found.trailingZeroBitCount >> 3)
        found &= found &- 1
      }
      if feeds != 0 { return index + feeds.trailingZeroBitCount >> 3 }
      index += 8
    }
    while index < count && base[index] != 0x0A {
      if base[index] == 0x09 { tabs.append(index) }
      index += 1
    }
    return index
  }

  /// The high bit of each byte of `word` that is zero, and no other bit: exact for every byte
  /// (unlike the borrow-based test, whose false flags above a zero byte would be false tabs).
  @inline(__always)
  private static func zeroBytes(_ word: UInt64) -> UInt64 {
    let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    return ~(((word & low7) &+ low7) | word | low7)
  }

  private func trimmed(_ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper && (bytes[lower] == 0x20 || bytes[lower] == 0x09) { lower += 1 }
    while upper > lower && (bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09) { upper -= 1 }
    return lower..<upper
  }

  private func string(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// `LexiconParser.decimal` of `range`: `plainDecimal`, else the text through `Double`.
  private func decimal(_ range: Range<Int>) -> Double? {
    plainDecimal(range) ?? LexiconParser.decimal(string(range))
  }

  /// The value of a plain decimal ("2", "-1.5", "0.25": an optional "-", digits, and optionally "."
  /// and more digits; 15 digits at most), or nil for any other form. Exact without `strtod` (1,000
  /// instructions a call, for every entry at every start-up): the digits as an integer below 2^53
  /// and a power of ten up to 10^15 are both exact doubles, so their quotient is correctly
  /// rounded, as `strtod`'s result is.
  private func plainDecimal(_ range: Range<Int>) -> Double? {
    var index = range.lowerBound
    let negative = index < range.upperBound && bytes[index] == UInt8(ascii: "-")
    if negative { index += 1 }
    var mantissa: UInt64 = 0
    var integerDigits = 0
    var fractionDigits = 0
    var seenPoint = false
    while index < range.upperBound {
      let byte = bytes[index]
      if byte == UInt8(ascii: ".") && !seenPoint {
        seenPoint = true
      } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
        if seenPoint { fractionDigits += 1 } else { integerDigits += 1 }
        guard integerDigits + fractionDigits <= 15 else { return nil }
      } else {
        return nil
      }
      index += 1
    }
    guard integerDigits > 0, !seenPoint || fractionDigits > 0 else { return nil }
    let magnitude = Double(mantissa) / Self.powersOfTen[fractionDigits]
    return negative ? -magnitude : magnitude
  }

  /// 10^0 … 10^15, each exact.
  private static let powersOfTen: [Double] = (0...15).map { (0..<$0).reduce(1.0) { value, _ in value * 10 } }

  private func contains(_ range: Range<Int>, _ byte: UInt8) -> Bool {
    range.contains { bytes[$0] == byte }
  }

  private func badLine(_ number: Int, _ reason: String) -> SentimentError {
    .badLine(file: name, line: number, reason: reason)
  }

  /// Refuses a tag `LexiconTags` finds wrong, or notes its warning.
  private mutating func check(key: Substring, value: Substring, number: Int) throws(SentimentError) {
    switch LexiconTags.problem(key: key, value: value) {
    case .error(let reason): throw badLine(number, reason)
    case .warning(let message): warnings.append(LexiconWarning(file: name, line: number, message: message))
    case nil: break
    }
  }

  private mutating func parseLine(_ line: Range<Int>, number: Int) throws(SentimentError) {
    if format == .verbatim || format == .afinn {
      let content = trimmed(line)
      if content.isEmpty || bytes[content.lowerBound] == UInt8(ascii: "#") { return }
    } else if line.allSatisfy({ bytes[$0] == 0x20 || bytes[$0] == 0x09 }) {
      return
    }
    columns.removeAll(keepingCapacity: true)
    var columnStart = line.lowerBound
    // The line's tabs, as `lineEnd(from:)` found them (all fall before a CR that ends the line).
    for index in tabs {
      columns.append(columnStart..<index)
      columnStart = index + 1
    }
    columns.append(columnStart..<line.upperBound)
    let termRange = trimmed(columns[0])
    guard !termRange.isEmpty else { throw badLine(number, "empty term") }
    guard columns.count >= 2 else { throw badLine(number, "expected term<TAB>value, found no tab") }
    let term = string(termRange)
    let second = trimmed(columns[1])
    switch format {
    case .vaderEmoji:
      guard !second.isEmpty else { throw badLine(number, "empty emoji description") }
      result.append(
        LexiconLine(
          term: term, valence: 0, standardDeviation: nil, tags: [], description: string(second), line: number))
      return
    case .afinn:
      let text = string(second)
      guard let value = Int(text), (-5...5).contains(value) else {
        throw badLine(number, "AFINN valence must be an integer from -5 to 5, found \"\(text)\"")
      }
      result.append(
        LexiconLine(
          term: term, valence: Double(value) * LexiconParser.afinnScale, standardDeviation: nil, tags: [],
          description: nil, line: number))
      return
    case .vader:
      guard let value = decimal(second) else { throw badLine(number, "valence \"\(string(second))\" is not a number") }
      // VADER's scale is −4…+4, and a standard deviation is not negative (QA review 15: a typo 9
      // was accepted and outweighed every other word).
      guard (-4...4).contains(value) else {
        throw badLine(number, "valence \(string(second)) is outside VADER's scale -4…+4")
      }
      var sd: Double?
      if columns.count > 2, case let deviation = trimmed(columns[2]), !deviation.isEmpty {
        guard let parsed = decimal(deviation), parsed >= 0 else {
          throw badLine(number, "standard deviation \"\(string(deviation))\" is not a number of 0 or more")
        }
        sd = parsed
      }
      result.append(
        LexiconLine(term: term, valence: value, standardDeviation: sd, tags: [], description: nil, line: number))
      return
    case .verbatim, .auto:
      break
    }
    guard let value = decimal(second) else { throw badLine(number, "valence \"\(string(second))\" is not a number") }
    guard (-4...4).contains(value) else { throw badLine(number, "valence \(string(second)) is outside -4…+4") }
    // term, valence, standard deviation, tags: a fifth column, a deviation that is not a number
    // or a tag that is not key=value is a mistake to report, not to skip (review r20a).
    if columns.count > 4, columns.dropFirst(4).contains(where: { !trimmed($0).isEmpty }) {
      throw badLine(number, "more than four tab-separated columns (term, valence, standard deviation, tags)")
    }
    if termRange.count == 1 && bytes[termRange.lowerBound] == UInt8(ascii: "*") {
      throw badLine(number, "a lone \"*\" matches nothing")
    }
    var sd: Double?
    var tags: EntryTags = []
    for position in columns.indices.dropFirst(2) {
      let text = trimmed(columns[position])
      if text.isEmpty { continue }
      if position == lastTags.position,
        UnsafeBufferPointer(rebasing: bytes[text]).bytesEqual(UnsafeBufferPointer(rebasing: bytes[lastTags.column]))
      {
        tags.formUnion(lastTags.tags)
        continue
      }
      // ASCII columns (the shipped lexicons' tags and deviations) are read by byte, where each byte
      // is one `Character` (a line holds no LF, so no CR LF pair either).
      let ascii = text.allSatisfy { bytes[$0] < 0x80 }
      if position == 2, ascii ? !contains(text, UInt8(ascii: "=")) : !string(text).contains("=") {
        guard let deviation = decimal(text) else {
          throw badLine(number, "standard deviation \"\(string(text))\" is not a number")
        }
        guard deviation >= 0 else { throw badLine(number, "standard deviation \(string(text)) is negative") }
        sd = deviation
        continue
      }
      guard ascii else {
        let named = try LexiconParser.characterTags(Substring(string(text)), name: name, line: number)
        for tag in named {
          let parts = tag.split(separator: "=", maxSplits: 1)
          try check(key: parts[0], value: parts[1], number: number)
        }
        tags.formUnion(EntryTags(lexiconTags: named))
        continue
      }
      let warningCount = warnings.count
      var columnTags: EntryTags = []
      var tagStart = text.lowerBound
      for index in text.lowerBound...text.upperBound
      where index == text.upperBound || bytes[index] == UInt8(ascii: ";") || bytes[index] == UInt8(ascii: " ") {
        defer { tagStart = index + 1 }
        guard index > tagStart else { continue }
        let tag = tagStart..<index
        // key=value: the first "=" is neither the tag's first byte nor its last.
        let equals = tag.first { bytes[$0] == UInt8(ascii: "=") }
        guard let equals, equals != tag.lowerBound, equals + 1 != tag.upperBound else {
          throw badLine(number, "tag \"\(string(tag))\" is not key=value (e.g. domain=service)")
        }
        let tagBytes = UnsafeBufferPointer(rebasing: bytes[tag])
        let set = EntryTags(tagBytes: tagBytes)
        if !LexiconTags.isPlainlyValid(tagBytes, equals: equals - tag.lowerBound, setsBehaviour: !set.isEmpty) {
          try check(
            key: Substring(string(tag.lowerBound..<equals)), value: Substring(string((equals + 1)..<tag.upperBound)),
            number: number)
        }
        columnTags.formUnion(set)
      }
      tags.formUnion(columnTags)
      if warnings.count == warningCount { lastTags = (position, text, columnTags) }
    }
    result.append(
      LexiconLine(term: term, valence: value, standardDeviation: sd, tags: tags, description: nil, line: number))
  }
}
