import VerbatimCore

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
  /// Called for every rejected piece (also counted in `summary.rejected`).
  public var onReject: (ImportReject) -> Void = { _ in }
  /// Called now and then with (bytes read, records so far), for a progress display.
  public var onProgress: ((Int64, Int) -> Void)?
  private let kind: SniffedKind
  /// The file read (for a `.lsa` archive, the `.lsr` member is streamed out of `archive`).
  private let sourcePath: String
  private let archive: LimeSurveyArchive?
  private var consumed = false

  /// Opens `path` and determines its format (from the content; `options.format` forces one).
  /// - Throws: `ImportError.cannotOpen` (unreadable), `.notASurveyExport` (empty, BOM-only, HTML,
  ///   ZIP, CSV named .xml…), `.encodingMismatch` (UTF-8 declared as ISO-8859-1), `.usage`.
  public init(path: String, options: ImportOptions = ImportOptions()) throws(ImportError) {
    self.path = path
    var options = options
    let start = try InputSniffer.head(of: path, count: 4).bytes
    if start == [0x50, 0x4B, 0x03, 0x04], options.format == .auto || options.format == .limesurvey {
      // importxml: the archive's members are streamed (inflated as read), never extracted.
      let archive = try LimeSurveyArchive(path: path)
      self.archive = archive
      sourcePath = path
      options.format = .limesurvey
      self.options = options
      kind = .xml
      format = .limesurvey
      let member = archive.responses
      try EncodingCheck.check(name: archive.displayName(member)) { () throws(ImportError) in
        try archive.source(member)
      }
    } else {
      archive = nil
      sourcePath = path
      self.options = options
      kind = try InputSniffer.sniff(path: sourcePath, forced: options.format)
      let head = try InputSniffer.head(of: sourcePath, count: 4096).bytes
      switch kind {
      case .csv: format = .csv
      case .jsonl: format = .jsonl
      case .xml:
        format = options.format
        try EncodingCheck.check(path: sourcePath, head: head)
      }
    }
    if options.format == .generic && options.mapPath == nil {
      throw .usage("--format generic needs --map FILE (record element, id path, text and metadata fields)")
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
      path: path, options: options, body: body, onReject: onReject, onProgress: onProgress)
    defer {
      summary = context.summary
      summary.format = format
      warnings = context.warnings
    }
    do {
      try run(context)
    } catch let error as ImportError {
      let error = error.withRecordsBefore(context.summary.records)
      // importxml: every fatal XML error (malformed input, a refused entity, a limit) ends the
      // import the same way under --keep-going: the records before it are kept, and the rest of
      // the file is one reject.
      if options.keepGoing, let (file, line, message) = error.fatalXMLPosition {
        context.summary.error = error
        context.summary.rejected += 1
        onReject(ImportReject(file: file, line: line, reason: "the rest of the file was not read: \(message)"))
        return
      }
      throw error
    }
  }

  private func run(_ context: ImportContext) throws {
    switch kind {
    case .csv:
      try CSVSurveyReader(context: context).read()
      return
    case .jsonl:
      try JSONLSurveyReader(context: context).read()
      return
    case .xml: break
    }
    let stream: XMLStream
    if let archive {
      stream = try XMLStream(
        source: archive.source(archive.responses), displayName: archive.displayName(archive.responses))
    } else {
      stream = try XMLStream(path: sourcePath)
    }
    context.bytesSource = { stream.bytesConsumed }
    defer {
      context.summary.bytes = stream.bytesConsumed
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
    if format == .auto { format = try detect(root: root) }
    switch format {
    case .qualtrics: try QualtricsReader(stream: stream, context: context).read()
    case .limesurvey: try LimeSurveyReader(stream: stream, context: context, archive: archive).read()
    case .tripleS: try TripleSReader(stream: stream, context: context).read()
    case .generic:
      let mapping = try XMLMapping.load(path: options.mapPath ?? "")
      try GenericXMLReader(stream: stream, context: context, mapping: mapping).read()
    case .csv, .jsonl, .auto: break
    }
    // Read to the end so that trailing garbage or a second document is reported.
    if !context.stopped {
      while try stream.next() {}
    }
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
