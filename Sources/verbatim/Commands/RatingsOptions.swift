import Agreement
import ArgumentParser
import Foundation
import VerbatimCore

/// Input options shared by `agree` and `gate`.
struct RatingsOptions: ParsableArguments {
  /// The most bootstrap resamples `--bootstrap` accepts.
  static let maximumBootstrap = 100_000
  /// The fewest (other than 0, no bootstrap): a 95% percentile interval's bounds are the 2.5th and
  /// 97.5th percentiles of the resampled values, which two or twenty resamples cannot place (QA
  /// review 13: `--bootstrap 2` passed a gate on an interval that did not hold its own estimate).
  /// Efron & Tibshirani (1993, §19.3) recommend 1,000 or more for percentile intervals; 200 leaves
  /// five resamples beyond each bound.
  static let minimumBootstrap = 200

  /// The usage error for a `--bootstrap` count outside 0 and `minimumBootstrap…maximumBootstrap`.
  static func bootstrapCountProblem(_ count: Int) -> String? {
    if count == 0 || (minimumBootstrap...maximumBootstrap).contains(count) { return nil }
    return
      "--bootstrap must be 0 (no bootstrap) or between \(minimumBootstrap) and \(maximumBootstrap) resamples (1,000 or more is usual for 95% percentile intervals)"
  }

  @Option(
    name: .customLong("ratings"),
    help:
      "The ratings file (one): long CSV (item,coder,label), wide CSV (item column + one column per coder; CSV fields separated by commas) or JSONL ({\"item\": …, \"coder\": …, \"label\": …} a line; a number id is read as a number, so 1, 1.0 and 1e0 are the item 1); - for stdin."
  )
  var ratingsFiles: [String] = []

  /// The one --ratings file (a repeated --ratings is refused in `check()`).
  var ratings: String? { ratingsFiles.last }

  @Option(
    help:
      "Merge shard statistics written by `agree --partial` (repeat; shards must hold disjoint items and the same categories; shards that share items, a copy included, are refused). Reproduces the single run's point estimates, per-category kappas, classification metrics (with --reference) and standard errors, except the Conger and Krippendorff SEs and intervals (they need item-level data; se_reason says so) and --bootstrap (refused). Not with --predictions (give them to each --partial run); a --weights MATRIX.csv must be the one the shards were computed with."
  )
  var merge: [String] = []

  @Option(help: "Input layout: long, wide or jsonl (default: detected from the extension and the header).")
  var ratingsFormat: String?

  @Option(
    help:
      "Level of krippendorff_alpha: nominal, ordinal, interval or ratio. Non-nominal levels need ordered categories: numeric labels, or --categories (3+ text labels are refused otherwise)."
  )
  var level: String = "nominal"

  @Option(
    parsing: .unconditional,
    help:
      "Declared categories in order, comma-separated (use --category for labels with commas; negative numbers work: --categories -2,-1,0,1,2). Without them, 3+ text labels have no order: weighted, quadratic, AC2 and ordinal/interval/ratio alpha are null with a reason."
  )
  var categories: String?

  @Option(
    name: .customLong("category"), parsing: .unconditionalSingleValue, help: "Declare one category (repeat, in order).")
  var category: [String] = []

  @Option(
    name: .customLong("pair"),
    help:
      "The two coders for two-coder statistics: CODER1,CODER2, or --pair CODER1 --pair CODER2 for names with a comma (\"Smith, J\")."
  )
  var pairValues: [String] = []

  /// `--pair` as given: nil, one "A,B" value or two names (checked in `options()`).
  var pair: String? { pairValues.isEmpty ? nil : pairValues.joined(separator: ",") }

  @Option(
    help:
      "Weights for weighted kappa: linear or quadratic (both are always reported; both use the categories' positions 1 … q, not numeric label values: codes 1, 2, 5 count as evenly spaced), or MATRIX.csv (q × q agreement weights) for weighted_kappa_custom. A matrix with category labels on its first row and/or column is reordered to the category order (labels on one side name the other side too, in the same order; labels that are not the categories are an error); without labels it is taken in category order. Needs ordered categories, as --level does."
  )
  var weights: String?

  @Option(help: "Report classification (or multi-label) metrics of every other coder against this coder.")
  var reference: String?

  @Flag(help: "Several labels per item and coder (rows repeat; an empty label = coded with no label).")
  var multilabel = false

  // Label options take their value unconditionally, as --categories does: a label may be a
  // negative number ("--pos-label -1"; QA review 38: it was read as an unknown option).
  @Option(
    parsing: .unconditional,
    help: "Restrict classification metrics to these labels, comma-separated (negative numbers work: --labels -1,0).")
  var labels: String?

  @Option(
    name: .customLong("label"), parsing: .unconditionalSingleValue,
    help: "Restrict classification metrics to this label (repeat).")
  var label: [String] = []

  @Option(
    parsing: .unconditional,
    help: "Positive label: adds a \"binary\" average to precision, recall and F1 (JSON and CSV output).")
  var posLabel: String?

  @Option(
    help:
      "JSONL model output (from score or tag) joined to the ratings by \"id\" as one more coder (see --prediction-field). Only rated items are compared: predictions for ids not in --ratings are left out (counted on stderr and in the JSON \"predictions\" member); a rated item without a prediction is a missing rating of that coder (warned about). A file that joins no rated item is refused (exit 65)."
  )
  var predictions: String?

  @Option(
    help:
      "Dotted path of the label in each --predictions object, e.g. sentiment.label or tags (tag objects give their \"code\", as human codes do)."
  )
  var predictionField = "sentiment.label"

  @Option(help: "Coder name of the --predictions.")
  var predictionCoder = "model"

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp(
      "Compare taxonomy codes at this level of their hierarchy (1 = top-level codes): every label, human or predicted, is replaced by its ancestor at that level (billing.refund becomes billing at level 1), and a coder's codes of one item that meet count once. A code above the level stays itself. Parents come from --taxonomy, else from the dotted codes (a.b.c → a.b → a). Not with --merge (give it to each --partial run).",
      valueName: "level"))
  var codeLevel: Int?

  @Option(
    help: ArgumentHelp(
      "Codebook (YAML) whose parent links --code-level follows; every label must be one of its codes (as validate requires): a label that is not is an error (exit 65) naming it, its line and the closest code.",
      valueName: "file"))
  var taxonomy: String?

  @Option(
    parsing: .unconditional,
    help:
      "Bootstrap resamples (items resampled) for percentile and BCa intervals: 0 (none) or 200–100,000; 1,000 or more is usual."
  )
  var bootstrap: Int = 0

  @Option(
    parsing: .unconditional,
    help:
      "Seed of the bootstrap. Items are resampled in the order they first appear in the file: the same file and seed give the same intervals; the same ratings sorted otherwise draw other resamples (intervals within their Monte Carlo error)."
  )
  var seed: UInt64 = 0

  /// Usage checks (exit status 2, as the CLI contract requires; ArgumentParser's own parse errors exit 64).
  func check() throws {
    // QA review 15: a second --ratings silently replaced the first (the statistics then covered
    // part of the data).
    if ratingsFiles.count > 1 {
      throw AgreementError.invalidOption(
        message:
          "--ratings given \(ratingsFiles.count) times: give one file (combine the ratings first, e.g. `tail -n +2 b.csv >> a.csv` for long CSV files with one header), or use --partial and --merge for shards with disjoint items"
      )
    }
    if (ratings == nil) == merge.isEmpty {
      throw AgreementError.invalidOption(
        message: "give --ratings FILE, or --merge SHARD.json (repeatable), but not both")
    }
    if categories != nil && !category.isEmpty {
      throw AgreementError.invalidOption(message: "use either --categories or --category, not both")
    }
    if labels != nil && !label.isEmpty {
      throw AgreementError.invalidOption(message: "use either --labels or --label, not both")
    }
    // QA review 31: without a reference there are no classification metrics to restrict, and the
    // options were ignored without a word.
    if reference == nil && (labels != nil || !label.isEmpty || posLabel != nil) {
      throw AgreementError.invalidOption(
        message: "--labels, --label and --pos-label restrict the classification metrics against a reference coder: "
          + "give --reference CODER too")
    }
    if MeasurementLevel(rawValue: level) == nil {
      throw AgreementError.invalidOption(message: "--level must be nominal, ordinal, interval or ratio")
    }
    // Review r21b: 10^9 resamples ran for ever with memory growing; 100,000 already gives interval
    // bounds to the third decimal.
    if !merge.isEmpty && bootstrap > 0 {
      throw AgreementError.invalidOption(
        message:
          "--bootstrap cannot be used with --merge: the bootstrap resamples items, and merged shards keep only sums; bootstrap the ratings themselves with --ratings"
      )
    }
    if let problem = Self.bootstrapCountProblem(bootstrap) { throw AgreementError.invalidOption(message: problem) }
    if !merge.isEmpty && multilabel {
      throw AgreementError.invalidOption(message: "--merge does not support --multilabel (nor does --partial)")
    }
    // QA review 35, F1: the predictions were ignored under --merge, and the model, the coder being
    // gated, was missing from the verdict.
    if !merge.isEmpty, let predictions {
      throw AgreementError.invalidOption(
        message:
          "--predictions \(predictions) cannot be used with --merge: merged shards keep only sums, with no items to join predictions to; give --predictions to each --partial run (the model is then a coder in every shard)"
      )
    }
    try checkCodeLevel()
    // Both would read standard input, which holds one of them (QA review 35, F15).
    if ratings == "-" && predictions == "-" {
      throw AgreementError.invalidOption(
        message: "--ratings - and --predictions - both read standard input: give one of them as a file")
    }
    // An empty label is refused in the data, so an empty category could never occur; it came from
    // a doubled or trailing comma and changed every chance-corrected coefficient (QA review 35, F7).
    if (declaredCategories ?? []).contains("") {
      throw AgreementError.invalidOption(
        message:
          "\(categories.map { "--categories \($0)" } ?? "--category \"\""): an empty category (a doubled, leading or trailing comma); empty labels are missing ratings, not a category"
      )
    }
    var seen = Set<[UInt8]>()  // labels are exact byte strings (no Unicode normalisation)
    for label in declaredCategories ?? [] where !seen.insert(Array(label.utf8)).inserted {
      throw AgreementError.invalidOption(message: "category \"\(label)\" is declared twice in --categories/--category")
    }
    // Labels are exact strings: "neg, neu, pos" declares " neu" (QA review 18: the error then said
    // only that "neu" in the data was not declared).
    for label in declaredCategories ?? [] where label != label.trimmingCharacters(in: .whitespaces) {
      printError(
        "warning: the declared category \"\(label)\" has spaces around it, and labels are compared exactly: "
          + "write --categories without spaces after the commas")
    }
  }

  /// The declared categories (--categories or --category), in order.
  var declaredCategories: [String]? {
    categories.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
      ?? (category.isEmpty ? nil : category)
  }

  /// Reads a file (or standard input for "-") as bytes; cannot-open errors carry exit status 66.
  static func readBytes(_ path: String) throws -> [UInt8] {
    if path == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
    do {
      return try BoundedFileReader.contents(of: path, limit: inputSizeLimit)
    } catch {
      throw InputError.cannotOpen(path: path, reason: error.description)
    }
  }

  /// The most an agreement input file may hold (it is read whole).
  static let inputSizeLimit = 4 << 30
}
