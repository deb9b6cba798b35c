import VerbatimCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A streaming RFC 4180 parser: fields separated by a delimiter, optionally quoted with `"`
/// (a doubled `""` inside quotes is one quote; quoted fields may hold delimiters and line breaks).
/// Records end at LF or CRLF outside quotes, or at a lone CR when the first line ends in one (a
/// classic Mac file); elsewhere a lone CR is a byte of its field. A UTF-8 byte-order mark at the
/// start is skipped.
/// Fields are handed out as bytes; the caller decodes them.
///
/// Memory is bounded on hostile input: a field larger than `ImportLimits.maximumFieldBytes`
/// or a record larger than `ImportLimits.maximumRecordBytes` is not kept; the parser reads on to
/// the end of the record and reports it in `problem`, so the caller rejects the record and
/// goes on. Text after a closing quote (`"x"y`) is reported the same way instead of being
/// guessed into `xy`. Errors and problems carry the line and the 1-based column, in characters
/// (UTF-8 lead bytes), as XML and JSON messages count them and editors show them (review h42 #8: CSV
/// counted bytes).
final class CSVParser {
  /// The name used in messages.
  let path: String
  /// Why the record just returned by `nextRecord` cannot be used (its fields are incomplete),
  /// or nil when it is well-formed.
  private(set) var problem: CSVProblem?
  /// Whether the last record read had a quoted field (`""` is a record with one empty field, not a
  /// blank line).
  private(set) var recordHadQuote = false
  private let descriptor: Int32
  private var buffer: [UInt8]
  private var position = 0
  private var end = 0
  private var atEOF = false
  private(set) var delimiter: UInt8 = UInt8(ascii: ",")
  /// Whether a lone CR ends a line: the first line ends in one (a classic Mac file). In an LF or
  /// CRLF file a CR not followed by LF is text of its field (QA review 38: it ended the row, the
  /// rest of the answer became a made-up respondent, and the import succeeded).
  private(set) var loneCREndsLines = false
  /// Line number (1-based) where the current record starts.
  private(set) var recordLine = 0
  /// The line the file ends on, when its last record ends there without a line break and its last
  /// field is not quoted (nil otherwise): an export cut short ends so, mid-answer, and so do many
  /// complete ones, so the caller notes it rather than rejecting the record. A quoted last field
  /// shows its end (its closing quote); one never closed is an error.
  private(set) var unterminatedLastLine: Int?
  private var line = 1
  private(set) var bytesRead: Int64 = 0
  /// Whether `nextRecord` notes where each field starts in `fieldPlaces` (the header rows, whose
  /// cells a message may place; off for the data rows, which need no list a record).
  var recordsFieldPlaces = false
  /// Where each field of the record last read starts (its opening quote, if quoted): line and
  /// 1-based column in characters. Filled while `recordsFieldPlaces` is on, else left empty.
  private(set) var fieldPlaces: [(line: Int, column: Int)] = []

  /// Opens `source` (the file to read); messages name `path` (default: `source`).
  init(path source: String, displayName: String? = nil, delimiter: UInt8? = nil) throws(ImportError) {
    let path = displayName ?? source
    self.path = path
    let fd = open(source, O_RDONLY)
    guard fd >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
    var info = stat()
    if fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
      close(fd)
      throw .cannotOpen(path: path, reason: "is a directory")
    }
    descriptor = fd
    buffer = [UInt8](repeating: 0, count: 1 << 20)
    try fill()
    // A byte-order mark, or several: a BOM file concatenated or re-saved by some tools starts with
    // two (QA review 31: the second one became part of the id column's name, the id column was not
    // found, and respondents were numbered by row).
    while end >= position + 3, buffer[position] == 0xEF, buffer[position + 1] == 0xBB, buffer[position + 2] == 0xBF {
      position += 3
    }
    if let declared = skipSeparatorLine() {
      self.delimiter = delimiter ?? declared
    } else {
      self.delimiter = delimiter ?? detectDelimiter()
    }
    loneCREndsLines = firstLineEndsInLoneCR()
  }

  /// Whether the first line end outside quotes in the buffered start of the file is a CR not
  /// followed by LF.
  private func firstLineEndsInLoneCR() -> Bool {
    guard let index = firstLineEnd(), buffer[index] == 0x0D else { return false }
    return index + 1 >= end ? atEOF : buffer[index + 1] != 0x0A
  }

  /// The offset of the first LF or CR outside quotes in the buffered start of the file, or nil;
  /// `visit` sees each byte outside quotes before it.
  private func firstLineEnd(visit: (UInt8) -> Void = { _ in }) -> Int? {
    var quoted = false
    for index in position..<end {
      let byte = buffer[index]
      if byte == UInt8(ascii: "\"") {
        quoted.toggle()
      } else if !quoted {
        if byte == 0x0A || byte == 0x0D { return index }
        visit(byte)
      }
    }
    return nil
  }

  /// Excel's `sep=;` first line declares the delimiter and is not a row (QA review 18: the file was
  /// read with "sep=;" as its header). Skips it and returns the delimiter, or nil when there is none.
  private func skipSeparatorLine() -> UInt8? {
    let prefix = Array("sep=".utf8)
    guard end - position >= prefix.count + 1,
      zip(buffer[position..<(position + prefix.count)], prefix).allSatisfy({ $0 | 0x20 == $1 | 0x20 })
    else { return nil }
    let separator = buffer[position + prefix.count]
    var next = position + prefix.count + 1
    if next < end, buffer[next] == 0x0D { next += 1 }
    guard separator != 0x0A, separator != 0x0D, separator != UInt8(ascii: "\""), next < end, buffer[next] == 0x0A
    else { return nil }
    position = next + 1
    line = 2
    return separator
  }

  deinit { close(descriptor) }

  /// The delimiter that occurs most often in the first line outside quotes (`,` `;` tab `|`).
  private func detectDelimiter() -> UInt8 {
    var counts: [UInt8: Int] = [:]
    _ = firstLineEnd { byte in
      if byte == 0x2C || byte == 0x3B || byte == 0x09 || byte == 0x7C { counts[byte, default: 0] += 1 }
    }
    let order: [UInt8] = [0x2C, 0x3B, 0x09, 0x7C]
    return order.max {
      (counts[$0] ?? 0, -(order.firstIndex(of: $0) ?? 0)) < (counts[$1] ?? 0, -(order.firstIndex(of: $1) ?? 0))
    }
      ?? 0x2C
  }

  private func fill() throws(ImportError) {
    if position > 0 {
      buffer.withUnsafeMutableBytes { raw in
        let base = raw.baseAddress!
        memmove(base, base + position, end - position)
      }
      end -= position
      position = 0
    }
    if end == buffer.count { buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count)) }
    let got = buffer.withUnsafeMutableBytes { raw in read(descriptor, raw.baseAddress! + end, raw.count - end) }
    if got < 0 { throw .readFailed(path: path, reason: String(cString: strerror(errno))) }
    if got == 0 { atEOF = true }
    end += got
    bytesRead += Int64(got)
  }

  private func nextByte() throws(ImportError) -> UInt8? {
    if position == end {
      if atEOF { return nil }
      try fill()
      if position == end { return nil }
    }
    let byte = buffer[position]
    position += 1
    return byte
  }

  /// How many bytes from `position` on, within what is buffered, are neither a quote nor a line
  /// end, nor (outside quotes) the delimiter.
  /// `continuationBytes` is set to the UTF-8 continuation bytes among them (so that columns count
  /// characters), counted eight bytes at a time after the run is found: counted in the run's loop,
  /// byte by byte, they cost 4% of an import's instructions.
  @inline(__always)
  private func ordinaryRun(quoted: Bool, continuationBytes: inout Int) -> Int {
    let delimiter = quoted ? UInt8(ascii: "\"") : self.delimiter
    var continuation = 0
    let run = buffer.withUnsafeBufferPointer { bytes in
      var index = position
      // The bytes OR-ed together: a run of ASCII (most runs) has no continuation byte to count.
      var seen: UInt8 = 0
      while index < end {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") || byte == delimiter || byte == 0x0A || byte == 0x0D { break }
        seen |= byte
        index += 1
      }
      if seen >= 0x80 {
        continuation = UTF8Validation.continuationByteCount(UnsafeBufferPointer(rebasing: bytes[position..<index]))
      }
      return index - position
    }
    continuationBytes = continuation
    return run
  }

  private func peekByte() throws(ImportError) -> UInt8? {
    if position == end {
      if atEOF { return nil }
      try fill()
      if position == end { return nil }
    }
    return buffer[position]
  }

  /// The next record's fields, or nil at the end of the file. An unterminated quote is an error
  /// (`malformed`, with the line and column of the opening quote). A record that is too large or
  /// has text after a closing quote is returned with `problem` set; a record with a field over the
  /// limit keeps the fields before that one (the caller may name the respondent), a record over
  /// the record limit none.
  func nextRecord(into fields: inout [[UInt8]]) throws(ImportError) -> Bool {
    fields.removeAll(keepingCapacity: true)
    if !fieldPlaces.isEmpty { fieldPlaces.removeAll(keepingCapacity: true) }
    problem = nil
    recordHadQuote = false
    guard try peekByte() != nil else { return false }
    recordLine = line
    var field: [UInt8] = []
    var quoted = false
    var wasQuoted = false
    var closedQuote = false
    var column = 0
    var quoteLine = line
    var quoteColumn = 0
    var recordBytes = 0
    var dropping = false
    var fieldLine = line  // where the current field starts
    var fieldColumn = 1
    func note(_ found: CSVProblem) {
      if problem == nil { problem = found }
    }
    func keep(_ byte: UInt8) {
      recordBytes += 1
      if dropping { return }
      if field.count >= ImportLimits.maximumFieldBytes {
        note(
          CSVProblem(
            line: fieldLine, column: fieldColumn, field: fields.count + 1,
            message:
              "field \(fields.count + 1) is larger than the \(ImportLimits.describe(ImportLimits.maximumFieldBytes)) limit for one field"
          ))
        dropping = true
        field = []
      } else if recordBytes > ImportLimits.maximumRecordBytes {
        note(
          CSVProblem(
            line: recordLine, column: 1, field: fields.count + 1,
            message:
              "the record is larger than the \(ImportLimits.describe(ImportLimits.maximumRecordBytes)) limit for one record"
          ))
        dropping = true
        field = []
        fields = []
      } else {
        field.append(byte)
      }
    }
    func endField() {
      if !dropping {
        fields.append(field)
        if recordsFieldPlaces { fieldPlaces.append((fieldLine, fieldColumn)) }
      }
      field.removeAll(keepingCapacity: !dropping)
      recordBytes += 1
      if fields.count > ImportLimits.maximumFields, !dropping {
        // As for an XML record: 16 million empty fields (a row of commas) took 3 GB (QA review 39).
        note(
          CSVProblem(
            line: recordLine, column: 1, field: fields.count, message: ImportLimits.tooManyFields))
        dropping = true
        fields = []
      }
      if recordBytes > ImportLimits.maximumRecordBytes, !dropping {
        note(
          CSVProblem(
            line: recordLine, column: 1, field: fields.count,
            message:
              "the record is larger than the \(ImportLimits.describe(ImportLimits.maximumRecordBytes)) limit for one record"
          ))
        dropping = true
        fields = []
      }
    }
    while true {
      // A run of bytes that need no decision (not a quote, line end or, outside quotes, the
      // delimiter) is taken at once, as `keep` would take them one by one (most of a record's
      // bytes; one at a time cost some 100 instructions a byte): added up to where a limit would
      // stop it (`keep` then reports the next byte), or only counted when the field is dropped.
      if !closedQuote && position < end {
        var continuation = 0
        let run = ordinaryRun(quoted: quoted, continuationBytes: &continuation)
        if dropping {
          position += run
          column += run - continuation
          recordBytes += run
        } else {
          let fit = min(
            run, ImportLimits.maximumFieldBytes - field.count, ImportLimits.maximumRecordBytes - recordBytes)
          if fit > 0 {
            field.append(contentsOf: buffer[position..<(position + fit)])
            if fit < run { continuation = buffer[position..<(position + fit)].count { $0 & 0xC0 == 0x80 } }
            position += fit
            column += fit - continuation
            recordBytes += fit
          }
        }
      }
      guard let byte = try nextByte() else { break }
      // Columns count characters, as in XML and JSON messages: a continuation byte adds none.
      if byte & 0xC0 != 0x80 { column += 1 }
      if quoted {
        if byte == UInt8(ascii: "\"") {
          if try peekByte() == UInt8(ascii: "\"") {
            _ = try nextByte()
            column += 1
            keep(byte)
          } else {
            quoted = false
            closedQuote = true
          }
        } else {
          if byte == 0x0A {
            line += 1
            column = 0
          } else if byte == 0x0D, loneCREndsLines, try peekByte() != 0x0A {
            line += 1
            column = 0
          }
          keep(byte)
        }
        continue
      }
      // A CR ends the line when LF follows it, or when lone CRs end this file's lines.
      var endsLine = byte == 0x0A
      if byte == 0x0D {
        endsLine = loneCREndsLines
        if !endsLine { endsLine = try peekByte() == 0x0A }
      }
      switch byte {
      case UInt8(ascii: "\"") where field.isEmpty && !wasQuoted:
        quoted = true
        wasQuoted = true
        recordHadQuote = true
        quoteLine = line
        quoteColumn = column
      case delimiter:
        endField()
        wasQuoted = false
        closedQuote = false
        fieldLine = line
        fieldColumn = column + 1
      case _ where endsLine:
        if byte == 0x0D, try peekByte() == 0x0A { _ = try nextByte() }
        line += 1
        endField()
        return true
      default:
        if closedQuote {
          let field = fields.count + 1
          // A stray quote that opened a field swallowing the rows after it is reported where it opened
          // (QA review 18: the reject named only line 7, where the text after the closing quote is,
          // not line 3, where the quote opened and the rows that vanished into it begin).
          let swallowed = quoteLine < line
          note(
            CSVProblem(
              line: swallowed ? quoteLine : line, column: swallowed ? quoteColumn : column, field: field,
              message: swallowed
                ? "field \(field) opens a quote here that runs to line \(line), where text follows its closing quote "
                  + "(column \(column)); lines \(quoteLine)–\(line) are read as this one row: a quote inside a field "
                  + "must be doubled (\"\"), or the field quoted"
                : "text after the closing quote of field \(field) (a quote inside a quoted field must be doubled: \"\")"
            ))
          closedQuote = false
        }
        keep(byte)
      }
    }
    if quoted {
      throw .malformed(
        path: path, line: quoteLine, column: quoteColumn,
        message: "a quoted field opened here is never closed (the file is truncated or a quote is missing)",
        recordsBefore: 0)
    }
    if !wasQuoted { unterminatedLastLine = line }
    endField()
    return true
  }
}

/// Why one CSV record cannot be imported as it stands; the record is rejected with this reason.
struct CSVProblem: Equatable {
  /// Line (1-based) where the problem is.
  var line: Int
  /// 1-based column within that line, in characters (UTF-8 lead bytes).
  var column: Int
  /// 1-based field number.
  var field: Int
  /// What is wrong, without quoting the data (the reject gives the line and column).
  var message: String
}

/// Size limits that keep memory bounded on hostile input, the same for every format: libxml2
/// refuses an XML text node over 10,000,000 bytes, and CSV and JSONL use that bound for one field
/// (or string). One record (a CSV row, a JSONL line, a fixed-width Triple-S line, the answers and
/// metadata of an XML record: `XMLRecordSize`) may hold at most 16 MiB. A record over a limit is rejected with its file and line (`--keep-going` lists it
/// in `--rejects` and goes on; without it the import stops with exit status 65).
public enum ImportLimits {
  /// The largest field (CSV) or string value (JSONL), in bytes: 10,000,000, as for XML text.
  public static let maximumFieldBytes = 10_000_000
  /// The largest record (CSV row, JSONL line, fixed-width data line, XML record's answers and
  /// metadata), in bytes: 16 MiB.
  public static let maximumRecordBytes = 16 << 20
  /// The most fields in one record: the columns of a CSV row, the members of a JSONL line, the
  /// child elements of an XML record (`XMLLimits.fieldsPerRecord`).
  public static let maximumFields = 100_000
  /// The reason a CSV row or JSONL line with more than `maximumFields` fields is rejected.
  static let tooManyFields = "the record has more than \(maximumFields) fields, the limit for one record"

  static func describe(_ bytes: Int) -> String {
    bytes == maximumFieldBytes ? "10,000,000-byte" : "\(bytes >> 20) MiB"
  }
}

/// Decodes field bytes: UTF-8 when valid, else ISO-8859-1 (each byte one character).
enum FieldDecoding {
  static func string(_ bytes: [UInt8]) -> String {
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
  }
}
