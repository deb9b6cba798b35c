import Agreement

/// The notes and warnings said on standard error about the ratings: pair coverage, unmatched
/// predictions, items rated once, spelling variants of ids and labels, coders without ratings.
extension RatingsOptions {
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

  /// Declared categories that mix numbers and text ("10,20,30,n/a"): interval and ratio alpha then
  /// measure distances between the categories' positions in the declared order (1, 2, 3, 4), not
  /// between the numbers' values (`RatingTable.categoryValues`). Said on standard error, with the
  /// first labels that are no number (review h60c: the report gave no sign of it). Undeclared
  /// labels that mix both have no order, and those coefficients are null with a reason instead.
  static func warnAboutMixedNumericCategories(_ table: RatingTable, declared: Bool) {
    guard declared, table.categories.count >= 3 else { return }
    let text = table.nonNumericCategories
    guard !text.isEmpty, text.count < table.categories.count else { return }
    let shown = text.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ") + (text.count > 3 ? ", …" : "")
    printError(
      "warning: the declared categories mix numbers and labels that are no number (\(shown)): interval and ratio "
        + "alpha measure distances between the categories' positions in the declared order (1, 2, 3 …), not "
        + "between the numbers' values; declare only numbers, or leave non-answers such as \"\(text[0])\" "
        + "out, for distances between values")
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
