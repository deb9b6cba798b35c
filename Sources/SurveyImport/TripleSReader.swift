import VerbatimCore

/// Triple-S: metadata (`.sss`, XML) plus a data file (`--data`, else found beside the metadata:
/// the `href` file name, or the same stem with `.asc`, `.dat`, `.csv`, `.txt`).
///
/// - `character` variables are the open-ended answers; every other variable goes to `meta`
///   (`single` as `{"code","label"}`, `multiple` as an array of them — bit strings where bit i
///   is code i, or `<spread subfields>` of codes — other types as their text, with a label when a
///   `<value>` matches).
/// - The respondent is the 1-based case number (Triple-S has no respondent-id convention).
/// - Fixed-width positions count **characters** of the decoded line (UTF-8 when valid, else
///   ISO-8859-1, where characters and bytes coincide). When a line's character count is short of
///   the record length but its byte count matches, positions are taken as **bytes** (files written
///   by byte-oriented tools with multi-byte UTF-8 characters).
/// - CSV data (`format="csv"`): position `start` is the field number; `skip` header lines are
///   skipped. Trailing spaces of fixed-width character fields are padding and dropped.
struct TripleSReader {
  let stream: XMLStream
  let context: ImportContext

  func read() throws {
    let metadata = try TripleSMetadata.read(stream: stream)
    guard !metadata.variables.isEmpty else {
      throw ImportError.unsupported(path: context.path, message: "Triple-S metadata without variables")
    }
    let dataPath = try findData(metadata)
    if metadata.format.lowercased() == "csv" {
      try readCSV(metadata, dataPath: dataPath)
    } else {
      try readFixed(metadata, dataPath: dataPath)
    }
  }

  private func findData(_ metadata: TripleSMetadata) throws(ImportError) -> String {
    if let path = context.options.dataPath { return path }
    let directory = CompanionFile.directory(of: context.path)
    var candidates: [String] = []
    if let href = metadata.href {
      let base = href.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? href
      candidates.append(directory + "/" + base)
    }
    let stem = CompanionFile.stem(of: context.path)
    candidates += [".asc", ".dat", ".csv", ".txt", ".ASC", ".DAT", ".CSV", ".TXT"].map { stem + $0 }
    guard let found = candidates.first(where: CompanionFile.exists) else {
      throw .cannotOpen(
        path: stem + ".asc", reason: "no Triple-S data file found beside the metadata (give it with --data FILE)")
    }
    return found
  }

  private func readFixed(_ metadata: TripleSMetadata, dataPath: String) throws {
    let reader: LineReader
    do { reader = try LineReader(path: dataPath) } catch {
      throw ImportError.cannotOpen(path: dataPath, reason: error.description)
    }
    context.bytesSource = { Int64(reader.bytesRead) }
    let recordLength = metadata.variables.map { max($0.finish, $0.start) }.max() ?? 0
    var caseNumber = 0
    try reader.forEachLine { bytes, line in
      if line <= metadata.skip { return true }
      var bytes = Array(bytes)
      if line == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
      if line == 1, bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
        throw ImportError.unsupported(path: dataPath, message: "UTF-16 data files are not supported: convert to UTF-8")
      }
      if bytes.isEmpty { return true }
      caseNumber += 1
      context.beginRespondent()
      let characters: [Unicode.Scalar]
      if let text = String(validating: bytes, as: UTF8.self) {
        let scalars = Array(text.unicodeScalars)
        characters =
          scalars.count < recordLength && bytes.count >= recordLength ? bytes.map { Unicode.Scalar($0) } : scalars
      } else {
        characters = bytes.map { Unicode.Scalar($0) }
      }
      guard characters.count >= recordLength else {
        try context.reject(
          line: line, respondent: String(caseNumber),
          reason: "the record is \(characters.count) characters long, the metadata needs \(recordLength)")
        return true
      }
      var fields: [String] = []
      for variable in metadata.variables {
        let start = max(variable.start - 1, 0)
        let end = min(start + variable.width, characters.count)
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: characters[start..<end])
        var field = String(scalars)
        // Bytes taken as characters above: re-decode multi-byte UTF-8 within the field.
        if field.unicodeScalars.allSatisfy({ $0.value < 256 }),
          let utf8 = String(validating: field.unicodeScalars.map { UInt8($0.value) }, as: UTF8.self)
        {
          field = utf8
        }
        fields.append(field)
      }
      return try emit(metadata, fields: fields, caseNumber: caseNumber, fixedWidth: true)
    }
    context.summary.bytes = Int64(reader.bytesRead)
  }

  private func readCSV(_ metadata: TripleSMetadata, dataPath: String) throws {
    let parser = try CSVParser(path: dataPath, delimiter: UInt8(ascii: ","))
    context.bytesSource = { parser.bytesRead }
    var row: [[UInt8]] = []
    var caseNumber = 0
    var skipped = 0
    while try parser.nextRecord(into: &row) {
      if skipped < metadata.skip {
        skipped += 1
        continue
      }
      if row.count == 1 && row[0].isEmpty { continue }
      caseNumber += 1
      context.beginRespondent()
      let needed = metadata.variables.map(\.start).max() ?? 0
      guard row.count >= needed else {
        try context.reject(
          line: parser.recordLine, respondent: String(caseNumber),
          reason: "the record has \(row.count) field(s), the metadata needs \(needed)")
        continue
      }
      let fields = metadata.variables.map { FieldDecoding.string(row[max($0.start - 1, 0)]) }
      if try !emit(metadata, fields: fields, caseNumber: caseNumber, fixedWidth: false) { return }
    }
    context.summary.bytes = parser.bytesRead
  }

  private func emit(_ metadata: TripleSMetadata, fields: [String], caseNumber: Int, fixedWidth: Bool) throws -> Bool {
    let respondent = String(caseNumber)
    var meta: [JSONMember] = []
    for (variable, field) in zip(metadata.variables, fields) where variable.type != .character {
      if let value = metaValue(variable, field) { meta.append(JSONMember(variable.name, value)) }
    }
    let rowMeta = RowMeta(meta)
    for (variable, field) in zip(metadata.variables, fields) where variable.type == .character {
      var text = field
      if fixedWidth { while text.last == " " { text.removeLast() } }
      let label = variable.label.isEmpty ? nil : variable.label
      if try !context.answer(
        respondent: respondent, question: variable.name, questionText: label, text: text, meta: rowMeta)
      {
        return false
      }
    }
    return true
  }

  private func metaValue(_ variable: TripleSMetadata.Variable, _ field: String) -> JSONValue? {
    let raw = field.trimmed
    func coded(_ code: String) -> JSONValue {
      guard let label = variable.label(forCode: code) else { return .string(code) }
      return .object([JSONMember("code", .string(code)), JSONMember("label", .string(label))])
    }
    switch variable.type {
    case .multiple:
      var codes: [JSONValue] = []
      if variable.subfields > 1 {
        let scalars = Array(field.unicodeScalars)
        let width = max(scalars.count / variable.subfields, 1)
        for index in 0..<variable.subfields where index * width < scalars.count {
          var part = String.UnicodeScalarView()
          part.append(contentsOf: scalars[(index * width)..<min((index + 1) * width, scalars.count)])
          let code = String(part).trimmed
          if !code.isEmpty && code.allSatisfy({ $0 == "0" }) == false { codes.append(coded(code)) }
        }
      } else if raw.allSatisfy({ $0 == "0" || $0 == "1" || $0 == " " }) && field.count > 1 {
        for (index, bit) in field.enumerated() where bit == "1" { codes.append(coded(String(index + 1))) }
      } else if !raw.isEmpty {
        codes.append(coded(raw))
      }
      return .array(codes)
    default:
      return raw.isEmpty ? nil : coded(raw)
    }
  }
}
