import TestSupport
import Testing

@testable import Taxonomy

/// `CompressedRows` against a list per row, concatenated.
@Suite struct CompressedRowsTests {
  @Test func rowsAreTheListsConcatenated() {
    var generator = SplitMix64(state: 7)
    for rowCount in [0, 1, 2, 5, 40] {
      var pairs: [(row: Int32, value: Int32)] = []
      var lists = [[Int32]](repeating: [], count: rowCount)
      if rowCount > 0 {
        for _ in 0..<Int.random(in: 0...200, using: &generator) {
          let row = Int32.random(in: 0..<Int32(rowCount), using: &generator)
          let value = Int32.random(in: -5...1000, using: &generator)
          pairs.append((row, value))
          lists[Int(row)].append(value)
        }
      }
      let rows = CompressedRows(rowCount: rowCount, pairs: pairs)
      var starts: [Int32] = [0]
      for list in lists { starts.append(starts.last! + Int32(list.count)) }
      #expect(rows.starts == starts)
      #expect(rows.values == lists.flatMap { $0 })
    }
  }
}
