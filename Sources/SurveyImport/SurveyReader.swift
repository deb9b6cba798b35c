public import VerbatimCore

/// Reads a survey export and hands out its open-ended answers one at a time, in file order, in
/// constant memory (XML is streamed with libxml2's `xmlTextReader`; CSV and JSONL line by line).
///
/// ```swift
/// let reader = try SurveyReader(path: "export.xml", options: options)
/// try reader.forEachRecord { record in print(record.id); return true }
/// print(reader.summary.description)
/// ```
/// Not `Sendable`: use one reader per file and thread.
public final class SurveyReader {
  /// The export being read.
  public let path: String
  /// The options it was opened with (`format` is the one requested).
  public let options: ImportOptions
  /// The format detected (or forced).
  public private(set) var format: SurveyFormat
  /// Counts so far; complete after `forEachRecord` returns.
  public private(set) var summary = ImportSummary()
  /// Non-fatal findings (libxml2 warnings, fallbacks taken), one line each.
  public private(set) var warnings: [String] = []
  /// The files besides the export that the read used (a mapping, a `.qsf`, a `.lss`, a Triple-S
  /// data file), with their size and SHA-256; complete after `forEachRecord` returns.
  public private(set) var companionInputs: [CompanionInput] = []
  /// Called for every rejected piece (also counted in `summary.rejected`).
  public var onReject: (ImportReject) -> Void = { _ in }
  /// Called now and then with (bytes read, records so far), for a progress display.
  public var onProgress: ((Int64, Int) -> Void)?
  private let kind: SniffedKind
  /// The file read (for a `.lsa` archive, the `.lsr` member is streamed out of `archive`).
  private let sourcePath: String
  private let archive: LimeSurveyArchive?
  /// The `.json` member of a zipped Qualtrics export, streamed out of the archive.
  private let jsonMember: LimeSurveyArchive.ZipMember?
  /// The private copy of a non-seekable input (standard input, a pipe, a FIFO), else nil.
  private let spool: InputSpool?
  /// A warning of the encoding check (`EncodingCheck`), given to the import's warnings.
  private var encodingWarning: String?
  private var consumed = false

  /// Whether a file's first bytes `head` start with a UTF-16 byte-order mark and its first
  /// character that is not white space is not "<".
  private static func isUTF16NonXML(_ head: [UInt8]) -> Bool {
    let littleEndian = head.starts(with: [0xFF, 0xFE])
    guard littleEndian || head.starts(with: [0xFE, 0xFF]) else { return false }
    var index = 2
    while index + 1 < head.count {
      let unit =
        littleEndian
        ? UInt16(head[index]) | UInt16(head[index + 1]) << 8 : UInt16(head[index]) << 8 | UInt16(head[index + 1])
      index += 2
      if unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D { continue }
      return unit != UInt16(UInt8(ascii: "<"))
    }
    return false
  }

  /// The first 4 KiB of an archive member, lower-cased from its first character that is not white
  /// space (a byte-order mark skipped), as `InputSniffer` looks at a file's start.
  private static func head(of member: LimeSurveyArchive.ZipMember) throws(ImportError) -> String {
    let source = try member.source()
    var bytes = [UInt8](repeating: 0, count: 4096)
    var filled = 0
    while filled < bytes.count {
      var failure: ImportError?
      let got = bytes.withUnsafeMutableBytes { buffer -> Int in
        do throws(ImportError) {
          return try source.read(into: buffer.baseAddress! + filled, count: buffer.count - filled)
        } catch {
          failure = error
          return 0
        }
      }
      if let failure { throw failure }
      if got == 0 { break }
      filled += got
    }
    var view = bytes[..<filled]
    if view.starts(with: [0xEF, 0xBB, 0xBF]) { view = view.dropFirst(3) }
    let first = view.firstIndex { !InputSniffer.isSpace($0) } ?? view.endIndex
    return String(decoding: view[first...], as: UTF8.self).lowercased()
  }

  private static let encodingOnXML = "--encoding is for CSV and JSONL exports; an XML file declares its own encoding"

  /// "with a byte-order mark" or "without a byte-order mark" when a file's first bytes `head`
  /// start as UTF-32 does: a UTF-32 byte-order mark, or `<` as a UTF-32 code unit. libxml2 has no
  /// UTF-32 decoder (QA review 23: a UTF-32 XML export was taken for UTF-16 and blamed on
  /// `--encoding`, or stopped "without an error message"); nil otherwise.
  private static func utf32Form(_ head: [UInt8]) -> String? {
    if head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
      return "with a byte-order mark"
    }
    if head.starts(with: [0x3C, 0x00, 0x00, 0x00]) || head.starts(with: [0x00, 0x00, 0x00, 0x3C]) {
      return "without a byte-order mark"
    }
    return nil
  }

  /// Opens `path` and determines its format (from the content; `options.format` forces one).
  /// `path` may be `-` (standard input), a pipe or a FIFO: such an input is read once into a
  /// private temporary copy (see `InputSpool`), and messages still name `path`.
  /// - Throws: `ImportError.cannotOpen` (unreadable), `.notASurveyExport` (empty, BOM-only, HTML,
  ///   ZIP, CSV named .xml, content that does not fit a forced format…), `.encodingMismatch`
  ///   (UTF-8 declared as ISO-8859-1), `.usage`.
  public init(path: String, options: ImportOptions = ImportOptions()) throws(ImportError) {
    self.path = path
    var options = options
    var transcode = options.encoding.flatMap { $0 == .utf8 ? nil : $0 }
    // An XML file is refused before it is transcoded (QA review 23: `--encoding utf-16` turned a
    // UTF-8 XML export into "plain text, not XML").
    if transcode != nil, options.format != .csv, options.format != .jsonl, !InputSpool.isNeeded(for: path),
      (try? InputSniffer.sniff(path: path, displayName: path, forced: options.format)) == .xml
    {
      throw .usage(Self.encodingOnXML)
    }
    var spool =
      InputSpool.isNeeded(for: path) || transcode != nil ? try InputSpool(copying: path, encoding: transcode) : nil
    // The first bytes, read once for the UTF-32 and UTF-16 tests (without --encoding).
    let head =
      options.encoding == nil ? try InputSniffer.head(of: spool?.path ?? path, count: 256, displayName: path).bytes : []
    if let width = Self.utf32Form(head) {
      throw .unsupported(
        path: path,
        message:
          "UTF-32 text (\(width)) is not supported: convert it to UTF-8, e.g. iconv -f UTF-32 -t UTF-8 \(path) > converted (and change the encoding an XML declaration names, if any)"
      )
    }
    // A UTF-16 byte-order mark is unambiguous: delimited text or JSON Lines saved as "Unicode text"
    // is read as UTF-16 without --encoding (XML in UTF-16 is libxml2's to decode).
    if Self.isUTF16NonXML(head) {
      transcode = .utf16
      // The encoding in effect, for the messages of records that do not decode (QA review 38: an
      // unpaired surrogate was called invalid UTF-8, with advice to give --encoding).
      options.encoding = .utf16
      spool = try InputSpool(copying: spool?.path ?? path, encoding: .utf16)
    }
    self.spool = spool
    let input = spool?.path ?? path
    do throws(ImportError) {
      let start = try InputSniffer.head(of: input, count: 4, displayName: path).bytes
      // An empty ZIP is its end record alone (QA review 23: it was read as CSV).
      if start == [0x50, 0x4B, 0x05, 0x06] {
        throw ImportError.notASurveyExport(
          path: input, what: "an empty ZIP archive (a LimeSurvey .lsa archive holds a .lsr response file)")
      }
      let zipped =
        start == [0x50, 0x4B, 0x03, 0x04] && (options.format == .auto || options.format == .qualtricsJSON)
        ? try LimeSurveyArchive.jsonMember(path: input) : nil
      if let zipped {
        // Qualtrics' zipped JSON export: the member is streamed (inflated as read), never extracted.
        archive = nil
        jsonMember = zipped
        sourcePath = input
        let head = try Self.head(of: zipped)
        let document = InputSniffer.startsWithResponses(head)
        guard document || InputSniffer.qualtricsJSONLayout(head) != nil || options.format == .qualtricsJSON else {
          throw ImportError.notASurveyExport(
            path: input,
            what:
              "a ZIP archive holding \(zipped.entry.name), which is not a Qualtrics JSON export: unzip it and import that file"
          )
        }
        options.format = .qualtricsJSON
        self.options = options
        kind = .qualtricsJSON(document: document)
        format = .qualtricsJSON
      } else if start == [0x50, 0x4B, 0x03, 0x04], options.format == .auto || options.format == .limesurvey {
        jsonMember = nil
        // The archive's members are streamed (inflated as read), never extracted.
        let archive = try LimeSurveyArchive(path: input)
        self.archive = archive
        sourcePath = input
        options.format = .limesurvey
        self.options = options
        kind = .xml
        format = .limesurvey
        let member = archive.responses
        encodingWarning = try EncodingCheck.check(name: archive.displayName(member)) { () throws(ImportError) in
          try archive.source(member)
        }
      } else {
        archive = nil
        jsonMember = nil
        sourcePath = input
        self.options = options
        kind = try InputSniffer.sniff(path: sourcePath, displayName: path, forced: options.format)
        if kind == .xml && transcode != nil {
          throw ImportError.usage(Self.encodingOnXML)
        }
        let head = try InputSniffer.head(of: sourcePath, count: 4096, displayName: path).bytes
        switch kind {
        case .csv: format = .csv
        case .jsonl: format = .jsonl
        case .qualtricsJSON: format = .qualtricsJSON
        case .xml:
          format = options.format
          encodingWarning = try EncodingCheck.check(path: sourcePath, head: head)
        }
      }
    } catch {
      throw error.replacingPath(input, with: path)
    }
    if options.format == .generic && options.mapPath == nil {
      throw .usage("--format generic needs --map FILE (record element, id path, text and metadata fields)")
    }
    if let column = options.idColumn, kind == .xml {
      throw .usage(
        "--id-column \(column): applies to CSV and JSONL exports; an XML export's respondent id comes from its format (a generic mapping's \"id\" path)"
      )
    }
    if let column = options.idColumn, case .qualtricsJSON = kind {
      throw .usage(
        "--id-column \(column): applies to CSV and JSONL exports; a Qualtrics JSON export's respondent id is its responseId"
      )
    }
  }

  /// Streams every record to `body` in file order; `body` returns false to stop early.
  /// Can be called once. Errors thrown by `body` are rethrown unchanged.
  /// - Throws: `ImportError` for bad input (with file, line, column and the number of records read
  ///   before the error). Under `keepGoing` a fatal parse error ends reading without throwing and
  ///   is left in `summary.error`.
  public func forEachRecord(_ body: @escaping (SurveyRecord) throws -> Bool) throws {
    precondition(!consumed, "SurveyReader.forEachRecord can be called once")
    consumed = true
    let context = ImportContext(
      path: path, sourcePath: sourcePath, options: options, body: body, onReject: onReject, onProgress: onProgress)
    defer {
      summary = context.summary
      summary.format = format
      warnings = context.warnings
      companionInputs = context.companions
    }
    do {
      do {
        try run(context)
        context.noteReappearedRespondents()
      } catch let error as ImportError {
        throw spool.map { error.replacingPath($0.path, with: path) } ?? error
      }
      // A --question that names nothing in the file is a usage error, not an empty success.
      if !context.stopped, !options.questions.isEmpty, kind == .jsonl {
        let missing = context.questionsNotFound
        if !missing.isEmpty {
          throw ImportError.usage(
            "\(path): --question \(missing.joined(separator: ", ")): not found in the export (no record has it)")
        }
      }
    } catch let error as ImportError {
      let error = error.withRecordsBefore(context.summary.records)
      // importxml: every fatal XML error (malformed input, a refused entity, a limit) ends the
      // import the same way under --keep-going: the records before it are kept, and the rest of
      // the file is one reject.
      if options.keepGoing, let (file, line, message) = error.fatalXMLPosition {
        context.summary.error = error
        // The unread rest is one reject, and no respondent: how many it holds is unknown (QA review
        // 31, L2; QA review 18 had counted it as one).
        context.summary.unreadRest = true
        context.summary.rejected += 1
        context.summary.answersInRejectedRows += 1
        onReject(ImportReject(file: file, line: line, reason: "the rest of the file was not read: \(message)"))
        return
      }
      throw error
    }
  }

  private func run(_ context: ImportContext) throws {
    switch kind {
    case .csv:
      try checkCompanionFiles(for: .csv)
      context.respondentsAreUnique = true
      try CSVSurveyReader(context: context).read()
      return
    case .jsonl:
      try checkCompanionFiles(for: .jsonl)
      try JSONLSurveyReader(context: context).read()
      return
    case .qualtricsJSON(let document):
      try checkCompanionFiles(for: .qualtricsJSON)
      context.respondentsAreUnique = true
      try QualtricsJSONReader(
        context: context, layout: document ? .responsesArray : .concatenated, member: jsonMember
      ).read()
      return
    case .xml: break
    }
    let stream: XMLStream
    if let archive {
      stream = try XMLStream(
        source: archive.source(archive.responses), displayName: archive.displayName(archive.responses))
    } else {
      stream = try XMLStream(path: sourcePath, displayName: path)
    }
    if let encodingWarning { context.warn(encodingWarning) }
    context.bytesSource = { stream.bytesConsumed }
    context.lineSource = { stream.currentLine }
    defer {
      context.summary.bytes = stream.bytesConsumed
      for note in stream.notes { context.warn(note) }
      for warning in stream.warnings { context.warn("libxml2: \(warning)") }
    }
    // Find the root element.
    while try stream.next() {
      if stream.kind == .element { break }
    }
    guard stream.kind == .element else {
      throw ImportError.notASurveyExport(path: path, what: "no XML element in the file")
    }
    if stream.xmlVersion == "1.1" {
      context.warn("XML 1.1 document: read with XML 1.0 rules (libxml2 supports 1.0 only)")
    }
    let root = stream.name
    if format == .auto {
      format = try detect(root: root)
    } else {
      try checkForced(root: root)
    }
    try checkCompanionFiles(for: format)
    context.respondentsAreUnique = format != .generic
    switch format {
    case .qualtrics: try QualtricsReader(stream: stream, context: context).read()
    case .limesurvey: try LimeSurveyReader(stream: stream, context: context, archive: archive).read()
    case .tripleS: try TripleSReader(stream: stream, context: context).read()
    case .generic:
      let mapping = try XMLMapping.load(path: options.mapPath ?? "")
      if let source = mapping.source { context.recordCompanion(source) }
      try GenericXMLReader(stream: stream, context: context, mapping: mapping).read()
    case .csv, .jsonl, .qualtricsJSON, .auto: break
    }
    // Read to the end so that trailing garbage or a second document is reported.
    if !context.stopped {
      while try stream.next() {}
    }
  }

  /// A companion file given for another format is a usage error, as `--id-column` on XML is: it
  /// would be ignored without a word (QA review 23: `--qsf` with a CSV, `--lss` with a Qualtrics
  /// export, `--data` with anything but Triple-S).
  private func checkCompanionFiles(for format: SurveyFormat) throws(ImportError) {
    let companions: [(option: String, given: Bool, formats: [SurveyFormat], what: String)] = [
      ("--qsf", options.qsfPath != nil, [.qualtrics, .qualtricsJSON], "Qualtrics XML and JSON exports"),
      ("--lss", options.lssPath != nil, [.limesurvey], "LimeSurvey exports (.lsr, .lsa)"),
      ("--data", options.dataPath != nil, [.tripleS], "Triple-S metadata (.sss)"),
      ("--map", options.mapPath != nil, [.generic], "generic XML"),
      ("--positions", options.positions != nil, [.tripleS], "Triple-S fixed-width data"),
    ]
    for companion in companions where companion.given && !companion.formats.contains(format) {
      let name = format == .tripleS ? "Triple-S" : format == .csv ? "CSV" : format == .jsonl ? "JSONL" : format.rawValue
      throw .usage(
        "\(companion.option) applies to \(companion.what), and \(path) is read as \(name): drop \(companion.option)")
    }
  }

  /// A forced XML format must match the root element: otherwise the reader would find none of
  /// its elements and report an empty, "successful" import.
  private func checkForced(root: String) throws(ImportError) {
    let expected: [String]
    switch format {
    case .tripleS: expected = ["sss"]
    default: return  // the Qualtrics and LimeSurvey readers check their own root, with a hint
    }
    guard !expected.contains(root) else { return }
    var what = "an unknown XML document"
    switch root {
    case "sss": what = "Triple-S metadata"
    case "Responses", "responses": what = "a Qualtrics response export"
    case "document": what = "a LimeSurvey document"
    default: break
    }
    throw .notASurveyExport(
      path: path,
      what:
        "--format \(format.rawValue) expects the root element <\(expected[0])>, but the root is <\(root)> (\(what)); drop --format to detect the format"
    )
  }

  private func detect(root: String) throws(ImportError) -> SurveyFormat {
    if options.mapPath != nil { return .generic }
    switch root {
    case "Responses", "responses": return .qualtrics
    case "document": return .limesurvey
    case "sss": return .tripleS
    case "codeBook":
      throw .notASurveyExport(path: path, what: "a DDI codebook (variable metadata; answers are in its data file)")
    case "xml", "metadata":
      throw .notASurveyExport(path: path, what: "SPSS Dimensions .mdd metadata (answers are in the .ddf file)")
    case "html", "HTML":
      throw .notASurveyExport(path: path, what: "an HTML page (a login or error page saved instead of the export?)")
    default:
      throw .unsupported(
        path: path,
        message:
          "unknown XML root element <\(root)>: give --map FILE to read it as generic XML, or --format to force a format"
      )
    }
  }
}

extension ImportError {
  /// The same error naming `new` where it named `old` (the private copy of standard input or a
  /// pipe is reported under the name the user gave).
  func replacingPath(_ old: String, with new: String) -> ImportError {
    guard old != new else { return self }
    func fix(_ path: String) -> String { path.hasPrefix(old) ? new + path.dropFirst(old.count) : path }
    switch self {
    case .cannotOpen(let path, let reason): return .cannotOpen(path: fix(path), reason: reason)
    case .readFailed(let path, let reason): return .readFailed(path: fix(path), reason: reason)
    case .notASurveyExport(let path, let what): return .notASurveyExport(path: fix(path), what: what)
    case .malformed(let path, let line, let column, let message, let before):
      return .malformed(path: fix(path), line: line, column: column, message: message, recordsBefore: before)
    case .unsafeEntity(let path, let line, let column, let name, let detail, let before):
      return .unsafeEntity(
        path: fix(path), line: line, column: column, name: name, detail: detail, recordsBefore: before)
    case .encodingMismatch(let path, let line, let column, let declared, let actual):
      return .encodingMismatch(path: fix(path), line: line, column: column, declared: declared, actual: actual)
    case .givenEncodingMismatch(let path, let line, let column, let given, let byteOrderMark):
      return .givenEncodingMismatch(
        path: fix(path), line: line, column: column, given: given, byteOrderMark: byteOrderMark)
    case .strayBytesInUTF8(let path, let encoding, let given, let evidence):
      return .strayBytesInUTF8(path: fix(path), encoding: encoding, given: given, evidence: evidence)
    case .notUTF16(let path, let probed, let utf8): return .notUTF16(path: fix(path), probed: probed, utf8: utf8)
    case .rejected(let path, let line, let column, let reason, let before):
      return .rejected(path: fix(path), line: line, column: column, reason: reason, recordsBefore: before)
    case .undecidedReading(let path, let line, let column, let message):
      return .undecidedReading(path: fix(path), line: line, column: column, message: message)
    case .unsupported(let path, let message): return .unsupported(path: fix(path), message: message)
    case .unsupportedAt(let path, let line, let column, let message):
      return .unsupportedAt(path: fix(path), line: line, column: column, message: message)
    default: return self
    }
  }
}
