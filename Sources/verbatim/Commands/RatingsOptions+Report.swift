import Agreement
import Foundation

/// The report of `agree` and `gate`: the ratings parsed into tables with the options given, and
/// the coefficients computed.
extension RatingsOptions {
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
      Self.warnAboutMixedNumericCategories(table!, declared: declaredCategories != nil)
      report = try AgreementReport(table: table!, options: try options())
    }
    report.predictionJoins = joins
    report.codeLevel = codeLevel
    return report
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
