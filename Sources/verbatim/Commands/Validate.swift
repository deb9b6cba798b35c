import Agreement
import ArgumentParser
import Pipeline
import SurveyImport
import VerbatimCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Code an export, compare the machine with human coders, gate on thresholds and write a report.",
    discussion: """
      Codes the export (as `verbatim code`), joins the machine's codes with the
      human codes by id (<respondent>:<question>), and measures agreement: sentiment
      (kappa family and classification of the machine against the reference coder)
      and tags (multi-label, per level of the codebook's hierarchy), with the
      humans' agreement among themselves as the ceiling. Then applies the gate.

      Human codes: long CSV `item,coder,label` (sentiment) and `item,coder,tag`
      (tags; one row per tag, an empty tag = coded without tags). The reference
      coder is --reference, else "gold".

      Thresholds (--min METRIC=VALUE, repeatable) use the names of `verbatim gate`
      and apply to the sentiment report; prefix tags. (the deepest level: codes as
      given, a broader code such as "billing" as itself) or tags.level_1. (codes
      rolled up to their top-level tag) for tag metrics, e.g.
        --min cohen_kappa=0.6 --min f1.macro=0.7 \\
        --min per_class.negative.recall=0.8 --min tags.f1.micro=0.5
      Lower-is-better metrics take --max instead: --max tags.hamming_loss=0.1.

      Writes into --out: report.html, coded.jsonl, agreement.json (the `agree`
      schema), agreement-humans.json (with two human coders besides the reference),
      agreement-tags.json, junit.xml, disagreements.csv, manifest.json, and
      segments.json with --segment. In disagreements.csv, cells that start with
      = + - @ TAB or CR get a leading apostrophe, so a spreadsheet does not run
      customer text as a formula (OWASP CSV injection). A run that stops before its
      verdict removes these files from --out (no other file), making the folder when
      it is missing, and writes junit.xml with one <error> giving the reason, so CI
      shows the error and no earlier run's report is taken for this one's.
      Exit status: 0 pass, 1 gate failed, 2 usage, 65 bad data, 66 cannot open,
      74 I/O error.

      Example:
        verbatim validate corpora/demo/feedback-export.xml \\
          --human corpora/demo/codes-sentiment.csv \\
          --human corpora/demo/codes-tags.csv \\
          --min cohen_kappa=0.6 --on ci-lower --redact --out validation
      """)

  @Argument(help: "The survey export.")
  var export: String

  @Option(name: .customLong("human"), help: "A file of human codes (repeatable: one sentiment, one tag file).")
  var humanFiles: [String] = []

  @OptionGroup var importOptions: ImportOptionGroup
  @OptionGroup var sentimentOptions: SentimentOptionGroup
  @OptionGroup var taxonomyOptions: TaxonomyOptionGroup
  @OptionGroup var redactionOptions: RedactionOptionGroup

  @Option(
    name: .customLong("min"),
    help:
      "A threshold METRIC=VALUE (repeatable). A metric given twice with one value counts once; with two values it is a usage error."
  )
  var thresholds: [String] = []

  @Option(
    name: .customLong("max"),
    help: "A maximum METRIC=VALUE (repeatable) for lower-is-better metrics, e.g. tags.hamming_loss=0.1.")
  var maxima: [String] = []

  @Option(help: "Gate on the point estimate (point) or on the lower bound of the 95% interval (ci-lower).")
  var on: String = "point"

  @Option(
    parsing: .unconditional,
    help: "With --on ci-lower, the fewest items a threshold can pass on (default 30), as for `gate`.")
  var minItems: Int = DeploymentGate.defaultMinimumItems

  @Option(help: "The reference coder (default: gold).")
  var reference: String?

  @Option(help: "The machine's coder name in the reports.")
  var machineName = "machine"

  @Option(
    name: .customLong("segment"),
    help: ArgumentHelp(
      "A metadata field to break results down by (repeatable); a coded answer ({\"code\", \"label\"}, a Triple-S single) segments by its label, NAME.code by its code."
    ))
  var segments: [String] = []

  @Option(
    parsing: .unconditional, help: "Bootstrap resamples for intervals: 0 (analytic intervals only) or 200–100,000.")
  var bootstrap = 0

  @Option(parsing: .unconditional, help: "Seed of the bootstrap.")
  var seed: UInt64 = 20_261_130

  @Option(parsing: .unconditional, help: "Worker threads (default: all cores).")
  var threads: Int?

  @Option(
    help: ArgumentHelp(
      "The record member that holds each answer's survey question (question_text or question): a bare answer (\"Nothing.\"), a short mention (\"The food.\") or a request to a question about faults (\"Be more friendly\") takes the question's sign, as in `score --question-field`.",
      valueName: "name"))
  var questionField: String?

  func validate() throws {
    do {
      try checkThreads(threads)
      try checkQuestionOptions(
        field: questionField, question: nil, jsonl: true, profile: sentimentOptions.profile, ownFields: [])
      if let problem = RatingsOptions.bootstrapCountProblem(bootstrap) { throw ValidationError(problem) }
    } catch let error as ValidationError {
      recordFailure(error.message)
      throw error
    }
  }

  @Option(help: "Output folder.")
  var out: String

  func run() throws {
    let outcome: ValidationOutcome
    do {
      outcome = try codeAndGate()
    } catch {
      // No verdict: the outputs of an earlier run in --out go, and junit.xml says why (QA review
      // 35: a stale passing junit.xml and manifest were published for a run that exited 65).
      recordFailure(error)
      throw error
    }
    // The import's notes decide how human codes meet answers ("respondents are numbered by data
    // row"): said here as `import` and `code` say them (QA review 31: validate printed none).
    for warning in outcome.importWarnings { printError(warning) }
    printError(outcome.importSummary.description)
    var text = outcome.lines.joined(separator: "\n") + "\n"
    // Without thresholds nothing was gated: say so rather than "PASS", which a CI log would read as
    // a model that met a bar.
    let verdict = outcome.checks.isEmpty ? "NOT GATED (no --min or --max thresholds)" : outcome.passed ? "PASS" : "FAIL"
    text += "verdict: \(verdict)\n"
    text += "report: \(outcome.files.first { $0.hasSuffix("report.html") } ?? "")\n"
    // A write failure is an I/O error (74), not the gate's verdict (1; QA review 23).
    do { try writeStandardOutput(text) } catch { throw cliExit(for: error) }
    if let message = DeploymentGate.missingIntervalMessage(outcome.checks) { throw fail(message, status: .usage) }
    if !outcome.passed { throw ExitCode(ExitStatus.gateFailed.rawValue) }
  }

  /// Checks the options, codes the export and applies the gate, writing every output into --out;
  /// an error is reported (`fail`) before it is thrown.
  private func codeAndGate() throws -> ValidationOutcome {
    guard let basis = GateBasis(rawValue: on) else { throw fail("--on must be point or ci-lower", status: .usage) }
    guard minItems >= 1 else { throw fail("--min-items must be at least 1", status: .usage) }
    guard !humanFiles.isEmpty else { throw fail("give human codes with --human FILE", status: .usage) }
    guard export != "-" else {
      throw fail(
        "validate reads the export from a file, not standard input; save it to a file first",
        status: .usage)
    }
    // A folder given as an input is a "cannot open" (exit 66), as in every other command; it failed
    // later as a read error (exit 74).
    for input in [export] + humanFiles {
      var info = stat()
      if stat(input, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
        throw fail("\(input): cannot open: it is a directory, not a file", status: .cannotOpen)
      }
    }
    // --out naming a file failed only when the first output was written, as a read error (exit 74).
    var folder = stat()
    if stat(out, &folder) == 0, folder.st_mode & S_IFMT != S_IFDIR {
      throw fail("--out \(out): names a file, not a folder; give a folder (it is made when missing)", status: .usage)
    }
    // Nothing the run writes may be one of its inputs (it would be truncated before it is read),
    // companion files included: those named by option and those the import finds beside the
    // export (review h42: --rejects emptied the .lss found beside a .lsr).
    let written =
      ValidationRun.outputFileNames.map { RunFile.output(ValidationRun.path(out, $0), option: "--out") }
      + [importOptions.rejects.map { RunFile.output($0, option: "--rejects") }].compactMap { $0 }
    let read =
      [.input(export), .read(taxonomyOptions.taxonomy, option: "--taxonomy")]
      + humanFiles.map { RunFile.read($0, option: "--human") } + importOptions.filesRead(besides: export)
      + sentimentOptions.filesRead
    for output in written { try refuseOutput(output, namingAnyOf: read) }
    // The summary on standard output: `validate x.csv … > x.csv` emptied the export (review h43).
    try refuseOutput(.standardOutput, namingAnyOf: read + written)
    var parsed: [GateThreshold]
    do {
      parsed =
        try thresholds.map { text throws(AgreementError) in try GateThreshold(parsing: text) }
        + maxima.map { text throws(AgreementError) in try GateThreshold(parsing: text, maximum: true) }
      parsed = try GateThreshold.mergingRepeats(parsed)
    } catch {
      throw fail(error.description, status: .usage)
    }
    // Refused before any work: the run would code the export and write every report, then stop
    // with the same usage error (QA review 16).
    if basis == .ciLower && bootstrap == 0,
      let message = DeploymentGate.missingIntervalMessage(
        metrics: parsed.map(\.metric).filter(DeploymentGate.intervalNeedsBootstrap))
    {
      throw fail(message, status: .usage)
    }
    var coding = try makeCodingConfiguration(
      sentimentOptions, taxonomyOptions, redactionOptions, explain: true, threads: threads ?? availableCores())
    coding.questionField = questionField
    var options = ValidationOptions(
      exportPath: export, importOptions: try importOptions.makeOptions(), humanPaths: humanFiles, coding: coding,
      codebookPath: taxonomyOptions.taxonomy, thresholds: parsed, basis: basis, reference: reference,
      machineName: machineName, segments: segments, bootstrap: bootstrap, seed: seed,
      threads: threads ?? availableCores(),
      outputDirectory: out, command: CommandLine.arguments, rejectsPath: importOptions.rejects)
    options.minimumItems = minItems
    let progress = isatty(2) == 1 ? ProgressLine(totalBytes: fileSize(export), label: "validate") : nil
    let outcome: ValidationOutcome
    do {
      outcome = try ValidationRun.run(
        options, progress: progress.map { line in { line.update(bytes: $0, records: $1) } })
      progress?.finish()
    } catch let error as AgreementError {
      progress?.finish()
      throw fail(error.description, status: error.isUsageError ? .usage : .dataError)
    } catch let error as ImportError {
      progress?.finish()
      throw fail(error.description, status: error.exitStatus)
    } catch let error as ValidationRunError {
      progress?.finish()
      throw fail(error.description, status: error.isUsageError ? .usage : .dataError)
    } catch {
      progress?.finish()
      throw cliExit(for: error)
    }
    return outcome
  }
}
