import VerbatimCore

/// An RFC 4180 CSV parser over UTF-8 bytes: comma separators, CRLF or LF line ends, fields optionally in
/// double quotes with "" for a quote and line breaks allowed inside quotes; a leading UTF-8 BOM is skipped.
/// Records carry the 1-based line on which they start and where each field starts. Errors name
/// file:line:column, the column counted in characters (Unicode scalars) as editors show them, the BOM not
/// counted. The whole input must be valid UTF-8 (checked first; the error names the line and column).
struct CSVParser {
  /// Where a field starts: a 1-based line and a 1-based column in characters (Unicode scalars). The
  /// position of a quoted field is that of its opening quote.
  struct Position: Sendable, Equatable {
    var line: Int
    var column: Int
  }

  struct Record {
    var line: Int
    var fields: [String]
    /// Where each of `fields` starts.
    var positions: [Position]
    /// Just past the last field: where the line break (or the end of the input) is, so where a
    /// missing field would begin.
    var end: Position = Position(line: 1, column: 1)

    /// The column a wrong field count is reported at (QA review 44 U4): where the first field past
    /// `expected` begins, or, with fewer fields, where the next one would (the end of the record).
    func fieldCountColumn(expected: Int) -> Int {
      CSVParser.fieldCountColumn(positions: positions, end: end, expected: expected)
    }
  }

  /// `Record.fieldCountColumn(expected:)` of a record's field positions and end, as
  /// `forEachRecord` hands them out.
  static func fieldCountColumn(positions: [Position], end: Position, expected: Int) -> Int {
    positions.count > expected ? positions[expected].column : end.column
  }

  /// All records as strings.
  static func records(_ bytes: [UInt8], source: String) throws(AgreementError) -> [Record] {
    var records: [Record] = []
    try forEachRecord(bytes, source: source) { line, buffer, ranges, positions, end in
      records.append(
        Record(
          line: line,
          fields: ranges.map { String(decoding: UnsafeBufferPointer(rebasing: buffer[$0]), as: UTF8.self) },
          positions: positions, end: end))
    }
    return records
  }

  /// Calls `body(line, fieldBytes, fieldRanges, fieldPositions, end)` for each record (`end`: just
  /// past its last field); the field bytes are unescaped and valid UTF-8, and only valid during the
  /// call.
  ///
  /// Columns count characters: the UTF-8 continuation bytes of the line so far are counted run by run
  /// (`UTF8Validation.continuationByteCount`, only for runs that are not ASCII) and taken off the byte
  /// offset, as the survey importer's CSV reader does.
  static func forEachRecord(
    _ bytes: [UInt8], source: String,
    _ body: (Int, UnsafeBufferPointer<UInt8>, [Range<Int>], [Position], Position) throws(AgreementError) -> Void
  ) throws(AgreementError) {
    try validateUTF8(bytes, source: source)
    var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var line = 1
    var lineStart = index
    // UTF-8 continuation bytes of the current line before `index`: a byte offset less these is a
    // character offset.
    var lineContinuations = 0
    var scratch: [UInt8] = []
    scratch.reserveCapacity(256)
    var ranges: [Range<Int>] = []
    var positions: [Position] = []
    var fieldStart = 0
    var fieldPosition = Position(line: 1, column: 1)
    var quotePosition = Position(line: 1, column: 1)
    var recordLine = 1
    var quoted = false
    var fieldWasQuoted = false
    var recordHasContent = false

    func emit(end: Position) throws(AgreementError) {
      try scratch.withUnsafeBufferPointer { buffer throws(AgreementError) in
        try body(recordLine, buffer, ranges, positions, end)
      }
      scratch.removeAll(keepingCapacity: true)
      ranges.removeAll(keepingCapacity: true)
      positions.removeAll(keepingCapacity: true)
      fieldStart = 0
    }

    /// The end of the run from `start` of bytes that are none of `stops`, with the run's UTF-8
    /// continuation bytes added to `lineContinuations`.
    func runEnd(from start: Int, quoted: Bool) -> Int {
      bytes.withUnsafeBufferPointer { buffer in
        var end = start
        // The bytes OR-ed together: a run of ASCII (most runs) has no continuation byte to count.
        var seen: UInt8 = 0
        while end < buffer.count {
          let next = buffer[end]
          if next == UInt8(ascii: "\"") || next == 0x0A { break }
          if !quoted && (next == UInt8(ascii: ",") || next == 0x0D) { break }
          seen |= next
          end += 1
        }
        if seen >= 0x80 {
          lineContinuations += UTF8Validation.continuationByteCount(UnsafeBufferPointer(rebasing: buffer[start..<end]))
        }
        return end
      }
    }

    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if quoted {
        if byte == UInt8(ascii: "\"") {
          if index + 1 < count, bytes[index + 1] == UInt8(ascii: "\"") {
            scratch.append(byte)
            index += 2
            continue
          }
          quoted = false
          index += 1
          if index < count, bytes[index] != UInt8(ascii: ","), bytes[index] != 0x0A, bytes[index] != 0x0D {
            throw .malformed(
              at: SourceLocation(file: source, line: line), column: index - lineStart - lineContinuations + 1,
              message: "a closing quote must end the field")
          }
          continue
        }
        if byte == 0x0A {
          line += 1
          lineStart = index + 1
          lineContinuations = 0
          scratch.append(byte)
          index += 1
          continue
        }
        // Copy the run of quoted bytes up to the next quote or line feed at once.
        let end = runEnd(from: index, quoted: true)
        scratch.append(contentsOf: bytes[index..<end])
        index = end
        continue
      }
      switch byte {
      case UInt8(ascii: "\""):
        guard scratch.count == fieldStart, !fieldWasQuoted else {
          throw .malformed(
            at: SourceLocation(file: source, line: line), column: index - lineStart - lineContinuations + 1,
            message: "a quote inside an unquoted field (quote the whole field and double inner quotes)")
        }
        quoted = true
        fieldWasQuoted = true
        recordHasContent = true
        quotePosition = Position(line: line, column: index - lineStart - lineContinuations + 1)
        index += 1
      case UInt8(ascii: ","):
        ranges.append(fieldStart..<scratch.count)
        positions.append(fieldPosition)
        fieldStart = scratch.count
        fieldWasQuoted = false
        recordHasContent = true
        index += 1
        fieldPosition = Position(line: line, column: index - lineStart - lineContinuations + 1)
      case 0x0D, 0x0A:
        if recordHasContent || scratch.count > fieldStart {
          ranges.append(fieldStart..<scratch.count)
          positions.append(fieldPosition)
          try emit(end: Position(line: line, column: index - lineStart - lineContinuations + 1))
        }
        scratch.removeAll(keepingCapacity: true)
        ranges.removeAll(keepingCapacity: true)
        positions.removeAll(keepingCapacity: true)
        fieldStart = 0
        fieldWasQuoted = false
        recordHasContent = false
        if byte == 0x0D, index + 1 < count, bytes[index + 1] == 0x0A { index += 1 }
        index += 1
        line += 1
        lineStart = index
        lineContinuations = 0
        recordLine = line
        fieldPosition = Position(line: line, column: 1)
      default:
        // Copy the run of plain bytes at once.
        let end = runEnd(from: index, quoted: false)
        scratch.append(contentsOf: bytes[index..<end])
        index = end
      }
    }
    if quoted {
      // Where the quote that never closed opened: the record's line is where its first field starts.
      throw .malformed(
        at: SourceLocation(file: source, line: quotePosition.line), column: quotePosition.column,
        message: "unterminated quoted field")
    }
    if recordHasContent || scratch.count > fieldStart {
      ranges.append(fieldStart..<scratch.count)
      positions.append(fieldPosition)
      try emit(end: Position(line: line, column: index - lineStart - lineContinuations + 1))
    }
  }

  /// Throws `.malformed` with conversion advice when the first line is UTF-16 or UTF-32.
  static func refuseUTF16(_ bytes: [UInt8], source: String) throws(AgreementError) {
    let firstLine = bytes.prefix { $0 != 0x0A }
    let evidence = firstLine.withUnsafeBufferPointer { UTF8Validation.utf16Evidence($0) }
    if let (encoding, evidence) = evidence {
      throw .malformed(
        at: SourceLocation(file: source, line: 1), column: 1,
        message: UTF8Validation.conversionAdvice(
          "file", encoding: encoding, evidence: evidence, from: source == "-" ? "FILE" : source,
          to: "ratings-utf8.csv"))
    }
  }

  /// Throws with the line and column (in characters, as the parser counts them) of the first invalid
  /// UTF-8 sequence; for a UTF-16 or UTF-32 file
  /// (a byte-order mark, zero bytes between the characters) with the `iconv` command that converts it,
  /// and otherwise with the conversion from Windows-1252, the usual other encoding of a spreadsheet's
  /// CSV (QA review 18: both said only "invalid UTF-8").
  static func validateUTF8(_ bytes: [UInt8], source: String) throws(AgreementError) {
    if String(validating: bytes, as: UTF8.self) != nil { return }
    try refuseUTF16(bytes, source: source)
    var line = 1
    // A byte-order mark is no character of the first line.
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while start <= bytes.count {
      var end = start
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      let column = bytes.withUnsafeBufferPointer { buffer -> Int? in
        let slice = UnsafeBufferPointer(rebasing: buffer[start..<end])
        guard let offset = UTF8Validation.firstInvalidOffset(slice) else { return nil }
        return offset - UTF8Validation.continuationByteCount(UnsafeBufferPointer(rebasing: slice[..<offset])) + 1
      }
      if let column {
        throw .malformed(
          at: SourceLocation(file: source, line: line), column: column,
          message: "invalid UTF-8 (a file saved as Windows-1252 or Latin-1 converts with iconv -f WINDOWS-1252 -t "
            + "UTF-8 \(source == "-" ? "FILE" : source) > ratings-utf8.csv)")
      }
      start = end + 1
      line += 1
    }
  }
}
