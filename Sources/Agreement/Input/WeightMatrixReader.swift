extension RatingsReader {
  /// A square matrix of agreement weights from CSV, rows = first coder's category, columns = second's, in
  /// category order. A first row or first column that is not numeric is taken as labels and skipped.
  public static func weightMatrix(bytes: [UInt8], source: String) throws(AgreementError) -> [[Double]] {
    var records = try CSVParser.records(bytes, source: source)
    guard let first = records.first else { throw .emptyInput(source: source) }
    if first.fields.contains(where: { !$0.isEmpty && parseFiniteNumber($0) == nil }) || first.fields.first == "" {
      records.removeFirst()
    }
    let skipFirstColumn = records.contains { record in
      record.fields.first.map { parseFiniteNumber($0) == nil } ?? false
    }
    var rows: [[Double]] = []
    for record in records {
      var row: [Double] = []
      for (column, field) in record.fields.enumerated() where !(skipFirstColumn && column == 0) {
        guard let value = parseFiniteNumber(field) else {
          throw .malformed(
            at: SourceLocation(file: source, line: record.line), column: 0,
            message: "weight in field \(column + 1) is not a number")
        }
        row.append(value)
      }
      rows.append(row)
    }
    return rows
  }
}
