import VerbatimCore

/// Triple-S: metadata (`.sss`, XML) plus a data file (`--data`, else found beside the metadata:
/// the `href` file name, or the same stem with `.asc`, `.dat`, `.csv`, `.txt`).
///
/// - `character` variables are the open-ended answers; every other variable goes to `meta`
///   (`single` as `{"code","label"}`, `multiple` as an array of them — bit strings where bit i
///   is code i, or `<spread subfields>` of codes — other types as their text, with a label when a
///   `<value>` matches).
/// - The respondent is the value of the `use="serial"` variable (Triple-S 2.0's respondent id; a
///   record whose serial is blank is rejected, and the serial is not repeated in `meta`); without
///   a serial variable, the 1-based case number.
/// - The data is decoded as the metadata declares (`TripleSDataEncoding`: `data-file-encoding`,
///   else the metadata's XML declaration): UTF-8 when valid, else ISO-8859-1 or windows-1252;
///   data declared ISO-8859-1 or windows-1252 is decoded one way for the whole file, as declared
///   unless the file shows it is UTF-8.
/// - Fixed-width positions count **characters** of the decoded line or **bytes** (files written by
///   byte-oriented tools with multi-byte UTF-8 characters); on a single-byte line the two coincide.
///   One reading holds for the whole file: `ImportOptions.positions` (`--positions`), else the one
///   its lines with multi-byte characters show (`FixedWidthEvidence`, from a first pass over the
///   file); when they show neither, or both, the import is refused naming a line
///   (`ImportError.undecidedReading`), as a guess would misplace every field after such a
///   character. Which one was used, and why, is reported in a note (`warnings`). A line shorter
///   than the record, or with anything but spaces after it, in the file's reading, is rejected.
/// - CSV data (`format="csv"`): position `start` is the field number; `skip` header lines are
///   skipped; a row with fewer or more fields than the metadata describes is rejected. Trailing
///   spaces of fixed-width character fields are padding and dropped.
/// - UTF-16 data files are refused with a message saying how to convert them.
/// - Rejects and errors about data records name the data file and its line.
struct TripleSReader {
  let stream: XMLStream
  let context: ImportContext
  /// Values the metadata does not describe (see `MetadataMismatches`).
  private let mismatches = MetadataMismatches()

  func read() throws {
    let metadata = try TripleSMetadata.read(stream: stream)
    guard !metadata.variables.isEmpty else {
      throw ImportError.unsupported(path: context.path, message: "Triple-S metadata without variables")
    }
    for question in context.options.questions {
      guard let variable = metadata.variables.first(where: { $0.name == question }) else {
        throw ImportError.usage(
          "\(context.path): --question \(question): no variable of that name in the Triple-S metadata")
      }
      guard variable.type == .character else {
        throw ImportError.usage(
          "\(context.path): --question \(question): a \(variable.type.rawValue) variable, not an open-ended (character) one"
        )
      }
    }
    let dataPath = try findData(metadata)
    context.recordFile = dataPath
    context.answersPerRow =
      metadata.variables.filter {
        $0.type == .character && !$0.isSerial && context.wants($0.name)
      }.count
    if let positions = context.options.positions, metadata.format.lowercased() == "csv" {
      throw ImportError.usage(
        "--positions \(positions.rawValue) applies to fixed-width data, and the metadata declares \(dataPath) CSV "
          + "(format=\"csv\"): drop --positions")
    }
    // Triple-S marks no variable as open-ended: every character variable is taken as one, and a
    // platform's export holds others too (session 56, a Decipher export: uuid, date, markers,
    // userAgent, ipAddress, url …, at least 18). Said, so they can be left to meta with --question.
    let openEnded = metadata.variables.filter { $0.type == .character && !$0.isSerial }.map(\.name)
    if context.options.questions.isEmpty, openEnded.count > 1 {
      context.note(
        "\(openEnded.count) character variables taken as open-ended questions (Triple-S marks none as such): "
          + openEnded.prefix(8).joined(separator: ", ") + (openEnded.count > 8 ? " …" : "")
          + "; name the open-ended ones with --question to keep the others (ids, dates, captured data) in meta")
    }
    // Not silent, as a CSV without an id column is not (QA review 23).
    if !metadata.variables.contains(where: \.isSerial) {
      context.note(
        "no serial variable (use=\"serial\") in the metadata: respondents are numbered by data record (1, 2, …)")
    }
    // Data read through a pipe is copied once, so the encoding check does not eat its start.
    let spool = InputSpool.isNeeded(for: dataPath) ? try InputSpool(copying: dataPath) : nil
    let source = spool?.path ?? dataPath
    try checkNotUTF16(metadata, source: source, dataPath: dataPath)
    let head = try InputSniffer.head(of: context.sourcePath, count: 512, displayName: context.path).bytes
    let encoding = TripleSDataEncoding(
      attribute: metadata.dataEncoding, xmlDeclaration: EncodingCheck.declaredEncoding(in: head))
    do {
      if metadata.format.lowercased() == "csv" {
        try readCSV(metadata, encoding: encoding, source: source, dataPath: dataPath)
      } else {
        try readFixed(metadata, encoding: encoding, source: source, dataPath: dataPath)
      }
    } catch let error as ImportError {
      throw spool.map { error.replacingPath($0.path, with: dataPath) } ?? error
    }
    for message in mismatches.notes(dataPath: dataPath) { context.warn(message) }
    // Hashed once read (a folder given as --data is refused by the read, as "cannot open"), from the
    // private copy when there is one (a pipe cannot be read twice).
    try context.recordCompanion(role: CompanionRole.tripleSData, path: dataPath, readFrom: source)
    withExtendedLifetime(spool) {}
  }

  /// UTF-16 data (a byte-order mark, zero bytes in the first line, or declared so) is refused
  /// with a clear message rather than misread as fields full of NUL characters.
  private func checkNotUTF16(_ metadata: TripleSMetadata, source: String, dataPath: String) throws(ImportError) {
    let head = try InputSniffer.head(of: source, count: 4096, displayName: dataPath).bytes
    let declared = metadata.dataEncoding?.uppercased().hasPrefix("UTF-16") == true
    let bom = head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF])
    // UTF-16 text in the ASCII range has a zero in every other byte; a stray NUL in a UTF-8 file
    // (QA review 23: one in an ASCII record refused the whole file as UTF-16) is data, kept as
    // U+0000 as CSV keeps it.
    let sample = head.prefix(256)
    let zeros = sample.reduce(0) { $0 + ($1 == 0 ? 1 : 0) } * 4 >= sample.count && !sample.isEmpty
    if declared || bom || zeros {
      throw .unsupported(
        path: dataPath,
        message:
          "UTF-16 data files are not supported\(bom ? " (it starts with a UTF-16 byte-order mark)" : declared ? " (the metadata declares it)" : " (it holds zero bytes)"): convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8"
      )
    }
  }

  private func findData(_ metadata: TripleSMetadata) throws(ImportError) -> String {
    if let path = context.options.dataPath { return path }
    var candidates: [String] = []
    if let href = metadata.href { candidates.append(CompanionFile.tripleSData(href: href, besides: context.path)) }
    let stem = CompanionFile.stem(of: context.path)
    candidates += CompanionFile.tripleSDataCandidates(besides: context.path)
    guard let found = candidates.first(where: CompanionFile.exists) else {
      throw .cannotOpen(
        path: stem + ".asc", reason: "no Triple-S data file found beside the metadata (give it with --data FILE)")
    }
    return found
  }

  /// Opens the data file (`source`, named `dataPath` in messages) for reading line by line.
  private static func lines(of source: String, dataPath: String) throws(ImportError) -> LineReader {
    do { return try LineReader(path: source) } catch {
      switch error {
      case .cannotOpen(_, let reason): throw ImportError.cannotOpen(path: dataPath, reason: reason)
      default: throw ImportError.cannotOpen(path: dataPath, reason: error.description)
      }
    }
  }

  /// A first pass over fixed-width data: what its lines with multi-byte UTF-8 characters show
  /// about how positions are counted (`FixedWidthEvidence`), read as the second pass reads them,
  /// and, with `encoding` (data declared ISO-8859-1 or windows-1252), about how it is decoded.
  private static func scanFixed(
    _ metadata: TripleSMetadata, recordLength: Int, encoding: inout DeclaredEncodingEvidence?, source: String,
    dataPath: String
  ) throws -> FixedWidthEvidence {
    var evidence = FixedWidthEvidence()
    let reader = try lines(of: source, dataPath: dataPath)
    try reader.forEachLine(maximumLength: ImportLimits.maximumRecordBytes) { _, _ in
      encoding?.skip()
      return true
    } _: { raw, line in
      encoding?.add(raw, line: line)
      guard line > metadata.skip, raw.contains(where: { $0 >= 0x80 }) else { return true }
      var bytes = Array(raw)
      if line == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
      guard let text = String(validating: bytes, as: UTF8.self) else { return true }
      let scalars = Array(text.unicodeScalars)
      if scalars.count != bytes.count {
        evidence.add(
          line: line, bytes: bytes, scalars: scalars, variables: metadata.variables, recordLength: recordLength)
        // In UTF-8 characters the line fits the record, exactly or where single bytes do not: UTF-8
        // (a writer pads to the record's end, not past it).
        if encoding?.utf8CharactersLine == 0, FixedWidthEvidence.fits(scalars, recordLength, blank: " "),
          scalars.count == recordLength || !FixedWidthEvidence.fits(bytes, recordLength, blank: 0x20)
        {
          encoding?.utf8CharactersLine = line
        }
      }
      return true
    }
    return evidence
  }

  /// Decides how data declared ISO-8859-1 or windows-1252 is decoded (`encoding.fileDecoding`)
  /// from `evidence`, noting the decision.
  private func decide(
    _ encoding: inout TripleSDataEncoding, _ evidence: DeclaredEncodingEvidence?, dataPath: String
  ) throws {
    guard let evidence else { return }
    if let note = try encoding.decide(evidence, dataPath: dataPath) { context.note(note) }
  }

  private func readFixed(
    _ metadata: TripleSMetadata, encoding: TripleSDataEncoding, source: String, dataPath: String
  ) throws {
    var encoding = encoding
    let recordLength = metadata.variables.map { max($0.finish, $0.start) }.max() ?? 0
    // One reading for the whole file (QA review 40: positions and, under a declared single-byte
    // encoding, the decoding were chosen line by line).
    var encodingEvidence =
      encoding.decidesPerFile
      ? DeclaredEncodingEvidence(windows1252: encoding.fallback == .declared(.windows1252)) : nil
    let evidence =
      context.options.positions == nil || encodingEvidence != nil
      ? try Self.scanFixed(
        metadata, recordLength: recordLength, encoding: &encodingEvidence, source: source, dataPath: dataPath)
      : FixedWidthEvidence()
    try decide(&encoding, encodingEvidence, dataPath: dataPath)
    // Decoded in single bytes, characters and bytes coincide on every line.
    let (positions, why) =
      encoding.fileDecoding == .declared
      ? (FixedWidthPositions.characters, "a single-byte encoding, where characters and bytes coincide")
      : try evidence.decide(given: context.options.positions, dataPath: dataPath)
    let reader = try Self.lines(of: source, dataPath: dataPath)
    context.bytesSource = { Int64(reader.bytesRead) }
    var currentLine = 0
    context.lineSource = { currentLine }
    var caseNumber = 0
    var inCharacters = 0
    var inBytes = 0
    var inEither = 0
    var declaredLines = 0
    var emptyLines = 0
    // A line that is a DOS end-of-file byte (0x1A, Ctrl-Z) alone, held until the next line shows
    // whether it was the last: there it ends the file and is no record (review h42 #6: it was
    // rejected as one); before the end it is rejected as what it is.
    var heldEndOfFileByte: Int?
    try reader.forEachLine(maximumLength: ImportLimits.maximumRecordBytes) { line, length in
      currentLine = line
      caseNumber += 1
      context.beginRespondent()
      try context.reject(
        line: line, respondent: String(caseNumber),
        reason: "the record is \(length) bytes long, the metadata needs \(recordLength)")
      return true
    } _: { bytes, line in
      currentLine = line
      if line <= metadata.skip { return true }
      var bytes = Array(bytes)
      if line == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
      if let held = heldEndOfFileByte {
        heldEndOfFileByte = nil
        caseNumber += 1
        context.beginRespondent()
        try context.reject(
          line: held, respondent: String(caseNumber),
          reason: "a DOS end-of-file byte (0x1A) alone on a line before the end of the file")
        if context.stopped { return false }
      }
      if bytes == [0x1A] {
        heldEndOfFileByte = line
        return true
      }
      if bytes.isEmpty {
        emptyLines += 1
        return true
      }
      caseNumber += 1
      context.beginRespondent()
      let scalars: [Unicode.Scalar]
      let asBytes: [Unicode.Scalar]
      // Whether a field that is valid UTF-8 on its own is re-decoded (bytes taken as characters).
      var redecodeFields = true
      var lineIsUTF8 = false
      if encoding.fileDecoding != .declared, let text = String(validating: bytes, as: UTF8.self) {
        lineIsUTF8 = true
        scalars = Array(text.unicodeScalars)
        asBytes = bytes.map { Unicode.Scalar($0) }
      } else {
        do throws(TripleSDataEncoding.Failure) {
          scalars = try encoding.decodeNonUTF8(bytes)
        } catch {
          switch error {
          case .reject(let reason):
            try context.reject(line: line, respondent: String(caseNumber), reason: reason)
            return true
          case .unsupported(let message):
            throw ImportError.unsupportedAt(path: dataPath, line: line, column: 0, message: message)
          }
        }
        asBytes = scalars
        if encoding.fallback != .latin1Guess { redecodeFields = false }
        // Counted as lines that are not UTF-8 (a line decoded as declared that is valid UTF-8 is in
        // the note of `decide`).
        if String(validating: bytes, as: UTF8.self) == nil { declaredLines += 1 }
      }
      // Fits: exactly the record length, or longer by trailing padding spaces only.
      func fits(_ units: [Unicode.Scalar]) -> Bool {
        units.count >= recordLength && units[recordLength...].allSatisfy { $0 == " " }
      }
      let characters: [Unicode.Scalar]
      // Positions counted in bytes on a UTF-8 line: a field boundary inside a character is an error.
      var splitCheck = false
      // Characters and bytes differ only on a line with multi-byte characters: there the file's
      // reading is taken, and a line that does not fit it is rejected (QA review 40).
      let multiByte = scalars.count != asBytes.count
      let units = multiByte && positions == .bytes ? asBytes : scalars
      if fits(units) {
        characters = units
        if !multiByte {
          inEither += 1
        } else if positions == .bytes {
          inBytes += 1
          splitCheck = lineIsUTF8
        } else {
          inCharacters += 1
        }
      } else {
        let size =
          !multiByte
          ? "\(scalars.count) characters"
          : positions == .bytes
            ? "\(asBytes.count) bytes (\(scalars.count) characters)"
            : "\(scalars.count) characters (\(asBytes.count) bytes)"
        // Too short may be trailing blanks an editor trimmed, or a cut record: the importer cannot
        // tell which, so it does not guess (QA review 13 asked); the hint says how to pad.
        var reason =
          units.count < recordLength
          ? "the record is \(size) long, too short: the metadata needs \(recordLength) (if trailing blanks were trimmed, pad every line to \(recordLength) columns, e.g. awk '{printf \"%-\(recordLength)s\\n\", $0}')"
          : "the record is \(size) long, longer, with data after column \(recordLength): the metadata needs \(recordLength)"
        // What the other reading would give (the file's reading is kept: QA review 40).
        let other: FixedWidthPositions = positions == .bytes ? .characters : .bytes
        let split = positions == .bytes ? nil : FixedWidthEvidence.splitVariable(bytes, metadata.variables)
        if multiByte, fits(positions == .bytes ? scalars : asBytes) {
          if let split {
            reason +=
              "; counted in bytes it fills the record, but variable \(split.name) (positions \(split.start)–"
              + "\(split.start + split.width - 1)) would start or end inside a multi-byte UTF-8 character"
          } else {
            reason +=
              "; counted in \(other.rawValue) it would fit, but this file's positions are counted in "
              + "\(positions.rawValue) (\(why)): if its writer counted \(other.rawValue), give --positions \(other.rawValue)"
          }
        }
        let respondent = Self.serial(in: scalars, of: metadata, redecode: redecodeFields) ?? String(caseNumber)
        try context.reject(line: line, respondent: respondent, reason: reason)
        return true
      }
      var fields: [String] = []
      for variable in metadata.variables {
        let start = max(variable.start - 1, 0)
        let end = min(start + variable.width, characters.count)
        let field = Self.field(characters[start..<end], redecode: redecodeFields)
        if !field.redecoded && splitCheck {
          // Half a UTF-8 character at either end (review r17a: "café" split as "cafÃ" + "©xyz").
          try context.reject(
            line: line,
            respondent: Self.serial(in: characters, of: metadata, redecode: redecodeFields) ?? String(caseNumber),
            reason:
              "variable \(variable.name) (positions \(variable.start)–\(variable.start + variable.width - 1), counted in bytes) starts or ends inside a multi-byte UTF-8 character: the positions do not fit this record"
          )
          return true
        }
        fields.append(TripleSDataEncoding.readingC1AsWindows1252(field.text))
      }
      return try emit(metadata, fields: fields, caseNumber: caseNumber, line: line, fixedWidth: true)
    }
    context.summary.bytes = Int64(reader.bytesRead)
    // QA review 29: an empty line holds no respondent, but it was skipped without a word.
    if emptyLines > 0 { context.note("\(dataPath): \(emptyLines) empty line(s) skipped (no respondent in them)") }
    if let held = heldEndOfFileByte {
      context.note("\(dataPath): line \(held): a DOS end-of-file byte (0x1A) ends the file; it is not a record")
    }
    context.note(
      Self.positionsNote(
        positions, why: why, characters: inCharacters, bytes: inBytes, either: inEither, dataPath: dataPath))
    if let note = encoding.note(lines: declaredLines, dataPath: dataPath) { context.note(note) }
  }

  /// The text of a fixed-width field. With `redecode` (bytes taken as characters), multi-byte UTF-8
  /// within the field is decoded again; `redecoded` says whether that held (false: not asked, or
  /// the field's bytes are not whole UTF-8 characters).
  static func field(_ units: ArraySlice<Unicode.Scalar>, redecode: Bool) -> (text: String, redecoded: Bool) {
    if redecode, units.allSatisfy({ $0.value < 256 }),
      let utf8 = String(validating: units.map { UInt8($0.value) }, as: UTF8.self)
    {
      return (utf8, true)
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: units)
    return (String(view), false)
  }

  /// The serial of a fixed-width record for its reject entry ("00005", not the case number 5; QA
  /// review 13), read as the fields are; nil when the line does not reach its columns or it is blank.
  static func serial(in units: [Unicode.Scalar], of metadata: TripleSMetadata, redecode: Bool) -> String? {
    guard let serial = metadata.variables.first(where: \.isSerial), serial.start >= 1,
      serial.start - 1 + serial.width <= units.count
    else { return nil }
    let value = field(units[(serial.start - 1)..<(serial.start - 1 + serial.width)], redecode: redecode).text.trimmed
    return value.isEmpty ? nil : value
  }

  /// The serial of a CSV data record for its reject entry (QA review 20: "5" was named where the
  /// serial variable said "A5"), read as the fields are; nil when the row lacks its field, the
  /// field does not decode, or it is blank. In a row the parser stopped on (`broken`), only a
  /// field followed by another was read whole.
  static func serial(
    in row: [[UInt8]], of metadata: TripleSMetadata, encoding: TripleSDataEncoding, broken: Bool = false
  ) -> String? {
    guard let serial = metadata.variables.first(where: \.isSerial), serial.start >= 1,
      serial.start <= row.count - (broken ? 1 : 0),
      let text = try? encoding.string(row[serial.start - 1])
    else { return nil }
    let value = TripleSDataEncoding.readingC1AsWindows1252(text).trimmed
    return value.isEmpty ? nil : value
  }

  /// Says how fixed-width positions were counted, and why (the contract asks to say which was used).
  static func positionsNote(
    _ positions: FixedWidthPositions, why: String, characters: Int, bytes: Int, either: Int, dataPath: String
  ) -> String {
    var parts = ["counted in \(positions.rawValue) in the whole file (\(why))"]
    let multiByte = positions == .bytes ? bytes : characters
    if multiByte > 0 { parts.append("\(multiByte) record(s) with multi-byte characters read so") }
    if either > 0 {
      parts.append("\(either) record(s) hold single-byte characters only (bytes and characters coincide)")
    }
    return "fixed-width positions in \(dataPath): " + parts.joined(separator: "; ")
  }

  private func readCSV(
    _ metadata: TripleSMetadata, encoding: TripleSDataEncoding, source: String, dataPath: String
  ) throws {
    var encoding = encoding
    // Declared ISO-8859-1 or windows-1252: one decoding for the whole file (QA review 40), from a
    // first pass over its lines (no UTF-8 sequence spans a line end).
    if encoding.decidesPerFile {
      var evidence = DeclaredEncodingEvidence(windows1252: encoding.fallback == .declared(.windows1252))
      try Self.lines(of: source, dataPath: dataPath).forEachLine(maximumLength: ImportLimits.maximumRecordBytes) {
        _, _ in
        evidence.skip()
        return true
      } _: { raw, line in
        evidence.add(raw, line: line)
        return true
      }
      try decide(&encoding, evidence, dataPath: dataPath)
    }
    let parser = try CSVParser(path: source, displayName: dataPath, delimiter: UInt8(ascii: ","))
    context.bytesSource = { parser.bytesRead }
    context.lineSource = { parser.recordLine }
    var row: [[UInt8]] = []
    var caseNumber = 0
    var skipped = 0
    var declaredLines = 0
    defer {
      if let note = encoding.note(lines: declaredLines, dataPath: dataPath) { context.note(note) }
    }
    var emptyRows = 0
    while try parser.nextRecord(into: &row) {
      if skipped < metadata.skip {
        skipped += 1
        continue
      }
      if parser.problem == nil, row.count == 1 && row[0].isEmpty {
        emptyRows += 1
        continue
      }
      caseNumber += 1
      context.beginRespondent()
      // A reject names the serial when the row has it readable, as an accepted record does.
      let rejected = {
        Self.serial(in: row, of: metadata, encoding: encoding, broken: parser.problem != nil) ?? String(caseNumber)
      }
      if let problem = parser.problem {
        try context.reject(
          line: problem.line, column: problem.column, respondent: rejected(), reason: problem.message)
        continue
      }
      let needed = metadata.variables.map(\.start).max() ?? 0
      guard row.count == needed else {
        try context.reject(
          line: parser.recordLine, respondent: rejected(),
          reason: "the record has \(row.count) field(s), the metadata describes \(needed)")
        continue
      }
      var fields: [String] = []
      var declaredLine = false
      do throws(TripleSDataEncoding.Failure) {
        for variable in metadata.variables {
          let bytes = row[max(variable.start - 1, 0)]
          fields.append(TripleSDataEncoding.readingC1AsWindows1252(try encoding.string(bytes)))
          if String(validating: bytes, as: UTF8.self) == nil { declaredLine = true }
        }
      } catch {
        switch error {
        case .reject(let reason):
          let variable = metadata.variables[fields.count]
          try context.reject(
            line: parser.recordLine, respondent: rejected(),
            reason: "field \(variable.start) (variable \(variable.name)): \(reason)")
          continue
        case .unsupported(let message):
          throw ImportError.unsupportedAt(path: dataPath, line: parser.recordLine, column: 0, message: message)
        }
      }
      if declaredLine { declaredLines += 1 }
      if try !emit(metadata, fields: fields, caseNumber: caseNumber, line: parser.recordLine, fixedWidth: false) {
        return
      }
    }
    context.summary.bytes = parser.bytesRead
    if emptyRows > 0 { context.note("\(dataPath): \(emptyRows) empty line(s) skipped (no respondent in them)") }
  }

  private func emit(
    _ metadata: TripleSMetadata, fields: [String], caseNumber: Int, line: Int, fixedWidth: Bool
  ) throws -> Bool {
    var respondent = String(caseNumber)
    if let serial = metadata.variables.firstIndex(where: \.isSerial) {
      respondent = fields[serial].trimmed
      guard !respondent.isEmpty else {
        try context.reject(
          line: line, respondent: String(caseNumber),
          reason: "empty respondent id (serial variable \(metadata.variables[serial].name))")
        return true
      }
    }
    func unpadded(_ field: String) -> String {
      var text = field
      if fixedWidth { while text.last == " " { text.removeLast() } }
      return text
    }
    var meta: [JSONMember] = []
    for (variable, field) in zip(metadata.variables, fields) where !variable.isSerial {
      if variable.type != .character {
        if let value = metaValue(variable, field, line: line) { meta.append(JSONMember(variable.name, value)) }
      } else if !context.wants(variable.name) {
        // A character variable --question leaves out is metadata, as a CSV column it leaves out is
        // (session 56: it was dropped, though the contract keeps every value somewhere).
        let text = unpadded(field)
        if !text.trimmed.isEmpty { meta.append(JSONMember(variable.name, .string(text))) }
      }
    }
    let rowMeta = RowMeta(meta)
    for (variable, field) in zip(metadata.variables, fields)
    where variable.type == .character && !variable.isSerial && context.wants(variable.name) {
      let text = unpadded(field)
      if let size = variable.size, text.count > size {
        mismatches.add(variable.name, .longerThanSize, value: "\(text.count) characters", line: line)
      }
      let label = variable.label.isEmpty ? nil : variable.label
      if try !context.answer(
        respondent: respondent, question: variable.name, questionText: label, text: text, meta: rowMeta)
      {
        return false
      }
    }
    return true
  }

  private func metaValue(_ variable: TripleSMetadata.Variable, _ field: String, line: Int) -> JSONValue? {
    let raw = field.trimmed
    func coded(_ code: String) -> JSONValue {
      guard let label = variable.label(forCode: code) else {
        // Only a choice variable's codes are all listed: a quantity's <values> label special codes.
        if !variable.values.isEmpty, !variable.hasRange, variable.type == .single || variable.type == .multiple {
          mismatches.add(variable.name, .unlistedCode, value: "\"\(code)\"", line: line)
        }
        return .string(code)
      }
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
