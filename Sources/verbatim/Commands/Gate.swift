import Agreement
import ArgumentParser
import VerbatimCore

struct Gate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gate",
    abstract:
      "Fail (exit 1) unless agreement or classification metrics reach their minimums (or stay within their maximums).",
    discussion: """
      Takes the same inputs as `agree` plus thresholds. Exit status: 0 when every
      threshold holds, 1 when any fails (each printed with its value and interval),
      2 usage (including an unknown metric), 65 for bad data (including empty
      input), 66 when an input cannot be opened, 74 for an I/O error (an input that
      fails part-way, --junit or standard output that cannot be written).
      --on ci-lower gates on the lower bound of the 95% interval, so a small sample
      cannot pass by luck; a zero-width interval (standard error 0, as when every
      item agrees) fails, since it says nothing about the sample size, and so does an
      interval on fewer than 30 items (--min-items; for per_class.LABEL.recall the
      reference items of LABEL, for its precision the items the coder gave LABEL).
      With --merge, the Conger and Krippendorff coefficients have no interval (it
      needs item-level data) and --bootstrap is refused: gate them on --ratings, or
      with --on point. The gate also fails when a coder covers fewer items than
      --min-coverage (default: all of them): with --predictions, of the rated items;
      with --reference, each coder the thresholds judge (classification.CODER.…, or
      the --pair coefficients with the reference in the pair), of the items the
      reference rated (classification.CODER.coverage).

      Lower-is-better metrics (hamming_loss, prevalence_index, bias_index) take
      --max METRIC=VALUE instead of --min (a minimum on them is refused, exit 2);
      with --on ci-lower a maximum is compared with the upper 95% bound.

      Examples:
        verbatim gate --ratings codes.csv --min cohen_kappa=0.70 --on ci-lower
        verbatim gate --ratings codes.csv --reference gold --min f1.macro=0.75 \\
          --min per_class.negative.recall=0.8
        verbatim gate --ratings tags.csv --multilabel --reference gold \\
          --min f1.micro=0.6 --max hamming_loss=0.1
      """)

  @OptionGroup var input: RatingsOptions

  @Option(
    help:
      "A threshold METRIC=VALUE (repeat): a coefficient name, accuracy, f1.macro, per_class.LABEL.recall … A metric given twice with one value counts once; with two values it is a usage error."
  )
  var min: [String] = []

  @Option(
    help: "A maximum METRIC=VALUE (repeat) for lower-is-better metrics: hamming_loss, prevalence_index, bias_index.")
  var max: [String] = []

  @Option(help: "Compare the point estimate (point) or the lower bound of the 95% interval (ci-lower).")
  var on: String = "point"

  @Option(
    parsing: .unconditional,
    help:
      "With --on ci-lower, the fewest items a threshold can pass on: a large-sample 95% interval on fewer says little about the sample (default 30). A class's recall counts the reference items of the class (its support), its precision the items the coder gave the class, its F1 and Jaccard the fewer of the two; the binary averages count those of --pos-label's class."
  )
  var minItems: Int = DeploymentGate.defaultMinimumItems

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp(
      "The least share of items a coder must cover (default 1: all of them); below it the gate fails, as a threshold does. With --predictions: the rated items they predict (predictions.CODER.coverage). With --reference: for each coder a threshold judges (classification.CODER.…, or the --pair coefficients when the reference is one of the pair), the items the reference rated that the coder rated too (classification.CODER.coverage). Given without either, it is a usage error. 0 turns the check off.",
      valueName: "fraction"))
  var minCoverage: Double?

  @Option(help: "Also write the results as JUnit XML to this file.")
  var junit: String?

  func run() throws {
    do {
      guard let basis = GateBasis(rawValue: on) else {
        throw AgreementError.invalidOption(message: "--on must be point or ci-lower")
      }
      guard minItems >= 1 else { throw AgreementError.invalidOption(message: "--min-items must be at least 1") }
      guard (0...1).contains(minCoverage ?? 1) else {
        throw AgreementError.invalidOption(message: "--min-coverage must be a fraction from 0 to 1")
      }
      // "-" named a file "-" in the working directory (QA review 35, F15): standard output holds the
      // PASS/FAIL lines.
      if junit == "-" {
        throw AgreementError.invalidOption(
          message: "--junit -: standard output holds the PASS/FAIL lines; give the JUnit file a path")
      }
      // Refused before any PASS/FAIL line is printed (review 42: a CI log showed "PASS" and exit 2).
      try refuseOutput(junit, option: "--junit", namingAnyOf: input.filesRead)
      // `gate --ratings - < r.csv > r.csv`: the PASS/FAIL lines would land in the ratings.
      try refuseOutput(.standardOutput, namingAnyOf: input.filesRead)
      guard !min.isEmpty || !max.isEmpty else {
        throw AgreementError.invalidOption(message: "give at least one --min METRIC=VALUE (or --max METRIC=VALUE)")
      }
      var thresholds: [GateThreshold] = []
      for text in min { thresholds.append(try GateThreshold(parsing: text)) }
      for text in max { thresholds.append(try GateThreshold(parsing: text, maximum: true)) }
      thresholds = try GateThreshold.mergingRepeats(thresholds)
      let report = try input.report()
      let json = report.json()
      var checks = try DeploymentGate.evaluate(
        report: json, thresholds: thresholds, basis: basis, minimumItems: minItems, pairItems: report.pairItemCount,
        multiRatedItems: report.multiRatedItemCount)
      if basis == .ciLower && !input.merge.isEmpty {
        checks = checks.map { Self.mergedAdvice($0, report: json) }
      }
      checks += try coverageChecks(report, judging: checks)
      for warning in DeploymentGate.unusedClassWarnings(checks, report: json) { printError(warning) }
      // A run that cannot give a verdict prints no PASS/FAIL lines, which a CI log would count
      // (QA review 17); its JUnit file holds an <error> per such threshold.
      // Under --merge no --bootstrap can help: the message is each such check's advice.
      let noVerdict =
        input.merge.isEmpty || !checks.contains(where: \.needsInterval)
        ? DeploymentGate.missingIntervalMessage(checks)
        : checks.filter(\.needsInterval).map(\.detail).joined(separator: "; ")
      // The JUnit file is opened first: a folder that does not exist is exit 74 before any PASS
      // line a CI log would count (QA review 44 N4).
      let junitFile = try junit.map { try OutputSink(path: $0, option: "--junit", against: input.filesRead) }
      let sink = try OutputSink(path: nil)
      if noVerdict == nil {
        for check in checks { try sink.write((check.passed ? "PASS " : "FAIL ") + terminalSafe(check.detail) + "\n") }
      }
      try sink.flush()
      // Written as every output is (review h43, D2: a file renamed over the path replaced a FIFO,
      // /dev/full or a symbolic link, and exited 0): a regular file is replaced once complete, a
      // link, FIFO or device written where it is, and a failed write is exit 74.
      // The files read, with their SHA-256, for its properties (QA review 44 N2): hashed only when
      // a JUnit file is written.
      if let file = junitFile {
        let properties = DeploymentGate.junitProperties(inputs: input.inputRecords())
        try file.write(DeploymentGate.junitXML(checks, properties: properties))
        try file.commit()
      }
      if let message = noVerdict {
        // No verdict: the command asks for an interval these metrics do not have (review r19c).
        printError("gate: " + message)
        throw ExitCode(ExitStatus.usage.rawValue)
      }
      if checks.contains(where: { !$0.passed }) {
        printError("gate failed: \(checks.filter { !$0.passed }.count) of \(checks.count) threshold(s) not met")
        throw ExitCode(ExitStatus.gateFailed.rawValue)
      }
    } catch let exit as ExitCode {
      throw exit
    } catch {
      // The gate could not run: with --junit, the file says so as an <error> (QA review 16: no
      // file was written, which a JUnit publisher reports as "no results").
      // An input that cannot be read (a ratings file an earlier CI stage did not write) too (QA
      // review 20).
      if let junit, junit != "-", let message = Self.failureMessage(error),
        !RunFile.output(junit, option: "--junit").isSameFile(asAnyOf: input.filesRead)
      {
        let properties = DeploymentGate.junitProperties(inputs: input.inputRecords())
        try? OutputFile.write(Array(DeploymentGate.junitErrorXML(message, properties: properties).utf8), to: junit)
      }
      throw agreementExit(for: error)
    }
  }

  /// The coverage checks (`--min-coverage`): the predictions' share of the rated items, and with
  /// `--reference` each judged coder's share of the reference's items (QA review 42: a machine coder
  /// that coded 90 of 120 gold items passed, and an explicit `--min-coverage 1` was ignored without
  /// `--predictions`). A coder is judged when a threshold reads its classification metrics, or the
  /// pair's coefficients with the reference in the pair. An explicit minimum with nothing to apply to
  /// is a usage error, never ignored.
  func coverageChecks(_ report: AgreementReport, judging checks: [GateCheck]) throws -> [GateCheck] {
    let minimum = minCoverage ?? 1
    guard minimum > 0 else { return [] }
    var result = report.predictionJoins.map { DeploymentGate.coverageCheck($0, minimum: minimum) }
    let predicted = Set(report.predictionJoins.map(\.coder))
    var judged: [String] = []
    if let reference = report.referenceCoder {
      for coder in report.classification.map(\.coder) where !predicted.contains(coder) {
        let readsMetrics = checks.contains { $0.metric.hasPrefix("classification.\(coder).") }
        let readsPair =
          report.pair.map { $0.contains(reference) && $0.contains(coder) } == true
          && checks.contains { Coefficient(rawValue: $0.metric)?.isTwoCoder == true }
        if readsMetrics || readsPair { judged.append(coder) }
      }
      result += judged.compactMap { report.referenceCoverage(of: $0, reference: reference) }.map {
        DeploymentGate.referenceCoverageCheck($0, minimum: minimum)
      }
    }
    if minCoverage != nil && result.isEmpty {
      throw AgreementError.invalidOption(
        message: report.referenceCoder == nil
          ? "--min-coverage measures --predictions against the rated items, or a coder against --reference: give --reference (the coder whose items must be covered) or --predictions"
          : "--min-coverage: no threshold judges a coder against the reference \(report.referenceCoder!) (gate classification.CODER.… metrics, or --pair coefficients with the reference in the pair)"
      )
    }
    return result
  }

  /// What stopped the gate, for its JUnit file: a data or usage error, or an input it cannot read;
  /// nil for an output error (the JUnit file may be what cannot be written).
  static func failureMessage(_ error: any Error) -> String? {
    if let agreement = error as? AgreementError { return agreement.description }
    if let input = error as? InputError { return input.description }
    return nil
  }

  /// Under `--merge` a missing interval cannot be fixed with --bootstrap (refused there): say why the
  /// interval is missing instead (the coefficient's `se_reason`) and what does work.
  static func mergedAdvice(_ check: GateCheck, report: JSONValue) -> GateCheck {
    guard !check.passed, check.interval == nil, let value = check.value else { return check }
    var fixed = check
    let reason =
      report["coefficients"]?[check.metric]?["se_reason"]?.stringValue
      ?? "no analytic interval for this metric after --merge"
    let shown = JSONWriter.format((value * 10_000).rounded() / 10_000)
    fixed.detail =
      "\(check.metric) = \(shown) has no 95% interval to gate on (\(reason)); --bootstrap cannot be used with --merge: gate on --ratings with the full data, or use --on point"
    return fixed
  }
}
