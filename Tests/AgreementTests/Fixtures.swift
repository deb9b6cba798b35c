import Agreement

/// Published data sets used as reference fixtures (values typed from the cited sources).
enum Fixtures {
  /// Builds a table from rows of ratings (one column per coder; "" = missing).
  static func table(
    _ rows: [[String]], coders: [String]? = nil, categories: [String]? = nil, firstItem: Int = 1
  ) throws -> RatingTable {
    let names = coders ?? (0..<(rows.first?.count ?? 0)).map { "c\($0 + 1)" }
    var triples: [(item: String, coder: String, label: String)] = []
    for (i, row) in rows.enumerated() {
      for (c, label) in row.enumerated() where !label.isEmpty {
        triples.append((String(i + firstItem), names[c], label))
      }
    }
    return try RatingTable(ratings: triples, categories: categories)
  }

  /// Two coders from a q × q contingency table (rows = first coder), categories c0…c(q−1).
  static func pairTable(_ counts: [[Int]]) throws -> RatingTable {
    var rows: [[String]] = []
    for (a, row) in counts.enumerated() {
      for (b, count) in row.enumerated() { for _ in 0..<count { rows.append(["c\(a)", "c\(b)"]) } }
    }
    return try table(rows, categories: counts.indices.map { "c\($0)" })
  }

  /// Krippendorff (2011), "Computing Krippendorff's alpha-reliability", section C: 4 coders (A–D),
  /// 12 units, values 1–5, with missing data. The same data are Gwet's (2014) `raw_4raters` in irrCAC.
  static let krippendorff2011: [[String]] = [
    ["1", "1", "", "1"], ["2", "2", "3", "2"], ["3", "3", "3", "3"], ["3", "3", "3", "3"], ["2", "2", "2", "2"],
    ["1", "2", "3", "4"], ["4", "4", "4", "4"], ["1", "1", "2", "1"], ["2", "2", "2", "2"], ["", "5", "5", "5"],
    ["", "", "1", "1"], ["", "", "3", ""],
  ]

  /// Fleiss (1971), Table 1: 30 patients, 6 psychiatrists each, 5 diagnoses (1 depression, 2 personality
  /// disorder, 3 schizophrenia, 4 neurosis, 5 other), as raw ratings in R irr's `diagnoses` data set.
  static let fleiss1971: [[String]] = [
    "444444", "222555", "233335", "555555", "222444", "113333", "333355", "113334", "114444", "555555",
    "144444", "124444", "222333", "144444", "224445", "333335", "111455", "111112", "224444", "133555",
    "555555", "244444", "224555", "114444", "144445", "222224", "111155", "224444", "133333", "555555",
  ].map { $0.map(String.init) }
}

/// |a − b| ≤ tolerance.
func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
  guard let a else { return false }
  return abs(a - b) <= tolerance
}
