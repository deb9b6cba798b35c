import Agreement
import ArgumentParser
import Foundation
import Taxonomy
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

  /// Parses the input and computes the report.
  func report() throws -> AgreementReport {
    do {
      let report = try computeReport()
      Self.notePairCoverage(report)
      return report
    } catch AgreementError.invalidWeights(let message)
      where weights != nil && weights != "linear" && weights != "quadratic"
    {
      // The matrix is checked against the categories when the report is computed, where its file is
      // not known (QA review 31, L17: "invalid weights: row 1, column 3: …" named no file).
      throw AgreementError.invalidWeights(message: "\(weights!): \(message)")
    } catch AgreementError.unknownCoder(let name) where pairValues.count == 1 {
      // "Smith, J" is split into "Smith" and " J" (QA review 34, F7): say how to name it.
      throw AgreementError.invalidOption(
        message:
          "--pair \(pairValues[0]): coder \"\(name)\" does not occur in the ratings; for coder names with a comma, give --pair twice: --pair \"Smith, J\" --pair \"Doe, A\""
      )
    }
  }

  private func computeReport() throws -> AgreementReport {
    try check()
    if !merge.isEmpty { return try AgreementReport(merged: try mergedPartial(), options: try options()) }
    var joins: [PredictionsJoin] = []
    let (table, multiLabelTable) = try tables(joins: &joins)
    var report: AgreementReport
    Self.warnAboutItemVariants(table?.items ?? multiLabelTable?.items ?? [])
    let items = table?.items ?? multiLabelTable?.items ?? []
    Self.noteItemsRatedOnce(
      (table?.itemsRatedOnce() ?? multiLabelTable?.itemsRatedOnce() ?? []).map { items[$0] }, of: items.count)
    Self.warnAboutSpaceVariants(table?.coders ?? multiLabelTable?.coders ?? [], kind: "coder name(s)", unit: "coder")
    if let multiLabelTable {
      // Tag codes are where a case or spacing typo is likeliest (QA review 40: no warning in
      // multi-label mode, and the code's F1 went to 0).
      Self.warnAboutLabelVariants(multiLabelTable.categories, numericLevels: false)
      report = try AgreementReport(multiLabel: multiLabelTable, options: try options())
    } else {
      Self.warnAboutDisjointLabels(table!)
      Self.warnAboutLabelVariants(table!.categories, numericLevels: table!.categoriesAreNumbers)
      report = try AgreementReport(table: table!, options: try options())
    }
    report.predictionJoins = joins
    report.codeLevel = codeLevel
    return report
  }

  /// Items only one coder of the pair rated are not in the two-coder coefficients: says how many,
  /// by coder (QA review 41: the header's "12 items" hid that Cohen's kappa rested on 8).
  static func notePairCoverage(_ report: AgreementReport) {
    guard let pair = report.pair, pair.count == 2, let coverage = report.pairCoverage else { return }
    let alone = coverage.firstOnly + coverage.secondOnly
    guard alone > 0 else { return }
    let parts = [(coverage.firstOnly, pair[0]), (coverage.secondOnly, pair[1])].filter { $0.0 > 0 }
      .map { "\($0.0) by \($0.1) only" }
    printError(
      "note: pair \(pair.joined(separator: ", ")): \(alone) of the \(report.items) items \(alone == 1 ? "was" : "were") "
        + "rated by only one of them (\(parts.joined(separator: ", "))); the two-coder coefficients use the "
        + "\(coverage.both) both rated")
  }

  /// Says on standard error how many predictions were left out because no human rated their id.
  static func warnAboutUnmatchedPredictions(_ joins: [PredictionsJoin]) {
    for join in joins where join.unmatched > 0 {
      printError(
        "note: \(join.unmatched) of \(join.matched + join.unmatched) prediction(s) in \(join.source) have an id that "
          + "is not in the ratings and were left out (only rated items are compared)")
    }
    // QA review 16: 30 predictions for 420 rated items were compared without a word.
    for join in joins where join.matched < join.ratedItems {
      printError(
        "warning: \(join.source) has predictions for \(join.matched) of the \(join.ratedItems) rated items; coder "
          + "\"\(join.coder)\" is compared on those only (the rest are its missing ratings)")
    }
  }

  /// Item ids are compared exactly, so "1 " and "1" are two items, each with a coder's rating
  /// missing (QA review 31: said for labels, not for ids). Says so once, with the first pairs.
  static func warnAboutItemVariants(_ items: [String]) {
    warnAboutSpaceVariants(items, kind: "item id(s)", unit: "item")
    // "1" and "1.0" (a CSV written by pandas, a JSON id 1.5 beside 1.50): one number written two
    // ways is two items; JSON Lines reads integral numbers as one (`RatingsReader`), not text.
    // Pairs that differ only in spaces were named above (QA review 41).
    var firstByNumber: [String: String] = [:]
    var pairs: [(String, String)] = []
    var count = 0
    for item in items {
      guard let key = exactDecimalKey(item) else { continue }
      if let other = firstByNumber[key] {
        guard other.trimmingCharacters(in: .whitespaces) != item.trimmingCharacters(in: .whitespaces) else { continue }
        count += 1
        if pairs.count < 3 { pairs.append((other, item)) }
      } else {
        firstByNumber[key] = item
      }
    }
    guard count > 0 else { return }
    printError(
      "warning: \(count) item id(s) are the same number written differently as another ("
        + pairs.map { "\"\($0.0)\" and \"\($0.1)\"" }.joined(separator: ", ")
        + "); ids are compared exactly, so each counts as its own item: write them one way if they are the same item")
  }

  /// Items one coder rated alone enter no agreement: says how many, naming the first few (QA review
  /// 41), as a missing rating of the other coders.
  static func noteItemsRatedOnce(_ ids: [String], of total: Int) {
    guard !ids.isEmpty else { return }
    let shown = ids.prefix(5).map { "\"\($0)\"" }.joined(separator: ", ") + (ids.count > 5 ? ", …" : "")
    printError(
      "note: \(ids.count) of the \(total) items \(ids.count == 1 ? "was" : "were") rated by one coder only (\(shown)): "
        + "\(ids.count == 1 ? "it enters" : "they enter") no agreement between coders (Krippendorff's alpha and the "
        + "two-coder coefficients leave \(ids.count == 1 ? "it" : "them") out; the chance agreement of AC1, Fleiss' and "
        + "Conger's kappa counts \(ids.count == 1 ? "its rating" : "their ratings"), as irrCAC's does)")
  }

  /// Names compared exactly that differ from another only in spaces around them (`kind`, "item
  /// id(s)" or "coder name(s)"; `unit` is what each counts as): said once, with the first pairs (QA
  /// review 35, F12: a rater column "b " of an Excel export was a second coder without a word).
  static func warnAboutSpaceVariants(_ items: [String], kind: String, unit: String) {
    // Strings compare by canonical equivalence, so a key also joins "josé" composed and
    // decomposed; the message says which (QA review 40: such ids were said to differ in spaces).
    var firstByTrimmed: [String: String] = [:]
    var pairs: [(String, String)] = []
    var count = 0
    var normalisation = false
    func trimmed(_ text: String) -> String {
      String(String(text.drop { $0 == " " || $0 == "\t" }.reversed()).drop { $0 == " " || $0 == "\t" }.reversed())
    }
    for item in items {
      let key = trimmed(item)
      if let other = firstByTrimmed[key] {
        count += 1
        if !trimmed(other).utf8.elementsEqual(key.utf8) { normalisation = true }
        if pairs.count < 3 { pairs.append((other, item)) }
      } else {
        firstByTrimmed[key] = item
      }
    }
    guard count > 0 else { return }
    let how =
      normalisation
      ? "in spaces around them or in Unicode normalisation (é as one character or as e + accent)"
      : "in spaces around them"
    let fix = normalisation ? "trim them and normalise them to NFC" : "trim them"
    printError(
      "warning: \(count) \(kind) differ from another only \(how) ("
        + pairs.map { "\"\($0.0)\" and \"\($0.1)\"" }.joined(separator: ", ")
        + "); they are compared exactly, so each counts as its own \(unit): \(fix) if they are the same \(unit)")
  }

  /// Labels are compared exactly, so "Negative", "negative" and " negative" are three categories,
  /// and so are "1" and "1.0". Says so on standard error for every group of labels that differ
  /// only in case or surrounding spaces, or that are one number (review r19c: `validate` refuses
  /// such files; `agree` keeps its exact-string contract).
  ///
  /// - Parameter numericLevels: whether the interval and ratio levels read these labels as numbers
  ///   (`RatingTable.categoriesAreNumbers`; false for multi-label data, which have no such level).
  ///   Only then does the warning say that those levels read two spellings of a number as one value,
  ///   and only then are different numbers that one `Double` holds worth a warning (QA review 41:
  ///   "0x10" and "16" were said to be read as one value, though "0x10" made the labels
  ///   non-numeric and interval alpha null).
  static func warnAboutLabelVariants(_ categories: [String], numericLevels: Bool) {
    var groups: [String: [String]] = [:]
    for label in categories {
      groups[label.lowercased().trimmingCharacters(in: .whitespaces), default: []].append(label)
    }
    for (_, labels) in groups.sorted(by: { $0.key < $1.key }) where labels.count > 1 {
      // Swift compares strings by canonical equivalence, so a group may also hold one label
      // composed and decomposed ("négatif" as é, or as e + U+0301; QA review 22: called "case").
      let bytes = Set(labels.map { Array($0.lowercased().trimmingCharacters(in: .whitespaces).utf8) })
      let how =
        bytes.count > 1
        ? "case, spaces or Unicode normalisation (é as one character or as e + accent)" : "case or spaces"
      printError(
        "warning: the labels \(labels.map { "\"\($0)\"" }.joined(separator: ", ")) differ only in \(how); "
          + "labels are compared exactly, so they count as different categories: recode them if they mean the same")
    }
    // "1" and "1.0" (QA review 13): one number written two ways is two nominal categories, while
    // the interval and ratio levels read both as 1. Only decimal numerals count: `Double("0x10")`
    // reads hexadecimal, which no level does.
    var numbers: [Double: [String]] = [:]
    for label in categories where exactDecimalKey(label) != nil {
      if let value = Double(label.trimmingCharacters(in: .whitespaces)), value.isFinite {
        numbers[value, default: []].append(label)
      }
    }
    for (_, labels) in numbers.sorted(by: { $0.key < $1.key }) where labels.count > 1 {
      let quoted = labels.map { "\"\($0)\"" }.joined(separator: ", ")
      // QA review 34 (F6): "10000000000000000" and "10000000000000001" are one Double, not one number.
      let exact = labels.map(exactDecimalKey)
      if Set(exact).count > 1 {
        // Different numbers: they differ only where the levels read them as one value.
        guard numericLevels else { continue }
        printError(
          "warning: the labels \(quoted) are different numbers that the interval and ratio levels read as one value "
            + "(a 64-bit float keeps about 16 significant digits); they count as different categories at the nominal "
            + "and ordinal levels: recode them if the difference matters")
        continue
      }
      printError(
        "warning: the labels \(quoted) are the same number written differently; "
          + "labels are compared exactly, so they count as different categories"
          + (numericLevels ? " (the interval and ratio levels read them as one value)" : "")
          + ": recode them if they mean the same")
    }
    // QA review 15: R's and SPSS's missing-value markers were counted as a category without a word.
    let markers = categories.filter { missingMarkers.contains($0.trimmingCharacters(in: .whitespaces).lowercased()) }
    if !markers.isEmpty {
      printError(
        "warning: the label(s) \(markers.map { "\"\($0)\"" }.joined(separator: ", ")) look like missing-value markers; "
          + "they count as categories: leave the cell empty (or drop the row) for a missing rating, or keep them if "
          + "they are a code of the scheme (\"not applicable\")")
    }
  }

  /// Spellings of a missing value in exports (R, SPSS, Excel): an empty cell is Verbatim's.
  static let missingMarkers: Set<String> = ["na", "n/a", "nan", "null", "none", "-99", "#n/a", "."]

  /// Labels are compared exactly: two coders who share no label at all ("Positive" against
  /// "positive", "1" against "pos") look like total disagreement. Says so on standard error for pairs
  /// who rated items in common (`RatingTable.pairsSharingNoLabel`), naming the first ten.
  static func warnAboutDisjointLabels(_ table: RatingTable) {
    let pairs = table.pairsSharingNoLabel()
    for (first, second) in pairs.prefix(10) {
      printError(
        "warning: coders \(table.coders[first]) and \(table.coders[second]) share no label (labels are compared "
          + "exactly, case included): check that they use the same codes")
    }
    if pairs.count > 10 {
      printError("warning: \(pairs.count - 10) more coder pair(s) share no label")
    }
  }

  /// The shard statistics of --ratings (for --partial).
  func partial() throws -> AgreementPartial {
    try check()
    guard !multilabel else { throw AgreementError.invalidOption(message: "--partial does not support --multilabel") }
    // A shard holds sums, no bootstrap: it was dropped without a word (QA review 32, L7).
    guard bootstrap == 0 else {
      throw AgreementError.invalidOption(
        message:
          "--bootstrap cannot be used with --partial: a shard keeps sums, and the bootstrap resamples items of the whole data; bootstrap the ratings themselves with --ratings"
      )
    }
    var joins: [PredictionsJoin] = []
    var shard = try AgreementPartial(table: try tables(joins: &joins).0!, options: try options())
    shard.mergeOptions = mergeTimeOptions
    return shard
  }

  func mergedPartial() throws -> AgreementPartial {
    var shards: [(path: String, shard: AgreementPartial)] = []
    for (index, path) in merge.enumerated() {
      // The same shard twice would count every item twice and shrink every SE by √2. A copy is caught by
      // the shards' item-set digests (`AgreementPartial.itemSets`); the same file is caught here.
      if let earlier = merge[..<index].first(where: { isSameFile($0, path) }) {
        throw AgreementError.invalidOption(
          message: "--merge \(path) is the same file as \(earlier): each shard must hold different items")
      }
      let bytes = try Self.readBytes(path)
      let value: JSONValue
      do {
        value = try bytes.withUnsafeBufferPointer { try JSONParser.parse($0) }
      } catch let error as JSONSyntaxError {
        // A shard is one JSON document, maybe pretty-printed: the line and column of the error.
        let (line, column) = error.position(in: bytes)
        throw InputError.malformedJSON(path: path, line: line, column: column, message: error.message)
      }
      // An edited shard with a repeated name would be read one way of two: refused, as a line is.
      if let (objectPath, name) = value.firstRepeatedName {
        let offset = bytes.withUnsafeBufferPointer {
          JSONParser.repeatedNameOffset(path: objectPath, name: name, in: $0)
        }
        let (line, column) = JSONSyntaxError(offset: offset ?? 0, message: "").position(in: bytes)
        throw InputError.malformedJSON(
          path: path, line: line, column: column, message: JSONValue.repeatedNameMessage(path: objectPath, name: name))
      }
      let shard = try AgreementPartial(json: value, source: path)
      try checkMergeOptions(shard, path: path)
      shards.append((path, shard))
    }
    // Shards are checked in the order given, so an error names the later of two shards as the
    // user listed them; then merged in the order of their item-set digests, since sums of doubles
    // depend on their order: any order of --merge gives byte-identical output (QA review 29: the
    // last bits of per-category kappas differed).
    var checked = shards[0].shard
    for (path, shard) in shards.dropFirst() { try checked.merge(shard, source: path) }
    shards.sort { ($0.shard.itemSets.first ?? "", $0.path) < ($1.shard.itemSets.first ?? "", $1.path) }
    var merged: AgreementPartial?
    for (path, shard) in shards {
      if merged == nil { merged = shard } else { try merged!.merge(shard, source: path) }
    }
    if let declared = declaredCategories {
      guard declared.count == merged!.categories.count,
        zip(declared, merged!.categories).allSatisfy({ $0.utf8.elementsEqual($1.utf8) })
      else {
        throw AgreementError.invalidOption(
          message:
            "--categories \(declared.joined(separator: ",")) differ from the shards' categories \(merged!.categories.joined(separator: ",")) (declare the same order for --partial and --merge)"
        )
      }
      merged!.categoriesDeclared = true
    }
    try checkMergeWeights(merged!)
    return merged!
  }

  /// The options given that act when shards are merged, by name without dashes
  /// (`AgreementPartial.mergeOptions`).
  var mergeTimeOptions: [String: String] {
    var options: [String: String] = [:]
    if level != "nominal" { options["level"] = level }
    if !pairValues.isEmpty { options["pair"] = pairValues.joined(separator: ",") }
    if let reference { options["reference"] = reference }
    if let chosen = labels ?? (label.isEmpty ? nil : label.joined(separator: ",")) { options["labels"] = chosen }
    if let posLabel { options["pos-label"] = posLabel }
    return options
  }

  /// A shard written with options that act at merge time (`--partial --level ordinal`) is merged
  /// with the same ones (QA review 35, F10): a plain `--merge` reported nominal alpha.
  private func checkMergeOptions(_ shard: AgreementPartial, path: String) throws {
    guard !shard.mergeOptions.isEmpty, shard.mergeOptions != mergeTimeOptions else { return }
    func listed(_ options: [String: String]) -> String {
      options.isEmpty
        ? "none of them" : options.sorted { $0.key < $1.key }.map { "--\($0.key) \($0.value)" }.joined(separator: " ")
    }
    throw AgreementError.invalidOption(
      message:
        "--merge \(path) was written with \(listed(shard.mergeOptions)), and this merge has \(listed(mergeTimeOptions)): these options act when the shards are merged, so give --merge the ones the shards were meant for"
    )
  }

  /// `weighted_kappa_custom` of merged shards comes from the sums each shard kept with its own
  /// matrix: a matrix given to --merge must be that one (QA review 35, F2: another matrix was
  /// ignored, and the shards' coefficient was reported, and gated, under its name).
  private func checkMergeWeights(_ merged: AgreementPartial) throws {
    guard let weights, let given = try options().customWeights else { return }
    guard let kept = merged.customWeights else {
      throw AgreementError.invalidOption(
        message:
          "--weights \(weights): the shards were computed without a weight matrix, and merged shards keep only sums: give --weights \(weights) to each --partial run"
      )
    }
    let q = merged.categories.count
    let matrix = try given.matrix(categories: merged.categories)
    guard (0..<q).map({ k in Array(matrix[(k * q)..<((k + 1) * q)]) }) == kept else {
      throw AgreementError.invalidOption(
        message:
          "--weights \(weights) is not the matrix the shards were computed with, and merged shards keep only sums: give the same --weights to --partial and --merge"
      )
    }
  }

  func options() throws -> AgreementOptions {
    var options = AgreementOptions()
    options.level = MeasurementLevel(rawValue: level) ?? .nominal
    switch pairValues.count {
    case 0: break
    case 1:
      let names = pairValues[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      guard names.count == 2 else {
        throw AgreementError.invalidOption(
          message:
            "--pair expects CODER1,CODER2 (for coder names with a comma, give --pair twice: --pair \"Smith, J\" --pair \"Doe, A\")"
        )
      }
      options.pair = (names[0], names[1])
    case 2:
      // Two values are two names as given, commas included (QA review 34, F7).
      options.pair = (pairValues[0], pairValues[1])
    default:
      throw AgreementError.invalidOption(message: "--pair given \(pairValues.count) times: give two coders")
    }
    if let weights, weights != "linear", weights != "quadratic" {
      // "cubic", "Quadratic": a scheme name, not a file (review r17c: it said "cannot open").
      if !weights.contains("/"), !weights.contains("."), access(weights, F_OK) != 0 {
        throw AgreementError.invalidOption(
          message: "--weights \(weights): expected linear, quadratic or a CSV file of q × q weights")
      }
      let matrixBytes = try Self.readBytes(weights)
      options.customWeights = try RatingsReader.weightScheme(bytes: matrixBytes, source: weights)
    }
    options.weightsRequested = weights != nil
    options.reference = reference
    options.labels =
      labels.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
      ?? (label.isEmpty ? nil : label)
    options.positiveLabel = posLabel
    options.bootstrapResamples = bootstrap
    options.seed = seed
    return options
  }

  /// The parsed ratings: a single-label table, or a multi-label one with --multilabel.
  func tables(joins: inout [PredictionsJoin]) throws -> (RatingTable?, MultiLabelTable?) {
    let ratings = ratings ?? "-"
    let bytes = try Self.readBytes(ratings)
    let source = ratings == "-" ? "standard input" : ratings
    let format: RatingsFormat
    if let name = ratingsFormat {
      guard let parsed = RatingsFormat(rawValue: name) else {
        throw AgreementError.invalidOption(message: "--ratings-format must be long, wide or jsonl")
      }
      format = parsed
    } else {
      format = try RatingsFormat.detectChecked(path: ratings, bytes: bytes)
    }
    // Rolled-up codes are checked against the declared categories after the roll-up.
    let declared = codeLevel == nil ? declaredCategories : nil
    var joined: [PredictionsSource] = []
    if let predictions {
      joined.append(
        PredictionsSource(
          bytes: try Self.readBytes(predictions), source: predictions, field: predictionField, coder: predictionCoder))
    }
    if multilabel {
      let table = try RatingsReader.multiLabelTable(
        bytes: bytes, source: source, format: format, categories: declared, predictions: joined, joins: &joins)
      Self.warnAboutUnmatchedPredictions(joins)
      let locate = { (labels: Set<String>) in
        Self.firstLabel(
          in: labels, bytes: bytes, source: source, format: format, multiLabel: true, predictions: joined)
      }
      guard let rollUp = try codeRollUp(categories: table.categories, locate: locate) else { return (nil, table) }
      return (nil, try table.relabeled(rollUp, declared: declaredCategories))
    }
    let table = try RatingsReader.table(
      bytes: bytes, source: source, format: format, categories: declared, predictions: joined, joins: &joins)
    Self.warnAboutUnmatchedPredictions(joins)
    if format == .wide { Self.noteCodersWithoutRatings(bytes, table: table, source: source) }
    let locate = { (labels: Set<String>) in
      Self.firstLabel(in: labels, bytes: bytes, source: source, format: format, multiLabel: false, predictions: joined)
    }
    guard let rollUp = try codeRollUp(categories: table.categories, locate: locate) else { return (table, nil) }
    return (try table.relabeled(rollUp, declared: declaredCategories), nil)
  }
}

extension RatingsOptions {
  /// A wide file's coder column with no rating at all is not a coder of the table: says so
  /// (QA review 13: "2 coders (a, b)" with no word about an empty column c).
  static func noteCodersWithoutRatings(_ bytes: [UInt8], table: RatingTable, source: String) {
    // The coder columns: every header cell after the item column.
    let names = RatingsFormat.headerNames(path: source, bytes: bytes).dropFirst()
    let coders = Set(table.coders)
    let empty = names.filter { !$0.isEmpty && !coders.contains($0) }
    guard !empty.isEmpty else { return }
    printError(
      "note: \(source): coder column(s) \(empty.map { "\"\($0)\"" }.joined(separator: ", ")) hold no rating and are left out"
    )
  }
}

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
