/// Builds a compressed sparse row (CSR) layout from (row, value) pairs: `values[starts[r]..<starts[r + 1]]`
/// are the values of the pairs of row `r`, in the order the pairs are given (a stable counting
/// sort). The same layout as appending each pair's value to a list per row and concatenating the
/// lists, without an array per row (the compiler's phrase lists made one per phrase: 3,800
/// allocations for the shipped codebook).
struct CompressedRows {
  /// Where each row's values start in `values`; `rowCount + 1` entries, the last `values.count`.
  private(set) var starts: [Int32]
  private(set) var values: [Int32]

  /// The layout of `pairs` over rows `0..<rowCount` (every pair's row is below `rowCount`).
  init(rowCount: Int, pairs: [(row: Int32, value: Int32)]) {
    var starts = [Int32](repeating: 0, count: rowCount + 1)
    for pair in pairs { starts[Int(pair.row) + 1] += 1 }
    for row in 0..<rowCount { starts[row + 1] += starts[row] }
    var next = starts
    var values = [Int32](repeating: 0, count: pairs.count)
    for pair in pairs {
      values[Int(next[Int(pair.row)])] = pair.value
      next[Int(pair.row)] += 1
    }
    self.starts = starts
    self.values = values
  }
}
