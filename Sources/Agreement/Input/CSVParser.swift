/// An RFC 4180 CSV parser over UTF-8 bytes: comma separators, CRLF or LF line ends, fields optionally in
/// double quotes with "" for a quote and line breaks allowed inside quotes; a leading UTF-8 BOM is skipped.
/// Records carry the 1-based line on which they start. Errors name file:line:column (column in bytes).
struct CSVParser {
  struct Record {
    var line: Int
    var fields: [String]
  }

  static func records(_ bytes: [UInt8], source: String) throws(AgreementError) -> [Record] {
    var records: [Record] = []
    var index = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    var line = 1
    var lineStart = index
    var fields: [String] = []
    var field: [UInt8] = []
    var recordLine = 1
    var quoted = false
    var fieldWasQuoted = false
    var recordHasContent = false

    func text(_ field: [UInt8], column: Int) throws(AgreementError) -> String {
      guard let string = String(validating: field, as: UTF8.self) else {
        throw .malformed(
          at: SourceLocation(file: source, line: line), column: column, message: "invalid UTF-8 in a field")
      }
      return string
    }

    while index < bytes.count {
      let byte = bytes[index]
      if quoted {
        if byte == UInt8(ascii: "\"") {
          if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
            field.append(byte)
            index += 2
            continue
          }
          quoted = false
          index += 1
          if index < bytes.count, ![UInt8(ascii: ","), 0x0A, 0x0D].contains(bytes[index]) {
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
        field.append(byte)
        index += 1
        continue
      }
      switch byte {
      case UInt8(ascii: "\""):
        guard field.isEmpty, !fieldWasQuoted else {
          throw .malformed(
            at: SourceLocation(file: source, line: line), column: index - lineStart + 1,
            message: "a quote inside an unquoted field (quote the whole field and double inner quotes)")
        }
        quoted = true
        fieldWasQuoted = true
        recordHasContent = true
        index += 1
      case UInt8(ascii: ","):
        fields.append(try text(field, column: index - lineStart + 1))
        field.removeAll(keepingCapacity: true)
        fieldWasQuoted = false
        recordHasContent = true
        index += 1
      case 0x0D, 0x0A:
        if recordHasContent || !field.isEmpty {
          fields.append(try text(field, column: index - lineStart + 1))
          records.append(Record(line: recordLine, fields: fields))
        }
        fields = []
        field.removeAll(keepingCapacity: true)
        fieldWasQuoted = false
        recordHasContent = false
        if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
        index += 1
        line += 1
        lineStart = index
        recordLine = line
      default:
        field.append(byte)
        index += 1
      }
    }
    if quoted {
      throw .malformed(
        at: SourceLocation(file: source, line: recordLine), column: 0, message: "unterminated quoted field")
    }
    if recordHasContent || !field.isEmpty {
      fields.append(try text(field, column: index - lineStart + 1))
      records.append(Record(line: recordLine, fields: fields))
    }
    return records
  }
}
