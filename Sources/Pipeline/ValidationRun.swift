public import Agreement
import Redaction
import Reporting
public import SurveyImport
import Taxonomy
import Tokenization
public import VerbatimCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Options of `verbatim validate`.
public struct ValidationOptions: Sendable {
  public var exportPath: String
  public var importOptions: ImportOptions
  public var humanPaths: [String]
  public var coding: CodingConfiguration
  /// Where the lexicons and codebook came from, for the manifest.
  public var codebookPath: String?
  public var thresholds: [GateThreshold]
  public var basis: GateBasis
  /// With `ci-lower`, the fewest items a threshold passes on (`DeploymentGate.defaultMinimumItems`).
  public var minimumItems = DeploymentGate.defaultMinimumItems
  /// The reference coder (default: "gold" when present, else the only human coder).
  public var reference: String?
  public var machineName: String
  /// Metadata fields to break results down by.
  public var segments: [String]
  public var bootstrap: Int
  public var seed: UInt64
  public var threads: Int
  public var outputDirectory: String
  public var command: [String]
  /// How many disagreements the HTML report lists (all are in disagreements.csv).
  public var reportDisagreements: Int
  /// Where each rejected piece of the export goes, one JSON line each (`--rejects`), if anywhere.
  public var rejectsPath: String?

  public init(
    exportPath: String, importOptions: ImportOptions, humanPaths: [String], coding: CodingConfiguration,
    codebookPath: String?, thresholds: [GateThreshold], basis: GateBasis, reference: String?,
    machineName: String = "machine", segments: [String], bootstrap: Int, seed: UInt64, threads: Int,
    outputDirectory: String, command: [String], reportDisagreements: Int = 200, rejectsPath: String? = nil
  ) {
    self.rejectsPath = rejectsPath
    self.exportPath = exportPath
    self.importOptions = importOptions
    self.humanPaths = humanPaths
    self.coding = coding
    self.codebookPath = codebookPath
    self.thresholds = thresholds
    self.basis = basis
    self.reference = reference
    self.machineName = machineName
    self.segments = segments
    self.bootstrap = bootstrap
    self.seed = seed
    self.threads = threads
    self.outputDirectory = outputDirectory
    self.command = command
    self.reportDisagreements = reportDisagreements
  }
}

/// What a validation found.
public struct ValidationOutcome: Sendable {
  public var passed: Bool
  public var checks: [GateCheck]
  public var files: [String]
  public var importSummary: ImportSummary
  public var lines: [String]
  /// The import's notes and warnings (how the export was read: respondents numbered by row, a
  /// repeated header name, a fallback taken…), one line each, as `import` prints them.
  public var importWarnings: [String] = []
}

/// `verbatim validate`: code an export, join the machine's codes with human codes by id, measure
/// agreement (machine vs the reference coder, and the humans among themselves as the ceiling), apply
/// the gate, and write report.html, coded.jsonl, agreement.json, agreement-tags.json, junit.xml,
/// disagreements.csv and manifest.json into one folder.
public enum ValidationRun {
  public static let sentimentOrder = ["negative", "neutral", "positive"]
  /// Every file a run may write into its output folder.
  public static let outputFileNames = [
    "coded.jsonl", "agreement.json", "agreement-humans.json", "agreement-tags.json", "junit.xml",
    "disagreements.csv", "report.html", "manifest.json", "segments.json",
  ]

  public static func run(_ options: ValidationOptions, progress: ((Int64, Int) -> Void)? = nil) throws
    -> ValidationOutcome
  {
    var manifest = RunManifest(command: options.command, started: RunManifest.now())
    manifest.executables = RunManifest.loadedExecutables()
    manifest.libraries = RunManifest.libraryVersions
    let humans = try HumanCodes.load(paths: options.humanPaths)
    guard humans.sentiment != nil || humans.tags != nil else { throw ValidationRunError.noHumanCodes }
    var wanted = Set<String>()
    for item in humans.sentiment?.items ?? [] { wanted.insert(item) }
    for item in humans.tags?.items ?? [] { wanted.insert(item) }
    for coder in (humans.sentiment?.coders ?? []) + (humans.tags?.coders ?? []) where coder == options.machineName {
      throw ValidationRunError.machineNameTaken(name: coder)
    }

    // Threshold names are checked before the export is coded: a typo is refused at once, with no --out.
    for threshold in options.thresholds {
      let flag = threshold.isMaximum ? "--max" : "--min"
      let scope = try ThresholdScope(threshold)
      var scoped = threshold
      scoped.metric = scope.metric
      guard scope.isTags ? humans.tags != nil : humans.sentiment != nil else {
        let what =
          scope.isTags
          ? "tag thresholds need human tag codes (--human FILE with the header item,coder,tag)"
          : "sentiment thresholds need human sentiment codes (--human FILE with the header item,coder,label)"
        throw AgreementError.invalidOption(message: "\(flag) \(threshold.metric): \(what)")
      }
      // The message names the metric as the user wrote it (QA review 16: "--min f1.mikro" for
      // "--min tags.f1.mikro"), with the tag metrics when a tag metric is unknown.
      try DeploymentGate.checkName(
        scoped, writtenAs: threshold.metric,
        knownMetrics: scope.isTags
          ? "tag metrics: f1.micro, f1.macro, f1.samples, precision.micro, recall.micro, hamming_loss, "
            + "subset_accuracy, per_class.CODE.recall …, after tags. or tags.level_N." : nil)
    }

    // An export that cannot be opened leaves no output folder behind.
    if options.exportPath != "-" {
      let probe = open(options.exportPath, O_RDONLY)
      guard probe >= 0 else {
        throw InputError.cannotOpen(path: options.exportPath, reason: String(cString: strerror(errno)))
      }
      close(probe)
    }
    var existed = stat()
    let folderExisted = stat(options.outputDirectory, &existed) == 0
    try makeDirectory(options.outputDirectory)
    let coded: CodedExport
    do {
      coded = try codeExport(options, wanted: wanted, progress: progress)
    } catch {
      // Bad data in the export (exit 65): the folder this run made goes too (review r16a).
      if !folderExisted { rmdir(options.outputDirectory) }
      throw error
    }
    // Errors found only once the export is coded (ids missing from it, an unknown --reference or
    // --segment, a threshold on a label nobody used) take back coded.jsonl (and a folder this run
    // made), so no partial --out folder without a manifest is left.
    func takeBack() {
      unlink(path(options.outputDirectory, "coded.jsonl"))
      if !folderExisted { rmdir(options.outputDirectory) }
    }
    let missing = wanted.filter { coded.machine[$0] == nil }.sorted()
    // With --keep-going, human-coded items the export does not yield while the import rejected
    // records are taken to be in those records: left out of the comparison, counted and said
    // (QA review 14: the run stopped, calling them "not in the export").
    // QA review 16: also items the export does not have at all (a sample coded before responses
    // were deleted), as long as some items remain to compare.
    let leftOut = options.importOptions.keepGoing && missing.count < wanted.count ? missing : []
    // Each item left out is a reject of the run, named in --rejects with its place in the human
    // codes (QA review 44 L1: only a count and three examples were given, so a join mistake could
    // not be traced). The import's rejects come first, in input order.
    if let rejects = coded.rejects {
      if !leftOut.isEmpty {
        try Self.writeLeftOut(
          leftOut, locations: humans.locations(ofItems: leftOut), importRejected: coded.summary.rejected, to: rejects)
      }
      try rejects.commit()
    }
    if !missing.isEmpty && leftOut.isEmpty {
      takeBack()
      throw ValidationRunError.itemsMissingFromExport(
        count: missing.count, examples: Array(missing.prefix(5)), at: humans.location(ofItem: missing[0]),
        othersFound: missing.count < wanted.count)
    }

    var analysis = ValidationAnalysis(options: options, machine: coded.machine)
    analysis.importCoverage = (rejected: coded.summary.rejected, humanItemsLeftOut: leftOut.count)
    let checks: [GateCheck]
    do {
      if let table = humans.sentiment { try analysis.analyseSentiment(table) }
      if let table = humans.tags { try analysis.analyseTags(table) }
      checks = try analysis.gate()
    } catch {
      takeBack()
      throw humans.locating(error)
    }
    let passed = checks.allSatisfy(\.passed)

    let directory = options.outputDirectory
    var written: [String] = [path(directory, "coded.jsonl")]
    // A report file an earlier run left in the folder that this run does not write (tags coded
    // then, not now) would sit beside the new report unlisted in its manifest (review r19c).
    for name in ["agreement.json", "agreement-humans.json", "agreement-tags.json", "segments.json"] {
      unlink(path(directory, name))
    }
    if !analysis.segmentRows.isEmpty {
      try writeFile(path(directory, "segments.json"), jsonText(analysis.segmentsJSON))
      written.append(path(directory, "segments.json"))
    }
    if let report = analysis.sentimentReport {
      try writeFile(path(directory, "agreement.json"), jsonText(report))
      written.append(path(directory, "agreement.json"))
    }
    if let humansReport = analysis.humanSentimentReport {
      try writeFile(path(directory, "agreement-humans.json"), jsonText(humansReport))
      written.append(path(directory, "agreement-humans.json"))
    }
    if !analysis.tagReports.isEmpty {
      var levels: [JSONMember] = analysis.tagReports.map { JSONMember("level_\($0.level)", $0.json) }
      if let humansTags = analysis.humanTagReport { levels.append(JSONMember("humans_level_2", humansTags)) }
      try writeFile(path(directory, "agreement-tags.json"), jsonText(.object(levels)))
      written.append(path(directory, "agreement-tags.json"))
    }
    // The export, the companion files its import used (QA review 35) and the human codes.
    let inputs = [coded.exportFile] + coded.companions + humans.files
    // The tool's version and the inputs' digests trace the JUnit file to its data (QA review 44 N1).
    try writeFile(
      path(directory, "junit.xml"),
      DeploymentGate.junitXML(checks, properties: DeploymentGate.junitProperties(inputs: inputs)))
    try writeFile(path(directory, "disagreements.csv"), analysis.disagreementsCSV())
    // The lexicons' and codebook's digests, for the report and the manifest (the codebook file is
    // hashed once).
    let resources = RunManifest.resources(of: options.coding, codebookPath: options.codebookPath)
    var model = analysis.reportModel(checks: checks, inputs: inputs)
    model.provenance = Self.provenance(options, libraries: manifest.libraries, resources: resources)
    if let note = Self.languageNote(coded.languages) { model.coverage.append(note) }
    if let note = Self.mojibakeNote(coded.mojibake) { model.coverage.append(note) }
    try writeFile(path(directory, "report.html"), HTMLReportRenderer.render(model))
    written += ["junit.xml", "disagreements.csv", "report.html"].map { path(directory, $0) }

    manifest.inputs = inputs
    manifest.resources = resources
    // The manifest records (metric, value, maximum?): a --max threshold is written under "max".
    manifest.thresholds = options.thresholds.map { ($0.metric, $0.minimum, $0.isMaximum) }
    manifest.gateBasis = options.basis.rawValue
    manifest.seed = options.seed
    manifest.settings = [
      ("reference", analysis.referenceName ?? ""), ("machine", options.machineName),
      ("profile", options.coding.sentiment.profile.rawValue),
      ("thresholds", "\(options.coding.sentiment.thresholds.negative),\(options.coding.sentiment.thresholds.positive)"),
      ("redact", options.coding.redactor == nil ? "false" : "true"), ("bootstrap", String(options.bootstrap)),
      ("segments", options.segments.joined(separator: ",")),
      // The fewest items a threshold passes on under ci-lower: it decides the verdict (QA review 35,
      // F14: only the raw command had it).
      ("min_items", String(options.minimumItems)),
      // The tag options and redaction patterns change the codes, as `code`'s manifest records them
      // (QA review 41: only the raw command had them).
      ("tags", String(options.coding.codebook != nil)),
      ("imply_parents", String(options.coding.tagging.impliedParents)),
      ("most_specific", String(options.coding.tagging.mostSpecific)),
      ("min_evidence", String(options.coding.tagging.minimumEvidence)),
      ("longest_match", String(options.coding.tagging.longestMatch)),
      (
        "patterns",
        (options.coding.redactor?.configuration.patterns ?? []).map { "\($0.name)=\($0.mask)" }.joined(separator: ",")
      ),
    ]
    // Answers read with their question change the sentiment codes (fifty-sixth session).
    if let field = options.coding.questionField { manifest.settings.append(("question_field", field)) }
    manifest.counts = [
      ("respondents", coded.summary.respondents), ("records", coded.summary.records), ("blank", coded.summary.blank),
      ("rejected", coded.summary.rejected), ("human_coded_items", wanted.count),
      ("human_coded_items_left_out", leftOut.count), ("human_coded_items_compared", wanted.count - leftOut.count),
      ("disagreements", analysis.disagreements.count),
    ]
    manifest.redactions = coded.redactions.map { ($0.name, $0.count) }
    // Outputs are named relative to the output folder, so runs into different folders compare equal.
    manifest.outputs = try written.map {
      var record = try RunManifest.FileRecord.hashing(role: "output", path: $0)
      record.path = String($0.split(separator: "/").last ?? Substring($0))
      return record
    }
    // The --rejects file, wherever it is, with its digest (QA review 44 N2: only the command named it).
    if let rejects = options.rejectsPath, rejects != "-",
      let record = try? RunManifest.FileRecord.hashing(role: "rejects", path: rejects)
    {
      manifest.outputs.append(record)
    }
    manifest.verdict = checks.isEmpty ? "not gated" : passed ? "pass" : "fail"
    manifest.finished = RunManifest.now()
    try writeFile(path(directory, "manifest.json"), manifest.json())
    written.append(path(directory, "manifest.json"))

    var lines = analysis.summaryLines
    if let (label, value) = Self.languageNote(coded.languages) {
      lines.insert(
        "warning: \(label): \(value); the shipped lexicons and codebook are English, so their codes say little", at: 0)
    }
    if let (label, value) = Self.mojibakeNote(coded.mojibake) {
      lines.insert(
        "warning: \(label): \(value); the export was probably saved in a legacy encoding: export it again as UTF-8",
        at: 0)
    }
    if !leftOut.isEmpty {
      lines.insert(
        "warning: \(leftOut.count) human-coded item(s) are not among the coded records (e.g. \(leftOut.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ")))"
          + (coded.summary.rejected > 0
            ? "; the import rejected \(coded.summary.rejected) record(s)"
            : "; the export has no such record") + ": left out of the comparison (--keep-going); "
          + (options.rejectsPath == nil
            ? "give --rejects FILE to list every one with its line in the human codes"
            : "--rejects lists every one with its line in the human codes"),
        at: 0)
    }
    lines.append(
      contentsOf: checks.map {
        "\($0.passed ? "PASS" : "FAIL") \($0.metric) \($0.isMaximum ? "≤" : "≥") \($0.minimum): \($0.detail)"
      })
    return ValidationOutcome(
      passed: passed, checks: checks, files: written, importSummary: coded.summary, lines: lines,
      importWarnings: coded.warnings)
  }

  struct CodedExport {
    var machine: [String: MachineCodes]
    var summary: ImportSummary
    var exportFile: RunManifest.FileRecord
    /// The files besides the export that its import used (`SurveyReader.companionInputs`).
    var companions: [RunManifest.FileRecord] = []
    var redactions: [(name: String, count: Int)]
    /// Coded records that look non-English, by language (`LanguageHint`).
    var languages: [(name: String, count: Int)] = []
    /// Coded records whose text held mojibake (`CodedVerbatim.repairedMojibake`).
    var mojibake = 0
    /// The reader's notes and warnings.
    var warnings: [String] = []
    /// The --rejects file, holding the import's rejects, to be committed by the caller once the
    /// human-coded items left out of the comparison are added.
    var rejects: OutputFile?
  }

  /// Writes one reject line per human-coded item in `items` (left out of the comparison under
  /// --keep-going): the file, line and column of its first row in the human codes, the id, and why.
  static func writeLeftOut(
    _ items: [String], locations: [String: Agreement.SourceLocation], importRejected: Int, to output: OutputFile
  ) throws {
    let cause =
      importRejected > 0
      ? "it may be in a record the import rejected" : "the export has no record with this id"
    var writer = JSONWriter(capacity: 256)
    // In the order of the human codes (file, then line), as the import's rejects are in input order.
    let ordered = items.sorted {
      let (a, b) = (locations[$0], locations[$1])
      return (a?.file ?? "\u{10FFFF}", a?.line ?? .max, $0) < (b?.file ?? "\u{10FFFF}", b?.line ?? .max, $1)
    }
    for item in ordered {
      let location = locations[item]
      let reject = ImportReject(
        file: location?.file ?? "", line: location?.line ?? 0,
        column: location.flatMap { $0.column > 0 ? $0.column : nil }, id: .string(item),
        reason: "human-coded item \"\(item)\" is not among the coded records of the export (\(cause)): "
          + "left out of the comparison (--keep-going)")
      writer.reset()
      reject.write(to: &writer)
      writer.bytes.append(0x0A)
      try output.write(writer.bytes)
    }
  }

  /// Codes the export in parallel into coded.jsonl and keeps the wanted items' codes.
  static func codeExport(_ options: ValidationOptions, wanted: Set<String>, progress: ((Int64, Int) -> Void)?) throws
    -> CodedExport
  {
    let exportFile = try RunManifest.FileRecord.hashing(role: "export", path: options.exportPath)
    let reader = try SurveyReader(path: options.exportPath, options: options.importOptions)
    if let progress { reader.onProgress = progress }
    // coded.jsonl is written to a temporary file beside it and renamed when the export has been read
    // (`OutputFile`): a failed run leaves no half file behind.
    let codedPath = path(options.outputDirectory, "coded.jsonl")
    let output = try OutputFile(path: codedPath)
    let rejectOutput = try options.rejectsPath.map { path throws(OutputError) in try OutputFile(path: path) }
    var rejectWriter = JSONWriter(capacity: 256)
    var rejectFailure: (any Error)?
    reader.onReject = { reject in
      guard let rejectOutput, rejectFailure == nil else { return }
      rejectWriter.reset()
      reject.write(to: &rejectWriter)
      rejectWriter.bytes.append(0x0A)
      do { try rejectOutput.write(rejectWriter.bytes) } catch { rejectFailure = error }
    }
    let collector = MachineCodeCollector(wanted: wanted)
    let counter = SharedCounter()
    let languages = SharedCounter()
    let mojibake = SharedCounter()
    var coding = options.coding
    coding.explain = true
    // Segment values reach the report: under --redact they are what coded.jsonl shows.
    let redactor = coding.redactor
    try ExportCoding.run(
      reader: reader, configuration: coding, threads: options.threads, write: { try output.write($0) },
      makeObserver: {
        { record, coded in
          for (type, count) in coded.redactions { counter.add(type.label, count) }
          for (name, count) in coded.metadataRedactions.namedCounts { counter.add(name, count) }
          if let language = coded.language { languages.add(language) }
          if coded.repairedMojibake { mojibake.add("records") }
          guard collector.wanted.contains(record.id) else { return }
          let metadata = observedMetadata(of: record)
          collector.add(
            id: record.id,
            MachineCodes(
              text: coded.text, sentiment: coded.sentiment.label.rawValue, compound: coded.sentiment.compound,
              tags: coded.tags.filter { !$0.implied }.map(\.code),
              explanation: coded.explanation.map(explanationLines) ?? [],
              metadata: redactor.map { redactedStrings(metadata, by: $0) } ?? metadata,
              tagEvidence: MachineCodes.evidenceLines(coded.tags, text: coded.text)))
        }
      })
    if let rejectFailure { throw rejectFailure }
    if let error = reader.summary.error { throw error }
    try output.commit()
    return CodedExport(
      machine: collector.all, summary: reader.summary, exportFile: exportFile,
      companions: reader.companionInputs,
      redactions: counter.snapshot.map { ($0.name, $0.count) }, languages: languages.snapshot,
      mojibake: mojibake["records"],
      warnings: reader.warnings, rejects: rejectOutput)
  }

  /// The coverage row for records whose text held mojibake, read as the characters it garbles
  /// (`TextRepairs.mojibake`).
  static func mojibakeNote(_ count: Int) -> (String, String)? {
    guard count > 0 else { return nil }
    return ("coded records with mojibake (UTF-8 once read as Windows-1252, read as repaired)", "\(count)")
  }

  /// The coverage row for records that look non-English (QA review 16: the export's French,
  /// German and Japanese answers were scored with the English lexicons without a word).
  static func languageNote(_ languages: [(name: String, count: Int)]) -> (String, String)? {
    guard let (total, list) = LanguageHint.tally(languages) else { return nil }
    return ("coded records that look non-English (English lexicons and codebook)", "\(total) (\(list))")
  }

  /// The report's "Produced by" rows (QA review 16: the HTML named only the input files; the tool,
  /// lexicons, codebook and settings were only in manifest.json). Nothing here changes between
  /// runs of the same inputs, so the report stays byte-identical.
  static func provenance(
    _ options: ValidationOptions, libraries: [(name: String, version: String)], resources: [RunManifest.Resource]
  ) -> [(label: String, value: String)] {
    var rows: [(label: String, value: String)] = [("verbatim", VerbatimVersion.string)]
    rows += libraries.map { ($0.name, $0.version) }
    for resource in resources {
      var label = "\(resource.role) \(resource.name)"
      if let version = resource.version { label += " \(version)" }
      let entries = resource.entries.map { "\($0) entries · " } ?? ""
      rows.append((label, entries + "sha256 " + resource.sha256))
    }
    let sentiment = options.coding.sentiment
    rows.append(("sentiment profile", sentiment.profile.rawValue))
    rows.append(("label thresholds", "\(sentiment.thresholds.negative),\(sentiment.thresholds.positive)"))
    var gate = options.basis.rawValue
    if options.bootstrap > 0 { gate += " · bootstrap \(options.bootstrap), seed \(options.seed)" }
    rows.append(("gate on", gate))
    rows.append(("redaction", options.coding.redactor == nil ? "off" : "on"))
    return rows
  }

  /// `name` in `directory`.
  public static func path(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }

  static func jsonText(_ value: JSONValue) -> String {
    var writer = JSONWriter(capacity: 8192)
    writer.value(value)
    return writer.string + "\n"
  }

  /// Makes the output folder (one level, as `mkdir` does) unless it exists; a folder that cannot
  /// be made is an I/O error (exit 74), as any output that cannot be written.
  static func makeDirectory(_ path: String) throws(OutputError) {
    if mkdir(path, 0o755) != 0 && errno != EEXIST {
      let code = errno
      var reason = String(cString: strerror(code))
      if code == ENOENT, let slash = path.dropLast().lastIndex(of: "/") {
        reason += " (the folder \(path[..<slash]) does not exist)"
      }
      throw .cannotCreateFolder(path: path, reason: reason)
    }
  }

  /// Writes `text` to `path` as every output is written (`OutputFile`: a temporary file renamed
  /// onto a regular file; a symbolic link, FIFO or device written where it is).
  public static func writeFile(_ path: String, _ text: String) throws(OutputError) {
    try OutputFile.write(Array(text.utf8), to: path)
  }
}

/// Metadata strings as `--redact` writes them (see `JSONMember.redactedAsCarried(by:)`).
func redactedStrings(_ metadata: [String: String], by redactor: Redactor) -> [String: String] {
  var result: [String: String] = [:]
  for (key, value) in metadata {
    result[key] = JSONMember(key, .string(value)).redactedAsCarried(by: redactor).value.stringValue ?? value
  }
  return result
}
