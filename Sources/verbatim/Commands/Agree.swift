import Agreement
import ArgumentParser
import Foundation
import Taxonomy
import VerbatimCore

/// Maps Agreement errors to exit statuses: usage 2, bad data 65; others as `cliExit`.
func agreementExit(for error: any Error) -> ExitCode {
  // An unreadable --taxonomy is 66, as in the taxonomy commands.
  if error is TaxonomyError { return taxonomyExit(for: error) }
  if let error = error as? AgreementError {
    return fail(error.description, status: error.isUsageError ? .usage : .dataError)
  }
  return cliExit(for: error)
}

enum AgreeFormat: String, ExpressibleByArgument, CaseIterable {
  case table, json, csv
}

struct Agree: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "agree",
    abstract: "Agreement coefficients with standard errors and intervals; classification metrics against a reference.",
    discussion: """
      Reads ratings (long CSV item,coder,label; wide CSV; or JSONL) and reports
      percent agreement, Cohen's and weighted kappa (two coders or --pair), Scott's
      pi, Fleiss', Conger's and Light's kappa, Gwet's AC1/AC2, Brennan–Prediger and
      Krippendorff's alpha, with standard errors and 95% intervals. Undefined values
      are {"value": null, "reason": "..."}. With --reference CODER, classification
      metrics of every other coder; as in scikit-learn (zero_division=0), a
      precision, recall, F1 or Jaccard that is 0/0 (a class never predicted, or never
      in the reference) is 0, and so is a multi-label "samples" score of an item
      neither coder tagged. Declared categories that nobody used count in the
      macro averages and the multi-label Hamming loss, as scikit-learn's labels=
      does: a longer --categories list lowers a Hamming loss. prevalence_index
      and bias_index (two categories) are absolute values, |p11 - p22| and
      |p12 - p21|.

      Category order matters for weighted kappas, AC2, the quadratic variants and
      ordinal/interval/ratio alpha. It is the --categories order, or the numeric
      order of numeric labels. With 3+ undeclared text labels those coefficients
      are null with a reason, and --level ordinal|interval|ratio or --weights
      exit 2 until --categories declares the order. Ratio alpha needs labels of
      0 or more (a ratio scale has a true zero): with a negative one it is null
      with a reason.

      With --pair (or two coders), percent_agreement_pair is the pair's share of
      matching items; percent_agreement is the all-coder mean pairwise agreement.

      Intervals (95%): Cohen's and weighted kappa take the Fleiss–Cohen–Everitt
      (1969) SE and a normal (Wald) interval, not cut at ±1 (--format table notes
      when a bound passes it; JSON and CSV give the bounds as computed); percent agreement, Scott's pi, Gwet's AC1/AC2, Fleiss', Conger's,
      Brennan–Prediger and Krippendorff's alpha take Gwet's (2014) linearised SE
      (irrCAC's; for alpha too, not Krippendorff's bootstrap) and Student's t with
      n − 1 degrees of freedom, the upper bound capped at 1 and the lower floored at
      the coefficient's least value (0 for percent agreement, −1 for Scott's pi,
      −1/(q − 1) for AC1 and Brennan–Prediger, −1/(m − 1) for Fleiss' kappa with m
      ratings on every item; Krippendorff's alpha, and Fleiss' and Conger's kappa
      with missing ratings, can go below −1 and are not floored); accuracy, precision
      and recall take Wilson score intervals. --bootstrap adds percentile and BCa
      intervals from resampled items. With --multilabel the coefficients pool every
      (item, label) decision, and one item's labels are not independent: they have no
      analytic interval, and --bootstrap resamples whole items. The labels pooled are
      those a coder gave to an item another coder also coded; the pair's (Cohen's
      kappa, Scott's pi) those either coder of the pair gave on the items both coded,
      so a third coder's labels do not change them. A declared category nobody used
      adds no decision (its units would all agree on "absent", by the codebook's
      size).

      Exit status: 0 ok, 2 usage, 65 bad data (including empty input), 66 when an
      input cannot be opened, 74 for an I/O error (an input that fails part-way,
      -o FILE or standard output that cannot be written).

      Examples:
        verbatim agree --ratings codes.csv --format json
        verbatim agree --ratings codes.csv --reference gold --pos-label negative \\
          --format json
        verbatim agree --ratings tags.csv --multilabel --reference gold
      """)

  @OptionGroup var input: RatingsOptions

  @Option(help: "Output format: table, json or csv.")
  var format: AgreeFormat = .table

  @Flag(
    help:
      "Write this shard's mergeable sufficient statistics (JSON) instead of a report; see --merge. Not with --multilabel or --bootstrap. --weights MATRIX.csv and --predictions shape the shard; --level, --pair, --reference, --labels and --pos-label act when the shards are merged: a shard records them, and --merge must be given the same."
  )
  var partial = false

  @Option(
    name: [.short, .long],
    help: "Write to this file instead of standard output (replaced only when the run succeeds).")
  var output: String?

  func run() throws {
    do {
      // Computed in full before anything is written, and put in place only when complete
      // (`OutputSink.commit()`): a failed run leaves an existing -o FILE as it was.
      let sink = try OutputSink(path: output, against: input.filesRead)
      var bytes: [UInt8]
      if partial {
        var writer = JSONWriter(capacity: 4096)
        writer.value(try input.partial().json())
        bytes = writer.bytes
        bytes.append(0x0A)
      } else {
        let report = try input.report()
        switch format {
        case .json:
          var writer = JSONWriter(capacity: 4096)
          // Which tool made the numbers from which files (QA review 44 N2): a "provenance" member
          // with the shapes of manifest.json's "tool" and "inputs".
          var json = report.json()
          if case .object(var members) = json {
            members.append(JSONMember("provenance", Self.provenance(inputs: input.inputRecords())))
            json = .object(members)
          }
          writer.value(json)
          bytes = writer.bytes
          bytes.append(0x0A)
        case .table: bytes = Array(terminalSafe(report.text()).utf8)
        case .csv: bytes = Array(report.csv().utf8)
        }
      }
      try sink.write(bytes)
      try sink.commit()
    } catch {
      throw agreementExit(for: error)
    }
  }

  /// `{"tool": {"name", "version"}, "inputs": [{"role", "path", "bytes", "sha256"}]}`, as
  /// manifest.json writes its "tool" and "inputs" (standard input is not listed: it cannot be read
  /// again to hash).
  static func provenance(inputs: [FileRecord]) -> JSONValue {
    .object([
      JSONMember(
        "tool",
        .object([JSONMember("name", .string("verbatim")), JSONMember("version", .string(VerbatimVersion.string))])),
      JSONMember("inputs", .array(inputs.map(\.json))),
    ])
  }
}
