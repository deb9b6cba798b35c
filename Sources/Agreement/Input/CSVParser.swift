import VerbatimCore

/// An RFC 4180 CSV parser over UTF-8 bytes: comma separators, CRLF or LF line ends, fields optionally in
/// double quotes with "" for a quote and line breaks allowed inside quotes; a leading UTF-8 BOM is skipped.
/// Records carry the 1-based line on which they start. Errors name file:line:column (column in bytes).
/// The whole input must be valid UTF-8 (checked first; the error names the line and byte).
struct CSVParser {
  struct Record {
    var line: Int
    var fields: [String]
  }

  /// All records as strings.
  static func records(_ bytes: [UInt8], source: String) throws(AgreementError) -> [Record] {
    var records: [Record] = []
    try forEachRecord(bytes, source: source) { line, buffer, ranges in
      records.append(
        Record(
          line: line,
          fields: ranges.map { String(decoding: UnsafeBufferPointer(rebasing: buffer[$0]), as: UTF8.self) }))
    }
    return records
  }

  /// Calls `body(line, fieldBytes, fieldRanges)` for each record; the field bytes are unescaped and
  /// valid UTF-8, and only valid during the call.
  static func forEachRecord(
    _ bytes: [UInt8], source: String,
    _ body: (Int, UnsafeBufferPointer<UInt8>, [Range<Int>]) throws(AgreementError) -> Void
  ) throws(AgreementError) {
    try validateUTF8(bytes, source: source)
    var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var line = 1
    var lineStart = index
    var scratch: [UInt8] = []
    scratch.reserveCapacity(256)
    var ranges: [Range<Int>] = []
    var fieldStart = 0
    var recordLine = 1
    var quoted = false
    var fieldWasQuoted = false
    var recordHasContent = false

    func emit() throws(AgreementError) {
      try scratch.withUnsafeBufferPointer { buffer throws(AgreementError) in try body(recordLine, buffer, ranges) }
      scratch.removeAll(keepingCapacity: true)
      ranges.removeAll(keepingCapacity: true)
      fieldStart = 0
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
              at: SourceLocation(file: source, line: line), column: index - lineStart + 1,
              message: "a closing quote must end the field")
          }
          continue
        }
        if byte == 0x0A {
          line += 1
          lineStart = index + 1
        }
        scratch.append(byte)
        index += 1
        continue
      }
      switch byte {
      case UInt8(ascii: "\""):
        guard scratch.count == fieldStart, !fieldWasQuoted else {
          throw .malformed(
            at: SourceLocation(file: source, line: line), column: index - lineStart + 1,
            message: "a quote inside an unquoted field (quote the whole field and double inner quotes)")
        }
        quoted = true
        fieldWasQuoted = true
        recordHasContent = true
        index += 1
      case UInt8(ascii: ","):
        ranges.append(fieldStart..<scratch.count)
        fieldStart = scratch.count
        fieldWasQuoted = false
        recordHasContent = true
        index += 1
      case 0x0D, 0x0A:
        if recordHasContent || scratch.count > fieldStart {
          ranges.append(fieldStart..<scratch.count)
          try emit()
        }
        scratch.removeAll(keepingCapacity: true)
        ranges.removeAll(keepingCapacity: true)
        fieldStart = 0
        fieldWasQuoted = false
        recordHasContent = false
        if byte == 0x0D, index + 1 < count, bytes[index + 1] == 0x0A { index += 1 }
        index += 1
        line += 1
        lineStart = index
        recordLine = line
      default:
        // Copy the run of plain bytes at once.
        var end = index + 1
        while end < count {
          let next = bytes[end]
          if next == UInt8(ascii: ",") || next == 0x0A || next == 0x0D || next == UInt8(ascii: "\"") { break }
          end += 1
        }
        scratch.append(contentsOf: bytes[index..<end])
        index = end
      }
    }
    if quoted {
      throw .malformed(
        at: SourceLocation(file: source, line: recordLine), column: 0, message: "unterminated quoted field")
    }
    if recordHasContent || scratch.count > fieldStart {
      ranges.append(fieldStart..<scratch.count)
      try emit()
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

  /// Throws with line and byte column at the first invalid UTF-8 sequence; for a UTF-16 or UTF-32 file
  /// (a byte-order mark, zero bytes between the characters) with the `iconv` command that converts it,
  /// and otherwise with the conversion from Windows-1252, the usual other encoding of a spreadsheet's
  /// CSV (QA review 18: both said only "invalid UTF-8").
  static func validateUTF8(_ bytes: [UInt8], source: String) throws(AgreementError) {
    if String(validating: bytes, as: UTF8.self) != nil { return }
    try refuseUTF16(bytes, source: source)
    var line = 1
    var start = 0
    while start <= bytes.count {
      var end = start
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      let slice = bytes[start..<end]
      if String(validating: slice, as: UTF8.self) == nil {
        var valid = 0
        var length = 1
        while length <= slice.count {
          if String(validating: slice.prefix(length), as: UTF8.self) != nil {
            valid = length
          } else if length - valid >= 4 {
            break
          }
          length += 1
        }
        throw .malformed(
          at: SourceLocation(file: source, line: line), column: valid + 1,
          message: "invalid UTF-8 (a file saved as Windows-1252 or Latin-1 converts with iconv -f WINDOWS-1252 -t "
            + "UTF-8 \(source == "-" ? "FILE" : source) > ratings-utf8.csv)")
      }
      start = end + 1
      line += 1
    }
  }
}
