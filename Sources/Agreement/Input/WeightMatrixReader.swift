extension RatingsReader {
  /// A square matrix of agreement weights from CSV, rows = first coder's category, columns = second's.
  ///
  /// Labels, when present, say which category each row and column is, and the matrix is reordered to the
  /// category order (`WeightScheme.labelledMatrix`); labels that are not the categories are an error. A
  /// first row is a header of column labels when its first field is empty (",low,mid,high") or none of
  /// its fields is a number ("low,mid,high"); a first column holds row labels when its fields are not
  /// numbers, or when every row has one field more than there are rows. A matrix without labels is taken
  /// in category order (`.matrix`). A row such as "1,a,0" is data with a bad number, not a header.
  public static func weightScheme(bytes: [UInt8], source: String) throws(AgreementError) -> WeightScheme {
    var records = try CSVParser.records(bytes, source: source)
    guard let first = records.first else { throw .emptyInput(source: source) }
    var header: [String]?
    if first.fields.first == "" || first.fields.allSatisfy({ parseFiniteNumber($0) == nil }) {
      header = first.fields
      records.removeFirst()
    }
    let n = records.count
    let rowLabelled =
      (header?.first == "" && header!.count == n + 1)
      || (n > 0 && records.allSatisfy { $0.fields.count == n + 1 })
      || records.contains { record in record.fields.first.map { parseFiniteNumber($0) == nil } ?? false }
    var rows: [[Double]] = []
    var rowLabels: [String] = []
    for record in records {
      var row: [Double] = []
      for (column, field) in record.fields.enumerated() {
        if rowLabelled && column == 0 {
          rowLabels.append(field)
          continue
        }
        guard let value = parseFiniteNumber(field) else {
          let position = record.positions[column]
          throw .malformed(
            at: SourceLocation(file: source, line: position.line), column: position.column,
            message: "weight in field \(column + 1) is not a number")
        }
        row.append(value)
      }
      rows.append(row)
    }
    var columnLabels = header
    if rowLabelled, let labels = columnLabels, labels.count == n + 1 { columnLabels = Array(labels.dropFirst()) }
    if columnLabels == nil && !rowLabelled { return .matrix(rows) }
    return .labelledMatrix(rows: rows, rowLabels: rowLabelled ? rowLabels : nil, columnLabels: columnLabels)
  }

  /// The numbers of a weight matrix file, labels dropped (see `weightScheme`).
  public static func weightMatrix(bytes: [UInt8], source: String) throws(AgreementError) -> [[Double]] {
    switch try weightScheme(bytes: bytes, source: source) {
    case .matrix(let rows), .labelledMatrix(let rows, _, _): return rows
    default: return []
    }
  }
}
