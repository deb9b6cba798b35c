/// Agreement weights w_kl over category positions (1…q in the table's category order).
///
/// - identity: w_kl = 1 if k = l else 0 (unweighted coefficients).
/// - linear (Cicchetti & Allison 1971): w_kl = 1 − |k − l| / (q − 1).
/// - quadratic (Fleiss & Cohen 1973): w_kl = 1 − (k − l)² / (q − 1)².
/// - matrix: a user's q × q agreement weights, rows = first coder, columns = second coder, in category
///   order; labelledMatrix: the same with category labels on its rows/columns, reordered to the category
///   order by `matrix(categories:)`.
///
/// Weights use category *positions*, never label values (R irr drops unused levels and scikit-learn
/// sorts labels alphabetically; both silently change weighted kappa). With q = 1 every scheme is w = 1.
/// Disagreement weights v can be converted with w = 1 − v / max(v) (`WeightScheme.fromDisagreement`).
public enum WeightScheme: Sendable, Equatable {
  case identity
  case linear
  case quadratic
  case matrix([[Double]])
  /// A user matrix whose rows and/or columns are labelled with categories (in any order); nil labels are
  /// positional. `matrix(categories:)` reorders it to the category order.
  case labelledMatrix(rows: [[Double]], rowLabels: [String]?, columnLabels: [String]?)

  /// The q × q matrix in the order of `categories`, row-major: a labelled matrix is reordered so each
  /// label's row and column land on its category; labels that are not exactly the categories (each once)
  /// are an error. Other schemes as `matrix(categoryCount:)`.
  public func matrix(categories: [String]) throws(AgreementError) -> [Double] {
    guard case .labelledMatrix(let rows, let rowLabels, let columnLabels) = self else {
      return try matrix(categoryCount: categories.count)
    }
    let q = categories.count
    guard rows.count == q, rows.allSatisfy({ $0.count == q }) else {
      throw .invalidWeights(message: "the matrix must be \(q) × \(q) (one row and column per category)")
    }
    func positions(_ labels: [String]?, _ side: String) throws(AgreementError) -> [Int] {
      guard let labels else { return Array(0..<q) }
      var result: [Int] = []
      for label in labels {
        guard let k = categories.firstIndex(where: { $0.utf8.elementsEqual(label.utf8) }), !result.contains(k) else {
          throw .invalidWeights(
            message:
              "the matrix's \(side) labels (\(labels.joined(separator: ", "))) are not the categories (\(categories.joined(separator: ", "))): label each category once, in any order, or leave the labels out to use the category order"
          )
        }
        result.append(k)
      }
      return result
    }
    // Labels on one side only name both: a weight matrix's rows and columns are the same categories
    // in the same order (review r9: a header-only matrix in another order was reordered by column only).
    let rowPosition = try positions(rowLabels ?? columnLabels, "row")
    let columnPosition = try positions(columnLabels ?? rowLabels, "column")
    var reordered = [[Double]](repeating: [Double](repeating: 0, count: q), count: q)
    for r in 0..<q { for c in 0..<q { reordered[rowPosition[r]][columnPosition[c]] = rows[r][c] } }
    return try WeightScheme.matrix(reordered).matrix(categoryCount: q)
  }

  /// The q × q matrix, row-major. Throws when a user matrix is not q × q or has values outside [0, 1].
  public func matrix(categoryCount q: Int) throws(AgreementError) -> [Double] {
    var weights = [Double](repeating: 0, count: q * q)
    switch self {
    case .identity:
      for k in 0..<q { weights[k * q + k] = 1 }
    case .linear, .quadratic:
      for k in 0..<q {
        for l in 0..<q {
          if q == 1 {
            weights[k * q + l] = 1
            continue
          }
          let distance = Double(abs(k - l)) / Double(q - 1)
          weights[k * q + l] = self == .linear ? 1 - distance : 1 - distance * distance
        }
      }
    case .matrix(let rows), .labelledMatrix(let rows, _, _):
      guard rows.count == q, rows.allSatisfy({ $0.count == q }) else {
        throw .invalidWeights(message: "the matrix must be \(q) × \(q) (one row and column per category)")
      }
      for k in 0..<q {
        for l in 0..<q {
          let value = rows[k][l]
          guard value.isFinite, value >= 0, value <= 1 else {
            throw .invalidWeights(message: "row \(k + 1), column \(l + 1): agreement weights must lie in [0, 1]")
          }
          weights[k * q + l] = value
        }
        guard rows[k][k] == 1 else {
          throw .invalidWeights(message: "row \(k + 1): the diagonal (full agreement) must be 1")
        }
      }
    }
    return weights
  }

  /// Agreement weights from disagreement weights v (v_kk = 0): w = 1 − v / max(v).
  public static func fromDisagreement(_ v: [[Double]]) -> WeightScheme {
    let maximum = v.flatMap { $0 }.max() ?? 0
    guard maximum > 0 else { return .matrix(v.map { $0.map { _ in 1 } }) }
    return .matrix(v.map { $0.map { 1 - $0 / maximum } })
  }
}

/// Measurement level of Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's alpha-reliability").
public enum MeasurementLevel: String, Sendable, CaseIterable {
  case nominal, ordinal, interval, ratio
}
