#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A streaming RFC 4180 parser: fields separated by a delimiter, optionally quoted with `"`
/// (a doubled `""` inside quotes is one quote; quoted fields may hold delimiters and line breaks).
/// Records end at LF, CRLF or CR outside quotes. A UTF-8 byte-order mark at the start is skipped.
/// Fields are handed out as bytes; the caller decodes them.
final class CSVParser {
  let path: String
  private let descriptor: Int32
  private var buffer: [UInt8]
  private var position = 0
  private var end = 0
  private var atEOF = false
  private(set) var delimiter: UInt8 = UInt8(ascii: ",")
  /// Line number (1-based) where the current record starts.
  private(set) var recordLine = 0
  private var line = 1
  private(set) var bytesRead: Int64 = 0

  init(path: String, delimiter: UInt8? = nil) throws(ImportError) {
    self.path = path
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
    descriptor = fd
    buffer = [UInt8](repeating: 0, count: 1 << 20)
    try fill()
    if end >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { position = 3 }
    self.delimiter = delimiter ?? detectDelimiter()
  }

  deinit { close(descriptor) }

  /// The delimiter that occurs most often in the first line outside quotes (`,` `;` tab `|`).
  private func detectDelimiter() -> UInt8 {
    var counts: [UInt8: Int] = [:]
    var quoted = false
    var index = position
    while index < end {
      let byte = buffer[index]
      if byte == UInt8(ascii: "\"") {
        quoted.toggle()
      } else if !quoted {
        if byte == 0x0A || byte == 0x0D { break }
        if byte == 0x2C || byte == 0x3B || byte == 0x09 || byte == 0x7C { counts[byte, default: 0] += 1 }
      }
      index += 1
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

  private func peekByte() throws(ImportError) -> UInt8? {
    if position == end {
      if atEOF { return nil }
      try fill()
      if position == end { return nil }
    }
    return buffer[position]
  }

  /// The next record's fields, or nil at the end of the file. An unterminated quote is an error.
  func nextRecord(into fields: inout [[UInt8]]) throws(ImportError) -> Bool {
    fields.removeAll(keepingCapacity: true)
    guard try peekByte() != nil else { return false }
    recordLine = line
    var field: [UInt8] = []
    var quoted = false
    var wasQuoted = false
    var column = 0
    while let byte = try nextByte() {
      column += 1
      if quoted {
        if byte == UInt8(ascii: "\"") {
          if try peekByte() == UInt8(ascii: "\"") {
            _ = try nextByte()
            field.append(byte)
          } else {
            quoted = false
          }
        } else {
          if byte == 0x0A {
            line += 1
            column = 0
          }
          field.append(byte)
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\"") where field.isEmpty && !wasQuoted:
        quoted = true
        wasQuoted = true
      case delimiter:
        fields.append(field)
        field.removeAll(keepingCapacity: true)
        wasQuoted = false
      case 0x0A, 0x0D:
        if byte == 0x0D, try peekByte() == 0x0A { _ = try nextByte() }
        line += 1
        fields.append(field)
        return true
      default:
        field.append(byte)
      }
    }
    if quoted {
      throw .malformed(
        path: path, line: recordLine, column: 0,
        message: "a quoted field opened on this line is never closed (the file is truncated or a quote is missing)",
        recordsBefore: 0)
    }
    fields.append(field)
    return true
  }
}

/// Decodes field bytes: UTF-8 when valid, else ISO-8859-1 (each byte one character).
enum FieldDecoding {
  static func string(_ bytes: [UInt8]) -> String {
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
  }
}
